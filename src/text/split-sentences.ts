import type { Sentence } from '../types.ts';
import {
  AMBIGUOUS_ABBREVIATIONS,
  DOTTED_ACRONYM,
  INITIAL,
  MID_SENTENCE_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations.ts';

// Created once: constructing a segmenter costs more than segmenting a paragraph.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*|\n(?=[ \t]*\S)/g;
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
const LAST_DOTTED_WORD = /([\p{L}.]+)\.$/u;
const FIRST_WORD = /^[\p{L}\p{N}'’]+/u;
const LOWERCASE_OR_DIGIT_START = /^[\p{Ll}\p{N}]/u;
/** A number, or an amount: "No. 1", "Orig. $1,599". */
const DIGIT_START = /^[\p{N}$€£¥]/u;

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
  for (const { index, segment } of segmenter.segment(paragraph)) {
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
  const lastWord = (LAST_DOTTED_WORD.exec(tail)?.[1] ?? '').toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lastWord) || MID_SENTENCE_ABBREVIATIONS.has(lastWord)) return true;
  if (NUMBER_ABBREVIATIONS.has(lastWord)) return DIGIT_START.test(head);
  if (AMBIGUOUS_ABBREVIATIONS.has(lastWord)) return !startsNew;
  if (INITIAL.test(tail) || DOTTED_ACRONYM.test(tail)) return firstWord !== '' && !startsNew;
  return false;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
