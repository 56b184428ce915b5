// Page furniture in a story's text: menus, labels, credits and footers, whose names are
// not actors in the story.
import type { TextSpan } from '../types.ts';
import type { Token } from './tokenize.ts';

const LINE = /[^\n]+/gu;
/** What a copyright line says. */
const COPYRIGHT = /©|\bcopyright\s+(?:\(c\)|\d{4})|\ball rights reserved\b/iu;
/** The words of COPYRIGHT, looked for first: a case-insensitive pattern without /u runs far faster over a whole story. */
const COPYRIGHT_WORDS = /copyright|rights reserved/i;
/** A token of punctuation only. */
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

/** A footer is a short line; a paragraph that mentions copyright is prose. */
const MAX_FOOTER_CHARACTERS = 300;

/** The text's copyright lines ("IPSO Regulated Copyright ©2023 Express Newspapers."): the page's footer. */
export function copyrightLines(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  // Most stories hold no copyright line: one pass over the whole text, before any line is cut out.
  if (!text.includes('©') && !COPYRIGHT_WORDS.test(text)) return spans;
  for (const line of text.matchAll(LINE)) {
    if (line[0].length <= MAX_FOOTER_CHARACTERS && COPYRIGHT.test(line[0])) spans.push({ start: line.index, end: line.index + line[0].length });
  }
  return spans;
}

/** Do tokens first..last, with punctuation around them, fill their line? `newLine` from lineStarts. */
export function fillsLine(tokens: Token[], newLine: boolean[], first: number, last: number): boolean {
  let begin = first;
  while (begin > 0 && !newLine[begin] && PUNCTUATION.test(tokens[begin - 1]?.text ?? '')) begin--;
  let end = last + 1;
  while (end < tokens.length && !newLine[end] && PUNCTUATION.test(tokens[end]?.text ?? '')) end++;
  return newLine[begin] === true && (end >= tokens.length || newLine[end] === true);
}

/** Labels of a picture credit, in the languages read here ("Photo:", "Foto:", "Bild:", "Crédit :"). */
const CREDIT_LABELS: readonly string[] = [
  'image', 'photo', 'photograph', 'picture', 'credit', 'credits', 'foto', 'fotos', 'bild', 'crédit', 'crédits', 'imagen', 'immagine',
];
/** "(Image: NA)", "(Credits: PTI)", "Foto: …": the label of a picture credit just before a name. */
const CREDIT_LABEL = new RegExp(`(?:${CREDIT_LABELS.join('|')})\\s*:\\s*$`, 'iu');
/**
 * "Mostafa Alkharouf/Anadolu via Getty Images", "JIM WATSON/AFP", "Markus Scholz/dpa": a
 * photographer before the agency, whose short name some agencies write in lower case.
 */
const CREDIT_AGENCY_AFTER = /^\s*\/\s*(?:\p{Lu}|\p{Ll}{2,4}(?![\p{L}]))/u;
/** "© Getty Images", "© 2021 Jane Roe": the holder of a picture's or a text's copyright. */
const COPYRIGHT_HOLDER = /©\s*(?:\d{4}\s*)?$/u;
/** How far before a name a credit's label may stand, in characters. */
const CREDIT_REACH = 16;

/** Does the name at `span` stand in a picture credit? */
export function inPictureCredit(text: string, span: TextSpan): boolean {
  const before = text.slice(Math.max(0, span.start - CREDIT_REACH), span.start);
  return CREDIT_LABEL.test(before) || COPYRIGHT_HOLDER.test(before) || CREDIT_AGENCY_AFTER.test(text.slice(span.end, span.end + 3));
}

/** A web address written out: its scheme, its "www.", or a domain before its path ("dwds.de/themen"). */
const WEB_ADDRESS = /^(?:[a-z][a-z+.-]*:\/\/|www\.)|\.\p{L}{2,}\//iu;
/** Space that ends a word. */
const SPACE = /\s/u;
/** The longest web address read around a name, in characters each way. */
const MAX_ADDRESS_REACH = 200;

/** Does the name at `span` stand inside a web address ("www.dwds.de/themenglossar/Corona")? */
export function inWebAddress(text: string, span: TextSpan): boolean {
  let start = span.start;
  while (start > 0 && span.start - start < MAX_ADDRESS_REACH && !SPACE.test(text[start - 1] ?? ' ')) start--;
  let end = span.end;
  while (end < text.length && end - span.end < MAX_ADDRESS_REACH && !SPACE.test(text[end] ?? ' ')) end++;
  return WEB_ADDRESS.test(text.slice(start, end));
}
