// The walk both block readers share (the article's, in article-text.ts, and the page's, in
// page-prose.ts): depth-first over the DOM, a new paragraph at each block element, each
// paragraph's characters counted with those inside links, and whether it sits in a heading,
// a list item or a table cell. What to skip, where a paragraph belongs and what to keep of
// it are each reader's own.
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';

export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Never text a reader reads as the story's: code, controls, media, their captions. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'SVG', 'FIGCAPTION',
  'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS',
]);
const TABLE_CELL_TAGS = new Set(['TD', 'TH']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const WHITESPACE = /\s+/g;

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
  const flush = (): void => {
    if (chars > 0) {
      const place = { heading: headingDepth > 0, listItem: listDepth > 0, tableCell: cellDepth > 0 };
      reader.paragraph({ text: squeezeWhitespace(text), chars, linkChars }, place);
    }
    text = '';
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
