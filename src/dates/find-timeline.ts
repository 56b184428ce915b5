import * as chrono from 'chrono-node';
import type { TextSpan, TimelineEntry } from '../types.ts';

/** Restating the publication moment tells the reader nothing. */
const SAYS_NOW = /^(?:now|right now|today|tonight|currently|this (?:morning|afternoon|evening))$/i;
/** "for two days", "in one day", "within hours": how long, not when. */
const DURATION =
  /^(?:for|in|within|over|after)\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?)$/i;
/** "sun", "wed" in lowercase are words (the midnight sun), not weekdays. */
const LOWERCASE_WEEKDAY_ABBREVIATION = /(?:^|\s)(?:sun|mon|tue|wed|thu|fri|sat)$/;
/** Digits alone ("3/4", "12") are fractions and scores far more often than dates. */
const BARE_NUMBERS = /^[\d\s.,:/-]+$/;
const FULL_NUMERIC_DATE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./]\d{1,2}[./]\d{4}$/;
/** Words that point forward: the past bias must not move these back. */
const FORWARD_WORDS = /\b(?:next|coming|upcoming|tomorrow|later|following|until|till|by)\b/i;
/** A future verb in the clause that leads to the date: "will take effect on January 5". */
const FUTURE_TENSE = /\b(?:will|shall|won't|(?:is|are|was|were) (?:expected|scheduled|set|due|slated|planned|poised) to|plans? to|intends? to)\b|'ll\b/i;
/** Where the clause that leads to a date begins: after the last punctuation before it. */
const CLAUSE_BREAK = /[,;:.!?\n]/g;
/** How far back a clause is read for a future verb. */
const CLAUSE_LOOKBACK = 120;
/** A preposition before the date belongs to the phrase a reader sees ("In December"). */
const LEADING_PREPOSITION = /\b(?:in|on|since|until|by|from|during|before|after|through|early|late|mid|last)\s+$/i;
/** Chrono skips year-only phrases; these read a year behind a preposition ("since 2019"). */
const YEAR_PHRASE = /\b(?:in|since|by|until|from|during|before|after|through|of)\s+((?:19|20)\d{2})\b(?![-/.]\d)/gi;
const TRAILING_PUNCTUATION = /[\s,.;:!?)]+$/;
const DAYS_IN_WEEK = 7;
/** A run of text between blank lines. */
const PARAGRAPH = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;

/**
 * Every date expression in the story, resolved against the publication day with a past
 * bias (news reports what happened): "In December" in an April 2025 story is 2024-12,
 * "on Tuesday" the Tuesday before. Each date as precise as its phrase; one entry per
 * date (its first mention), sorted by date.
 */
export function findTimeline(
  text: string,
  options: { published: string | null; now: Date; sentences?: readonly TextSpan[] },
): TimelineEntry[] {
  const reference = referenceDay(options.published, options.now);
  const entries = [...chronoEntries(text, reference), ...yearEntries(text)];
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
function parseByParagraph(text: string, reference: Date): Array<{ index: number; text: string; start: chrono.ParsedComponents }> {
  const found = [];
  for (const paragraph of text.matchAll(PARAGRAPH)) {
    for (const result of chrono.parse(paragraph[0], reference, { forwardDate: false })) {
      found.push({ index: paragraph.index + result.index, text: result.text, start: result.start });
    }
  }
  return found;
}

function chronoEntries(text: string, reference: Date): DateMention[] {
  return parseByParagraph(text, reference).flatMap((result) => {
    const phrase = result.text.replace(TRAILING_PUNCTUATION, '');
    if (isNoise(phrase)) return [];
    const forward = FORWARD_WORDS.test(text.slice(Math.max(0, result.index - 12), result.index + phrase.length)) || futureClause(text, result.index);
    const date = resolvedDate(result.start, reference, forward);
    if (!date) return [];
    const lead = text.slice(Math.max(0, result.index - 12), result.index).match(LEADING_PREPOSITION)?.[0] ?? '';
    const start = result.index - lead.length;
    return [{ date, phrase: text.slice(start, result.index + phrase.length), start, end: result.index + phrase.length }];
  });
}

/** True when the clause leading up to `index` speaks of the future. */
function futureClause(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - CLAUSE_LOOKBACK), index);
  const clauseStart = Math.max(0, ...[...before.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1));
  return FUTURE_TENSE.test(before.slice(clauseStart));
}

function isNoise(phrase: string): boolean {
  return (
    SAYS_NOW.test(phrase) ||
    DURATION.test(phrase) ||
    LOWERCASE_WEEKDAY_ABBREVIATION.test(phrase) ||
    (BARE_NUMBERS.test(phrase) && !FULL_NUMERIC_DATE.test(phrase))
  );
}

function resolvedDate(components: chrono.ParsedComponents, reference: Date, forward: boolean): string | null {
  const certain = (unit: chrono.Component): boolean => components.isCertain(unit);
  const dayKnown = certain('day') || certain('weekday');
  if (!dayKnown && !certain('month') && !certain('year')) return null;
  const date = components.date();
  let [year, month, day] = [components.get('year') ?? date.getFullYear(), components.get('month') ?? 1, components.get('day') ?? 1];
  if (!certain('year')) {
    // News reports what happened, so dates lean to the past, unless the sentence looks ahead.
    const direction = forward ? 1 : -1;
    const wrongSide = (candidate: Date): boolean => (forward ? candidate < reference : candidate > reference);
    if (certain('weekday') && !certain('day') && !certain('month')) {
      const shifted = new Date(year, month - 1, day, 12);
      if (wrongSide(shifted)) shifted.setDate(shifted.getDate() + direction * DAYS_IN_WEEK);
      [year, month, day] = [shifted.getFullYear(), shifted.getMonth() + 1, shifted.getDate()];
    } else if (forward ? new Date(year, month - 1, dayKnown ? day : 28, 23) < reference : new Date(year, month - 1, dayKnown ? day : 1, 0) > reference) {
      year += direction;
    }
  }
  const yearText = String(year).padStart(4, '0');
  const monthText = String(month).padStart(2, '0');
  if (dayKnown) return `${yearText}-${monthText}-${String(day).padStart(2, '0')}`;
  return certain('month') ? `${yearText}-${monthText}` : yearText;
}

function yearEntries(text: string): DateMention[] {
  return [...text.matchAll(YEAR_PHRASE)].map((match) => ({
    date: match[1] ?? '',
    phrase: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
