// Quotations: text between a language's quotation marks („…“, »…«, « … », “…”, '…'),
// paired within a paragraph, so a quotation may run over several sentences.
import type { Sentence, TextSpan } from '../types.ts';
import { isLetter } from '../text/word-runs.ts';

export interface Quotation extends TextSpan {
  /** The quoted words without their marks, edge spaces and leading or trailing commas. */
  inner: TextSpan;
}

/** Marks that double as apostrophes ("don't", "l’homme"): they open after no letter and close before none. */
const APOSTROPHE_LIKE = new Set(["'", '‘', '’', '‚']);
/**
 * An English clitic right after an apostrophe-like mark, as a whole word: "Selam G.'s post",
 * "the players 's union" (a tokenized text), "we 're". It is part of the word before, even
 * where a period or a space stands between; no quotation opens with one.
 */
const CLITIC_AFTER_MARK = /^(?:s|re|ve|ll|d|m|t)(?![\p{L}\p{N}])/iu;
/** How many characters after a mark the clitic test reads: the longest clitic and the character after it. */
const CLITIC_REACH = 3;
/** A quotation of fewer words is a title or a word held at a distance ("die „Bild“", 'so-called "experts"'). */
const MIN_QUOTED_WORDS = 2;
/** A word, hyphenated ones whole: a quoted "post-truth" is one word held at a distance. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Spaces, including the narrow no-break ones inside French « … », and the commas and colons at a quotation's edges. */
const INNER_EDGE_START = /^[\s,.;:]+/u;
const INNER_EDGE_END = /[\s,;:]+$/u;

/** The quotations of the story, in order: each pair of marks `quotes` (opening → closing marks) allows, within one paragraph. */
export function findQuotations(text: string, sentences: readonly Sentence[], quotes: ReadonlyMap<string, string>): Quotation[] {
  const quotations: Quotation[] = [];
  const openers = openingMarks(quotes);
  const paragraphs = paragraphSpans(sentences);
  // One pass over the text's opening marks, each read within the paragraph that holds it.
  let p = 0;
  openers.lastIndex = 0;
  for (let match = openers.exec(text); match; match = openers.exec(text)) {
    const open = match.index;
    while (p < paragraphs.length && paragraphs[p]!.end <= open) p++;
    const paragraph = paragraphs[p];
    if (!paragraph) break;
    if (open < paragraph.start || !opensAt(text, open)) continue;
    const close = closingMark(text, open, quotes.get(match[0])!, paragraph.end);
    if (close < 0) {
      const quotation = runsOn(text, open, paragraph, paragraphs[p + 1]);
      if (quotation) quotations.push(quotation);
      continue;
    }
    const quotation = quotationOf(text, open, close + 1);
    if (quotation) quotations.push(quotation);
    openers.lastIndex = close + 1;
  }
  return quotations;
}

/**
 * A quotation running on into the next paragraph opens both and closes only the last: the
 * first paragraph's part ends with it ('Harper told him: “[These were] 12 pages …\n\n“That’s why …”').
 */
function runsOn(text: string, open: number, paragraph: TextSpan, next: TextSpan | undefined): Quotation | null {
  if (!next || text[next.start] !== text[open] || /\s/u.test(text.slice(open + 1, open + 2))) return null;
  return quotationOf(text, open, paragraph.end, 0);
}

const openingPatterns = new WeakMap<ReadonlyMap<string, string>, RegExp>();

/** A pattern matching any of the language's opening marks, built once per language. */
function openingMarks(quotes: ReadonlyMap<string, string>): RegExp {
  let pattern = openingPatterns.get(quotes);
  if (!pattern) {
    const marks = [...quotes.keys()].map((mark) => `\\u${mark.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    pattern = new RegExp(`[${marks}]`, 'gu');
    openingPatterns.set(quotes, pattern);
  }
  return pattern;
}

/** The paragraphs the sentences make up, as spans of the text. */
function paragraphSpans(sentences: readonly Sentence[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let current: (TextSpan & { index: number }) | null = null;
  for (const sentence of sentences) {
    if (current && current.index === sentence.paragraph) {
      current.end = sentence.end;
      continue;
    }
    current = { start: sentence.start, end: sentence.end, index: sentence.paragraph };
    spans.push(current);
  }
  return spans;
}

/** Does the mark at `at` open a quotation? An apostrophe-like one opens after no letter, and before no clitic. */
function opensAt(text: string, at: number): boolean {
  if (!APOSTROPHE_LIKE.has(text[at]!)) return true;
  return !letterAt(text, at - 1) && !CLITIC_AFTER_MARK.test(text.slice(at + 1, at + 1 + CLITIC_REACH));
}

/** Offset of the mark closing the quotation opened at `open`, or -1: the same opening mark again first means it never closed. */
function closingMark(text: string, open: number, closers: string, end: number): number {
  const opener = text[open]!;
  for (let j = open + 1; j < end; j++) {
    const c = text[j]!;
    if (closers.includes(c)) {
      // An apostrophe inside a word ("don't") or before one ("players' union" aside) closes nothing.
      if (APOSTROPHE_LIKE.has(c) && letterAt(text, j + 1)) continue;
      return j;
    }
    if (c === opener) return -1;
  }
  return -1;
}

/**
 * The quotation from the mark at `start` to `end` (its closing mark's width `closing`), unless
 * it is too short to be one or is part of a word ("„Bild“-Zeitung").
 */
function quotationOf(text: string, start: number, end: number, closing = 1): Quotation | null {
  if (letterAt(text, end) || text[end] === '-') return null;
  const raw = text.slice(start + 1, end - closing);
  if (!holdsWords(raw, MIN_QUOTED_WORDS)) return null;
  const lead = INNER_EDGE_START.exec(raw)?.[0].length ?? 0;
  const trail = INNER_EDGE_END.exec(raw)?.[0].length ?? 0;
  return { start, end, inner: { start: start + 1 + lead, end: end - closing - trail } };
}

/** Does `text` hold `count` words or more? Counted up to `count` only: a quotation may run a paragraph long. */
function holdsWords(text: string, count: number): boolean {
  let found = 0;
  WORD.lastIndex = 0;
  while (found < count && WORD.exec(text) !== null) found++;
  WORD.lastIndex = 0;
  return found >= count;
}

function letterAt(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && isLetter(code);
}
