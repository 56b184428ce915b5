// The mention finder for stories in languages other than English. Capitals alone prove
// little here: German capitalizes every noun, and every language capitalizes the word
// that opens a sentence. So each capitalized word is first given a role from the
// language's word lists (a name, a noun, an adjective written inside a name), runs of
// them become candidate names, and a candidate is kept only with some evidence of what
// it names: a list that knows it, a title or descriptor before it, a head word inside it.
import { cachedPerKey } from '../cached-per-key.ts';
import type { Language } from '../language/language.ts';
import type { Evidence, Mention, MentionKind } from './mention.ts';
import { sentenceStarts } from './name-chunks.ts';
import { tokenize, type Token } from './tokenize.ts';
import { EVENT_HEADS } from './extra-names.ts';
import { isEnglishWord, isFirstName, knownName, withoutInflections, wordKnowledge, type KnownKind, type WordKnowledge } from './word-knowledge.ts';

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

/** An elided word written against a name: "l’Assemblée", "d’Armor", "L’Italia" (which words elide is the language's). */
const ELISION = /^(\p{L}{1,6})['’](?=\p{Lu})/u;
const HAS_DIGIT = /\p{N}/u;
/** "NDR", "U.S.", and acronyms with a small letter inside ("AfD", "KfW"): two capitals at least. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$|^(?:\p{Lu}\.){2,}$|^\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\p{Ll}]{0,2}\p{Lu}?$/u;
/** Two connectors at most between the parts of one name ("Fuerzas de Defensa de Israel"). */
const MAX_CONNECTORS = 2;
/** Words this close before a name are read as its title or descriptor. */
const CONTEXT_TOKENS = 2;

interface Facts {
  tokens: Token[];
  /** Every word the text writes capitalized, lower-cased. */
  capitalizedWords: ReadonlySet<string>;
  text: string;
  roles: Role[];
  starts: boolean[];
  language: Language;
  knowledge: WordKnowledge;
}

/** Splits an elided article off the name it is written against. */
export function splitElisions(tokens: Token[], elisions: ReadonlySet<string>): Token[] {
  const split: Token[] = [];
  for (const token of tokens) {
    const elided = ELISION.exec(token.text);
    if (!elided?.[1] || !elisions.has(elided[1].toLowerCase())) {
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
  const tokens = splitElisions(tokenize(text), language.sets.elisions);
  const starts = afterQuotationMarks(tokens, sentenceStarts(tokens, text));
  const knowledge = wordKnowledge(language);
  const lowerCaseInText = new Set(tokens.filter((t) => !t.capitalized).map((t) => t.lower));
  const roles = adjectivesBeforeNouns(
    tokens,
    starts,
    knowledge,
    firstNamesBeforeNames(tokens, language, tokens.map((token, i) => roleOf(token, starts[i] === true, language, knowledge, lowerCaseInText))),
  );
  const capitalizedWords = new Set(tokens.filter((t) => t.capitalized).map((t) => t.lower));
  const facts: Facts = { tokens, text, roles, starts, language, knowledge, capitalizedWords };
  const mentions = chunkMentions(facts);
  // "Greta Hallmann … Hallmann": a surname the story gives in full is a name wherever it stands,
  // even where the dictionary reads it as a noun ("Hall|mann").
  const surnames = surnamesOf(mentions);
  const named = roles.map((role, i) => ((role === 'noun' || role === 'nounOrName') && isSurname(tokens[i], surnames, language) ? 'name' : role));
  return named.some((role, i) => role !== roles[i]) ? chunkMentions({ ...facts, roles: named }) : mentions;
}

/** Marks that open a quotation in any language: the word after one opens a sentence. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['„', '«', '»', '‹', '›', '‚', '“', '"']);

function afterQuotationMarks(tokens: Token[], starts: boolean[]): boolean[] {
  return starts.map((start, i) => start || OPENING_MARKS.has(tokens[i - 1]?.text ?? ''));
}

/** The last words of the people named in full, lower-cased. */
function surnamesOf(mentions: readonly LanguageMention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.text.toLowerCase().split(' ');
    if (m.kind === 'person' && m.evidence === 'sure' && words.length > 1) surnames.add(words.at(-1) ?? '');
  }
  return surnames;
}

/** The surname itself, or its genitive in a language that writes one ("Hallmanns"). */
function isSurname(token: Token | undefined, surnames: ReadonlySet<string>, language: Language): boolean {
  if (!token) return false;
  return surnames.has(token.lower) || (language.words.capitalizesNouns && token.lower.endsWith('s') && surnames.has(token.lower.slice(0, -1)));
}

/** Reads the roles into mentions: each run of name tokens, split where it lists several names. */
function chunkMentions(facts: Facts): LanguageMention[] {
  const { tokens } = facts;
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
    for (const [start, end] of splitAtConjunctions(facts, i, last)) {
      // "Mexiko und den USA": a part may open with a connector that belongs to neither name.
      let first = start;
      while (first < end && facts.roles[first] === 'connector') first++;
      const country = facts.language.regions.has(tokens[first]?.lower ?? '');
      const mention = (first === end && !country ? nationalityAt(facts, first) : null) ?? classifyChunk(facts, first, end);
      if (mention) mentions.push(mention);
    }
    i = last + 1;
  }
  return mentions;
}

/** The role a token takes, with the one answer that depends on the story left open ('name unless lower-case'). */
type WordRole = Role | 'nameUnlessLowerCase';

const roleCaches = new WeakMap<Language, (key: string) => WordRole>();
/** Distinct capitalized words remembered per language before the cache starts over. */
const MAX_CACHED_ROLES = 20_000;

function roleOf(token: Token, opensSentence: boolean, language: Language, knowledge: WordKnowledge, lowerCaseInText: ReadonlySet<string>): Role {
  if (!token.capitalized) return language.sets.nameConnectors.has(token.lower) ? 'connector' : 'other';
  let cached = roleCaches.get(language);
  if (!cached) {
    // The key is the word as written and whether it opens a sentence: all a word's role depends on.
    cached = cachedPerKey((key: string) => wordRole(key.slice(1), key.startsWith('1'), language, knowledge), MAX_CACHED_ROLES);
    roleCaches.set(language, cached);
  }
  const role = cached(`${opensSentence ? 1 : 0}${token.text}`);
  if (role !== 'nameUnlessLowerCase') return role;
  // A capitalized word opening a sentence is a name only when the story never writes it in lower case.
  return lowerCaseInText.has(token.lower) ? 'noun' : 'name';
}

function wordRole(text: string, opensSentence: boolean, language: Language, knowledge: WordKnowledge): WordRole {
  const lower = text.toLowerCase();
  if (HAS_DIGIT.test(text) || knowledge.isCalendarWord(lower)) return 'other';
  // An acronym is a name whatever word it spells ("AG", "EU"), unless it stands alone as a word.
  if (ACRONYM.test(text)) return text.length === 1 ? 'other' : 'name';
  // Titles introduce names ("Burgemeester Anouk Verhoef"); they are none.
  if (language.sets.personTitles.has(lower)) return 'noun';
  // Mid-sentence, a capitalized function word belongs to a name ("Estados Unidos", "Le Monde",
  // "Peter Lang"); German's nouns and adjectives among them go on to the dictionary below.
  if (knowledge.isStopWord(lower) && opensSentence) return 'other';
  const known = knownFormOf(lower, language);
  if (known === 'place' || known === 'organization') return 'name';
  // A company whose name is also a word of the language ("Staat") needs a cue.
  if (known === 'company' && (knowledge.nounKind(lower) === 'noun' || knowledge.isLowerCaseWord(lower))) return 'nounOrName';
  if (language.words.capitalizesNouns) {
    // People's names that are also nouns ("Heil", "Fuchs") are names only beside a first name;
    // towns that are also nouns ("Mitte") only where the story shows a place.
    const noun = knowledge.nounKind(lower);
    // "Hamburger SV", "Berliner Zeitung": a town's adjective opens a name, like any capitalized adjective.
    if (isTownAdjective(lower, language)) return opensSentence ? 'nounOrName' : 'adjective';
    if (noun === 'noun') return known === 'town' ? 'nounOrName' : 'noun';
    if (known) return 'name';
    if (noun === 'compound' || language.properNames.has(lower)) return 'nounOrName';
    if (knowledge.hasWordEnding(lower)) return 'noun';
    if (knowledge.isLowerCaseWord(lower)) return opensSentence ? 'other' : 'adjective';
    return 'name';
  }
  if (known && !(known === 'town' && opensSentence && knowledge.isLowerCaseWord(lower))) return 'name';
  if (language.properNames.has(lower)) return 'name';
  // "Internet", "Deal": English words borrowed capitalized are names only where a cue says so.
  if (isEnglishWord(lower)) return 'nounOrName';
  if (!opensSentence) return 'name';
  return knowledge.isLowerCaseWord(lower) || knowledge.hasWordEnding(lower) ? 'noun' : 'nameUnlessLowerCase';
}

/** "Lotte Tobisch", "Rose Ayling": a first name that is also a noun names someone before a name. */
function firstNamesBeforeNames(tokens: Token[], language: Language, roles: Role[]): Role[] {
  return roles.map((role, i) => {
    if ((role !== 'noun' && role !== 'nounOrName') || roles[i + 1] !== 'name') return role;
    const word = tokens[i]?.lower ?? '';
    if (language.sets.personTitles.has(word)) return role;
    const nameWord = isFirstName(word) || language.personNames.has(word) || language.properNames.has(word);
    return nameWord ? 'name' : role;
  });
}

/** Endings that make a town's adjective in German: "Hamburg|er", "Dresd|ner" (from "Dresden"). */
const TOWN_ADJECTIVE_ENDINGS: ReadonlyArray<[string, string]> = [['er', ''], ['ner', 'en'], ['er', 'en'], ['er', 'e']];

function isTownAdjective(word: string, language: Language): boolean {
  return TOWN_ADJECTIVE_ENDINGS.some(([ending, restored]) => {
    if (!word.endsWith(ending) || word.length - ending.length < 3) return false;
    const town = word.slice(0, -ending.length) + restored;
    const known = knownName(town, language);
    return known === 'town' || known === 'place';
  });
}

/** What the lists know a word as, in any of its inflected forms ("Grossbritanniens"). */
function knownFormOf(word: string, language: Language): KnownKind | null {
  for (const form of withoutInflections(word, language)) {
    const known = knownName(form, language);
    if (known) return known;
  }
  return null;
}

/** The form of `surface` the lists know ("Grossbritannien" for "Grossbritanniens"), or null. */
function knownBaseForm(surface: string, language: Language): string | null {
  const lower = surface.toLowerCase();
  if (language.regions.has(lower)) return null;
  const base = withoutInflections(lower, language).find((form) => form !== lower && language.regions.has(form));
  return base ? surface.slice(0, base.length) : null;
}

/**
 * "die Deutsche Post": a German noun that is also an adjective's form ("Deutsche"), written
 * capitalized mid-sentence before a noun, is the adjective of a name.
 */
function adjectivesBeforeNouns(tokens: Token[], starts: boolean[], knowledge: WordKnowledge, roles: Role[]): Role[] {
  return roles.map((role, i) => {
    const next = roles[i + 1];
    const beforeNoun = next === 'noun' || next === 'nounOrName' || next === 'name';
    const nounLike = role === 'noun' || role === 'nounOrName';
    const word = tokens[i]?.lower ?? '';
    // "der Abgeordnete Jonas Weber": a title made of an adjective stays a title before a first name.
    const beforeFirstName = isFirstName(tokens[i + 1]?.lower ?? '');
    return nounLike && !starts[i] && beforeNoun && !beforeFirstName && knowledge.isInflectedAdjective(word) ? 'adjective' : role;
  });
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
  if (role === 'adjective') return joined && (next === 'noun' || next === 'nounOrName' || next === 'name' || next === 'adjective');
  // "Universität Hamburg", "Eintracht Braunschweig": an organization's head before a name.
  if (role === 'noun' || role === 'nounOrName') {
    if (joined && next === 'name' && isOrgHead(facts, i) && !isDescriptor(facts, i)) return true;
  }
  // "der Rüstungskonzern Rheinmetall": a word the story introduces as a name; "in Mitte": a town after a preposition of place.
  if (role !== 'nounOrName' || i === 0 || newlineBetween(facts, i - 1, i)) return false;
  const placed = facts.language.sets.placePrepositions.has(facts.tokens[i - 1]?.lower ?? '') && knownName(facts.tokens[i]?.lower ?? '', facts.language) === 'town';
  return isDescriptor(facts, i - 1) || placed;
}

/**
 * "Benkos Signa Holding", "Merkels Regierung": a German name in the genitive ends where it
 * stands; the story names it elsewhere without the -s.
 */
function isGenitiveName(facts: Facts, i: number): boolean {
  const token = facts.tokens[i];
  if (!facts.language.words.capitalizesNouns || !token || !token.lower.endsWith('s') || token.lower.length < 4) return false;
  return facts.capitalizedWords.has(token.lower.slice(0, -1));
}

/** "UMP Laure de la Raudière": a person's first name after an acronym opens a name of its own. */
function startsPersonAfterAcronym(facts: Facts, last: number, next: number): boolean {
  const word = facts.tokens[next]?.lower ?? '';
  return ACRONYM.test(facts.tokens[last]?.text ?? '') && (isFirstName(word) || facts.language.personNames.has(word));
}

/** The last token of the name opening at `first`, or first - 1 when none opens there. */
function chunkEnd(facts: Facts, first: number): number {
  if (!opensName(facts, first)) return first - 1;
  const { roles, tokens } = facts;
  let last = first;
  for (;;) {
    const next = last + 1;
    if (next >= tokens.length || newlineBetween(facts, last, next)) break;
    if (isGenitiveName(facts, last) || startsPersonAfterAcronym(facts, last, next)) break;
    const role = roles[next];
    // "Europäische Zentralbank"; "Lena Große Scharmann": an adjective between names belongs to them.
    if (role === 'name' || (role === 'adjective' && (roles[last] === 'adjective' || roles[next + 1] === 'name'))) {
      last = next;
      continue;
    }
    // "Europäische Zentralbank", "Signa Holding", "Hubertus Heil": a noun that heads the name, or a surname that is also a noun.
    const nounLike = role === 'noun' || role === 'nounOrName' || role === 'adjective';
    if (nounLike && (isOrgHead(facts, next) || isPlaceHead(facts, next) || surnameAfterFirstName(facts, first, last, next))) {
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

/**
 * "USA und China", "Peter Bofinger und Marcel Fratzscher": a conjunction between names lists
 * them; it joins one name only where an organization's head ends it ("Bündnis für Arbeit und Soziales").
 */
function splitAtConjunctions(facts: Facts, first: number, last: number): Array<[number, number]> {
  const conjunctions = facts.language.sets.conjunctions;
  if (isOrgHead(facts, last) && facts.roles[last] !== 'name') return [[first, last]];
  const parts: Array<[number, number]> = [];
  let start = first;
  for (let i = first + 1; i < last; i++) {
    if (!conjunctions.has(facts.tokens[i]?.lower ?? '')) continue;
    parts.push([start, i - 1]);
    start = i + 1;
  }
  parts.push([start, last]);
  return parts;
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
  const endsWith = (ending: string): boolean => word.length > ending.length + 2 && word.endsWith(ending);
  return orgDescriptorEndings.some(endsWith) || personTitleEndings.some(endsWith);
}

/**
 * "Hubertus Heil", "Anna Berger", "Peter Lang": after a first name, a noun or an adjective that
 * is a surname too, or that the dictionary knows only as an inflected form ("Berger" of "Berg").
 */
function surnameAfterFirstName(facts: Facts, first: number, last: number, next: number): boolean {
  const token = facts.tokens[next];
  const firstWord = facts.tokens[first]?.lower ?? '';
  const isFirst = isFirstName(firstWord) || facts.language.personNames.has(firstWord) || contextCue(facts, first)?.kind === 'person';
  if (first !== last || !isFirst || !token) return false;
  return facts.language.personNames.has(token.lower) || facts.roles[next] === 'nounOrName' || !facts.knowledge.isDictionaryEntry(token.lower);
}

type Cue = { kind: MentionKind; evidence: Evidence; title?: string };

/** What the words before the name say: a title, a descriptor, a preposition of place. */
function contextCue(facts: Facts, first: number): Cue | null {
  const { tokens, language } = facts;
  const { personTitles, orgDescriptors, placeDescriptors, placePrepositions, nameConnectors } = language.sets;
  const apposed = titleBeforeComma(facts, first);
  if (apposed) return apposed;
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
    // "in Kiel", "dans le Finistère": a preposition of place, right before or before an article;
    // not before an ordinary word written capitalized ("sur Internet").
    const ordinary = facts.knowledge.isLowerCaseWord(tokens[first]?.lower ?? '');
    if ((back === 1 || nameConnectors.has(tokens[first - 1]?.lower ?? '')) && has(placePrepositions) && !ordinary) return { kind: 'place', evidence: 'weak' };
    // Look past one connector only: "la ville de Roscoff", "le club de Lyon".
    if (!nameConnectors.has(token.lower)) return null;
  }
  return null;
}

/**
 * A title before a name decides its kind ("Sprecher Hans Meier"), unless the name's own words
 * are surely an organization's or a place's ("Tabellenführer SpVgg Unterhaching"); where both
 * say the same kind, the surer one counts ("das Unternehmen TDK").
 */
function combinedCue(inside: Cue | null, context: Cue | null): Cue | null {
  const insideDecides = inside?.evidence === 'sure' && inside.kind !== 'person';
  if (context?.kind === 'person' && context.evidence === 'sure' && !insideDecides) return context;
  if (inside?.evidence === 'sure') return inside;
  // "la empresa Constructora Rivas": a sure descriptor outweighs what the name's shape suggests.
  if (context?.evidence === 'sure') return inside ? { ...inside, kind: context.kind, evidence: 'sure' } : context;
  return inside ?? context;
}

/** Words a title may stand before the comma of its apposition: "le directeur du chantier, Julien Roussel". */
const MAX_APPOSED_TITLE_WORDS = 5;

/** "La maire, Sophie Marchetti,": a title, a comma, then the name; the role is the words from the title to the comma. */
function titleBeforeComma(facts: Facts, first: number): Cue | null {
  const { tokens, text } = facts;
  const comma = tokens[first - 1];
  if (comma?.text !== ',') return null;
  for (let i = first - 2; i >= Math.max(0, first - 1 - MAX_APPOSED_TITLE_WORDS); i--) {
    const token = tokens[i];
    if (!token || /^[.!?;:]$/u.test(token.text)) return null;
    if (lowerForms(facts, i).some((form) => facts.language.sets.personTitles.has(form))) {
      return { kind: 'person', evidence: 'sure', title: text.slice(token.start, comma.start) };
    }
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
  // A lone acronym is an organization unless it is a country's ("USA"); a town or a surname it may spell says nothing.
  if (first === last && ACRONYM.test(tokens[first]?.text ?? '') && !language.regions.has(phrase)) {
    return { kind: 'organization', evidence: knownName(phrase, language) === 'organization' ? 'sure' : 'weak' };
  }
  if (EVENT_HEADS.has(tokens[first]?.lower ?? '') || EVENT_HEADS.has(tokens[last]?.lower ?? '') || language.sets.eventHeads.has(tokens[first]?.lower ?? '') || language.sets.eventHeads.has(tokens[last]?.lower ?? '')) {
    return { kind: 'other', evidence: 'sure' };
  }
  const known = knownName(phrase, language);
  if (known === 'place' || known === 'town') return { kind: 'place', evidence: 'sure' };
  if (known === 'organization' || known === 'company') return { kind: 'organization', evidence: 'sure' };
  if (known === 'person') return { kind: 'person', evidence: first === last ? 'weak' : 'sure' };
  // "Anna Berger", "Robert Bosch GmbH": a known first name makes a person unless a legal form ends the name.
  const firstWord = tokens[first]?.lower ?? '';
  const legalForm = language.sets.orgSuffixes.has(tokens[last]?.lower ?? '');
  if (last > first && last - first <= 3 && !legalForm && isFirstName(firstWord) && facts.roles[first] === 'name') return { kind: 'person', evidence: 'sure' };
  // "Landesbanken" alone is any state bank: a head names one organization only inside a longer name.
  if (last === first && facts.roles[first] !== 'name' && isOrgHead(facts, first)) return { kind: 'organization', evidence: 'weak' };
  if (isOrgHead(facts, last) || (last > first && isOrgHead(facts, first))) return { kind: 'organization', evidence: 'sure' };
  if (last > first && (isPlaceHead(facts, first) || isPlaceHead(facts, last))) return { kind: 'place', evidence: 'sure' };
  if (last > first && last - first <= 3) {
    const firstWord = tokens[first]?.lower ?? '';
    const lastWord = tokens[last]?.lower ?? '';
    const allNames = facts.roles.slice(first, last + 1).every((role) => role === 'name');
    const firstKnown = isFirstName(firstWord) || knownName(firstWord, language) === 'first-name';
    // "François Hollande", "Helmut Peter": a first name the names lists or the dictionary's names know, then names.
    const nameWord = (word: string): boolean => language.personNames.has(word) || language.properNames.has(word);
    const namedPerson = !language.bare && nameWord(firstWord) && (nameWord(lastWord) || allNames);
    if (firstKnown || namedPerson) return { kind: 'person', evidence: 'sure' };
    // "Jair Bolsonaro": two or three names in a row are most often a person's.
    if (allNames && !tokens.slice(first, last + 1).some((t) => ACRONYM.test(t.text))) return { kind: 'person', evidence: 'weak' };
  }
  // "KFC Uerdingen", "AfD": an acronym inside a name makes it an organization's.
  if (tokens.slice(first, last + 1).some((t) => ACRONYM.test(t.text))) return { kind: 'organization', evidence: last > first ? 'sure' : 'weak' };
  return null;
}

function classifyChunk(facts: Facts, chunkFirst: number, last: number): LanguageMention | null {
  const { tokens, text } = facts;
  const first = withoutLeadingWord(facts, chunkFirst, last);
  // A trailing connector belongs to what follows.
  while (last > first && facts.roles[last] === 'connector') last--;
  // "Frankfurt Sparkassenpräsident": a descriptor never ends a name.
  while (last > first && (facts.roles[last] === 'noun' || facts.roles[last] === 'nounOrName') && isDescriptor(facts, last)) last--;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const surface = text.slice(start, end);
  const phrase = surface.toLowerCase();
  const inside = insideCue(facts, first, last, knownBaseForm(surface, facts.language)?.toLowerCase() ?? phrase);
  const context = contextCue(facts, first);
  // A title before a name decides its kind ("Sprecher Hans Meier"), unless the name's own words
  // are an organization's or a place's ("Tabellenführer SpVgg Unterhaching").
  const cue = combinedCue(inside, context);
  const allNouns = facts.roles.slice(first, last + 1).every((role) => role === 'noun' || role === 'nounOrName' || role === 'connector');
  if (allNouns && cue?.evidence !== 'sure') return null;
  // "Berliner", "Europäische" with nothing after: an adjective alone names nothing.
  if (facts.roles.slice(first, last + 1).every((role) => role === 'adjective')) return null;
  if (cue) {
    const evidence = cue.evidence === 'weak' && speaks(facts, first, last) ? 'sure' : cue.evidence;
    const base = knownBaseForm(surface, facts.language);
    const region = facts.language.regions.get(base?.toLowerCase() ?? phrase);
    return {
      start, end, kind: cue.kind, text: surface, title: cue.title ?? null, guessed: false, evidence,
      ...(region ? { region } : {}),
      ...(base ? { baseForm: base } : {}),
    };
  }
  if (speaks(facts, first, last)) return { start, end, kind: 'person', text: surface, title: null, guessed: false, evidence: 'weak' };
  return { start, end, kind: last > first ? 'person' : 'organization', text: surface, title: null, guessed: true, evidence: 'none' };
}

/**
 * "Ministr David Novák" opening a sentence: the capitalized word before a known first name is
 * a title or an ordinary word the sentence opens with, not part of the name.
 */
function withoutLeadingWord(facts: Facts, first: number, last: number): number {
  const next = first + 1;
  const firstName = (i: number): boolean => {
    const word = facts.tokens[i]?.lower ?? '';
    return isFirstName(word) || (!facts.language.bare && facts.language.personNames.has(word));
  };
  // "Innenverteidiger Robin Ziegele": a word no list knows before a first name and a surname is a title.
  const personShaped = last - next <= 2 && facts.roles.slice(next, last + 1).every((role) => role !== 'connector');
  const opens = personShaped && next < last && firstName(next) && (facts.starts[first] === true || !knownName(facts.tokens[first]?.lower ?? '', facts.language));
  return opens && !firstName(first) ? next : first;
}

/** "deutschen", "Français", "israelí": a nationality word names its country. */
function nationalityAt(facts: Facts, i: number): LanguageMention | null {
  const token = facts.tokens[i];
  if (!token) return null;
  const region = lowerForms(facts, i).map((form) => facts.language.demonyms.get(form)).find((code) => code !== undefined);
  if (!region) return null;
  return { start: token.start, end: token.end, kind: 'nationality', text: token.text, title: null, guessed: false, evidence: 'sure', region };
}
