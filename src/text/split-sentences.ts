import type { Sentence } from '../types.ts';
import {
  AMBIGUOUS_ABBREVIATIONS,
  DOTTED_ACRONYM,
  INITIAL,
  MID_SENTENCE_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  ORDINAL_DETERMINERS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
  WRITTEN_ABBREVIATIONS,
} from './abbreviations.ts';
import { anyOf } from './word-pattern.ts';
import { codePointBefore, isLetter, width } from './word-runs.ts';
import { monthFromName } from '../dates/month-names.ts';

// Created once: constructing a segmenter costs more than segmenting a paragraph.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*|\n(?=[ \t]*\S)/g;
/**
 * A paragraph the segmenter leaves whole, so it need not be asked: UAX #29 breaks a
 * sentence only after a line separator or after terminators (Sentence_Terminal and the
 * ATerm dots) with their closing quotes and spaces, and here those come only at the end.
 * About half of a story's paragraphs; each segmenter call costs microseconds.
 */
const ONE_SENTENCE =
  /^[^\p{Sentence_Terminal}\u002E\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]*[\p{Sentence_Terminal}\u002E\u2024\uFE52\uFF0E]*["'”’»)\]]*[ \t]*$/u;
/** A piece holding no words: stray closing quotes or brackets ("''" in PTB text). */
const WORDLESS = /^[^\p{L}\p{N}]*$/u;
/** Closing quotes the segmenter pushed to the next piece: PTB "''", curly ’ ” and ». */
const LEADING_CLOSING_QUOTES = /^\s*(?:''|[’”»])+(?=\s|$)/u;
/** A quoted question or exclamation: `"Stop!" he said` goes on when a lowercase word follows. */
const QUOTED_QUESTION_OR_EXCLAMATION = /[?!]\s*(?:''|['"’”»])+$/u;
/**
 * A heading run into its text when extraction lost the line break: capitalized words
 * with no sentence punctuation ("World Cup 2015 The storm hit"), then a sentence opening
 * with a capitalized function word followed by a lowercase one.
 */
const RUN_IN_HEADING =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*:?\s+){1,8}(?=(?:The|A|An|He|She|It|They|We|This|In|On|At|But|After|When|For|As)\s+\p{Ll})/u;
const FIRST_WORD = /^[\p{L}\p{N}'’]+/u;
const LOWERCASE_OR_DIGIT_START = /^[\p{Ll}\p{N}]/u;
/** A number, or an amount: "No. 1", "Orig. $1,599". */
const DIGIT_START = /^[\p{N}$€£¥]/u;
/**
 * A day of the month written as an ordinal, its period closing the tail: "am 8." of
 * "am 8. Dezember". Before a month name the period marks the ordinal, not a sentence's
 * end; it matters in German, which capitalizes the month (lowercase ones go on anyway).
 */
const ORDINAL_DAY = /(?:^|[\s(])(?:0?[1-9]|[12]\d|3[01])\.$/u;
/** An ordinal after a German article or contracted preposition, a second one perhaps joined to it: "des 19.", "im 16. und 17.". */
const ORDINAL_AFTER_DETERMINER = new RegExp(
  String.raw`(?:^|\s)${anyOf(ORDINAL_DETERMINERS)}\s+\d{1,3}\.(?:\s*(?:und|bis|oder|[-–])\s*\d{1,3}\.)?$`,
  'iu',
);

interface Span {
  start: number;
  end: number;
}

/** Splits text into sentences, each with offsets into `text` and its paragraph index. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of paragraphs(text)) {
    for (const span of sentenceSpans(block.text)) {
      const start = block.start + span.start;
      const end = block.start + span.end;
      sentences.push({ text: text.slice(start, end), start, end, paragraph });
    }
    paragraph++;
  }
  return sentences;
}

function* paragraphs(text: string): Generator<{ text: string; start: number }> {
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    yield { text: text.slice(start, match.index), start };
    start = match.index + match[0].length;
  }
  yield { text: text.slice(start), start };
}

function sentenceSpans(paragraph: string): Span[] {
  const pieces: Span[] = [];
  const segments = ONE_SENTENCE.test(paragraph) ? [{ index: 0, segment: paragraph }] : segmenter.segment(paragraph);
  for (const { index, segment } of segments) {
    const previous = pieces.at(-1);
    if (!previous) {
      pieces.push({ start: index, end: index + segment.length });
      continue;
    }
    const before = paragraph.slice(previous.start, previous.end);
    if (WORDLESS.test(segment) || continuesSentence(before, segment)) {
      previous.end = index + segment.length;
      continue;
    }
    // Closing quotes belong to the sentence they close.
    const closing = LEADING_CLOSING_QUOTES.exec(segment)?.[0].length ?? 0;
    previous.end = index + closing;
    pieces.push({ start: index + closing, end: index + segment.length });
  }
  return pieces
    .flatMap((piece) => splitRunInHeading(paragraph, piece))
    .map((piece) => trimSpan(paragraph, piece))
    .filter((piece) => piece.end > piece.start);
}

function splitRunInHeading(paragraph: string, piece: Span): Span[] {
  const heading = RUN_IN_HEADING.exec(paragraph.slice(piece.start, piece.end))?.[0];
  if (!heading) return [piece];
  const boundary = piece.start + heading.length;
  return [{ start: piece.start, end: boundary }, { start: boundary, end: piece.end }];
}

// Only the end of the previous piece matters; matching `…$` patterns on a whole long
// piece makes the regex engine retry from every position.
const TAIL_LENGTH = 48;

/** True when Intl.Segmenter split where the sentence goes on. */
function continuesSentence(previous: string, next: string): boolean {
  const tail = previous.slice(-TAIL_LENGTH).trimEnd();
  const head = next.trimStart();
  if (QUOTED_QUESTION_OR_EXCLAMATION.test(tail)) return /^\p{Ll}/u.test(head);
  if (!tail.endsWith('.')) return false;
  if (LOWERCASE_OR_DIGIT_START.test(head)) return true;
  const firstWord = (FIRST_WORD.exec(head)?.[0] ?? '').toLowerCase();
  const startsNew = firstWord !== '' && SENTENCE_STARTERS.has(firstWord);
  if (ORDINAL_DAY.test(tail) && monthFromName(firstWord) !== null) return true;
  if (ORDINAL_AFTER_DETERMINER.test(tail)) return true;
  const written = lastDottedWord(tail);
  if (WRITTEN_ABBREVIATIONS.has(written)) return true;
  const lastWord = written.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lastWord) || MID_SENTENCE_ABBREVIATIONS.has(lastWord)) return true;
  if (NUMBER_ABBREVIATIONS.has(lastWord)) return DIGIT_START.test(head);
  if (AMBIGUOUS_ABBREVIATIONS.has(lastWord)) return !startsNew;
  if (INITIAL.test(tail) || DOTTED_ACRONYM.test(tail)) return firstWord !== '' && !startsNew;
  return false;
}

const FULL_STOP = 0x2e;

/**
 * What /([\p{L}.]+)\.$/u captures in a tail ending in a period ("U.S" of "the U.S.",
 * "Mr" of "Mr."): the run of letters and periods before the last period, or ''. Scanned
 * back from the end: the regex tried every start position of the tail.
 */
function lastDottedWord(tail: string): string {
  const end = tail.length - 1;
  let start = end;
  for (let code = codePointBefore(tail, start); code !== undefined && (code === FULL_STOP || isLetter(code)); code = codePointBefore(tail, start)) {
    start -= width(code);
  }
  return tail.slice(start, end);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
