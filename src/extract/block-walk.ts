// The walk both block readers share (the article's, in article-text.ts, and the page's, in
// page-prose.ts): depth-first over the DOM, a new paragraph at each block element (but a <br>
// inside a hard-wrapped sentence, for a reader that asks), each paragraph's characters counted
// with those inside links, and whether it sits in a heading, a list item or a table cell. What
// to skip, where a paragraph belongs and what to keep of it are each reader's own.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';

export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Never text a reader reads as the story's: code, controls, media, their captions. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'SVG', 'FIGCAPTION',
  'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS',
]);
const TABLE_CELL_TAGS = new Set(['TD', 'TH']);
/** Elements that run on inside a line of text: what follows a <br> in them reads on from it. */
const INLINE_TAGS = new Set(['A', 'ABBR', 'B', 'CITE', 'CODE', 'EM', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const WHITESPACE = /\s+/g;
/** What ends a line that a <br> may close: a sentence's end, a colon or semicolon, and the closing marks after them. */
const LINE_END = /[.!?…。！？:;]["'”’»)\]]*\s*$/u;
/** A line reading on: a lowercase word opening it, not an address ("around advice", not "example.org" or "http://…"). */
const LOWERCASE_OPENING = /^\s*\p{Ll}[\p{L}\p{M}'’-]*(?=\s|[,;!?)]|[.:](?:\s|$)|$)/u;
/** A hard-wrapped line of prose is a few words at least; a shorter one before a break is a label ("Tags"). */
const WRAPPED_LINE_WORDS = 5;

/** A paragraph as read: whitespace collapsed, its non-space characters, and those inside links. */
export interface TakenParagraph {
  text: string;
  chars: number;
  linkChars: number;
}

/** Where a paragraph sits: inside a heading, a list item, a table cell. */
export interface ParagraphPlace {
  heading: boolean;
  listItem: boolean;
  tableCell: boolean;
}

/** What one reader makes of the walk. */
export interface BlockReader {
  /** Elements whose text starts a new paragraph. */
  blockTags: ReadonlySet<string>;
  /** Read a <br> inside a sentence of hard-wrapped prose as a space (see isWrapInSentence). */
  joinsWrappedLines?: boolean;
  /** Leave the element and all it holds out of the text. */
  skips(element: Element, tag: string): boolean;
  /** On entering an element, after the paragraph before it is taken when it is a block. */
  enter?(element: Element, tag: string, isBlock: boolean): void;
  /** On leaving an element, after its last paragraph is taken when it is a block. */
  leave?(element: Element, isBlock: boolean): void;
  /** On a text node with more than whitespace, once it is added to the paragraph. */
  text?(): void;
  /** A paragraph with text, in document order. */
  paragraph(taken: TakenParagraph, place: ParagraphPlace): void;
}

/** Walks `roots` (each with its descendants) in order, handing each paragraph to `reader`. */
export function walkBlocks(roots: Iterable<Node>, reader: BlockReader): void {
  let text = '';
  let chars = 0;
  let linkChars = 0;
  let linkDepth = 0;
  let headingDepth = 0;
  let listDepth = 0;
  let cellDepth = 0;
  /** Where the paragraph's current line begins: after a <br> read as a space (see isWrapInSentence). */
  let lineStart = 0;
  const flush = (): void => {
    if (chars > 0) {
      const place = { heading: headingDepth > 0, listItem: listDepth > 0, tableCell: cellDepth > 0 };
      reader.paragraph({ text: squeezeWhitespace(text), chars, linkChars }, place);
    }
    text = '';
    lineStart = 0;
    chars = 0;
    linkChars = 0;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      text += value;
      const solid = value.replace(WHITESPACE, '').length;
      chars += solid;
      if (linkDepth > 0) linkChars += solid;
      if (solid > 0) reader.text?.();
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (reader.skips(element, tag)) return;
    if (tag === 'BR' && reader.joinsWrappedLines === true && isWrapInSentence(text.slice(lineStart), element)) {
      text += ' ';
      lineStart = text.length;
      return;
    }
    const isBlock = reader.blockTags.has(tag);
    if (isBlock) flush();
    reader.enter?.(element, tag, isBlock);
    const isLink = tag === 'A';
    const isHeading = HEADING_TAGS.has(tag);
    const isListItem = tag === 'LI';
    const isCell = TABLE_CELL_TAGS.has(tag);
    if (isLink) linkDepth++;
    if (isHeading) headingDepth++;
    if (isListItem) listDepth++;
    if (isCell) cellDepth++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    // The block's own text is taken while the depths it sits under still count.
    if (isBlock) flush();
    if (isLink) linkDepth--;
    if (isHeading) headingDepth--;
    if (isListItem) listDepth--;
    if (isCell) cellDepth--;
    reader.leave?.(element, isBlock);
  };
  for (const root of roots) walk(root);
  flush();
}

/**
 * A <br> inside a sentence: the page hard-wraps its prose (an export that closes every line
 * with a <br>), and the next line reads on in lower case ("…add before, after, or<br>around
 * advice."). Such a break is a space, so the paragraph is read whole. A break after a
 * sentence's end, a colon or a line of a few words (a label), or before a capital, a digit or
 * a mark (an address's lines, a list's, a verse's), still starts a new paragraph.
 */
function isWrapInSentence(line: string, br: Element): boolean {
  if (line.trim().split(WHITESPACE).length < WRAPPED_LINE_WORDS || LINE_END.test(line)) return false;
  return LOWERCASE_OPENING.test(textAfter(br));
}

/** The text right after `node` within its block (up to the next element that is not inline), or ''. */
function textAfter(node: Node): string {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === TEXT_NODE) {
      if ((next.nodeValue ?? '').trim() !== '') return next.nodeValue ?? '';
      continue;
    }
    if (next.nodeType !== ELEMENT_NODE) continue;
    const inline = next as Element;
    if (!INLINE_TAGS.has(inline.tagName.toUpperCase())) return '';
    const text = inline.textContent ?? '';
    if (text.trim() !== '') return text;
  }
  return '';
}
