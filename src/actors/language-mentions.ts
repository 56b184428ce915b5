// The mention finder for stories in languages other than English. Capitals alone prove
// little here: German capitalizes every noun, and every language capitalizes the word
// that opens a sentence. So each capitalized word is first given a role from the
// language's word lists (a name, a noun, an adjective written inside a name), runs of
// them become candidate names, and a candidate is kept only with some evidence of what
// it names: a list that knows it, a title or descriptor before it, a head word inside it.
import type { Language } from '../language/language.ts';
import type { Evidence, Mention, MentionKind } from './mention.ts';
import { sentenceStarts } from './name-chunks.ts';
import { tokenize, type Token } from './tokenize.ts';
import { isFirstName, knownName, withoutInflections, wordKnowledge, type WordKnowledge } from './word-knowledge.ts';

/**
 * What a token can be in a name:
 * - name: a word that names (known, or capitalized where capitals mean a name);
 * - noun: a capitalized common word (a German noun, an ordinary word opening a sentence);
 * - nounOrName: a German word that may be a noun or a name: a compound of two nouns
 *   ("Rheinmetall"), or an entry the dictionary flags as names are ("Opel"); a descriptor or
 *   title before it shows it to be a name ("der Rüstungskonzern Rheinmetall");
 * - adjective: a German adjective written capitalized mid-sentence, which only names do;
 * - connector: a lower-case word inside names ("von", "de la");
 * - other: anything else.
 */
type Role = 'name' | 'noun' | 'nounOrName' | 'adjective' | 'connector' | 'other';

export interface LanguageMention extends Mention {
  evidence: Evidence;
}

/** Elided articles written against a name: "l’Assemblée", "d’Armor", "dell’Italia". */
const ELISION = /^(\p{Ll}{1,5})['’](?=\p{Lu})/u;
const HAS_DIGIT = /\p{N}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$|^(?:\p{Lu}\.){2,}$/u;
/** Two connectors at most between the parts of one name ("Fuerzas de Defensa de Israel"). */
const MAX_CONNECTORS = 2;
/** Words this close before a name are read as its title or descriptor. */
const CONTEXT_TOKENS = 2;

interface Facts {
  tokens: Token[];
  text: string;
  roles: Role[];
  starts: boolean[];
  language: Language;
  knowledge: WordKnowledge;
}

/** Splits an elided article off the name it is written against. */
export function splitElisions(tokens: Token[]): Token[] {
  const split: Token[] = [];
  for (const token of tokens) {
    const elided = ELISION.exec(token.text);
    if (!elided?.[1]) {
      split.push(token);
      continue;
    }
    // The match holds the article and its apostrophe; the name follows.
    const cut = token.start + elided[0].length;
    const article = elided[0];
    const rest = token.text.slice(elided[0].length);
    split.push({ text: article, lower: article.toLowerCase(), capitalized: false, start: token.start, end: cut });
    split.push({ text: rest, lower: rest.toLowerCase(), capitalized: true, start: cut, end: token.end });
  }
  return split;
}

/** Every name in `text` with offsets, for a story in `language`. */
export function findLanguageMentions(text: string, language: Language): LanguageMention[] {
  const tokens = splitElisions(tokenize(text));
  const starts = sentenceStarts(tokens, text);
  const knowledge = wordKnowledge(language);
  const lowerCaseInText = new Set(tokens.filter((t) => !t.capitalized).map((t) => t.lower));
  const roles = firstNamesBeforeNames(tokens, tokens.map((token, i) => roleOf(token, starts[i] === true, language, knowledge, lowerCaseInText)));
  const facts: Facts = { tokens, text, roles, starts, language, knowledge };
  const mentions: LanguageMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const last = chunkEnd(facts, i);
    if (last < i) {
      const nation = nationalityAt(facts, i);
      if (nation) mentions.push(nation);
      i++;
      continue;
    }
    const mention = classifyChunk(facts, i, last);
    if (mention) mentions.push(mention);
    i = last + 1;
  }
  return mentions;
}

function roleOf(token: Token, opensSentence: boolean, language: Language, knowledge: WordKnowledge, lowerCaseInText: ReadonlySet<string>): Role {
  const { lower } = token;
  if (!token.capitalized) return language.sets.nameConnectors.has(lower) ? 'connector' : 'other';
  if (HAS_DIGIT.test(token.text) || knowledge.isCalendarWord(lower)) return 'other';
  // An acronym is a name whatever word it spells ("AG", "EU"), unless it stands alone as a word.
  if (ACRONYM.test(token.text)) return token.text.length === 1 ? 'other' : 'name';
  if (knowledge.isStopWord(lower)) return 'other';
  const known = knownName(lower, language);
  if (known === 'place' || known === 'organization') return 'name';
  if (language.words.capitalizesNouns) {
    // People's names that are also nouns ("Heil", "Fuchs") are names only beside a first name;
    // towns that are also nouns ("Mitte") only where the story shows a place.
    const noun = knowledge.nounKind(lower);
    if (noun === 'noun') return known === 'town' ? 'nounOrName' : 'noun';
    if (known) return 'name';
    if (noun === 'compound' || language.properNames.has(lower)) return 'nounOrName';
    if (knowledge.hasWordEnding(lower)) return 'noun';
    if (knowledge.isLowerCaseWord(lower)) return opensSentence ? 'other' : 'adjective';
    return 'name';
  }
  if (known && !(known === 'town' && opensSentence && knowledge.isLowerCaseWord(lower))) return 'name';
  if (language.properNames.has(lower)) return 'name';
  if (!opensSentence) return 'name';
  // A capitalized word opening a sentence is a name only when the language does not write it in lower case.
  return knowledge.isLowerCaseWord(lower) || lowerCaseInText.has(lower) || knowledge.hasWordEnding(lower) ? 'noun' : 'name';
}

/** "Lotte Tobisch", "Rose Ayling": a first name that is also a noun names someone before a name. */
function firstNamesBeforeNames(tokens: Token[], roles: Role[]): Role[] {
  return roles.map((role, i) => (role === 'noun' && roles[i + 1] === 'name' && isFirstName(tokens[i]?.lower ?? '') ? 'name' : role));
}

function newlineBetween(facts: Facts, a: number, b: number): boolean {
  const from = facts.tokens[a]?.end ?? 0;
  const to = facts.tokens[b]?.start ?? 0;
  return facts.text.slice(from, to).includes('\n');
}

/** May token `i` open a name? */
function opensName(facts: Facts, i: number): boolean {
  const role = facts.roles[i];
  if (role === 'name') return true;
  const next = facts.roles[i + 1];
  const joined = !newlineBetween(facts, i, i + 1);
  // "Europäische Zentralbank": an adjective capitalized mid-sentence belongs to a name.
  if (role === 'adjective') return joined && (next === 'noun' || next === 'name' || next === 'adjective');
  // "Universität Hamburg", "Eintracht Braunschweig": an organization's head before a name.
  if (role === 'noun' || role === 'nounOrName') {
    if (joined && next === 'name' && isOrgHead(facts, i) && !isDescriptor(facts, i)) return true;
  }
  // "der Rüstungskonzern Rheinmetall": a word the story introduces as a name; "in Mitte": a town after a preposition of place.
  if (role !== 'nounOrName' || i === 0 || newlineBetween(facts, i - 1, i)) return false;
  const placed = facts.language.sets.placePrepositions.has(facts.tokens[i - 1]?.lower ?? '') && knownName(facts.tokens[i]?.lower ?? '', facts.language) === 'town';
  return isDescriptor(facts, i - 1) || placed;
}

/** The last token of the name opening at `first`, or first - 1 when none opens there. */
function chunkEnd(facts: Facts, first: number): number {
  if (!opensName(facts, first)) return first - 1;
  const { roles, tokens } = facts;
  let last = first;
  for (;;) {
    const next = last + 1;
    if (next >= tokens.length || newlineBetween(facts, last, next)) break;
    const role = roles[next];
    if (role === 'name' || (role === 'adjective' && roles[last] === 'adjective')) {
      last = next;
      continue;
    }
    // "Europäische Zentralbank", "Signa Holding", "Hubertus Heil": a noun that heads the name, or a surname that is also a noun.
    if ((role === 'noun' || role === 'nounOrName') && (isOrgHead(facts, next) || isPlaceHead(facts, next) || surnameAfterFirstName(facts, first, last, next))) {
      last = next;
      continue;
    }
    let connectors = 0;
    while (connectors < MAX_CONNECTORS && roles[next + connectors] === 'connector') connectors++;
    const after = next + connectors;
    if (connectors > 0 && roles[after] === 'name' && !newlineBetween(facts, last, after)) {
      last = after;
      continue;
    }
    break;
  }
  return withNameAdjective(facts, last);
}

/** "Assemblée nationale", "Conseil constitutionnel": one lower-case adjective after an institution's head. */
function withNameAdjective(facts: Facts, last: number): number {
  const endings = facts.language.words.nameAdjectiveEndings;
  const next = facts.tokens[last + 1];
  if (!next || next.capitalized || endings.length === 0 || !isOrgHead(facts, last)) return last;
  if (facts.knowledge.isStopWord(next.lower) || newlineBetween(facts, last, last + 1)) return last;
  return endings.some((ending) => next.lower.length > ending.length + 2 && next.lower.endsWith(ending)) ? last + 1 : last;
}

function lowerForms(facts: Facts, i: number): string[] {
  const word = facts.tokens[i]?.lower ?? '';
  return withoutInflections(word, facts.language);
}

function isOrgHead(facts: Facts, i: number): boolean {
  const { orgHeads, orgSuffixes } = facts.language.sets;
  const forms = lowerForms(facts, i);
  if (forms.some((form) => orgHeads.has(form) || orgSuffixes.has(form))) return true;
  const word = forms[0] ?? '';
  return facts.language.words.orgEndings.some((ending) => word.length > ending.length + 2 && word.endsWith(ending));
}

function isPlaceHead(facts: Facts, i: number): boolean {
  return lowerForms(facts, i).some((form) => facts.language.sets.placeHeads.has(form));
}

/** A noun introducing a name rather than part of it: "Konzern", "Rüstungskonzern", "ville". */
function isDescriptor(facts: Facts, i: number): boolean {
  const { orgDescriptors, placeDescriptors, personTitles } = facts.language.sets;
  const forms = lowerForms(facts, i);
  if (forms.some((form) => orgDescriptors.has(form) || placeDescriptors.has(form) || personTitles.has(form))) return true;
  const word = forms[0] ?? '';
  const { orgDescriptorEndings, personTitleEndings } = facts.language.words;
  return [...orgDescriptorEndings, ...personTitleEndings].some((ending) => word.length > ending.length + 2 && word.endsWith(ending));
}

/** "Hubertus Heil", "Matthias Frankenstein": after a first name, a noun that is also a surname. */
function surnameAfterFirstName(facts: Facts, first: number, last: number, next: number): boolean {
  const token = facts.tokens[next];
  const firstWord = facts.tokens[first]?.lower ?? '';
  const isFirst = isFirstName(firstWord) || facts.language.personNames.has(firstWord) || contextCue(facts, first)?.kind === 'person';
  return first === last && isFirst && token !== undefined && (facts.language.personNames.has(token.lower) || facts.roles[next] === 'nounOrName');
}

type Cue = { kind: MentionKind; evidence: Evidence; title?: string };

/** What the words before the name say: a title, a descriptor, a preposition of place. */
function contextCue(facts: Facts, first: number): Cue | null {
  const { tokens, language } = facts;
  const { personTitles, orgDescriptors, placeDescriptors, placePrepositions, nameConnectors } = language.sets;
  for (let back = 1; back <= CONTEXT_TOKENS; back++) {
    const i = first - back;
    const token = tokens[i];
    if (!token || newlineBetween(facts, i, first)) return null;
    const forms = lowerForms(facts, i);
    const has = (set: ReadonlySet<string>): boolean => forms.some((form) => set.has(form));
    const word = forms[0] ?? '';
    const endsWith = (endings: readonly string[]): boolean => endings.some((e) => word.length > e.length + 2 && word.endsWith(e));
    // "Spieler des Hamburger SV": a title reaches across no connector; "la ville de Roscoff": a descriptor does.
    if (back === 1 && (has(personTitles) || endsWith(language.words.personTitleEndings))) return { kind: 'person', evidence: 'sure', title: token.text };
    if (has(orgDescriptors) || endsWith(language.words.orgDescriptorEndings)) return { kind: 'organization', evidence: 'sure' };
    if (has(placeDescriptors)) return { kind: 'place', evidence: 'sure' };
    if (back === 1 && has(placePrepositions)) return { kind: 'place', evidence: 'weak' };
    // Look past one connector only: "la ville de Roscoff", "le club de Lyon".
    if (!nameConnectors.has(token.lower)) return null;
  }
  return null;
}

/** A speech verb right before or after the name: "sagte Schleweis", "Schleweis sagte". */
function speaks(facts: Facts, first: number, last: number): boolean {
  const { speechVerbs } = facts.language.sets;
  const before = facts.tokens[first - 1]?.lower ?? '';
  const after = facts.tokens[last + 1]?.lower ?? '';
  return speechVerbs.has(before) || speechVerbs.has(after);
}

/** What the words of the name say on their own. */
function insideCue(facts: Facts, first: number, last: number, phrase: string): Cue | null {
  const { tokens, language } = facts;
  const known = knownName(phrase, language);
  if (known === 'place' || known === 'town' || known === 'organization') return { kind: known === 'organization' ? known : 'place', evidence: 'sure' };
  if (known === 'person') return { kind: 'person', evidence: first === last ? 'weak' : 'sure' };
  if (isOrgHead(facts, last) || (last > first && isOrgHead(facts, first))) return { kind: 'organization', evidence: 'sure' };
  if (last > first && (isPlaceHead(facts, first) || isPlaceHead(facts, last))) return { kind: 'place', evidence: 'sure' };
  if (last > first && last - first <= 3) {
    const firstWord = tokens[first]?.lower ?? '';
    const lastWord = tokens[last]?.lower ?? '';
    const firstKnown = isFirstName(firstWord) || knownName(firstWord, language) === 'first-name';
    if (firstKnown || (language.personNames.has(firstWord) && language.personNames.has(lastWord))) return { kind: 'person', evidence: 'sure' };
    // "Jair Bolsonaro", "François Hollande": two or three names in a row are most often a person's.
    const allNames = facts.roles.slice(first, last + 1).every((role) => role === 'name');
    if (allNames && !tokens.slice(first, last + 1).some((t) => ACRONYM.test(t.text))) return { kind: 'person', evidence: 'weak' };
  }
  // "KFC Uerdingen", "AfD": an acronym inside a name makes it an organization's.
  if (tokens.slice(first, last + 1).some((t) => ACRONYM.test(t.text))) return { kind: 'organization', evidence: last > first ? 'sure' : 'weak' };
  return null;
}

function classifyChunk(facts: Facts, first: number, last: number): LanguageMention | null {
  const { tokens, text } = facts;
  // A trailing connector belongs to what follows.
  while (last > first && facts.roles[last] === 'connector') last--;
  // "Frankfurt Sparkassenpräsident": a descriptor never ends a name.
  while (last > first && (facts.roles[last] === 'noun' || facts.roles[last] === 'nounOrName') && isDescriptor(facts, last)) last--;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const surface = text.slice(start, end);
  const phrase = surface.toLowerCase();
  const inside = insideCue(facts, first, last, phrase);
  const context = contextCue(facts, first);
  // A title before a name decides its kind ("Sprecher Hans Meier"), unless the name's own words
  // are an organization's or a place's ("Tabellenführer SpVgg Unterhaching").
  const insideDecides = inside?.evidence === 'sure' && inside.kind !== 'person';
  const cue = context?.kind === 'person' && context.evidence === 'sure' && !insideDecides ? context : (inside ?? context);
  const allNouns = facts.roles.slice(first, last + 1).every((role) => role === 'noun' || role === 'nounOrName' || role === 'connector');
  if (allNouns && cue?.evidence !== 'sure') return null;
  if (cue) {
    const evidence = cue.evidence === 'weak' && speaks(facts, first, last) ? 'sure' : cue.evidence;
    const region = facts.language.regions.get(phrase);
    return { start, end, kind: cue.kind, text: surface, title: cue.title ?? null, guessed: false, evidence, ...(region ? { region } : {}) };
  }
  if (speaks(facts, first, last)) return { start, end, kind: 'person', text: surface, title: null, guessed: false, evidence: 'weak' };
  return { start, end, kind: last > first ? 'person' : 'organization', text: surface, title: null, guessed: true, evidence: 'none' };
}

/** "deutschen", "Français", "israelí": a nationality word names its country. */
function nationalityAt(facts: Facts, i: number): LanguageMention | null {
  const token = facts.tokens[i];
  if (!token) return null;
  const region = lowerForms(facts, i).map((form) => facts.language.demonyms.get(form)).find((code) => code !== undefined);
  if (!region) return null;
  return { start: token.start, end: token.end, kind: 'nationality', text: token.text, title: null, guessed: false, evidence: 'sure', region };
}
