// Days listed before the one month they share: "am 14. und 15. Juni", "les 3, 4 et 5 juin",
// "entre el 9 y el 12 de junio", "nos dias 9 e 12 de junho", "am 07./08. Juni". chrono
// reads the last day with its month; the days before it are dates of the story too. Only
// in languages that write the day before its month ("May 5 and 6" lists after the date).
import { anyOf, wholeWords } from '../text/word-pattern.ts';
import { ORDINAL_SUFFIXES } from './date-words.ts';
import type { TimelineWords } from './timeline-words.ts';

/** A day's number in a list: no part of a longer number, a score ("3:1") or a decimal. */
const LISTED_DAY = /(?<![\p{L}\d:.,])\d{1,2}/gu;
/** A timeline date as precise as a day: YYYY-MM-DD. */
const DAY_DATE = /^(?<yearMonth>\d{4}-\d{2})-(?<day>\d{2})$/;

/**
 * The text right before the last day's phrase that lists days before it: day numbers (with
 * the language's ordinal mark, TimelineWords.dayAppositions' article after each: "y el 12")
 * joined by commas or the language's "and", the last joined by "and" or a slash ("07./08.").
 * A comma alone before the day joins no list of days: "Rundschreiben 5/6, 25. Juni" cites
 * sections. Null for a language that writes its month first.
 */
export function dayListPattern(language: string, words: TimelineWords): RegExp | null {
  if (words.monthFirst) return null;
  const marks = ORDINAL_SUFFIXES[language] ?? [];
  const ordinal = marks.length > 0 ? `${anyOf(marks)}?` : '';
  const article = words.dayAppositions.length > 0 ? `(?:${wholeWords(words.dayAppositions)}\\s+)?` : '';
  const [day, and] = [`\\d{1,2}${ordinal}`, wholeWords(words.and)];
  return new RegExp(`(?<![\\p{L}\\d:.,])(?:${day}\\s*(?:,|${and})\\s*${article})*${day}\\s*(?:/|${and})\\s*${article}$`, 'iu');
}

/**
 * The days listed before a day of the month (`date`, YYYY-MM-DD) whose phrase starts at
 * `start`: each with where its number starts. Listed days rise to the day they come before,
 * so they are days of its month; numbers that do not rise are no list of days ("40 und 2. Mai").
 */
export function listedDaysBefore(text: string, start: number, date: string, pattern: RegExp | null, lookBehind: number): Array<{ date: string; start: number }> {
  const day = date.match(DAY_DATE)?.groups;
  if (!pattern || !day) return [];
  const from = Math.max(0, start - lookBehind);
  const list = text.slice(from, start).match(pattern);
  if (!list) return [];
  const listStart = from + (list.index ?? 0);
  const days = [...list[0].matchAll(LISTED_DAY)].map((match) => ({ day: Number(match[0]), start: listStart + (match.index ?? 0) }));
  const last = Number(day['day']);
  const rising = days.every((entry, index) => entry.day >= 1 && entry.day < (days[index + 1]?.day ?? last));
  if (!rising) return [];
  return days.map((entry) => ({ date: `${day['yearMonth'] ?? ''}-${String(entry.day).padStart(2, '0')}`, start: entry.start }));
}
