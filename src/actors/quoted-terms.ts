// Names inside a short quoted phrase that is a term or a title, not speech: 'Bharat bandh',
// “Electronic Markets and Electronic Hierarchies”, the “Obama doctrine”. The name there is
// part of what the phrase names; an actor of the story is named outside it too.
import type { TextSpan } from '../types.ts';
import { codePointClass, isLetter } from '../text/word-runs.ts';

/** Opening and closing quotation marks, straight and curly. */
const OPENING = new Set(['“', '"', '‘', "'", '«', '„', '‚']);
const CLOSING = new Set(['”', '"', '’', "'", '»', '“', '‘']);
/**
 * Either kind of mark, tested by char code: the scans below walk up to REACH characters beside
 * every mention, and most are no mark (a one-character string and two set lookups each cost more).
 * Built from the two sets, so that a mark added to either is seen here too (none is special in a class).
 */
const isQuotationMark = codePointClass(new RegExp(`^[${[...new Set([...OPENING, ...CLOSING])].join('')}]$`, 'u'));
const isSpace = codePointClass(/^\s$/u);
const NEWLINE = 0x0a;
/** How far a quoted term reaches either side of the name, in characters. */
const REACH = 60;
/** A term or a title is short; a quotation of more words is speech. */
const MAX_TERM_WORDS = 8;
/** Punctuation that ends a sentence: quoted words holding it are speech. */
const SENTENCE_PUNCTUATION = /[.!?;:]/u;
/** A period or comma right before the closing mark. */
const CLOSING_PUNCTUATION = /[.,]$/u;
const UPPER_FIRST = /^\p{Lu}/u;
/** A quoted phrase this short is a term whatever its case. */
const MAX_SHORT_TERM_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/** Does the name at `span` stand inside a short quoted phrase that holds more than the name? */
export function inQuotedTerm(text: string, span: TextSpan): boolean {
  const open = openingBefore(text, span.start);
  if (open < 0) return false;
  const close = closingAfter(text, span.end);
  if (close < 0) return false;
  const quoted = text.slice(open + 1, close);
  const inner = quoted.replace(CLOSING_PUNCTUATION, '');
  const words = inner.match(WORD) ?? [];
  if (SENTENCE_PUNCTUATION.test(inner) || words.length > MAX_TERM_WORDS || isSpeech(words)) return false;
  // “Hannah and Her Sisters.”: American style sets the sentence's period or comma inside the
  // closing mark. Before it, a title stays a title; a short sentence ('Ann Holt will win.',
  // half its words capitalized) is speech.
  if (inner !== quoted && capitalizedCount(words) * 2 <= words.length) return false;
  // „Süddeutsche Zeitung“: a quoted name alone is still the name (“Dreamboat Annie,” in a list of titles is not alone).
  return quoted.trim() !== text.slice(span.start, span.end);
}

/**
 * "DeSantis seemed above the fray": quoted words in sentence case are speech. A title
 * capitalizes most of its words ("The End of Poetry", "Reading the Mind in the Eyes"),
 * and a term is a word or two ('Bharat bandh').
 */
function isSpeech(words: readonly string[]): boolean {
  return words.length > MAX_SHORT_TERM_WORDS && !halfCapitalized(words);
}

/**
 * Are at least half the words capitalized, as in a title? A looser test than find-quotes'
 * isTitle (every word capitalized but short function words) and name-chunks' title-case
 * headline (every long word capitalized, ordinary words among them).
 */
function halfCapitalized(words: readonly string[]): boolean {
  return capitalizedCount(words) * 2 >= words.length;
}

function capitalizedCount(words: readonly string[]): number {
  return words.filter((word) => UPPER_FIRST.test(word)).length;
}

/** The opening mark of the quotation the name stands in, on its line, or -1. */
function openingBefore(text: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - REACH); i--) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) return -1;
    if (!isQuotationMark(code)) continue;
    // An opening mark follows no letter and comes before one ("'Bharat", not "MTA's").
    return OPENING.has(text[i]!) && !letterAt(text, i - 1) && letterAt(text, i + 1) ? i : -1;
  }
  return -1;
}

/** The closing mark of the quotation the name stands in, on its line, or -1. */
function closingAfter(text: string, at: number): number {
  for (let i = at; i < Math.min(text.length, at + REACH); i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) return -1;
    if (!isQuotationMark(code)) continue;
    // A closing mark comes after no space and before no letter ("bandh' announced", not "X's").
    if (CLOSING.has(text[i]!) && !(i === 0 || isSpace(text.charCodeAt(i - 1))) && !letterAt(text, i + 1)) return i;
    if (letterAt(text, i - 1) && letterAt(text, i + 1)) continue; // an apostrophe inside a word
    return -1;
  }
  return -1;
}

/** Is the UTF-16 unit at `i` a letter? Outside the text, or half of a surrogate pair, it is not (as `/\p{L}/u` reads one unit). */
function letterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetter(text.charCodeAt(i));
}
