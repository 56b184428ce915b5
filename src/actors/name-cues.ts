// What says a candidate name is one, and of which kind: the words before it (a title, a
// descriptor, a preposition of place, an apposition), its own words (a known name, a head,
// a first name, an acronym), and a speech verb beside it.
import type { Evidence, MentionKind } from './mention.ts';
import { EVENT_HEADS, HOLIDAYS } from './extra-names.ts';
import { ACRONYM, IN_CAPITALS, ROMAN_NUMERAL, isFirstNameAt, isKnownFirstName, isLexiconFirstName, isListedGivenName, isOrgHead, isPersonTitle, isPlaceHead, isUnknownGivenName, lowerForms, newlineBetween, spellsFirstNameWithAccents, type Facts } from './name-facts.ts';
import { lexiconTags } from './lexicon.ts';
import { ELIDED_APOSTROPHE } from './language-tokens.ts';
import { endsWithOneOf, isEnglishWord, isFirstName, isOrganizationKind, isPlaceKind, knownName, stemReadings } from './word-knowledge.ts';
import { ORG_HEADS as ENGLISH_ORG_HEADS } from './word-classes.ts';

/** A reading of a name: its kind, how sure, a person's title, and whether a town's name read it a place. */
export type Cue = { kind: MentionKind; evidence: Evidence; title?: string; town?: boolean };

/** Words this close before a name are read as its title or descriptor. */
const CONTEXT_TOKENS = 2;

/** Token i is an ordinary word of the language, written capitalized ("Internet"): contextCue's prepositions do not place it. */
function isOrdinaryWord(facts: Facts, i: number): boolean {
  return facts.knowledge.isLowerCaseWord(facts.tokens[i]?.lower ?? '');
}

/** What the words before the name say: a title, a descriptor, a preposition of place. */
export function contextCue(facts: Facts, first: number): Cue | null {
  const { tokens, language } = facts;
  const { orgDescriptors, placeDescriptors, placePrepositions, nameConnectors } = language.sets;
  const apposed = titleBeforeComma(facts, first);
  if (apposed) return apposed;
  for (let back = 1; back <= CONTEXT_TOKENS; back++) {
    const i = first - back;
    const token = tokens[i];
    if (!token || newlineBetween(facts, i, first)) return null;
    const forms = lowerForms(facts, i);
    const has = (set: ReadonlySet<string>): boolean => forms.some((form) => set.has(form));
    const titled = back === 1 ? titleRightBefore(facts, first) : null;
    if (titled) return titled;
    // "das Unternehmen Tesla" is the firm; "das Unternehmen von Elon Musk", "la empresa de Ana
    // Ruiz" may be its owner's: across a connector the descriptor only suggests.
    if (has(orgDescriptors) || endsWithOneOf(forms[0] ?? '', language.words.orgDescriptorEndings)) return { kind: 'organization', evidence: back === 1 ? 'sure' : 'weak' };
    // "la ville de Roscoff", "l’île de Batz", "la pointe Saint-Mathieu", "die Freistadt Rust": a place's descriptor or head word.
    if (has(placeDescriptors) || has(language.sets.placeHeads) || endsWithOneOf(forms[0] ?? '', language.words.placeDescriptorEndings)) return { kind: 'place', evidence: 'sure' };
    // "in Kiel", "dans le Finistère": a preposition of place, right before or before an article;
    // not before an ordinary word written capitalized ("sur Internet"). Where every noun is
    // capitalized, "in der Taxonomie" is a noun's place: there the preposition counts only
    // right before the name (and the German table holds no "im", an article in it).
    // (Asked last, where a preposition stands: most names have none before them.)
    // "arbeitet bei Brenner": right before the name, a preposition of the workplace.
    if (back === 1 && has(language.sets.orgPrepositions) && !isOrdinaryWord(facts, first)) return { kind: 'organization', evidence: 'weak' };
    const acrossArticle = !language.words.capitalizesNouns && nameConnectors.has(tokens[first - 1]?.lower ?? '');
    if ((back === 1 || acrossArticle) && has(placePrepositions) && !isOrdinaryWord(facts, first)) return { kind: 'place', evidence: 'weak' };
    // Look past one connector only: "la ville de Roscoff", "le club de Lyon".
    if (!nameConnectors.has(token.lower)) return null;
  }
  return null;
}

/**
 * What a person's title right before the name (token `first - 1`) says of it:
 * - "Sprecher Hans Meier": a person, with the title as role ("Spieler des Hamburger SV": a
 *   title reaches across no connector);
 * - "le député LR Antoine Gervais": an acronym between a title and a full name is the party
 *   the title serves, and the title with it is the person's;
 * - "il ministro dei Trasporti Matteo Salvini", "Minister für Wirtschaft Robert Habeck": a
 *   title and its portfolio, only before a first name (after "Vorsitzende der Partei" comes
 *   the party's name).
 */
function titleRightBefore(facts: Facts, first: number): Cue | null {
  const i = first - 1;
  const token = facts.tokens[i];
  if (!token) return null;
  const title = isPersonTitle(facts, i);
  if (title && partyBeforeName(facts, first)) return { kind: 'organization', evidence: 'sure' };
  if (partyBeforeName(facts, i) && isPersonTitle(facts, i - 1) && !newlineBetween(facts, i - 1, i)) {
    return { kind: 'person', evidence: 'sure', title: titleFrom(facts, i - 1, token.end) };
  }
  if (title) return { kind: 'person', evidence: 'sure', title: titleFrom(facts, i, token.end) };
  const portfolioOf = isKnownFirstName(facts, first) ? titleOfPortfolio(facts, i) : -1;
  return portfolioOf >= 0 ? { kind: 'person', evidence: 'sure', title: titleFrom(facts, portfolioOf, token.end) } : null;
}

/**
 * "der Chef der Deutschen Bank …", "la presidenta del Banco Central …": a person's title
 * before the name, across the connectors that link it to an employer.
 */
export function titledBefore(facts: Facts, first: number): boolean {
  const { nameConnectors, articles } = facts.language.sets;
  let i = first - 1;
  for (let skipped = 0; skipped < CONTEXT_TOKENS && i >= 0; skipped++) {
    const lower = facts.tokens[i]?.lower ?? '';
    if (!nameConnectors.has(lower) && !articles.has(lower)) break;
    i--;
  }
  return i >= 0 && i < first - 1 && !newlineBetween(facts, i, first) && isPersonTitle(facts, i);
}

/**
 * A title before a name decides its kind ("Sprecher Hans Meier"), unless the name's own words
 * are surely an organization's or a place's ("Tabellenführer SpVgg Unterhaching"); where both
 * say the same kind, the surer one counts ("das Unternehmen TDK").
 */
export function combinedCue(inside: Cue | null, context: Cue | null): Cue | null {
  // "el club Valencia", "el banco Santander": a body's descriptor right before a town's name
  // names a body called after the town.
  if (context?.kind === 'organization' && context.evidence === 'sure' && inside?.town === true) return { kind: 'organization', evidence: 'sure' };
  // "in Corona, Kalifornien": a preposition of place confirms a town the lists hold only weakly.
  if (inside?.town === true && context?.kind === 'place') return { ...inside, evidence: 'sure' };
  const insideDecides = inside?.evidence === 'sure' && inside.kind !== 'person';
  if (context?.evidence === 'sure' && !insideDecides) {
    if (context.kind === 'person') return context;
    // "der Baukonzern Daily Kestrel", "die Stiftung Hans Böckler": a body's or a place's
    // descriptor right before the name outweighs a person's reading of its words.
    if (inside?.kind === 'person') return { ...inside, kind: context.kind, evidence: 'sure' };
  }
  if (inside?.evidence === 'sure') return inside;
  // "la empresa Constructora Rivas": a sure descriptor outweighs what the name's shape suggests.
  if (context?.evidence === 'sure') return inside ? { ...inside, kind: context.kind, evidence: 'sure' } : context;
  return inside ?? context;
}

/**
 * An event's, a contest's or a law's head opens or closes the name ("Bundesliga", "Gipfel von
 * Rom", "Tour de France"): sure. Where every noun is capitalized, a compound closed by one is
 * one too ("Lieferkettengesetz", "Bundestagswahl", "EU-Gipfel"), less surely: a body's
 * descriptor before it names a body called after it ("die Initiative Lieferkettengesetz").
 */
function namesEvent(facts: Facts, first: number, last: number): Evidence | null {
  const { tokens, language } = facts;
  const isHead = (word: string): boolean => EVENT_HEADS.has(word) || language.sets.eventHeads.has(word);
  const lastWord = tokens[last]?.lower ?? '';
  if (isHead(tokens[first]?.lower ?? '') || isHead(lastWord)) return 'sure';
  return language.words.capitalizesNouns && endsWithOneOf(lastWord, language.words.eventHeads) ? 'weak' : null;
}

/** An organization's head inside first..last, a connector right after it ("Bureau voor", "Raad van"). */
function headBeforeConnector(facts: Facts, first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) if (facts.roles[i + 1] === 'connector' && isOrgHead(facts, i)) return true;
  return false;
}

/** Token `i` is an acronym standing alone, with a full name right after it ("député LR Antoine Gervais"). */
function partyBeforeName(facts: Facts, i: number): boolean {
  return ACRONYM.test(facts.tokens[i]?.text ?? '') && isKnownFirstName(facts, i + 1) && !newlineBetween(facts, i, i + 1);
}

/**
 * The title that ends at `end` and whose last title word is token `i`, with the title words
 * written right before it: "Premier ministre", "segretario generale della Nato".
 */
function titleFrom(facts: Facts, i: number, end: number): string {
  let start = i;
  while (start > 0 && !newlineBetween(facts, start - 1, start) && isPersonTitle(facts, start - 1)) start--;
  return facts.text.slice(facts.tokens[start]?.start, end);
}

/** Most adjectives read between a determiner and its noun ("im vergangenen Jahr"). */
const MAX_ADJECTIVES_AFTER_DETERMINER = 2;

/**
 * Token i is a noun or an adjective of the language, and a determiner no person's name takes
 * stands before it, right before or across the adjectives in lower case that go with the noun
 * ("im nächsten Jahr Dresden", "eine große Menge").
 */
export function nounAfterDeterminer(facts: Facts, i: number): boolean {
  const { tokens, knowledge } = facts;
  const word = tokens[i]?.lower ?? '';
  if (knowledge.nounKind(word) === null && !knowledge.isLowerCaseWord(word)) return false;
  const { nounDeterminers } = facts.language.sets;
  const adjectiveAt = (k: number): boolean => {
    const token = tokens[k];
    return token?.capitalized === false && !nounDeterminers.has(token.lower) && !knowledge.isStopWord(token.lower) && knowledge.isLowerCaseWord(token.lower);
  };
  let before = i - 1;
  while (before > i - 1 - MAX_ADJECTIVES_AFTER_DETERMINER && adjectiveAt(before)) before--;
  return nounDeterminers.has(tokens[before]?.lower ?? '') && !newlineBetween(facts, before, i);
}

/**
 * "im Norden Islands", "in der Halle": where every noun is capitalized, a town's name that is also
 * a noun of the language ("Norden", "Halle", "Lage") is that noun after a determiner, which no
 * town's name takes ("in Halle"). Countries and regions, which take one ("die Schweiz", "im
 * Allgäu"), are no towns to the lists.
 */
function townNounAfterDeterminer(facts: Facts, i: number): boolean {
  return facts.language.words.capitalizesNouns && facts.knowledge.nounKind(facts.tokens[i]?.lower ?? '') === 'noun' && nounAfterDeterminer(facts, i);
}

/** "nach jedem Sprint", "kein Bike": right after a determiner that stands before no name. */
function afterDeterminerBeforeNoName(facts: Facts, i: number): boolean {
  const before = facts.tokens[i - 1];
  return before !== undefined && !before.capitalized && facts.language.sets.determinersBeforeNoName.has(before.lower) && !newlineBetween(facts, i - 1, i);
}

/** Most connectors between a title and its portfolio: "de l'" of "ministre de l'Intérieur". */
const MAX_PORTFOLIO_CONNECTORS = 2;

/**
 * The title whose portfolio ends at token `i`, a capitalized word after one or two connectors
 * ("ministro dei Trasporti", "ministre de l’Intérieur", "Minister für Wirtschaft"): the title's
 * index, or -1.
 */
function titleOfPortfolio(facts: Facts, i: number): number {
  const { tokens } = facts;
  if (tokens[i]?.capitalized !== true) return -1;
  let j = i - 1;
  const connectorAt = (k: number): boolean => facts.language.sets.nameConnectors.has(tokens[k]?.lower ?? '') || facts.language.sets.elisions.has(tokens[k]?.lower ?? '');
  while (j > i - 1 - MAX_PORTFOLIO_CONNECTORS && j >= 0 && connectorAt(j)) j--;
  if (j === i - 1 || j < 0 || newlineBetween(facts, j, i)) return -1;
  return isPersonTitle(facts, j) ? j : -1;
}

/** Words a title may stand before the comma of its apposition: "le directeur du chantier, Julien Roussel". */
const MAX_APPOSED_TITLE_WORDS = 5;

/**
 * "La maire, Sophie Marchetti,": a title, a comma, then the name; the role is the words from the
 * title to the comma. The apposition closes after the name (a comma, a bracket, the sentence's
 * end); where the name's verb follows it, the title ended a phrase of its own ("Devant le juge,
 * Marc Lefèvre a reconnu": the judge is someone else).
 */
function titleBeforeComma(facts: Facts, first: number): Cue | null {
  const { tokens } = facts;
  const comma = tokens[first - 1];
  if (comma?.text !== ',' || !closesApposition(facts, first)) return null;
  for (let i = first - 2; i >= Math.max(0, first - 1 - MAX_APPOSED_TITLE_WORDS); i--) {
    const token = tokens[i];
    if (!token || /^[.!?;:]$/u.test(token.text)) return null;
    if (lowerForms(facts, i).some((form) => facts.language.sets.personTitles.has(form))) {
      return { kind: 'person', evidence: 'sure', title: titleFrom(facts, i, comma.start) };
    }
  }
  return null;
}

/** A word may start a word token: what follows a name that closes no apposition. */
const WORD_START = /^[\p{L}\p{N}]/u;

/** No word follows the name opening at `first` in its line: a punctuation mark or the end does. */
function closesApposition(facts: Facts, first: number): boolean {
  const { tokens } = facts;
  const inName = (k: number): boolean => tokens[k]!.capitalized || facts.language.sets.nameConnectors.has(tokens[k]!.lower);
  let k = first;
  while (k < tokens.length && inName(k) && (k === first || !newlineBetween(facts, k - 1, k))) k++;
  const next = tokens[k];
  return !next || newlineBetween(facts, k - 1, k) || !WORD_START.test(next.text);
}

/**
 * A speech verb right before or after the name: "sagte Schleweis", "Schleweis sagte". Where the
 * subject pronoun follows the verb ("Freilich sagt er", German and Dutch word order), the
 * pronoun speaks: the word before the verb opens the sentence, whatever it is.
 */
export function speaks(facts: Facts, first: number, last: number): boolean {
  const { speechVerbs, subjectPronouns } = facts.language.sets;
  const { pronounsFollowVerb } = facts.language.words.speech;
  const before = facts.tokens[first - 1]?.lower ?? '';
  const after = facts.tokens[last + 1]?.lower ?? '';
  const pronounSpeaks = pronounsFollowVerb && subjectPronouns.has(facts.tokens[last + 2]?.lower ?? '');
  return speechVerbs.has(before) || (speechVerbs.has(after) && !pronounSpeaks);
}

/**
 * "según el INE", "segundo o IBGE", "selon l’ONU", "secondo l’Istat": an acronym, or one word
 * no list and no dictionary knows (an acronym written as a word, as Italian does: "Inps",
 * "Cgil"), after the language's "according to" and an article (elided or not) is the
 * institution the story cites. One word only: after the article longer names are as often
 * documents ("según la Resolución Ministerial").
 */
export function sourceAfterArticle(facts: Facts, first: number, last: number): boolean {
  if (first !== last || !(ACRONYM.test(facts.tokens[first]?.text ?? '') || isUnknownWord(facts, first))) return false;
  const article = facts.tokens[first - 1];
  if (!article || newlineBetween(facts, first - 2, first)) return false;
  const { articles, elisions } = facts.language.sets;
  if (!articles.has(article.lower) && !elisions.has(article.lower.replace(ELIDED_APOSTROPHE, ''))) return false;
  return facts.language.words.speech.accordingTo.includes(facts.tokens[first - 2]?.lower ?? '');
}

/** A capitalized word that no list knows as a name of any kind and the dictionary does not have: "Inps", "Cgil". */
function isUnknownWord(facts: Facts, i: number): boolean {
  const token = facts.tokens[i];
  if (!token?.capitalized) return false;
  return knownName(token.lower, facts.language) === null && !facts.knowledge.isDictionaryEntry(token.lower) && !facts.knowledge.isLowerCaseWord(token.lower);
}

/** What the words of the name say on their own. */
/** A surname written in capitals: four letters or more, longer than most acronyms ("BAJOU", not "UMP"). */
const SURNAME_IN_CAPITALS = /^\p{Lu}{4,}$/u;

/** A first name written as one ("Eloïse", not "ELOÏSE"), that the names lists know. */
function isPersonFirstWord(facts: Facts, i: number): boolean {
  return !IN_CAPITALS.test(facts.tokens[i]?.text ?? '') && isKnownFirstName(facts, i);
}

/**
 * "Le Monde", "El País", "Die Linke", "El Sol de México": a capitalized article, then an
 * ordinary word of the language, names a publication, a party or a club (a known place,
 * "La Paz", is read first).
 */
function namedWithArticle(facts: Facts, first: number, last: number): boolean {
  if (last === first || !facts.language.sets.articles.has(facts.tokens[first]?.lower ?? '')) return false;
  // "El Sol de México", "La Voz de Galicia": what follows the title's ordinary words may be a place.
  const word = facts.tokens[first + 1]?.lower ?? '';
  return facts.knowledge.isLowerCaseWord(word) || facts.knowledge.nounKind(word) === 'noun';
}

/**
 * "Marine Le Pen": every word capitalized and a person's name to the names lists, the surname's
 * particle too; an institution's head opening it ("marine", a navy) is a given name there, as it
 * is not in "Banque de France" or "Marine nationale".
 */
function personNamesOnly(facts: Facts, first: number, last: number): boolean {
  // The head must be a given name ("Marine"), not only a surname ("Guardia Civil": Fiorello La Guardia's).
  if (!isKnownFirstName(facts, first)) return false;
  return facts.tokens.slice(first, last + 1).every((token) => token.capitalized && facts.language.personNames.has(token.lower));
}

/** Most words a person's name with a particle has: "Jan van der Berg". */
const MAX_PARTICLE_NAME = 4;

/**
 * "Jan van Dalen", "Anna von Lenthe": a first name, a particle, a surname make a person, even
 * where the surname looks like a place's head word ("-dalen", valleys). Where the language
 * writes its particles only after given names, a name no list knows before one is a given name
 * ("Anouk van den Berg"), unless the lists know it as a place's or an organization's.
 */
function givenNameAndParticle(facts: Facts, first: number, last: number): boolean {
  const words = last - first + 1;
  if (words < 3 || words > MAX_PARTICLE_NAME || facts.roles[first + 1] !== 'connector' || isPlaceHead(facts, first) || isOrgHead(facts, first)) return false;
  const firstWord = facts.tokens[first]?.lower ?? '';
  // A first name the English lexicon knows: the names lists hold surnames too ("Geiger der …").
  if (facts.roles[last] === 'name' && isLexiconFirstName(facts, firstWord)) return true;
  // The surname after the particle may be a word too ("Sanne de Wit"), or a place's head ("Jan van der Berg").
  const surname = facts.roles[last] === 'name' || facts.roles[last] === 'nounOrName';
  return surname && (isUnknownGivenName(facts, first) || isListedGivenName(facts, first));
}

/**
 * "Poder Judicial", "Fuerza Pública", "Ultime Notizie", "Leggi Anche": where only names are
 * capitalized, ordinary words written with capitals (each one the dictionary has in lower case,
 * or a plural or feminine of one, or after the first a function word; the first no one's first
 * name) name an institution or a thing, or head a page's section, not a person. Weak: shown only
 * when the story comes back to it.
 */
function ordinaryWordsOnly(facts: Facts, first: number, last: number): boolean {
  const { language, knowledge, tokens } = facts;
  if (language.words.capitalizesNouns || language.bare) return false;
  const firstWord = tokens[first]?.lower ?? '';
  if (isFirstName(firstWord) || language.personNames.has(firstWord) || spellsFirstNameWithAccents(facts, firstWord)) return false;
  // A name with a connector is read by its parts ("Sistema Nacional de Áreas Protegidas"): there
  // only words the dictionary has as they stand count.
  if (facts.roles.slice(first, last + 1).includes('connector')) return tokens.slice(first, last + 1).every((token) => knowledge.isLowerCaseWord(token.lower));
  for (let i = first; i <= last; i++) {
    const word = tokens[i]?.lower ?? '';
    if (!knowledge.isWordForm(word) && !(i > first && knowledge.isStopWord(word))) return false;
  }
  return true;
}

/**
 * "Microsoft Cloud Deutschland", "Tencent AI Lab": a company the lists know, then only ordinary
 * English words, acronyms or places, names a part of it (never a person: "Cloud" and "AI" are
 * first names to the lexicon). So does one other word after a company no one is named after
 * ("Volkswagen Gol", "Apple Music": a model or a service); after "Mercedes", a given name too,
 * it may be a surname.
 */
function companyAndItsParts(facts: Facts, first: number, last: number): boolean {
  const { tokens, language } = facts;
  const company = tokens[first]?.lower ?? '';
  if (!isOrganizationKind(knownName(company, language))) return false;
  if (last === first + 1 && !isLexiconFirstName(facts, company)) return true;
  return tokens.slice(first + 1, last + 1).every((t) => isEnglishWord(t.lower) || ACRONYM.test(t.text) || language.regions.has(t.lower) || language.towns.has(t.lower));
}

/**
 * "Tiny Forest", "Junk Food", "Power Bottom": where every noun is capitalized, a name made only
 * of ordinary English words is a borrowed term, a brand or a title, whatever surnames the
 * people-names list spells with them ("Black", "Green", "High"). A surname the English lexicon
 * knows as one still reads as a surname ("Will Smith").
 */
function borrowedWordsOnly(facts: Facts, first: number, last: number): boolean {
  if (!facts.language.words.capitalizesNouns) return false;
  return facts.tokens.slice(first, last + 1).every((t) => !IN_CAPITALS.test(t.text) && isEnglishWord(t.lower) && !lexiconTags(t.lower).includes('LastName'));
}

/**
 * "Birgit", "Ulla": a word the people-names list holds that is no ordinary English word, where
 * the English lexicon lacks the language's given names ("Apple" is in that list too, and is a word).
 */
function givenNameOfTheList(facts: Facts, i: number): boolean {
  const word = facts.tokens[i]?.lower ?? '';
  return facts.language.personNames.has(word) && !isEnglishWord(word);
}

/**
 * "Apple Music", "WeChat Pay", "Christmas Sale": in a story in another language, a name whose
 * first word is no first name, closed by an ordinary English word that is no word of the
 * language, is a firm's product or service or a borrowed term, no person: an English surname
 * that is a word too ("Cook", "Gates", "Mock") follows a first name (see givenNameOfTheList).
 * Not one the English lexicon knows as a surname ("Smith") or a given name ("Rose").
 */
function closedByBorrowedWord(facts: Facts, last: number): boolean {
  const token = facts.tokens[last];
  if (!token || IN_CAPITALS.test(token.text)) return false;
  const word = token.lower;
  if (!(isEnglishWord(word) || isEnglishIngForm(word)) || facts.knowledge.isDictionaryEntry(word) || isFirstName(word)) return false;
  return !lexiconTags(word).includes('LastName');
}

/** The "-ing" ending of English verbal nouns ("briefing", "sharing", "shopping"). */
const ING = 'ing';

/**
 * "Briefing", "Sharing", "Shopping": an English verbal noun whose verb is an ordinary English
 * word (SCOWL's common sizes list few "-ing" forms), the verb's "e" dropped or its last
 * consonant doubled.
 */
function isEnglishIngForm(word: string): boolean {
  if (!word.endsWith(ING) || word.length < ING.length + 3) return false;
  const stem = word.slice(0, -ING.length);
  return [...stemReadings(stem), `${stem}e`].some(isEnglishWord);
}

/** Tags the English lexicon gives a town it knows as one ("London", "Lagos", "Oxford"). */
const LEXICON_PLACE_TAGS: ReadonlySet<string> = new Set(['City', 'Place', 'Country', 'Region']);

/**
 * "Corona", "Sari": a word that only the world's list of towns knows as a place (neither the
 * language's own lists nor the English lexicon), and that the names list holds as a person's
 * name, is no sure place on its own: a place's cue before it or the story coming back to it
 * decides.
 */
function surnameOrFarTown(facts: Facts, i: number, word: string): boolean {
  const { language } = facts;
  if (language.towns.has(word) || !language.personNames.has(word)) return false;
  return !lexiconTags(word).some((tag) => LEXICON_PLACE_TAGS.has(tag)) && !placedInKnownPlace(facts, i);
}

/** What stands between a town and the country or region it lies in: "Asunción in Paraguay", "Fukuoka (Japan)". */
const PLACING_WORDS: ReadonlySet<string> = new Set(['(', ',']);

/** "Asunción in Paraguay", "Fukuoka (Japan)": right after the town, a preposition of place or a bracket, then a place the lists know. */
function placedInKnownPlace(facts: Facts, i: number): boolean {
  const between = facts.tokens[i + 1]?.lower ?? '';
  if (!PLACING_WORDS.has(between) && !facts.language.sets.placePrepositions.has(between)) return false;
  return knownName(facts.tokens[i + 2]?.lower ?? '', facts.language) === 'place' && !newlineBetween(facts, i, i + 2);
}

/** What closes a dateline's place: "ROMA –", "MADRID, 3 de mayo", "LISBOA (Lusa)". */
const DATELINE_CLOSERS: ReadonlySet<string> = new Set(['–', '—', '-', ',', '(']);

/**
 * "ROMA – Il governo …", "MADRID (EFE) –": a town or a country the lists know, written in
 * capitals at the start of its line before a dash, a comma or a bracket, is the dateline's
 * place, not an acronym.
 */
function datelineTown(facts: Facts, i: number): boolean {
  const token = facts.tokens[i];
  const next = facts.tokens[i + 1];
  if (!token || !next || !IN_CAPITALS.test(token.text) || !DATELINE_CLOSERS.has(next.text) || newlineBetween(facts, i, i + 1)) return false;
  const lineStart = facts.text.lastIndexOf('\n', token.start - 1) + 1;
  return facts.text.slice(lineStart, token.start).trim() === '' && isPlaceKind(knownName(token.lower, facts.language));
}

export function insideCue(facts: Facts, first: number, last: number, phrase: string): Cue | null {
  const { tokens, language } = facts;
  if (first === last && datelineTown(facts, first)) return { kind: 'place', evidence: 'sure', town: knownName(phrase, language) === 'town' };
  // A lone acronym is an organization unless it is a country's ("USA"); a town or a surname it may spell says nothing.
  if (first === last && ACRONYM.test(tokens[first]?.text ?? '') && !language.regions.has(phrase)) {
    return { kind: 'organization', evidence: knownName(phrase, language) === 'organization' ? 'sure' : 'weak' };
  }
  const event = namesEvent(facts, first, last);
  if (event) return { kind: 'other', evidence: event };
  // "Black Friday", "Halloween": a feast's English name, borrowed as it is, names a date.
  if (HOLIDAYS.has(phrase)) return { kind: 'other', evidence: 'sure' };
  const known = knownName(phrase, language);
  if (known === 'place') return { kind: 'place', evidence: 'sure' };
  if (known === 'town' && first === last && townNounAfterDeterminer(facts, first)) return null;
  if (known === 'town') return { kind: 'place', evidence: first === last && surnameOrFarTown(facts, first, phrase) ? 'weak' : 'sure', town: true };
  if (known === 'company' && first === last && afterDeterminerBeforeNoName(facts, first)) return null;
  if (isOrganizationKind(known)) return { kind: 'organization', evidence: 'sure' };
  // "unterm Tannenbaum", "das Beste": a word of the language after a noun's determiner is that word, whatever surname it spells.
  if (known === 'person' && first === last && nounAfterDeterminer(facts, first)) return null;
  if (known === 'person') return { kind: 'person', evidence: first === last ? 'weak' : 'sure' };
  if (last > first && companyAndItsParts(facts, first, last)) return { kind: 'organization', evidence: 'sure' };
  // "Sierra de Ríos", "Monte de Piedad": a place's head, then a connector, opens a place's name, whatever first name it spells.
  if (last > first + 1 && facts.roles[first + 1] === 'connector' && isPlaceHead(facts, first)) return { kind: 'place', evidence: 'sure' };
  // "Anna Berger", "Robert Bosch GmbH": a known first name makes a person unless a legal form ends the name.
  const legalForm = language.sets.orgSuffixes.has(tokens[last]?.lower ?? '');
  // "Robert Koch-Institut", "Heinrich Böll-Stiftung": a body named for a person joins its head to the surname by a hyphen.
  const headJoinedToSurname = tokens[last]?.text.includes('-') === true && isOrgHead(facts, last);
  if (last > first && last - first <= 3 && !legalForm && !headJoinedToSurname && isFirstNameAt(facts, first) && facts.roles[first] === 'name') return { kind: 'person', evidence: 'sure' };
  // "Landesbanken" alone is any state bank: a head names one organization only inside a longer name.
  if (last === first && facts.roles[first] !== 'name' && isOrgHead(facts, first)) return { kind: 'organization', evidence: 'weak' };
  if (isOrgHead(facts, last) || (last > first && isOrgHead(facts, first) && !personNamesOnly(facts, first, last))) return { kind: 'organization', evidence: 'sure' };
  // "Centraal Bureau voor de Statistiek": a head inside the name, bound by a connector to what it is of.
  if (headBeforeConnector(facts, first, last)) return { kind: 'organization', evidence: 'sure' };
  // "Rice University", "Kestrel Foundation": a name an English organization's head closes keeps
  // its English reading in a story in any language.
  // Not a first name and a head that is a surname too: "Benedikt Sons" is a person ("sons" heads "& Sons").
  const head = tokens[last]?.lower ?? '';
  // (The first name is looked up only behind such a head.)
  const englishHead = last > first && ENGLISH_ORG_HEADS.has(head) && isEnglishWord(head);
  if (englishHead && !(isKnownFirstName(facts, first) && language.personNames.has(head))) return { kind: 'organization', evidence: 'sure' };
  if (givenNameAndParticle(facts, first, last)) return { kind: 'person', evidence: 'sure' };
  if (last > first && (isPlaceHead(facts, first) || isPlaceHead(facts, last))) return { kind: 'place', evidence: 'sure' };
  if (namedWithArticle(facts, first, last)) return { kind: 'organization', evidence: 'sure' };
  if (last > first && ordinaryWordsOnly(facts, first, last)) return { kind: 'organization', evidence: 'weak' };
  if (last > first && last - first <= 3) {
    const firstWord = tokens[first]?.lower ?? '';
    const lastWord = tokens[last]?.lower ?? '';
    const allNames = facts.roles.slice(first, last + 1).every((role) => role === 'name');
    const firstKnown = isFirstNameAt(facts, first) || knownName(firstWord, language) === 'first-name';
    // "François Hollande", "Helmut Peter": a first name the names lists or the dictionary's names know, then names.
    const nameWord = (word: string): boolean => language.personNames.has(word) || language.properNames.has(word);
    // "Robin Ziegele": after the first name, words the dictionary knows only inflected ("Ziegel|e") are a surname;
    // not after a sentence's opening word that the language writes in lower case, where the capital
    // says nothing ("Starke Stromerzeugung": an adjective and a compound noun).
    const opensWithOrdinaryWord = facts.starts[first] === true && facts.knowledge.isLowerCaseWord(firstWord);
    const surnameAfter = !opensWithOrdinaryWord && tokens.slice(first + 1, last + 1).every((t) => !facts.knowledge.isDictionaryEntry(t.lower));
    // "Fraunhofer ISE", "Apple TV": a word the names lists hold, then an acronym, is a body or its
    // product; no surname is an acronym (a first name the lexicon knows decided above). A
    // monarch's or a pope's number is none ("Benedikt XVI").
    const acronymAfter = tokens.slice(first + 1, last + 1).some((t) => ACRONYM.test(t.text) && !ROMAN_NUMERAL.test(t.text));
    const acronymInside = tokens.slice(first, last + 1).some((t) => ACRONYM.test(t.text));
    const namedPerson = !language.bare && !acronymAfter && !borrowedWordsOnly(facts, first, last) && facts.roles[first] === 'name' && nameWord(firstWord) && (nameWord(lastWord) || allNames || surnameAfter);
    if (firstKnown) return { kind: 'person', evidence: 'sure' };
    if (!acronymInside && !givenNameOfTheList(facts, first) && closedByBorrowedWord(facts, last)) return { kind: 'other', evidence: 'weak' };
    if (namedPerson) return { kind: 'person', evidence: 'sure' };
    // "Jair Bolsonaro": two or three names in a row are most often a person's.
    if (allNames && !acronymInside) return { kind: 'person', evidence: 'weak' };
  }
  // "Eloïse BAJOU": a first name, then a surname written in capitals, as French and other styles do.
  if (last > first && last - first <= 2 && isPersonFirstWord(facts, first) && tokens.slice(first + 1, last + 1).every((t) => SURNAME_IN_CAPITALS.test(t.text))) {
    return { kind: 'person', evidence: 'sure' };
  }
  // "KFC Uerdingen", "AfD": an acronym inside a name makes it an organization's.
  if (tokens.slice(first, last + 1).some((t) => ACRONYM.test(t.text))) return { kind: 'organization', evidence: last > first ? 'sure' : 'weak' };
  return null;
}
