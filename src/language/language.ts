// A language's word knowledge as lookup sets, built once per language from its chunk:
// the dictionary, stop words and towns from the chunk, country names, months and
// weekdays from the browser's own Intl data, which needs no download.
import { allGendered } from '../actors/languages/gendered-words.ts';
import type { LanguageWords } from '../actors/languages/language-words.ts';
import { NO_SPEECH } from '../actors/languages/speech-words.ts';
import { cachedPerKey } from '../cached-per-key.ts';
import { withoutAccents } from '../text/without-accents.ts';
import { splitList, type LanguageData, type NamesData } from './language-data.ts';

export interface Language {
  code: string;
  /**
   * No chunk of its own (a language without a dictionary or tables here): only names some
   * list or strong cue vouches for are shown.
   */
  bare: boolean;
  words: LanguageWords;
  stopWords: ReadonlySet<string>;
  /** Lower-case dictionary words (folded forms are looked up by isDictionaryWord). */
  common: ReadonlySet<string>;
  /** Capitalized dictionary nouns, lower-cased (German). */
  nouns: ReadonlySet<string>;
  /** Names the dictionary lists, lower-cased. */
  properNames: ReadonlySet<string>;
  /** Of those, the ones the dictionary marks as people's (German only; LanguageData.dictionaryPeople). */
  dictionaryPeople: ReadonlySet<string>;
  towns: ReadonlySet<string>;
  personNames: ReadonlySet<string>;
  /** Country names in this language and in English, lower-case → ISO 3166 code. */
  regions: ReadonlyMap<string, string>;
  /** ISO 3166 code → the country's usual name in this language ("Palästina", not "Palästinensische Autonomiegebiete"). */
  regionNames: ReadonlyMap<string, string>;
  /** Demonym stems ("deutsch") → ISO 3166 code. */
  demonyms: ReadonlyMap<string, string>;
  /** Month and weekday names, lower-case, full and abbreviated. */
  calendarWords: ReadonlySet<string>;
  /** Sets of the table words the engine looks up per token. */
  sets: LanguageSets;
}

export interface LanguageSets {
  nameConnectors: ReadonlySet<string>;
  placeConnectors: ReadonlySet<string>;
  personTitles: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  orgSuffixes: ReadonlySet<string>;
  orgDescriptors: ReadonlySet<string>;
  placeDescriptors: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  orgPrepositions: ReadonlySet<string>;
  givenNameParticles: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  placeNames: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  articlesBeforeNoPerson: ReadonlySet<string>;
  articlesOpeningNoPerson: ReadonlySet<string>;
  articlesBeforeNoTown: ReadonlySet<string>;
  courtesyTitles: ReadonlySet<string>;
  /** The speech tables' third-person subject pronouns, of either gender: "er", "sie", "il", "elle". */
  subjectPronouns: ReadonlySet<string>;
  nounDeterminers: ReadonlySet<string>;
  indefiniteArticles: ReadonlySet<string>;
  remitConnectors: ReadonlySet<string>;
  determinersBeforeNoName: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  elisions: ReadonlySet<string>;
  addressPronouns: ReadonlySet<string>;
  greetings: ReadonlySet<string>;
}

const A_TO_Z = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/**
 * Region codes that name no country today: groupings (EU, UN, the world), whose names are
 * organizations or nothing, and withdrawn codes, whose names shadow today's ("DD" is named
 * "Deutschland" in some locales).
 */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'DD', 'FX', 'TP', 'BU', 'CS', 'NT', 'YD', 'ZR', 'AN', 'YU', 'UK']);
/** A short name that is a word ("Palästina", "Hongkong"), not an abbreviation ("UK", "É.-U."). */
const WORD_NAME = /^[\p{L}' -]{5,}$/u;

/** Every ISO 3166 code this runtime names, with its name in `locale`. */
function namedRegions(locale: string, style: 'long' | 'short'): Array<[string, string]> {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none', style });
  const pairs: Array<[string, string]> = [];
  for (const a of A_TO_Z) {
    for (const b of A_TO_Z) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name) pairs.push([code, name]);
    }
  }
  return pairs;
}

/**
 * Long names carry a qualifier in parentheses or after a comma ("Kongo (Demokratische
 * Republik)"): the plain part is how stories write them.
 */
function plainRegionName(name: string): string {
  return name.replace(/\s*[(,].*$/u, '').trim();
}

/** Country names in `code` and in English (stories in every language use English ones), by ISO code. */
function regionTable(code: string, aliases: Readonly<Record<string, string>>): { regions: Map<string, string>; regionNames: Map<string, string> } {
  const regions = new Map<string, string>();
  const regionNames = new Map<string, string>();
  for (const style of ['long', 'short'] as const) {
    for (const locale of code === 'en' ? ['en'] : [code, 'en']) {
      for (const [region, name] of namedRegions(locale, style)) {
        const plain = plainRegionName(name);
        if (!regions.has(plain.toLowerCase())) regions.set(plain.toLowerCase(), region);
        if (locale === code && (style === 'long' || WORD_NAME.test(plain))) regionNames.set(region, plain);
      }
    }
  }
  for (const [alias, region] of Object.entries(aliases)) regions.set(alias, region);
  return { regions, regionNames };
}

/**
 * Month and weekday names as Intl writes them in full in `code`. Short forms stay out: "Jan"
 * and "Mar" are names as often as months, and "So" or "Do" are words.
 */
export function calendarWords(code: string): Set<string> {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const word of text.toLowerCase().split(/[\s.]+/u)) if (word.length > 1) words.add(word);
  };
  const months = new Intl.DateTimeFormat(code, { month: 'long', timeZone: 'UTC' });
  for (let m = 0; m < 12; m++) add(months.format(Date.UTC(2024, m, 15)));
  const weekdays = new Intl.DateTimeFormat(code, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  for (let d = 0; d < 7; d++) add(weekdays.format(Date.UTC(2024, 0, 1 + d)));
  return words;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** Most words an AccentBlindSet remembers its answer for, as the word caches of the actors engine. */
const MAX_FOLDED_ANSWERS = 20_000;

/**
 * The shared names list is written mostly without accents ("eloise"): a word is in it when
 * it is, or when its letters less their accents are ("eloïse", "josé"), unless the accented
 * word is one of the language's own ("más", "sarà", "mãe" are no "Mas", "Sara", "Mae").
 */
class AccentBlindSet extends Set<string> {
  /** The language's word endings that close on an accented letter ("aré", "irá"): no unaccented name ends so. */
  private readonly accentedEndings: readonly string[];
  /**
   * hasFolded's answer, remembered per word: the names list is asked of every capitalized word
   * of a story, several times, and the answer folds the word's accents and asks the language's
   * own word lists. The lists never change, so neither does the answer.
   */
  private readonly foldedAnswers: (word: string) => boolean;

  constructor(
    words: readonly string[],
    private readonly ownWords: readonly ReadonlySet<string>[],
    wordEndings: readonly string[] = [],
  ) {
    super(words);
    this.accentedEndings = wordEndings.filter((ending) => withoutAccents(ending.slice(-1)) !== ending.slice(-1));
    this.foldedAnswers = cachedPerKey((word) => this.hasFolded(word), MAX_FOLDED_ANSWERS);
  }

  override has(word: string): boolean {
    return super.has(word) || this.foldedAnswers(word);
  }

  /** A word not in the list as written is in it less its accents, unless the language writes it so. */
  private hasFolded(word: string): boolean {
    const folded = withoutAccents(word);
    return folded !== word && super.has(folded) && !this.ownWords.some((own) => own.has(word)) && !this.hasAccentedEnding(word);
  }

  /** "haré", "dirá": a verb's accented ending, which the dictionary's stems do not list, is no name's ("Hare", "Dira"). */
  private hasAccentedEnding(word: string): boolean {
    return this.accentedEndings.some((ending) => word.length > ending.length && word.endsWith(ending));
  }
}

function languageSets(words: LanguageWords): LanguageSets {
  return {
    nameConnectors: set(words.nameConnectors),
    placeConnectors: set(words.placeConnectors),
    personTitles: set(words.personTitles),
    orgHeads: set(words.orgHeads),
    orgSuffixes: set(words.orgSuffixes),
    orgDescriptors: set(words.orgDescriptors),
    placeDescriptors: set(words.placeDescriptors),
    placeHeads: set(words.placeHeads),
    placePrepositions: set(words.placePrepositions),
    orgPrepositions: set(words.orgPrepositions),
    givenNameParticles: set(words.givenNameParticles),
    speechVerbs: set(words.speechVerbs),
    placeNames: set(words.placeNames),
    conjunctions: set(words.conjunctions),
    articles: set(words.articles),
    articlesBeforeNoPerson: set(words.articlesBeforeNoPerson),
    articlesOpeningNoPerson: set(words.articlesOpeningNoPerson),
    articlesBeforeNoTown: set(words.articlesBeforeNoTown),
    courtesyTitles: set(allGendered(words.courtesyTitles)),
    subjectPronouns: set(allGendered(words.speech.pronouns)),
    nounDeterminers: set([...words.nounDeterminers, ...words.determinersBeforeNoName]),
    determinersBeforeNoName: set(words.determinersBeforeNoName),
    indefiniteArticles: set(words.indefiniteArticles),
    remitConnectors: set(words.remitConnectors),
    eventHeads: set(words.eventHeads),
    elisions: set(words.elisions),
    addressPronouns: set(words.addressPronouns),
    greetings: set(words.greetings),
  };
}

const built = new Map<string, Language>();

/** The lookup form of a language's chunk, built once per language and kept. */
export function languageFrom(data: LanguageData, names: NamesData): Language {
  const known = built.get(data.lang);
  if (known) return known;
  const { regions, regionNames } = regionTable(data.lang, data.words.regionAliases);
  const demonyms = new Map(Object.entries(data.words.demonyms).filter(([, region]) => region !== ''));
  const stopWords = new Set(splitList(data.stopWords));
  const common = new Set(splitList(data.common));
  const nouns = new Set(splitList(data.nouns));
  const language: Language = {
    code: data.lang,
    bare: false,
    words: data.words,
    stopWords,
    common,
    nouns,
    properNames: new Set(splitList(data.properNames)),
    dictionaryPeople: new Set(splitList(data.dictionaryPeople)),
    towns: new Set(splitList(data.cities)),
    personNames: new AccentBlindSet(splitList(names.personNames), [stopWords, common, nouns], data.words.wordEndings),
    regions,
    regionNames,
    demonyms,
    calendarWords: calendarWords(data.lang),
    sets: languageSets(data.words),
  };
  built.set(data.lang, language);
  return language;
}

/** Tables with no words: a language this engine knows nothing of but what Intl and the shared lists tell. */
const NO_WORDS: LanguageWords = {
  nameConnectors: [], placeConnectors: [], personTitles: [], courtesyTitles: { masculine: [], feminine: [] }, nounDeterminers: [], determinersBeforeNoName: [], indefiniteArticles: [], remitConnectors: [], remitHeads: [], personTitleEndings: [], orgHeads: [], orgEndings: [], nameAdjectiveEndings: [],
  orgSuffixes: [], orgDescriptors: [], orgDescriptorEndings: [], placeDescriptors: [], placeDescriptorEndings: [], placeHeads: [], placePrepositions: [], orgPrepositions: [],
  speechVerbs: [], placeNames: [], conjunctions: [], articles: [], articlesBeforeNoPerson: [], articlesOpeningNoPerson: [], articlesBeforeNoTown: [], eventHeads: [], elisions: [], regionAliases: {}, demonyms: {}, inflections: [], adjectiveEndings: [], wordEndings: [], bylineMarkers: [], addressPronouns: [], greetings: [], givenNameParticles: [], capitalizesNouns: false,
  quotes: { '“': '”', '„': '“', '»': '«', '«': '»', '"': '"' },
  speech: NO_SPEECH,
};

/** A language without a chunk: its function words (when the detector knows them), country names, months and days. */
export function bareLanguage(code: string, functionWords: readonly string[], names: NamesData): Language {
  const known = built.get(code);
  if (known) return known;
  const supported = Intl.DisplayNames.supportedLocalesOf([code]).length > 0;
  const { regions, regionNames } = regionTable(supported ? code : 'en', {});
  const stopWords = new Set(functionWords);
  const language: Language = {
    code,
    bare: true,
    words: NO_WORDS,
    stopWords,
    common: new Set(),
    nouns: new Set(),
    properNames: new Set(),
    dictionaryPeople: new Set(),
    towns: new Set(),
    personNames: new AccentBlindSet(splitList(names.personNames), [stopWords]),
    regions,
    regionNames,
    demonyms: new Map(),
    calendarWords: supported ? calendarWords(code) : new Set(),
    sets: languageSets(NO_WORDS),
  };
  built.set(code, language);
  return language;
}
