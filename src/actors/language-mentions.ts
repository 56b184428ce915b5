// The mention finder for stories in languages other than English. Capitals alone prove
// little here: German capitalizes every noun, and every language capitalizes the word
// that opens a sentence. So each capitalized word is first given a role from the
// language's word lists (a name, a noun, an adjective written inside a name), runs of
// them become candidate names, and a candidate is kept only with some evidence of what
// it names: a list that knows it, a title or descriptor before it, a head word inside it.
import { cachedPerKey } from '../cached-per-key.ts';
import type { Language } from '../language/language.ts';
import { acronymsInCompounds } from './acronym-compounds.ts';
import { countedAcronyms } from './counted-acronyms.ts';
import { ELIDED_APOSTROPHE, afterQuotationMarks, splitElisions } from './language-tokens.ts';
import type { Evidence, Mention, MentionKind } from './mention.ts';
import { sentenceStarts } from './name-chunks.ts';
import { combinedCue, contextCue, insideCue, nounAfterDeterminer, sourceAfterArticle, speaks, titledBefore } from './name-cues.ts';
import { ACRONYM, IN_CAPITALS, ROMAN_NUMERAL, isCompoundDescriptor, isDescriptor, isKnownFirstName, isNameParticle, isOrgHead, isPersonTitle, isPlaceHead, newlineBetween, wordForms, type Facts, type Role } from './name-facts.ts';
import { inPictureCredit, inWebAddress } from './page-furniture.ts';
import { chunkEnd, headsRemit, splitAtConjunctions, splitBeforeFullName, splitBeforeGenitivePlace } from './name-runs.ts';
import { tokenize, type Token } from './tokenize.ts';
import { isWorldCity } from './world-cities.ts';
import { ORG_HEADS as ENGLISH_ORG_HEADS, PLACE_HEADS as ENGLISH_PLACE_HEADS } from './word-classes.ts';
import { adjectivesBeforeNouns, compoundOpenersOf, firstNamesBeforeNames, isSalutation, knownBaseForm, roleOf } from './word-roles.ts';
import { MAX_CACHED, endsWithOneOf, isEnglishWord, isFirstName, isOrganizationKind, knownName, wordKnowledge } from './word-knowledge.ts';

export interface LanguageMention extends Mention {
  evidence: Evidence;
}

/** Every name in `text` with offsets, for a story in `language`. */
export function findLanguageMentions(text: string, language: Language): LanguageMention[] {
  const tokens = splitElisions(tokenize(text), language.sets.elisions);
  const starts = afterQuotationMarks(tokens, sentenceStarts(tokens, text));
  const knowledge = wordKnowledge(language);
  const story = { lowerCase: new Set(tokens.filter((t) => !t.capitalized).map((t) => t.lower)), compoundOpeners: compoundOpenersOf(tokens) };
  // "ein SUV", "die URLs": an acronym the story counts is a common noun wherever it stands.
  const counted = countedAcronyms(tokens, text, language);
  const wordRoles = tokens.map((token, i): Role => {
    if (counted.has(token.text)) return 'noun';
    return isSalutation(tokens, i, starts[i] === true, language) ? 'other' : roleOf(token, starts[i] === true, language, knowledge, story);
  });
  const roles = adjectivesBeforeNouns(tokens, starts, knowledge, firstNamesBeforeNames(tokens, language, wordRoles));
  const capitalizedWords = new Set(tokens.filter((t) => t.capitalized).map((t) => t.lower));
  const facts: Facts = { tokens, text, roles, starts, language, knowledge, capitalizedWords };
  const mentions = chunkMentions(facts);
  // "Greta Hallmann … Hallmann": a surname the story gives in full is a name wherever it stands,
  // even where the dictionary reads it as a noun ("Hall|mann").
  const surnames = surnamesOf(mentions);
  // So is one opening a sentence, whose capital alone was read as the sentence's ("Lange sagte …").
  const rereadable = (role: Role, i: number): boolean => role === 'noun' || role === 'nounOrName' || role === 'adjective' || (role === 'other' && starts[i] === true && tokens[i]?.capitalized === true);
  const surnameForms = surnameFormsOf(surnames, language);
  const named = roles.map((role, i) => (rereadable(role, i) && isSurname(tokens[i], surnameForms) ? 'name' : role));
  // Read again where the surnames change a word's role, or keep a borrowed word as a name
  // ("Krystal Rivers … Rivers", see isBorrowedNoun), which the first reading could not know.
  const rereads = named.some((role, i) => role !== roles[i]) || tokens.some((token, i) => surnames.has(token.lower) && isBorrowedNoun(facts, i));
  return rereads ? chunkMentions({ ...facts, roles: named, surnames }) : mentions;
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

/** A word in mixed case ("Hallmann"), not an acronym ("URL"). */
const MIXED_CASE = /^\p{Lu}\p{Ll}/u;

/** The lower-case words that are a surname of the story's, or either side of its genitive (isSurname). */
interface SurnameForms {
  /** The surnames, and in a language that writes a genitive, each with an "s" added ("hallmanns"). */
  surnamesOrGenitives: ReadonlySet<string>;
  /** Surnames the story wrote only in the genitive, without their "s" ("hallmann" of "hallmanns"). */
  withoutGenitive: ReadonlySet<string>;
}

/** Each surname's forms, built once per story rather than cut and joined again for every word. */
function surnameFormsOf(surnames: ReadonlySet<string>, language: Language): SurnameForms {
  const surnamesOrGenitives = new Set(surnames);
  const withoutGenitive = new Set<string>();
  if (language.words.capitalizesNouns) {
    for (const surname of surnames) {
      surnamesOrGenitives.add(`${surname}s`);
      if (surname.endsWith('s')) withoutGenitive.add(surname.slice(0, -1));
    }
  }
  return { surnamesOrGenitives, withoutGenitive };
}

/**
 * The surname itself, or either side of the genitive in a language that writes one: "Hallmanns"
 * after "Jan Hallmann", and "Hallmann" after a full name the story wrote only in the genitive
 * ("Jan Hallmanns Firma").
 */
function isSurname(token: Token | undefined, forms: SurnameForms): boolean {
  if (!token) return false;
  if (forms.surnamesOrGenitives.has(token.lower)) return true;
  // An acronym's plural ("URLs") is no genitive of a name.
  return MIXED_CASE.test(token.text) && forms.withoutGenitive.has(token.lower);
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
    for (const [from, to] of splitAtConjunctions(facts, i, last)) {
      for (const [start, end] of splitBeforeFullName(facts, from, to)) {
        for (const part of splitBeforeGenitivePlace(facts, start, end)) {
          const mention = partMention(facts, part[0], part[1]);
          if (mention) mentions.push(mention);
        }
      }
    }
    i = last + 1;
  }
  return withAcronymsInCompounds(facts, mentions);
}

/** The mention one part of a run names, if any. */
function partMention(facts: Facts, start: number, end: number): LanguageMention | null {
  // "Mexiko und den USA": a part may open with a connector that belongs to neither name.
  let first = start;
  while (first < end && facts.roles[first] === 'connector') first++;
  const country = facts.language.regions.has(facts.tokens[first]?.lower ?? '');
  return (first === end && !country ? nationalityAt(facts, first) : null) ?? classifyChunk(facts, first, end);
}

/**
 * Adds, in text order, the acronyms that open a compound with a title ("DSGV-Präsident"), where
 * no other mention holds them; a compound read as a name of its own with nothing to vouch for
 * it ("KVP-fractie") gives way to its acronym.
 */
function withAcronymsInCompounds(facts: Facts, mentions: LanguageMention[]): LanguageMention[] {
  const named = new Set(mentions.filter((m) => m.evidence === 'sure' && ACRONYM.test(m.text)).map((m) => m.text));
  const found = acronymsInCompounds(facts, named);
  if (found.length === 0) return mentions;
  const starts = new Set(found.map((a) => a.start));
  const kept = mentions.filter((m) => !(starts.has(m.start) && m.evidence !== 'sure' && !m.text.includes(' ')));
  const added = found.filter((a) => !kept.some((m) => m.start < a.end && a.start < m.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

function classifyChunk(facts: Facts, chunkFirst: number, last: number): LanguageMention | null {
  const { tokens, text } = facts;
  const first = withoutLeadingWord(facts, chunkFirst, last);
  // A trailing connector belongs to what follows.
  while (last > first && facts.roles[last] === 'connector') last--;
  // "Frankfurt Sparkassenpräsident": a descriptor never ends a name, unless it is an
  // organization's head the name closes with ("Wall Street Journal", "journal" both).
  const descriptorAtEnd = (i: number): boolean => (facts.roles[i] === 'noun' || facts.roles[i] === 'nounOrName') && isDescriptor(facts, i);
  while (last > first && descriptorAtEnd(last) && !(isOrgHead(facts, last) && facts.roles[last - 1] === 'name')) last--;
  if (isShoutedPhrase(facts, first, last)) return null;
  if (first === last && namesNothingAlone(facts, first)) return null;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  // "www.dwds.de/themenglossar/Corona": a word of a web address names nothing in the story.
  if (inWebAddress(text, { start, end })) return null;
  // Composed, so that a name written with combining accents folds with the same name written whole.
  const surface = text.slice(start, end).normalize('NFC');
  const phrase = surface.toLowerCase();
  const inside = insideCue(facts, first, last, knownBaseForm(surface, facts.language)?.toLowerCase() ?? phrase);
  const context = contextCue(facts, first);
  // A title before a name decides its kind ("Sprecher Hans Meier"), unless the name's own words
  // are an organization's or a place's ("Tabellenführer SpVgg Unterhaching").
  const cue = combinedCue(inside, context);
  const allNouns = facts.roles.slice(first, last + 1).every((role) => role === 'noun' || role === 'nounOrName' || role === 'connector');
  if (allNouns && cue?.evidence !== 'sure') return null;
  // "Social", "Circular Economy": English words borrowed into German are nouns there, one or several.
  if (cue?.evidence !== 'sure' && everyIndex(first, last, (i) => isBorrowedNoun(facts, i))) return null;
  // "Berliner", "Europäische" with nothing after: an adjective alone names nothing.
  if (facts.roles.slice(first, last + 1).every((role) => role === 'adjective')) return null;
  // "Foto: Markus Scholz/dpa": a picture's credit names no actor of the story.
  const furniture = inPictureCredit(text, { start, end });
  // "la Corte", "la Cruz Roja": after an article no person's name takes, what looks like a name
  // is an institution's; so is a name such an article opens ("La Cámpora"). Not across a
  // connector: "el Estado Mayor de … Israel" is read by its parts. An elided one joins a
  // place's or a founder's name to the institution's head ("le Quai d’Orsay").
  const opensWithArticle = last > first && facts.language.sets.articlesOpeningNoPerson.has(tokens[first]?.lower ?? '');
  const fullConnector = someIndex(first, last, (i) => facts.roles[i] === 'connector' && !isElided(facts, i));
  // "Il Sole 24 Ore scrive …": no person's name has a number inside (see numberInsideName).
  const numbered = last > first && someIndex(first, last, (i) => DIGITS.test(tokens[i]?.text ?? ''));
  const personless = ((afterArticleBeforeNoPerson(facts, first) || opensWithArticle) && !fullConnector) || numbered;
  const kindOf = (kind: MentionKind): MentionKind => (kind === 'person' && personless) || (kind === 'place' && townAfterArticle(facts, first, last)) ? 'organization' : kind;
  // "la abogada del Estado sostuvo", "der Sprecher der Feuerwehr sagte": after a title and a
  // connector the name is the titled person's employer, and the speech verb is the person's.
  // The title is looked for only beside a speech verb, the one place it changes the reading.
  const spoken = speaks(facts, first, last);
  const employer = spoken && titledBefore(facts, first);
  const speaker = spoken && !employer;
  if (cue) {
    const evidence = cue.evidence === 'weak' && (speaker || sourceAfterArticle(facts, first, last)) ? 'sure' : cue.evidence;
    const base = knownBaseForm(surface, facts.language);
    const region = facts.language.regions.get(base?.toLowerCase() ?? phrase);
    const mention: LanguageMention = { start, end, kind: kindOf(cue.kind), text: surface, title: cue.title ?? null, guessed: false, evidence };
    if (region) mention.region = region;
    if (base) mention.baseForm = base;
    return withFurniture(mention, furniture);
  }
  // "secondo l’Inps": a word the story cites as its source, after an article, with nothing else to say what it is.
  if (sourceAfterArticle(facts, first, last)) return withFurniture({ start, end, kind: 'organization', text: surface, title: null, guessed: false, evidence: 'sure' }, furniture);
  if (speaker) return withFurniture({ start, end, kind: kindOf('person'), text: surface, title: null, guessed: false, evidence: 'weak' }, furniture);
  if (employer) return withFurniture({ start, end, kind: 'organization', text: surface, title: null, guessed: false, evidence: 'weak' }, furniture);
  return withFurniture({ start, end, kind: kindOf(last > first ? 'person' : 'organization'), text: surface, title: null, guessed: true, evidence: 'none' }, furniture);
}

/**
 * Marks a mention as page furniture, as its last key: set in place rather than spread, as
 * classifyChunk runs on every candidate name and each spread built two objects.
 */
function withFurniture(mention: LanguageMention, furniture: boolean): LanguageMention {
  if (furniture) mention.furniture = true;
  return mention;
}

/**
 * "il Milan", "l’Inter", "del Getafe": one word the lists know as a town, after a lower-case
 * article the language puts before no town, names the body named for it (most often its club).
 * Not a country or region, which take articles ("l’Italia", "la Lombardia").
 */
function townAfterArticle(facts: Facts, first: number, last: number): boolean {
  // "El Getafe perdió …": the article may open the sentence.
  if (first !== last || !articleBefore(facts, first, facts.language.sets.articlesBeforeNoTown)) return false;
  const word = facts.tokens[first]?.lower ?? '';
  return !facts.language.regions.has(word) && (facts.language.towns.has(word) || isWorldCity(word));
}

/**
 * The word before token `first` is an article the language puts before no person's name: in
 * lower case, or capitalized as the sentence's first word ("La Guardia Civil detuvo …").
 */
function afterArticleBeforeNoPerson(facts: Facts, first: number): boolean {
  return articleBefore(facts, first, facts.language.sets.articlesBeforeNoPerson);
}

/**
 * The word right before token `first`, on its line, is one of `articles`, in lower case or
 * capitalized as its sentence's first word.
 */
function articleBefore(facts: Facts, first: number, articles: ReadonlySet<string>): boolean {
  const before = facts.tokens[first - 1];
  if (before === undefined || newlineBetween(facts, first - 1, first)) return false;
  const written = !before.capitalized || facts.starts[first - 1] === true;
  return written && articles.has(before.lower);
}

/**
 * Words that name nothing standing alone:
 * - a letter ("R$ 50 mil", "Vitamin D");
 * - a number in Roman numerals ("el caso Golpe II");
 * - a unit abbreviated after a number ("28 Pkt)");
 * - an article ("LE" of a shouted heading, "DIE"); not any stop word, as the lists hold
 *   "estado", "ernst" and "AG";
 * - a person's title, whatever title goes before it ("der Vorsitzende Amtsrichter
 *   verhängte …"), unless it is a name too (a known surname);
 * - a legal form, of no firm named before it ("YouTube und Co.", "die GmbH zahlt").
 */
function namesNothingAlone(facts: Facts, i: number): boolean {
  const word = facts.tokens[i]?.text ?? '';
  return (
    [...word].length === 1 ||
    ROMAN_NUMERAL.test(word) ||
    isUnitAbbreviation(facts.tokens, i) ||
    facts.language.sets.articles.has(facts.tokens[i]?.lower ?? '') ||
    facts.language.sets.orgSuffixes.has(facts.tokens[i]?.lower ?? '') ||
    (facts.roles[i] !== 'name' && isPersonTitle(facts, i))
  );
}

/**
 * "die Apps", "Points of Interest": where every noun is capitalized, an English word standing
 * alone is a noun the language borrowed, a name only where a cue says so. Not an acronym
 * ("WHO"), nor the surname of someone the story names in full ("Krystal Rivers … Rivers");
 * in a longer name ("Signa Development") it stays a name.
 */
function isBorrowedNoun(facts: Facts, i: number): boolean {
  const token = facts.tokens[i];
  if (!token || !facts.language.words.capitalizesNouns || IN_CAPITALS.test(token.text)) return false;
  return isEnglishWord(token.lower) && !(facts.surnames?.has(token.lower) ?? false);
}

/** A token of digits only. */
const DIGITS = /^\d+$/u;

/** An elided connector split off the name after it ("d’" of "d’Orsay"). */
const isElided = (facts: Facts, i: number): boolean => ELIDED_APOSTROPHE.test(facts.tokens[i]?.text ?? '');

/** Does `test` hold for every index from `first` to `last`? A loop, where `Array.from` built the indices on every candidate name. */
function everyIndex(first: number, last: number, test: (i: number) => boolean): boolean {
  for (let i = first; i <= last; i++) if (!test(i)) return false;
  return true;
}

/** Does `test` hold for some index from `first` to `last`? (everyIndex's twin, without a double negation.) */
function someIndex(first: number, last: number, test: (i: number) => boolean): boolean {
  for (let i = first; i <= last; i++) if (test(i)) return true;
  return false;
}

/** A number, as a table or a score writes it: "28", "10,72", "1.500". */
const NUMBER = /^\d[\d.,]*$/u;
/** The longest abbreviation of a unit or an amount: "Pkt", "Mio", "Mrd", "Tsd". */
const MAX_UNIT_LETTERS = 4;
/** What closes an abbreviation: its period, or the bracket around a score ("(28 Pkt)"). */
const ABBREVIATION_CLOSERS: ReadonlySet<string> = new Set(['.', ')']);

/** "28 Pkt)", "10,72 Mio. t": a short capitalized word between a number and a period or a bracket abbreviates a unit. */
function isUnitAbbreviation(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.text ?? '';
  return (
    [...word].length <= MAX_UNIT_LETTERS &&
    !IN_CAPITALS.test(word) &&
    NUMBER.test(tokens[i - 1]?.text ?? '') &&
    ABBREVIATION_CLOSERS.has(tokens[i + 1]?.text ?? '')
  );
}

/** Most words a name written in capitals has ("LIQUI MOLY HBL"); a longer run is a heading. */
const MAX_SHOUTED_NAME_WORDS = 3;

/**
 * "LA CAÍDA", "LE BOURBIER DE", "FREE FOR A WEEK": words in capitals with a function word of
 * the language among them, or all of them ordinary English words, are a heading shouted, not
 * acronyms or a name ("EU", "UMP" stand alone). So are four or more ("ОБЩИНА ВРАЦА СПЕЧЕЛИ
 * ПРОЕКТ"), where the language's function words may be unknown.
 */
function isShoutedPhrase(facts: Facts, first: number, last: number): boolean {
  if (last === first) return false;
  const words = facts.tokens.slice(first, last + 1);
  if (!words.every((t) => IN_CAPITALS.test(t.text))) return false;
  if (words.length > MAX_SHOUTED_NAME_WORDS) return true;
  // A lone letter ("IT S", an apostrophe lost) counts as neither.
  return words.some((t) => facts.knowledge.isStopWord(t.lower)) || words.every((t) => t.text.length === 1 || isEnglishWord(t.lower));
}

/**
 * "Ministr David Novák" opening a sentence: the capitalized word before a known first name is
 * a title or an ordinary word the sentence opens with, not part of the name; so are the
 * adjectives before a title.
 */
function withoutLeadingWord(facts: Facts, first: number, last: number): number {
  // "das Dorf Lützerath", "das Land Niedersachsen": where every noun is capitalized, a common noun
  // that introduces a place or a body, opening the run, is no part of its name; read before it, it
  // says what the name is. Elsewhere a capitalized one is the name's own ("Estados Unidos").
  if (last > first && facts.language.words.capitalizesNouns && introducesName(facts, first) && !headsRemit(facts, first)) return first + 1;
  if (compoundDescriptorOpening(facts, first, last)) return first + 1;
  if (nounBeforeAnothersName(facts, first, last)) return first + 1;
  // "Hamburger Datenschutzbeauftragte Johannes Caspar": adjectives before such a title go with it.
  let title = first;
  while (title < last && facts.roles[title] === 'adjective') title++;
  if (title > first && isDescriptor(facts, title)) {
    const name = withoutLeadingTitle(facts, title, last);
    if (name > title) return name;
  }
  return withoutLeadingTitle(facts, first, last);
}

/**
 * "vom Tod Kims", "im Fall Max Eberl": where every noun is capitalized, a common noun a determiner
 * opens is that noun, and the names after it are someone else's (a genitive, an apposition); a
 * person's name takes no determiner. Not an adjective ("dem Deutschen Bundestag", "die Innere
 * Mongolei"), nor a name a head closes ("an der Wall Street") or opens ("die Stiftung Warentest").
 */
function nounBeforeAnothersName(facts: Facts, first: number, last: number): boolean {
  const { language, knowledge, roles, tokens } = facts;
  if (last === first || !language.words.capitalizesNouns || !nounAfterDeterminer(facts, first)) return false;
  const word = tokens[first]?.lower ?? '';
  if (knowledge.nounKind(word) !== 'noun' || isCapitalizedAdjective(facts, word) || isOrgHead(facts, first) || isPlaceHead(facts, first)) return false;
  const lastWord = tokens[last]?.lower ?? '';
  if (isOrgHead(facts, last) || isPlaceHead(facts, last) || ENGLISH_ORG_HEADS.has(lastWord) || ENGLISH_PLACE_HEADS.has(lastWord)) return false;
  return roles.slice(first + 1, last + 1).every((role) => role === 'name') && !tokens.slice(first + 1, last + 1).some((t) => ACRONYM.test(t.text));
}

/**
 * "dem Deutschen Bundestag", "die Innere Mongolei": a word of the language with an adjective's
 * ending, capitalized after a determiner, is an adjective of a name. A noun the dictionary also
 * has in lower case in another sense is none ("ihr Mann", "der Band": "man", "band").
 */
function isCapitalizedAdjective(facts: Facts, word: string): boolean {
  return facts.knowledge.isLowerCaseWord(word) && endsWithOneOf(word, facts.language.words.adjectiveEndings);
}

/**
 * "Energiebedrijf Vennema verhoogt …", "Supermarktketen Holtkamp sluit …": where only names are
 * capitalized, a compound descriptor opening the sentence has its capital from the sentence,
 * and it says what the name after it is. A compound only (one closed by a descriptor the table
 * lists): a word opening a company's own name ("Constructora Rivas") is no compound of one.
 */
function compoundDescriptorOpening(facts: Facts, first: number, last: number): boolean {
  if (last === first || facts.language.words.capitalizesNouns || facts.starts[first] !== true) return false;
  return isCompoundDescriptor(facts, first) && introducesName(facts, first);
}

/** A descriptor of a place or a body ("Dorf", "Ölkonzern"), neither a person's title nor a head a name is made with ("Universität"). */
function introducesName(facts: Facts, i: number): boolean {
  return isDescriptor(facts, i) && !isPersonTitle(facts, i) && !isOrgHead(facts, i) && !isPlaceHead(facts, i);
}

function withoutLeadingTitle(facts: Facts, first: number, last: number): number {
  const next = first + 1;
  const firstName = (i: number): boolean => isKnownFirstName(facts, i);
  // "Innenverteidiger Robin Ziegele": a word no list knows before a first name and a surname is a title.
  // The surname may have its particles ("Kommission Ursula von der Leyen").
  let particles = 0;
  for (let i = next; i <= last; i++) if (isNameParticle(facts, i)) particles++;
  const personShaped = last - next - particles <= 2 && everyIndex(next, last, (i) => facts.roles[i] !== 'connector' || isNameParticle(facts, i));
  if (!personShaped || next >= last || facts.roles[next] !== 'name' || !firstName(next)) return first;
  const word = facts.tokens[first]?.lower ?? '';
  // "Winzer Andreas Kretschko": in German a dictionary noun there is a job, even one the names list
  // has as a surname. Only before a lexicon first name: the names list holds "Min" of "Park Min Ho" too.
  const isNoun = (): boolean =>
    facts.language.words.capitalizesNouns && isFirstName(facts.tokens[next]?.lower ?? '') && facts.knowledge.nounKind(word) === 'noun';
  const known = knownName(word, facts.language);
  // A company the lists know stays, even opening a sentence ("Microsoft Cloud …").
  if (isOrganizationKind(known)) return first;
  const describes = facts.starts[first] === true || !known || isNoun();
  if (!describes || isFirstName(word)) return first;
  return firstName(first) && !isNoun() ? first : next;
}

const regionReaders = new WeakMap<Language, (word: string) => string>();

/**
 * The country a lower-case word names as its demonym ("deutschen" → DE), '' for none. Asked
 * of nearly every word of a story, and the same words recur: remembered per language.
 */
function demonymRegion(word: string, language: Language): string {
  let read = regionReaders.get(language);
  if (!read) {
    read = cachedPerKey((key) => wordForms(key, language).map((form) => language.demonyms.get(form)).find((code) => code !== undefined) ?? '', MAX_CACHED);
    regionReaders.set(language, read);
  }
  return read(word);
}

/** "deutschen", "Français", "israelí": a nationality word names its country. */
function nationalityAt(facts: Facts, i: number): LanguageMention | null {
  const token = facts.tokens[i];
  const region = token ? demonymRegion(token.lower, facts.language) : '';
  if (!token || !region) return null;
  return { start: token.start, end: token.end, kind: 'nationality', text: token.text, title: null, guessed: false, evidence: 'sure', region };
}
