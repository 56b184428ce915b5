// Readability keeps the story's own header lines inside the article: the timestamp line
// above the story, the byline line. Left in, they turn into "highlights", timeline entries
// and actors.
import type { TextBlock } from './article-text.ts';
import { endsLikeSentence } from './block-shape.ts';
import { isDateOnly, isTimestampLabel } from './date-line.ts';
import { indicesWhere, outsideStoryBody, storyBounds, type FurnitureRule } from './furniture-rules-api.ts';
import { isNameList, isShortName } from './name-list.ts';

/** A line of timestamps ("Updated Tuesday, March 3, 2026, 10:15 a.m. EST") is at most this long. */
const TIMESTAMP_LINE_WORDS = 20;
/** A byline line ("By Maria Okafor · November 20, 2026") is at most this long. */
const BYLINE_LINE_WORDS = 14;
const BY_NAME = /^(?:by|By|BY)\s+\p{Lu}/u;
/** The word that labels a byline, per language, read with a colon after it ("Von: Jo Lind", "Par :"). */
const BYLINE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['by', 'author', 'authors'],
  de: ['von', 'autor', 'autorin', 'autoren'],
  fr: ['par', 'auteur', 'auteure'],
  es: ['por', 'autor', 'autora'],
  pt: ['por', 'autor', 'autora'],
  nl: ['door', 'auteur'],
  it: ['di', 'autore', 'autrice'],
};
const BYLINE_LABEL_WORDS: ReadonlySet<string> = new Set(Object.values(BYLINE_LABELS).flat());
/**
 * Words that open a byline before the author's name, per language, without a colon: "Von
 * Jo Lind", "Por Ana Ruiz", "Eine Kolumne von Jo Lind". English "By" is read on its own
 * (BY_NAME); these are prepositions too ("Von Brücken und Fähren"), so a name must follow
 * and the line must stand where bylines stand (see namedBylineLines).
 */
const BYLINE_OPENINGS: Readonly<Record<string, readonly string[]>> = {
  de: ['von', 'text von', 'ein artikel von', 'ein beitrag von', 'ein bericht von', 'ein kommentar von', 'eine kolumne von', 'ein gastbeitrag von', 'ein interview von'],
  fr: ['par', 'texte de', 'texte par'],
  es: ['por', 'texto de'],
  pt: ['por', 'texto de'],
  nl: ['door', 'tekst door'],
  it: ['di', 'a cura di', 'testo di'],
};
/** Longest first, so "ein artikel von" is read before a shorter opening could be. */
const BYLINE_OPENING_LIST = [...new Set(Object.values(BYLINE_OPENINGS).flat())].sort((a, b) => b.length - a.length);
/** What separates the parts of a byline or timestamp line: "Jo Lind | 27.01.2022 - 12:45". */
const PART_SEPARATORS = /\s+[|·•–—-]\s+|\s+\|\s*|\s*\|\s+/u;
/**
 * An author's or agency's initials closing the story: "AgE", "DS", "(jg)", "erb/ots", "PM
 * DJV/fh". Two capitals at least in up to four letters, lowercase ones in brackets, or codes
 * joined by a slash, perhaps after a short word ("PM"). A capitalized word ("Pros") is none.
 */
const SIGN_OFF = /^(?:(?=\p{L}*\p{Lu}\p{L}*\p{Lu})\p{L}{2,4}|\(\s*\p{L}{1,4}(?:\/\p{L}{1,4})*\s*\)|(?:\p{L}{1,4}\s)?\p{L}{1,4}(?:\/\p{L}{1,4})+)$/u;
/** A date in digits opening a line, a space after it: "02.02.2022 ", "2022-02-02 ". */
const OPENING_NUMERIC_DATE = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s+(?=\S)/u;
/** A label word and its colon opening the line: what comes after is a name, or nothing (the name sits in the next line). */
const LABEL_AND_COLON = /^(\p{L}+)\s*:/u;

/**
 * A line of timestamps: "Updated Apr 14, 2025, 12:00 AM"; with the label above it when the
 * label stands alone ("Letzte Aktualisierung" over "31.10.2023").
 */
export const dateLines: FurnitureRule = {
  name: 'date lines',
  find: (blocks) => {
    // A timestamp line is short: long paragraphs are not read word by word.
    const isDateLine = (block: TextBlock | undefined): boolean => block !== undefined && block.words <= TIMESTAMP_LINE_WORDS && isDateOnly(block.text);
    return indicesWhere(blocks, (block, index) => isDateLine(block) || (isTimestampLabel(block.text) && isDateLine(blocks[index + 1])));
  },
};

/** The byline printed as a line of its own: "By Maria Okafor", or Readability's byline again. */
export const bylineLine: FurnitureRule = {
  name: 'byline line',
  find: (blocks, context) => indicesWhere(blocks, (block) => block.words <= BYLINE_LINE_WORDS && isBylineLine(block.text, context.byline)),
};

/**
 * A byline in another language, an opening and a name: "Von Jo Lind", "Por Agencia EFE",
 * "Eine Kolumne von Jo Lind", "Von Jo Lind, dpa", perhaps with its timestamp ("Ein Artikel
 * von Jo Lind | 27.01.2022 - 12:45"). Its openings are prepositions too, so only a line
 * where bylines stand counts, in the story's header or after its last paragraph of prose,
 * and no heading: "Von Rittern und Burgen" over a section stays.
 */
export const namedBylineLines: FurnitureRule = {
  name: 'named byline lines',
  find: (blocks) => outsideStoryBody(blocks, (block) => !block.heading && block.words <= BYLINE_LINE_WORDS && isNamedByline(block.text)),
};

/**
 * In the story's header, a line of parts that are each a timestamp, a byline or a short
 * name, at least one of them a timestamp: "11.12.2019 - Jo Lind", "04.02.2022 | 13:10 Uhr |
 * Jo Lind", "Wien - Mittwoch, 02.02.2022, 11:17 Uhr", "02.02.2022 Handball" (see stampParts): the page's
 * stamp, who, where and when.
 */
export const stampLines: FurnitureRule = {
  name: 'stamp lines',
  find: (blocks, context) => {
    const { header } = storyBounds(blocks);
    return indicesWhere(blocks, (block, index) => index < header && block.words <= TIMESTAMP_LINE_WORDS && isStampLine(block.text, context.byline));
  },
};

/**
 * After the story's last paragraph of prose, an author's or agency's initials on their own
 * line right after a sentence ("… bestätigte die Polizei." then "(jg)"): left in, a code turns
 * into an actor. A code after another line that is no sentence is one of a list of acronyms
 * and stays, as do list items and table cells.
 */
export const signOffs: FurnitureRule = {
  name: 'sign-offs',
  find: (blocks) => {
    const { lastProse } = storyBounds(blocks);
    return indicesWhere(
      blocks,
      (block, index) =>
        index > lastProse && !block.listItem && !block.tableCell && SIGN_OFF.test(block.text.trim()) && endsLikeSentence(blocks[index - 1]?.text ?? ''),
    );
  },
};

function isStampLine(text: string, byline: string | null): boolean {
  if (/[.!?"”]$/u.test(text) && !isDateOnly(text)) return false;
  const parts = stampParts(text);
  if (parts.length < 2 || !parts.some((part) => isDateOnly(part))) return false;
  return parts.every((part) => isDateOnly(part) || isNameList(part) || isShortName(part) || isNamedByline(part) || isBylineLine(part, byline));
}

/**
 * A stamp's parts: split at its separators or, without any, after a date in digits that opens
 * it ("02.02.2022 Handball": the date and the desk with only a space between).
 */
function stampParts(text: string): string[] {
  const parts = text.split(PART_SEPARATORS).map((part) => part.trim()).filter(Boolean);
  const date = parts.length === 1 ? OPENING_NUMERIC_DATE.exec(text)?.[0] : undefined;
  return date ? [date.trim(), text.slice(date.length).trim()] : parts;
}

/** An opening of BYLINE_OPENINGS, then a name; what follows a separator is the byline's timestamp. */
function isNamedByline(text: string): boolean {
  const [first, ...rest] = text.split(PART_SEPARATORS).map((part) => part.trim());
  const opening = bylineOpening(first ?? '');
  if (!opening || !isNameList(first!.slice(opening.length).trim())) return false;
  return rest.every((part) => isDateOnly(part));
}

function isBylineLine(paragraph: string, byline: string | null): boolean {
  if (paragraph.split(/\s+/).length > BYLINE_LINE_WORDS || /[.!?"”]$/u.test(paragraph)) return false;
  if (BY_NAME.test(paragraph) || isLabelledByline(paragraph)) return true;
  return byline !== null && cleanByline(paragraph) === byline;
}

/** "Von: Jo Lind", "Par :", "Author: Jo Lind". */
function isLabelledByline(paragraph: string): boolean {
  return bylineLabel(paragraph) !== null;
}

/** The byline label and its colon opening the text ("Autor:", "Par :"), or null. */
function bylineLabel(text: string): string | null {
  const label = LABEL_AND_COLON.exec(text);
  return label && BYLINE_LABEL_WORDS.has(label[1]!.toLowerCase()) ? label[0] : null;
}

/** The opening of BYLINE_OPENINGS the text starts with, a space after it, lower-cased ("von", "a cura di"). */
function bylineOpening(text: string): string | undefined {
  const lower = text.toLowerCase();
  return BYLINE_OPENING_LIST.find((phrase) => lower.startsWith(`${phrase} `));
}

/** "Newsroom staff · April 10, 2025" → "Newsroom staff"; "By Jane Doe", "von Jo Lind", "Autor: Jo Lind" → the name. */
export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const parts = byline.split(/\s+[·|•]\s+|\s+[–—-]\s+/).filter((part) => !isDateOnly(part));
  const cleaned = withoutTrailingDate(withoutBylineOpening(parts.join(' · ').trim()));
  return cleaned || null;
}

/**
 * What may stand between a name and its date: a comma, a bar, a colon; or, where the page ran
 * them together, the day's digits glued to the name ("Nicole Marx22. Februar 2020").
 */
const BEFORE_DATE = /(?:[\s,|:;·]+|(?<=\p{L})[·|]?\d{1,2}\.?)$/u;

/**
 * "Jo Lind am 08.12.2022", "Redaktion, 24. Januar 2022", "Ulrike 18.10.2019 16:06 Uhr": a
 * byline's date with no separator the split reads; the name is what stands before it.
 */
function withoutTrailingDate(byline: string): string {
  const words = byline.split(' ');
  for (let i = 1; i < words.length; i++) {
    if (!isDateOnly(words.slice(i).join(' '))) continue;
    const name = words.slice(0, i).join(' ').replace(BEFORE_DATE, '');
    return name || byline;
  }
  return byline;
}

/** "By " in any case, a label and its colon ("Autor:", "Par :"), or another language's opening ("von", "Por", "a cura di"). */
function withoutBylineOpening(byline: string): string {
  const english = /^by\s+/i.exec(byline)?.[0];
  if (english) return byline.slice(english.length).trim();
  const label = bylineLabel(byline);
  if (label) return byline.slice(label.length).trim();
  const opening = bylineOpening(byline);
  if (!opening) return byline;
  const name = byline.slice(opening.length).trim();
  // Written in lower case the word is the preposition ("von eseppelt"); capitalized it may open a
  // name ("Von Miller", "Di Maria"), so only where a name of two words or more follows ("Von Jo Lind").
  const asWritten = byline.slice(0, opening.length);
  return asWritten === opening || name.split(/\s+/).length >= 2 ? name : byline;
}
