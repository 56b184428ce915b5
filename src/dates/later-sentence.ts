// A date inside a paragraph's later sentence: "…brauchte einen neuen Motor. Am 3. Mai 2019
// kaufte die Gemeinde ein zweites Boot." A dateline opens its paragraph ("3.5.2019 – Die
// Gemeinde…", "Am 3. Mai 2019 beginnt…") or stands on a line of its own; a date that
// comes after a finished sentence, with its own sentence going on past it, is an event the
// story tells of, wherever the paragraph sits.
import type { DateSpan } from './date-periods.ts';

/**
 * A finished sentence: a word in lowercase letters, the sentence's mark (a closing quote or
 * bracket may follow), a space and a capital. Not "BERLIN. 3. Mai" (a place in capitals), nor
 * "Dr. Meier" or "Nr. 5": an abbreviation ends in lowercase too, but two letters are its
 * most ("Dr", "St" end in one).
 */
const SENTENCE_END_BEFORE = /\p{Ll}{3,}[.!?]["'”“»)]?\s+\p{Lu}/u;
/** Words after the date (past a clock time): its sentence goes on. */
const SENTENCE_GOES_ON = /^[\s\d:.,]*(?:uhr\s+)?\p{L}{2,}\s+\p{L}/iu;

/** True when the date at `span` sits in a sentence that goes on, after a finished one in the same text. */
export function isInLaterSentence(text: string, { start, end }: DateSpan): boolean {
  return SENTENCE_END_BEFORE.test(text.slice(0, start)) && SENTENCE_GOES_ON.test(text.slice(end));
}
