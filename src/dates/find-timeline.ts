import * as chrono from 'chrono-node';
import type { TextSpan, TimelineEntry } from '../types.ts';
import { wholeWords } from '../text/word-pattern.ts';
import { fullMonthNames } from './month-names.ts';
import { isNoise, noisePatterns, type NoisePatterns } from './timeline-noise.ts';
import { TIMELINE_WORDS, type TimelineWords } from './timeline-words.ts';

/** chrono's parser for each story language the timeline reads. */
const PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
};
/**
 * Languages whose months the timeline reads behind a preposition itself: chrono's German,
 * French and Portuguese skip "im Dezember", "en décembre", "em dezembro". (Its English
 * reads "in December", and "in march" may be a walk.)
 */
const MONTH_PHRASE_LANGUAGES: ReadonlySet<string> = new Set(['de', 'fr', 'pt', 'es', 'nl', 'it']);
/** A story whose language is unknown is read as English, as it always was. */
const DEFAULT_LANGUAGE = 'en';

/** Where the clause that leads to a date begins: after the last punctuation before it. */
const CLAUSE_BREAK = /[,;:.!?\n]/g;
/** How far back a clause is read for a future verb. */
const CLAUSE_LOOKBACK = 120;
/** How far before a date its leading words ("next", "am", "el pasado") are read. */
const LEAD_CHARS = 16;
const TRAILING_PUNCTUATION = /[\s,.;:!?)]+$/;
const LETTER = /\p{L}/u;
const DAYS_IN_WEEK = 7;
/** A year of the last or this century, not part of a longer number or a numeric date ("2019-05"). */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?![\d]|[-/.]\d)/g;
/** How far before a year its preposition ("since", "depuis") is read, in characters. */
const YEAR_LEAD_CHARS = 24;
/** A run of text between blank lines. */
const PARAGRAPH = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;

/** One story language's parser and the patterns built from its words (timeline-words.ts). */
interface TimelineReader {
  parser: chrono.Chrono;
  /** What makes a phrase chrono read name no date (timeline-noise.ts). */
  noise: NoisePatterns;
  /** A word by the date points forward: "next", "nächsten", "demain". */
  forward: RegExp;
  /** A word by the date makes it a bound: "until", "bis", "hasta". */
  bound: RegExp;
  /** The clause leading to the date speaks of the future: "will", "wird", "va". */
  future: RegExp;
  /** A preposition right before the date belongs to the phrase a reader sees: "In December". */
  leadingPreposition: RegExp;
  /** The preposition before a year, which chrono skips: "since 2019", "seit 2019". */
  yearLead: RegExp;
  /** A month behind a preposition, which some of chrono's locales skip: "im Dezember", "en décembre 2023". */
  monthPhrase: RegExp | null;
  months: readonly string[];
}

/** Built once per language and kept: a handful of languages, each a few patterns. */
const readers = new Map<string, TimelineReader | null>();

function readerFor(language: string): TimelineReader | null {
  if (!readers.has(language)) {
    const parser = PARSERS[language];
    const words = TIMELINE_WORDS[language];
    readers.set(language, parser && words ? buildReader(parser, words, MONTH_PHRASE_LANGUAGES.has(language) ? fullMonthNames(language) : []) : null);
  }
  return readers.get(language) ?? null;
}

function buildReader(parser: chrono.Chrono, words: TimelineWords, months: readonly string[]): TimelineReader {
  const year = '((?:19|20)\\d{2})';
  return {
    parser,
    noise: noisePatterns(words),
    forward: new RegExp(wholeWords(words.forward), 'iu'),
    bound: new RegExp(wholeWords(words.bounds), 'iu'),
    future: new RegExp(wholeWords(words.future), 'iu'),
    leadingPreposition: new RegExp(`${wholeWords(words.prepositions)}\\s+$`, 'iu'),
    yearLead: new RegExp(`${wholeWords(words.yearPrepositions)}\\s+$`, 'iu'),
    monthPhrase:
      months.length > 0
        ? new RegExp(`${wholeWords(words.yearPrepositions)}\\s+(${months.join('|')})(?:\\s+(?:(?:de|del|of)\\s+)?${year})?(?![\\p{L}\\d])`, 'giu')
        : null,
    months,
  };
}

/**
 * Every date expression in the story, resolved against the publication day with a past
 * bias (news reports what happened): "In December" in an April 2025 story is 2024-12,
 * "on Tuesday" the Tuesday before. Read with chrono's parser for the story's language
 * (English when unknown; nothing for a language it cannot read: no timeline beats a
 * wrong one). Each date as precise as its phrase; one entry per date (its first mention),
 * sorted by date.
 */
export function findTimeline(
  text: string,
  options: { published: string | null; now: Date; sentences?: readonly TextSpan[]; language?: string | null },
): TimelineEntry[] {
  const reader = readerFor(options.language ?? DEFAULT_LANGUAGE);
  if (!reader) return [];
  const reference = referenceDay(options.published, options.now);
  const read = chronoEntries(text, reference, reader);
  // A bare month or year inside a date chrono read whole ("15 de abril") is part of it.
  const outside = (entry: DateMention): boolean => !read.some((other) => entry.start < other.end && other.start < entry.end);
  const entries = [...read, ...[...monthEntries(text, reference, reader), ...yearEntries(text, reader)].filter(outside)];
  const firstByDate = new Map<string, DateMention>();
  for (const entry of entries.sort((a, b) => a.start - b.start)) {
    if (!firstByDate.has(entry.date)) firstByDate.set(entry.date, entry);
  }
  return [...firstByDate.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start))
    .map((entry) => ({ ...entry, sentence: sentenceHolding(options.sentences ?? [], entry) }));
}

/** A date phrase found in the text, before it is placed in its sentence. */
type DateMention = Omit<TimelineEntry, 'sentence'>;

function sentenceHolding(sentences: readonly TextSpan[], span: TextSpan): TextSpan | null {
  const sentence = sentences.find((s) => s.start <= span.start && span.end <= s.end);
  return sentence ? { start: sentence.start, end: sentence.end } : null;
}

/** Local noon of the publication's own calendar day: chrono reads local components. */
function referenceDay(published: string | null, now: Date): Date {
  const day = published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12);
  return new Date(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12);
}

/**
 * chrono, paragraph by paragraph: a date phrase never runs across a blank line ("tomorrow
 * \n\n19 members" is not a date), and chrono, which re-reads the rest of its input after
 * every match, reads paragraphs instead of the whole story. Indices are into `text`.
 */
function parseByParagraph(text: string, reference: Date, parser: chrono.Chrono): Array<{ index: number; text: string; start: chrono.ParsedComponents }> {
  const found = [];
  for (const paragraph of text.matchAll(PARAGRAPH)) {
    for (const result of parser.parse(paragraph[0], reference, { forwardDate: false })) {
      found.push({ index: paragraph.index + result.index, text: result.text, start: result.start });
    }
  }
  return found;
}

function chronoEntries(text: string, reference: Date, reader: TimelineReader): DateMention[] {
  return parseByParagraph(text, reference, reader.parser).flatMap((result) => {
    const phrase = result.text.replace(TRAILING_PUNCTUATION, '').trim();
    const index = result.index + result.text.indexOf(phrase);
    if (cutsAWord(text, index, phrase) || isNoise(phrase, result.start, reader.noise)) return [];
    const date = resolvedDate(result.start, reference, direction(text, index, phrase, reader));
    if (!date) return [];
    const lead = text.slice(Math.max(0, index - LEAD_CHARS), index).match(reader.leadingPreposition)?.[0] ?? '';
    const start = index - lead.length;
    return [{ date, phrase: text.slice(start, index + phrase.length), start, end: index + phrase.length }];
  });
}

/**
 * Which way a date without its year leans from the publication: ahead when the words by
 * it or the clause leading to it speak of the future; the nearest side when it is a
 * bound ("until April 5" may have passed or not); else back (news reports what happened).
 */
type Direction = 'back' | 'ahead' | 'nearest';

function direction(text: string, index: number, phrase: string, reader: TimelineReader): Direction {
  const around = text.slice(Math.max(0, index - LEAD_CHARS), index + phrase.length);
  if (reader.forward.test(around)) return 'ahead';
  const before = text.slice(Math.max(0, index - CLAUSE_LOOKBACK), index);
  const clauseStart = Math.max(0, ...[...before.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1));
  if (reader.future.test(before.slice(clauseStart))) return 'ahead';
  return reader.bound.test(around) ? 'nearest' : 'back';
}

/** chrono matches inside words its patterns do not bound ("H" in "Höhe"): a date phrase starts and ends where words do. */
function cutsAWord(text: string, index: number, phrase: string): boolean {
  return LETTER.test(text.charAt(index - 1)) || LETTER.test(text.charAt(index + phrase.length));
}

function resolvedDate(components: chrono.ParsedComponents, reference: Date, lean: Direction): string | null {
  const certain = (unit: chrono.Component): boolean => components.isCertain(unit);
  const dayKnown = certain('day') || certain('weekday');
  if (!dayKnown && !certain('month') && !certain('year')) return null;
  const date = components.date();
  let [year, month, day] = [components.get('year') ?? date.getFullYear(), components.get('month') ?? 1, components.get('day') ?? 1];
  if (!certain('year')) {
    if (certain('weekday') && !certain('day') && !certain('month')) {
      // A weekday alone: the one on the side the sentence leans to.
      const weekday = nearestOnSide(new Date(year, month - 1, day, 12), reference, lean, DAYS_IN_WEEK);
      [year, month, day] = [weekday.getFullYear(), weekday.getMonth() + 1, weekday.getDate()];
    } else {
      year = biasedYear(year, month, dayKnown ? day : null, reference, lean);
    }
  }
  const yearText = String(year).padStart(4, '0');
  const monthText = String(month).padStart(2, '0');
  if (dayKnown) return `${yearText}-${monthText}-${String(day).padStart(2, '0')}`;
  return certain('month') ? `${yearText}-${monthText}` : yearText;
}

/** The weekday `candidate` moved by whole weeks to the side of `reference` that `lean` asks for. */
function nearestOnSide(candidate: Date, reference: Date, lean: Direction, days: number): Date {
  const options = [-days, 0, days].map((shift) => new Date(candidate.getFullYear(), candidate.getMonth(), candidate.getDate() + shift, 12));
  return pickBySide(options, reference, lean, (option) => option);
}

/**
 * The year of a date printed without it: on or before the publication day when leaning
 * back, on or after it when leaning ahead, the closest to it for a bound. A month alone
 * counts from its first day (back) or its last (ahead).
 */
function biasedYear(year: number, month: number, day: number | null, reference: Date, lean: Direction): number {
  const at = (y: number, edge: 'first' | 'last'): Date =>
    new Date(y, month - 1, day ?? (edge === 'first' ? 1 : 28), edge === 'first' ? 0 : 23);
  return pickBySide([year - 1, year, year + 1], reference, lean, (y) => at(y, lean === 'ahead' ? 'last' : 'first'));
}

function pickBySide<T>(options: readonly T[], reference: Date, lean: Direction, dateOf: (option: T) => Date): T {
  const distance = (option: T): number => Math.abs(dateOf(option).getTime() - reference.getTime());
  const onSide = options.filter((option) => {
    if (lean === 'back') return dateOf(option) <= reference;
    if (lean === 'ahead') return dateOf(option) >= reference;
    return true;
  });
  return [...onSide].sort((a, b) => distance(a) - distance(b))[0] ?? (options[1] as T);
}

/** "im Dezember", "en décembre 2023": a month behind a preposition, past-biased without its year. */
function monthEntries(text: string, reference: Date, reader: TimelineReader): DateMention[] {
  if (!reader.monthPhrase) return [];
  return [...text.matchAll(reader.monthPhrase)].flatMap((match) => {
    const month = reader.months.indexOf((match[1] ?? '').toLowerCase()) + 1;
    if (month < 1) return [];
    const lean = direction(text, match.index, match[0], reader);
    const year = match[2] ? Number(match[2]) : biasedYear(reference.getFullYear(), month, null, reference, lean);
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    return [{ date, phrase: match[0], start: match.index, end: match.index + match[0].length }];
  });
}

/** "since 2019", "seit 2019": chrono skips a year that stands alone. */
function yearEntries(text: string, reader: TimelineReader): DateMention[] {
  // Years first, then the words before each: a story has few years, and a case-insensitive
  // pattern of prepositions run over the whole text costs far more.
  const entries: DateMention[] = [];
  for (const match of text.matchAll(YEAR)) {
    const lead = text.slice(Math.max(0, match.index - YEAR_LEAD_CHARS), match.index).match(reader.yearLead)?.[0];
    if (!lead) continue;
    const start = match.index - lead.length;
    entries.push({ date: match[0], phrase: text.slice(start, match.index + match[0].length), start, end: match.index + match[0].length });
  }
  return entries;
}
