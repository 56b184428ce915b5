// The small words pages print inside and around a date, per language. The date patterns
// (parse-date-text.ts, collect-dom-dates.ts) are built from these tables, so a language
// is added here, not in a regex. Lowercase; matched case-insensitively.
import { anyOf } from '../text/word-pattern.ts';

/** After a day number: "10th April", "1er mai", "1º de mayo", "10. April". */
export const ORDINAL_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  en: ['st', 'nd', 'rd', 'th'],
  de: ['.'],
  fr: ['er'],
  es: ['º'],
  pt: ['º'],
};

/** Between day, month and year: "10 de abril de 2025", "10 del 2025". */
export const MONTH_JOINERS: Readonly<Record<string, readonly string[]>> = {
  es: ['de', 'del'],
  pt: ['de'],
};

/** Between a date and the time after it: "April 10 at 7:42 PM", "5 juin 2024 à 18h02". */
export const TIME_AFTER_DATE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['at'],
  de: ['um'],
  fr: ['à'],
  es: ['a las', 'a la'],
  pt: ['às', 'as'],
  it: ['alle', 'ore'],
  nl: ['om'],
};

/** Between a time and the date after it: "7:42 PM on April 10", "18h02 le 5 juin". */
export const DATE_AFTER_TIME_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['on'],
  de: ['am'],
  fr: ['le'],
  es: ['el'],
  pt: ['em'],
  it: ['il'],
  nl: ['op'],
};

/** After a clock time: "14:05 Uhr", "18h", "10:30 hs", "om 9.30 uur". */
export const CLOCK_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  de: ['uhr'],
  fr: ['h'],
  es: ['hs', 'h', 'horas'],
  pt: ['h', 'horas'],
  nl: ['uur'],
};

/** Punctuation that may stand between a date and its time: "April 10, 7:42", "10.04.2025 | 19:42". */
export const DATE_TIME_SEPARATORS = [',', '-', '–', '|', '/', '·'] as const;

/** A regex alternation of every word of a table (and any extra strings). */
export function alternation(table: Readonly<Record<string, readonly string[]>>, ...extra: readonly string[]): string {
  return anyOf([...Object.values(table).flat(), ...extra]);
}

/**
 * Before a date that ends a period, standing alone: "bis zum 28. Februar", "until March 5",
 * "jusqu'au 3 mars". A deadline or a closing day: the period's end, not the page's day.
 */
export const PERIOD_END_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['until', 'till'],
  de: ['bis', 'bis zum', 'bis spätestens', 'bis einschließlich'],
  fr: ["jusqu'au", 'jusqu’au'],
  es: ['hasta', 'hasta el'],
  pt: ['até'],
  nl: ['tot en met', 't/m'],
  it: ['fino al'],
};

/** A language's word that opens a period running on, and its forms with an article. */
export interface PeriodStartWord {
  /** The word alone: "since", "seit", "depuis". */
  word: string;
  /** The word with its article, or the article elided into it: "seit dem", "depuis le", "dall’". */
  withArticle: readonly string[];
}

/**
 * Before a date that starts a period running on, standing alone: "seit dem 1. Juni 2021",
 * "since March 5, 2019", "depuis le 3 mars". The day something began (an office held, a rule
 * applied), not the page's day: no published-day candidate (date-periods.ts), and the
 * timeline keeps the word in its phrase and leans the date back (find-timeline.ts,
 * timeline-words.ts). This is the one table of these words. ("gültig seit", "in force since"
 * are in-force labels: date-labels.ts.)
 */
export const PERIOD_START_WORDS: Readonly<Record<string, PeriodStartWord>> = {
  en: { word: 'since', withArticle: [] },
  de: { word: 'seit', withArticle: ['seit dem'] },
  fr: { word: 'depuis', withArticle: ['depuis le'] },
  es: { word: 'desde', withArticle: ['desde el'] },
  pt: { word: 'desde', withArticle: [] },
  nl: { word: 'sinds', withArticle: [] },
  it: { word: 'dal', withArticle: ['dall’', "dall'"] },
};

/** Every form of one language's period-opening word ("seit", "seit dem"); none for a language without one. The timeline's lean reads them (timeline-words.ts `since`). */
export function periodStartForms(language: string): readonly string[] {
  const start = PERIOD_START_WORDS[language];
  return start ? [start.word, ...start.withArticle] : [];
}

/**
 * Between the two ends of a period after its first day: "24. April bis 2. Oktober",
 * "du 3 au 5 mars", "1 to 3 May", "9.–11. September". Words here only count after a day
 * number (Dutch 'tot', Portuguese 'a' and English 'to' mean more than that alone).
 */
export const RANGE_JOINERS: Readonly<Record<string, readonly string[]>> = {
  en: ['to', 'through'],
  de: ['bis'],
  fr: ['au'],
  es: ['al'],
  pt: ['a'],
  nl: ['tot'],
  it: ['al'],
};

/** Dashes between the two ends of a period: "21 Feb 2007 – 23 Mar 2021". */
export const RANGE_DASHES = ['-', '–', '—'] as const;
