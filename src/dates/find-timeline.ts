import * as chrono from 'chrono-node';
import type { TextSpan, TimelineEntry } from '../types.ts';
import { wholeWords } from '../text/word-pattern.ts';
import { periodStartForms, RANGE_JOINERS } from './date-words.ts';
import { fullMonthNames } from './month-names.ts';
import { inHabitClause, LEAD_CHARS, leanOf, leanPatterns, type LeanPatterns } from './timeline-lean.ts';
import { isMisreading, misreadingPatterns, recurs, type MisreadingPatterns } from './timeline-misreadings.ts';
import { dayListPattern, listedDaysBefore } from './timeline-day-list.ts';
import { isNoise, noisePatterns, type NoisePatterns } from './timeline-noise.ts';
import { TIMELINE_WORDS, type TimelineWords } from './timeline-words.ts';
import { isDatedBeside, isWeekdayAlone, routineListAround, weekdayList, withDayAfterWeekday, withoutWeekdayHour, type WeekdayList } from './timeline-weekday.ts';
import { biasedYear, continueSchedule, dayOf, resolvedDate, type DateReading, type Direction } from './timeline-year.ts';

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

const TRAILING_PUNCTUATION = /[\s,.;:!?)]+$/;
const LETTER = /\p{L}/u;
/**
 * A number of one to three digits closing a phrase without a year of four digits: chrono
 * read it as the year, but it belongs to the words after the date ("am 17. April 600
 * Häftlinge", "am 27. März, 15. Mai") or is a range's next day ("23. Juli-8. August").
 */
const STRAY_YEAR = /[\s,–-]+\d{1,3}$/;
/** A stray number after a comma opens the next date of a list ("am 27. März, 15. Mai"); after a dash it is a range's end, read with its start. */
const LISTED_AFTER_COMMA = /,\s*(\d{1,3})$/;
const FOUR_DIGITS = /\d{4}/;
/** How far after a date the words that give its year are read ("dieses Jahres", "del 2019"). */
const YEAR_AFTER_CHARS = 40;
/** A year of the last or this century, not part of a longer number or a numeric date ("2019-05"). */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?![\d]|[-/.]\d)/g;
/** A phrase closed by a number of four digits, which chrono or a preposition read as its year. */
const ENDS_IN_FOUR_DIGITS = /\d{4}$/;
/** Signs of a measure or a price that any language writes after a number: "2000 €", "1990 %". */
const MEASURE_SIGNS = ['%', '‰', '€', '$', '£'];
/** How far before a year its preposition ("since", "depuis") is read, in characters. */
const YEAR_LEAD_CHARS = 24;
/**
 * A month and its year need no preposition to be a date: "zwischen Oktober 2019 und März
 * 2021", "von Juli 2022 auf August 2022", "d’avril 2016 à juin 2018" (the words between two
 * dates are too many to list). But not after a day's number: that date is chrono's, and
 * one it turned down stays out. Read on the text before the month.
 */
const DAY_BEFORE_MONTH = /\d\.?\s*$/;
/** How far after a month the months listed with it and their year are read: " und April 2022". */
const MONTH_LIST_CHARS = 60;
/** How far before a day's phrase the days listed before it are read: "3., 4., 5. und ". */
const DAY_LIST_CHARS = 40;
/** The leans of a clause told in the present: nothing points, or only a bound. */
const PRESENT_LEANS: ReadonlySet<Direction> = new Set(['unmarked', 'nearest']);
/** A run of text between blank lines. */
const PARAGRAPH = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;

/** One story language's parser and the patterns built from its words (timeline-words.ts). */
interface TimelineReader {
  parser: chrono.Chrono;
  /** What makes a phrase chrono read name no date (timeline-noise.ts). */
  noise: NoisePatterns;
  /** What makes a date word something else where it stands (timeline-misreadings.ts). */
  misreadings: MisreadingPatterns;
  /** Which way a date leans from the publication (timeline-lean.ts). */
  lean: LeanPatterns;
  /** The words right after a date that give its year (groups this, last, next, same, year). */
  yearAfter: RegExp;
  /** What stands between a weekday and the date set beside it: a comma, and maybe an article ("Montag, dem 11. Oktober"). */
  apposition: RegExp;
  /** A unit of time right after a number: the number counts it ("21 months"), it is no day of the month. */
  countedUnit: RegExp;
  /** A unit of time or measure, a currency or a sign right after a number: the number counts it ("1920 pixels", "2000 Euro"), it is no year. */
  measureAfter: RegExp;
  /** A word chrono glued to the phrase's end, with the comma or space before it: "for 30 years, they". */
  gluedTail: RegExp | null;
  /**
   * A preposition right before the date belongs to the phrase a reader sees: "In December";
   * so does a period's opening word with its article ("seit dem", "depuis le", "desde el",
   * "dall’" with no space after it): without it, the day a state began reads as a day
   * something happened.
   */
  leadingPreposition: RegExp;
  /** The preposition before a year, which chrono skips: "since 2019", "seit 2019". */
  yearLead: RegExp;
  /**
   * Two years a range joins (TimelineWords.range), read at each year: the opening word
   * before the first ("de 1998"), the closing word and the other year after it (" à 2012");
   * the whole range before the last. Group lead: the word that leads the year.
   */
  yearRange: { opening: RegExp; closing: RegExp; last: RegExp };
  /**
   * A month behind a preposition or another lead, which some of chrono's locales skip: "im
   * Dezember", "en décembre 2023", "au mois de mai" (TimelineWords.monthLeads; "mois d’août"
   * has no space after its lead); or a month and its year with no preposition (see
   * DAY_BEFORE_MONTH). Groups: lead, month, year.
   */
  monthPhrase: RegExp | null;
  /**
   * The months listed after a month, up to the year they share: " und April 2022", " bis
   * Mai 2021" after "März". Groups: last (the list's last month), year.
   */
  monthListYear: RegExp | null;
  months: readonly string[];
  /** A list of weekdays joined by commas and "and": "am Dienstag und Donnerstag". */
  weekdayList: WeekdayList | null;
  /** Day numbers listed before a day and its month: "am 14. und " before "15. Juni" (timeline-day-list.ts). */
  dayList: RegExp | null;
}

/** Built once per language and kept: a handful of languages, each a few patterns. */
const readers = new Map<string, TimelineReader | null>();

function readerFor(language: string): TimelineReader | null {
  if (!readers.has(language)) {
    const parser = PARSERS[language];
    const words = TIMELINE_WORDS[language];
    readers.set(language, parser && words ? buildReader(language, parser, words) : null);
  }
  return readers.get(language) ?? null;
}

function buildReader(language: string, parser: chrono.Chrono, words: TimelineWords): TimelineReader {
  const months = MONTH_PHRASE_LANGUAGES.has(language) ? fullMonthNames(language) : [];
  const year = '1\\d{3}|20\\d{2}';
  const joiner = words.yearJoiners.length > 0 ? `(?:${wholeWords(words.yearJoiners)}\\s+)?` : '';
  const { this: thisYear, last, next, same } = words.yearAfter;
  return {
    parser,
    noise: noisePatterns(words),
    misreadings: misreadingPatterns(words, language),
    lean: leanPatterns(words),
    yearAfter: new RegExp(
      `^\\s*,?\\s*(?:(?<this>${wholeWords(thisYear)})|(?<last>${wholeWords(last)})|(?<next>${wholeWords(next)})|(?<same>${wholeWords(same)})|${joiner}(?<year>${year})(?![\\p{L}\\d]))`,
      'iu',
    ),
    apposition: new RegExp(`^\\s*,\\s*(?:${wholeWords(words.dayAppositions)}\\s+)?$`, 'iu'),
    countedUnit: new RegExp(`^\\s+${wholeWords(words.durationUnits)}`, 'iu'),
    measureAfter: new RegExp(`^\\s*${wholeWords([...MEASURE_SIGNS, ...words.durationUnits, ...words.measureUnits])}`, 'iu'),
    gluedTail: words.gluedWords.length > 0 ? new RegExp(`[\\s,]+${wholeWords(words.gluedWords)}$`, 'iu') : null,
    leadingPreposition: new RegExp(`${wholeWords([...periodStartForms(language), ...words.prepositions])}(?:\\s+|(?<=['’]))$`, 'iu'),
    yearLead: new RegExp(`${wholeWords(words.yearPrepositions)}\\s+$`, 'iu'),
    yearRange: {
      opening: new RegExp(`${wholeWords(words.range.from)}\\s*$`, 'iu'),
      closing: new RegExp(`^\\s+${wholeWords(words.range.to)}\\s+(?:19|20)\\d{2}(?!\\d)(?!\\s*${wholeWords([...MEASURE_SIGNS, ...words.measureUnits])})`, 'iu'),
      last: new RegExp(`${wholeWords(words.range.from)}\\s*(?:19|20)\\d{2}\\s+(?<lead>${wholeWords(words.range.to)}\\s+)$`, 'iu'),
    },
    monthPhrase:
      months.length > 0
        ? new RegExp(`(?:(?<lead>${wholeWords([...words.yearPrepositions, ...words.monthLeads])})(?:\\s+|(?<=['’])))?(?<![\\p{L}\\d])(?<month>${months.join('|')})(?:\\s+${joiner}(?<year>${year}))?(?![\\p{L}\\d])`, 'giu')
        : null,
    monthListYear:
      months.length > 0
        ? new RegExp(`^(?:\\s*(?:,|${wholeWords([...words.and, ...words.range.to, ...(RANGE_JOINERS[language] ?? [])])})\\s*(?<last>${months.join('|')}))+\\s+${joiner}(?<year>${year})(?![\\p{L}\\d])`, 'iu')
        : null,
    months,
    weekdayList: weekdayList(language, words.and, words.prepositions),
    dayList: dayListPattern(language, words),
  };
}

/**
 * Every date expression in the story, placed against the publication day. Read with
 * chrono's parser for the story's language (English when unknown; nothing for a language
 * it cannot read: no timeline beats a wrong one), less the phrases that name no date of
 * the story (timeline-noise.ts, timeline-misreadings.ts). A date without its year takes
 * the year its words give, else leans the way its clause says (timeline-lean.ts): back
 * for what happened ("In December" in an April 2025 story is 2024-12, "on Tuesday" the
 * Tuesday before), ahead for what is announced (timeline-year.ts). Each date as precise as
 * its phrase; one entry per date (its first mention), sorted by date.
 */
export function findTimeline(
  text: string,
  options: { published: string | null; now: Date; sentences?: readonly TextSpan[]; language?: string | null },
): TimelineEntry[] {
  const reader = readerFor(options.language ?? DEFAULT_LANGUAGE);
  if (!reader) return [];
  const story: Story = { text, reference: referenceDay(options.published, options.now), reader, datedByPage: options.published !== null };
  // A date phrase inside another ("last year" in "In February last year") is part of it,
  // and so is a bare month or year inside a date chrono read whole ("15 de abril").
  const read = withoutNested(chronoEntries(story));
  const outside = (entry: DateMention): boolean => !read.some((other) => entry.start < other.end && other.start < entry.end);
  const found = [...read, ...listedDayEntries(text, read, reader), ...[...monthEntries(story), ...yearEntries(text, reader)].filter(outside)];
  const entries = found.filter((entry) => !countsAMeasure(text, entry, reader));
  const firstByDate = new Map<string, DateMention>();
  for (const entry of entries.sort((a, b) => a.start - b.start)) {
    if (!firstByDate.has(entry.date)) firstByDate.set(entry.date, entry);
  }
  return [...firstByDate.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start))
    .map((entry) => ({ ...entry, sentence: sentenceHolding(options.sentences ?? [], entry) }));
}

/**
 * The days listed before a day chrono read with its month ("am 14. und 15. Juni 2025"): each
 * a day of that month, its phrase the list from its number on ("14. und 15. Juni 2025").
 */
function listedDayEntries(text: string, read: readonly DateMention[], reader: TimelineReader): DateMention[] {
  return read.flatMap(({ date, start, end }) =>
    listedDaysBefore(text, start, date, reader.dayList, DAY_LIST_CHARS).map((listed) => ({ date: listed.date, phrase: text.slice(listed.start, end), start: listed.start, end })),
  );
}

/** A year that is a count: the number closing the phrase is followed by what it counts ("by 1920 pixels", "seit 1990 Euro", "vor 2000 Jahren"). */
function countsAMeasure(text: string, mention: DateMention, reader: TimelineReader): boolean {
  return ENDS_IN_FOUR_DIGITS.test(mention.phrase) && reader.measureAfter.test(text.slice(mention.end));
}

/** The mentions that no other mention holds. */
function withoutNested(mentions: readonly DateMention[]): DateMention[] {
  const holds = (outer: DateMention, inner: DateMention): boolean =>
    outer !== inner && outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
  return mentions.filter((inner) => !mentions.some((outer) => holds(outer, inner)));
}

/** A date phrase found in the text, before it is placed in its sentence. */
type DateMention = Omit<TimelineEntry, 'sentence'>;

/** What the date phrases of one story are read against. */
interface Story {
  text: string;
  /** Local noon of the publication day, or of today when the page gives none. */
  reference: Date;
  reader: TimelineReader;
  /** Whether the page gives its publication day. Without it "now" is when the page is read, long after: a date nothing leans ahead is one before it. */
  datedByPage: boolean;
}

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

/** One date phrase chrono read, at its index into the story. */
interface ChronoRead {
  index: number;
  text: string;
  reading: DateReading;
  components: chrono.ParsedComponents;
}

/**
 * chrono, paragraph by paragraph: a date phrase never runs across a blank line ("tomorrow
 * \n\n19 members" is not a date), and chrono, which re-reads the rest of its input after
 * every match, reads paragraphs instead of the whole story. Indices are into `text`.
 */
function parseByParagraph(text: string, reference: Date, parser: chrono.Chrono): ChronoRead[] {
  const found: ChronoRead[] = [];
  for (const paragraph of text.matchAll(PARAGRAPH)) {
    const results = parser.parse(paragraph[0], reference, { forwardDate: false });
    const read = (result: chrono.ParsedResult, at: number): ChronoRead => ({ index: paragraph.index + at, text: result.text, reading: readingOf(result.start, result.end ?? null), components: result.start });
    found.push(...results.map((result) => read(result, result.index)));
    for (const result of results) {
      const next = strayYearStart(result);
      if (next === null || found.some((other) => other.index === paragraph.index + next)) continue;
      const reread = parser.parse(paragraph[0].slice(next), reference, { forwardDate: false })[0];
      if (reread?.index === 0) found.push(read(reread, next));
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Where the next date of a list starts when chrono read its day as this date's year: "am
 * 27. März, 15. Mai" read "27. März, 15" (withoutStrayYear drops the 15 from the phrase),
 * and chrono went on after it, so "15. Mai" was lost. Null for any other phrase, a range
 * too ("23. Juli-8. August" is one entry, its start).
 */
function strayYearStart(result: chrono.ParsedResult): number | null {
  const phrase = result.text.replace(TRAILING_PUNCTUATION, '');
  const listed = phrase.match(LISTED_AFTER_COMMA);
  if (!result.start.isCertain('year') || !listed?.[1] || FOUR_DIGITS.test(phrase)) return null;
  return result.index + phrase.length - listed[1].length;
}

function chronoEntries(story: Story): DateMention[] {
  const { text, reference, reader } = story;
  const mentions: DateMention[] = [];
  // The latest day without its year that was read after the publication: a schedule continues from it (continueSchedule).
  let announced: Date | null = null;
  const results = parseByParagraph(text, reference, reader.parser);
  for (const [position, result] of results.entries()) {
    const trimmed = withoutGluedWord(result.text.replace(TRAILING_PUNCTUATION, '').trim(), reader);
    const after = text.slice(result.index + result.text.indexOf(trimmed));
    const cleaned = withoutStrayYear(withoutWeekdayHour(trimmed, after, result.reading), result.reading);
    const index = result.index + result.text.indexOf(cleaned.phrase);
    if (cutsAWord(text, index, cleaned.phrase) || isNoise(cleaned.phrase, result.components, reader.noise)) continue;
    if (isMisreading(text, index, cleaned.phrase, result.components, reader.misreadings)) continue;
    const withDay = withDayAfterWeekday(text, index + cleaned.phrase.length, cleaned.reading, { reference, countedUnit: reader.countedUnit });
    if (!withDay) continue;
    const { reading, end: phraseEnd } = withDay;
    if (isWeekdayAlone(reading) && isDatedBeside(text, phraseEnd, results[position + 1], reader.apposition)) continue;
    // A list's year leaves the phrase as chrono read it: the list's last month is a phrase of its own ("enero" in "entre enero y marzo de 2021").
    const listed = reading.year === null && reading.month !== null ? listYear(text, phraseEnd, reading.month, reader) : null;
    const given = listed ? { year: listed.year, end: phraseEnd } : reading.year === null && reading.month !== null ? yearAfter(text, phraseEnd, reader, reference) : null;
    if (given?.year === null) continue;
    if (isWeekdayAlone(reading) && isRoutine(story, index, cleaned.phrase)) continue;
    if (reading.year === null && given === null && inHabitClause(text, index, cleaned.phrase, reader.lean)) continue;
    const direction = lean(story, index, cleaned.phrase);
    const year = given?.year ?? reading.year;
    const date = continueSchedule(resolvedDate({ ...reading, year }, reference, direction), { ...reading, year }, direction, announced, reference);
    if (!date) continue;
    const day = dayOf(date);
    if (day && year === null && reading.month !== null) announced = day > reference ? day : null;
    const lead = text.slice(Math.max(0, index - LEAD_CHARS), index).match(reader.leadingPreposition)?.[0] ?? '';
    const start = index - lead.length;
    const end = given?.end ?? phraseEnd;
    mentions.push({ date, phrase: text.slice(start, end), start, end });
  }
  return mentions;
}

/**
 * The parts of a date phrase that its words give, as chrono read them. A range printed
 * with its year at the end only ("vom 6. Juni bis 8. Juli 2018") gives that year to its
 * start, or the year before when the range turns a year.
 */
function readingOf(start: chrono.ParsedComponents, end: chrono.ParsedComponents | null): DateReading {
  const given = (components: chrono.ParsedComponents | null, unit: chrono.Component): number | null =>
    components?.isCertain(unit) ? (components.get(unit) ?? null) : null;
  const [month, endYear, endMonth] = [given(start, 'month'), given(end, 'year'), given(end, 'month')];
  const rangeYear = endYear !== null && month !== null ? endYear - (endMonth !== null && month > endMonth ? 1 : 0) : null;
  return { year: given(start, 'year') ?? rangeYear, month, day: given(start, 'day'), weekday: given(start, 'weekday') };
}

/** The way a date leans (timeline-lean.ts); unmarked reads back on a page that gives no publication day. */
function lean(story: Story, index: number, phrase: string): Direction {
  const found = leanOf(story.text, index, phrase, story.reader.lean);
  return found === 'unmarked' && !story.datedByPage ? 'back' : found;
}

/**
 * A weekday in a list of weekdays that do not follow each other, the list told in the
 * present (its lean unmarked, or only a bound's: "von 10 bis 12 Uhr"): a weekly routine.
 * A tense or a pointer keeps the days ("On Tuesday and Thursday, the council voted").
 */
function isRoutine(story: Story, index: number, phrase: string): boolean {
  const list = routineListAround(story.text, index, phrase, story.reader.weekdayList);
  return list !== null && PRESENT_LEANS.has(leanOf(story.text, list.start, list.text, story.reader.lean));
}

/** The phrase without a word chrono glued to its end ("for 30 years, they"): what is left is read as any phrase, here a measure. */
function withoutGluedWord(phrase: string, reader: TimelineReader): string {
  return reader.gluedTail ? phrase.replace(reader.gluedTail, '') : phrase;
}

/** A phrase whose year chrono took from a stray number after it: the phrase without the number, and no year. */
function withoutStrayYear(phrase: string, reading: DateReading): { phrase: string; reading: DateReading } {
  const stray = phrase.match(STRAY_YEAR);
  if (reading.year === null || !stray || FOUR_DIGITS.test(phrase)) return { phrase, reading };
  return { phrase: phrase.slice(0, stray.index), reading: { ...reading, year: null } };
}

/**
 * The year that the words right after a date without one give it: "dieses Jahres" the
 * publication's, "last year" the one before, "del 2019" 2019. Null for a year the story
 * names elsewhere ("desselben Jahres", "of that year"): such a date cannot be placed.
 */
function yearAfter(text: string, end: number, reader: TimelineReader, reference: Date): { year: number | null; end: number } | null {
  const match = text.slice(end, end + YEAR_AFTER_CHARS).match(reader.yearAfter);
  const groups = match?.groups;
  if (!match || !groups) return null;
  const base = reference.getFullYear();
  const year = groups.year ? Number(groups.year) : groups.this ? base : groups.last ? base - 1 : groups.next ? base + 1 : null;
  return { year, end: end + match[0].length };
}

/** chrono matches inside words its patterns do not bound ("H" in "Höhe"): a date phrase starts and ends where words do. */
function cutsAWord(text: string, index: number, phrase: string): boolean {
  return LETTER.test(text.charAt(index - 1)) || LETTER.test(text.charAt(index + phrase.length));
}

/** "im Dezember", "en décembre 2023": a month behind a preposition, its year leaning as its clause does; none that recurs ("jedes Jahr im Dezember"). */
function monthEntries(story: Story): DateMention[] {
  const { text, reference, reader } = story;
  if (!reader.monthPhrase) return [];
  return [...text.matchAll(reader.monthPhrase)].flatMap((match) => {
    const { lead, month: name, year: yearText } = match.groups ?? {};
    const month = reader.months.indexOf((name ?? '').toLowerCase()) + 1;
    if (month < 1 || recurs(text, match.index, reader.misreadings)) return [];
    const end = match.index + match[0].length;
    const listed = yearText ? null : listYear(text, end, month, reader);
    if (!lead && ((!yearText && !listed) || DAY_BEFORE_MONTH.test(text.slice(Math.max(0, match.index - LEAD_CHARS), match.index)))) return [];
    const given = yearText ? { year: Number(yearText), end } : (listed ?? yearAfter(text, end, reader, reference));
    if (given?.year === null || (!given && inHabitClause(text, match.index, match[0], reader.lean))) return [];
    const year = given?.year ?? biasedYear(month, null, reference, lean(story, match.index, match[0]));
    const phraseEnd = given?.end ?? end;
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    return [{ date, phrase: text.slice(match.index, phraseEnd), start: match.index, end: phraseEnd }];
  });
}

/**
 * The year a list of months gives its first ones: "die Monate März und April 2022", "März
 * bis Mai 2021" (a month that comes after the list's last one is the year before:
 * "Dezember bis Februar 2023"). Read like a month's own year; null without one.
 */
function listYear(text: string, end: number, month: number, reader: TimelineReader): { year: number; end: number } | null {
  const match = reader.monthListYear ? text.slice(end, end + MONTH_LIST_CHARS).match(reader.monthListYear) : null;
  const { last, year } = match?.groups ?? {};
  if (!match || !last || !year) return null;
  const lastMonth = reader.months.indexOf(last.toLowerCase()) + 1;
  return { year: Number(year) - (month > lastMonth ? 1 : 0), end: end + match[0].length };
}

/** "since 2019", "seit 2019", "de 1998 à 2012": chrono skips a year that stands alone. */
function yearEntries(text: string, reader: TimelineReader): DateMention[] {
  // Years first, then the words before each: a story has few years, and a case-insensitive
  // pattern of prepositions run over the whole text costs far more.
  const entries: DateMention[] = [];
  for (const match of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, match.index - YEAR_LEAD_CHARS), match.index);
    const lead = before.match(reader.yearLead)?.[0] ?? rangeLead(before, text.slice(match.index + match[0].length), reader.yearRange);
    if (!lead) continue;
    const start = match.index - lead.length;
    entries.push({ date: match[0], phrase: text.slice(start, match.index + match[0].length), start, end: match.index + match[0].length });
  }
  return entries;
}

/**
 * The word that leads a year at one end of a range (TimelineWords.range): the opening word
 * of the first ("de" of "de 1998 à 2012"), the closing word of the last ("à"). A year
 * between "de" and "à" without another year after it is no range's ("de 1998 à Paris").
 */
function rangeLead(before: string, after: string, range: TimelineReader['yearRange']): string | undefined {
  if (range.closing.test(after)) return before.match(range.opening)?.[0];
  return before.match(range.last)?.groups?.['lead'];
}
