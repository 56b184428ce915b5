import type { Sentence } from '../types.ts';
import {
  DOTTED_ACRONYM,
  INITIAL,
  NON_TERMINAL_ABBREVIATIONS,
  SENTENCE_STARTERS,
} from './abbreviations.ts';

// Created once: constructing a segmenter costs more than segmenting a paragraph.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*|\n(?=[ \t]*\S)/g;

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

function sentenceSpans(paragraph: string): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const { index, segment } of segmenter.segment(paragraph)) {
    const previous = pieces.at(-1);
    if (previous && continuesSentence(paragraph.slice(previous.start, previous.end), segment)) {
      previous.end = index + segment.length;
    } else {
      pieces.push({ start: index, end: index + segment.length });
    }
  }
  return pieces.map((piece) => trimSpan(paragraph, piece)).filter((piece) => piece.end > piece.start);
}

/** True when Intl.Segmenter split after an abbreviation that does not end the sentence. */
function continuesSentence(previous: string, next: string): boolean {
  const tail = previous.trimEnd();
  const head = next.trimStart();
  if (!tail.endsWith('.') || head === '') return false;
  const firstWord = (head.match(/^[\p{L}\p{N}'’]+/u)?.[0] ?? '').toLowerCase();
  if (/^[\p{Ll}\p{N}]/u.test(head)) return true;
  const lastWord = (tail.match(/([\p{L}.]+)\.$/u)?.[1] ?? '').toLowerCase();
  if (NON_TERMINAL_ABBREVIATIONS.has(lastWord)) return true;
  if (INITIAL.test(tail)) return !SENTENCE_STARTERS.has(firstWord);
  if (DOTTED_ACRONYM.test(tail)) return firstWord !== '' && !SENTENCE_STARTERS.has(firstWord);
  return false;
}

function trimSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
