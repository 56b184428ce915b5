// Dates that bound a period: a deadline ("bis zum 28. Februar 2022"), a closure ("vom 24.
// April bis 2. Oktober 2017"), an archive's span ("21 Feb 2007 – 23 Mar 2021"), a start that
// runs on ("seit dem 1. Juni 2021"). Either end tells when something happens, never
// when the page was written: no candidate.
import { wholeWords } from '../text/word-pattern.ts';
import { alternation, PERIOD_END_WORDS, PERIOD_START_WORDS, periodStartForms, RANGE_DASHES, RANGE_JOINERS } from './date-words.ts';

const PERIOD_END_WORD = wholeWords(Object.values(PERIOD_END_WORDS).flat());
/** "seit dem", "since": the date that follows starts a period (see PERIOD_START_WORDS). */
const PERIOD_START_WORD = wholeWords(Object.keys(PERIOD_START_WORDS).flatMap((language) => periodStartForms(language)));
const RANGE_JOINER = `(?:${wholeWords([...Object.values(RANGE_JOINERS).flat(), ...Object.values(PERIOD_END_WORDS).flat()])}|${alternation({}, ...RANGE_DASHES)})`;
/**
 * A period's first day, then a joiner: "24. April bis ", "9.–", "du 3 au ". The day is no
 * clock's minutes ("10:30 – 12.03.2020" is a time and its date).
 */
const RANGE_START = String.raw`(?<![\d:.,\p{L}])\d{1,2}\.?(?:\s*\p{L}{3,12}\.?)?`;
/** The text right before a date that makes it a period's end, or the start of one that runs on. */
const PERIOD_BOUND_BEFORE = new RegExp(String.raw`(?:${PERIOD_END_WORD}|${PERIOD_START_WORD}|${RANGE_START}\s*${RANGE_JOINER})\s*$`, 'iu');
/** The text between two dates that makes them one period's two ends. */
const BETWEEN_RANGE_ENDS = new RegExp(String.raw`^\s*${RANGE_JOINER}\s*$`, 'iu');
/** How far back the start of a period is looked for: "vom 24. September bis ". */
const PERIOD_LOOKBEHIND_CHARS = 32;

/** Where a date sits in the text it was found in, and where the dates beside it end and start. */
export interface DateSpan {
  start: number;
  end: number;
  /** The end of the date before it in the same text, if any. */
  previousEnd: number | null;
  /** The start of the date after it in the same text, if any. */
  nextStart: number | null;
}

/**
 * True when the date ends a period (after "until", after a day and a joiner, or after a
 * date and a joiner) or starts one (after "since", or only a joiner between it and the
 * next date).
 */
export function boundsPeriod(text: string, { start, end, previousEnd, nextStart }: DateSpan): boolean {
  if (PERIOD_BOUND_BEFORE.test(text.slice(Math.max(0, start - PERIOD_LOOKBEHIND_CHARS), start))) return true;
  if (previousEnd !== null && BETWEEN_RANGE_ENDS.test(text.slice(previousEnd, start))) return true;
  return nextStart !== null && BETWEEN_RANGE_ENDS.test(text.slice(end, nextStart));
}
