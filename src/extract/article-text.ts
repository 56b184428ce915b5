// Turns Readability's article element into plain text with one paragraph per
// block, separated by a blank line, so the sentence splitter never runs a heading
// or a list item into the next sentence. Each block keeps what its markup said about
// it (link text, the names and roles of the elements around it): the cues the
// furniture cleaning reads.

import { countWords } from '../digest/word-count.ts';
import { isRunningProse } from './block-shape.ts';
import { normalizeLine } from './phrase-match.ts';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'BR', 'CAPTION',
]);
/** Not story text: media captions (but a gallery's, see isGallery) and controls are noise for every engine. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'SVG', 'FIGCAPTION',
  'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS',
]);
const SKIPPED_IN_GALLERY = new Set([...SKIPPED_TAGS].filter((tag) => tag !== 'FIGCAPTION'));
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const TABLE_CELL_TAGS = new Set(['TD', 'TH']);
/** Attributes in which a page names what an element is for. */
const NAME_ATTRIBUTES = ['class', 'id', 'role', 'aria-label'];
const NAME_SEPARATORS = /[^\p{L}\p{N}]+/u;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const WHITESPACE = /\s+/g;

/** An element around a block: its tag and the words it is named with. One object per element, shared by its blocks. */
export interface ElementMark {
  /** Lowercase tag name. */
  tag: string;
  /** Lowercase words of its class, id, role and aria-label (`share-bar` → share, bar). */
  names: readonly string[];
}

/** One paragraph of the article as the page marked it up. */
export interface TextBlock {
  /** Whitespace collapsed. */
  text: string;
  /** Non-space characters of `text` that sit inside links. */
  linkChars: number;
  /** Non-space characters of `text`. */
  chars: number;
  /** Words of `text` (a script without spaces counts one per character). */
  words: number;
  /** `text` lowercased, with opening marks dropped: what the phrase tables are matched against. */
  line: string;
  /** The elements the block sits in, outermost first, its own last. */
  path: readonly ElementMark[];
  heading: boolean;
  /** Inside a list item. */
  listItem: boolean;
  /** Inside a cell of a data table, whose short lines are not furniture (see `withLayoutTablesRead`). */
  tableCell: boolean;
}

/**
 * The text of the paragraph being read, as the walk over a block's nodes meets it: its
 * characters, and those inside links. Both block readers (the article's, the page's) keep one.
 */
export class ParagraphText {
  private text = '';
  private chars = 0;
  private linkChars = 0;

  add(value: string, inLink: boolean): void {
    this.text += value;
    const solid = value.replace(WHITESPACE, '').length;
    this.chars += solid;
    if (inLink) this.linkChars += solid;
  }

  /** The paragraph read so far, whitespace collapsed, or null when it holds no text; the next starts empty. */
  take(): { text: string; chars: number; linkChars: number } | null {
    const taken = this.chars > 0 ? { text: this.text.replace(WHITESPACE, ' ').trim(), chars: this.chars, linkChars: this.linkChars } : null;
    this.text = '';
    this.chars = 0;
    this.linkChars = 0;
    return taken;
  }
}

/** The article's blocks, in order; empty blocks are left out. */
export function articleBlocks(root: Node): TextBlock[] {
  const skipped = isGallery(root) ? SKIPPED_IN_GALLERY : SKIPPED_TAGS;
  const blocks: TextBlock[] = [];
  const path: ElementMark[] = [];
  const paragraph = new ParagraphText();
  let linkDepth = 0;
  let headingDepth = 0;
  let listDepth = 0;
  let cellDepth = 0;
  const flush = (): void => {
    const taken = paragraph.take();
    if (!taken) return;
    blocks.push({
      ...taken,
      words: countWords(taken.text),
      line: normalizeLine(taken.text),
      path: [...path],
      heading: headingDepth > 0,
      listItem: listDepth > 0,
      tableCell: cellDepth > 0,
    });
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      paragraph.add(node.nodeValue ?? '', linkDepth > 0);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (skipped.has(tag)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    const isLink = tag === 'A';
    const isHeading = HEADING_TAGS.has(tag);
    const isListItem = tag === 'LI';
    const isCell = TABLE_CELL_TAGS.has(tag);
    path.push(markOf(element, tag));
    if (isLink) linkDepth++;
    if (isHeading) headingDepth++;
    if (isListItem) listDepth++;
    if (isCell) cellDepth++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock) flush();
    if (isLink) linkDepth--;
    if (isHeading) headingDepth--;
    if (isListItem) listDepth--;
    if (isCell) cellDepth--;
    path.pop();
  };
  walk(root);
  flush();
  return withLayoutTablesRead(blocks);
}

/**
 * A gallery: an article whose captions hold more text than the rest of it. Its captions
 * are its story, so they are read; elsewhere they are noise.
 */
function isGallery(root: Node): boolean {
  if (root.nodeType !== ELEMENT_NODE) return false;
  const solid = (node: Node): number => (node.textContent ?? '').replace(WHITESPACE, '').length;
  const captions = [...(root as Element).querySelectorAll('figcaption')].reduce((sum, caption) => sum + solid(caption), 0);
  return captions > 0 && captions > solid(root) - captions;
}

/** Plain text of an element: paragraphs separated by "\n\n", whitespace collapsed. */
export function articleText(root: Node): string {
  return articleBlocks(root)
    .map((block) => block.text)
    .join('\n\n');
}

/**
 * A table whose cells hold the story's running prose lays the page out (old pages and
 * mail-like templates put the whole story in one): its short lines are the page's, not
 * data. The innermost table counts, so a data table inside a layout table stays data.
 */
function withLayoutTablesRead(blocks: readonly TextBlock[]): TextBlock[] {
  const layout = new Set(blocks.filter((block) => block.tableCell && isRunningProse(block)).map(tableOf));
  return blocks.map((block) => (block.tableCell && layout.has(tableOf(block)) ? { ...block, tableCell: false } : block));
}

/**
 * The innermost table around a cell's block, or null for cells without one: Readability cut
 * the article out of a table and kept its cells, all of that one table.
 */
function tableOf(block: TextBlock): ElementMark | null {
  return block.path.findLast((mark) => mark.tag === 'table') ?? null;
}

function markOf(element: Element, tag: string): ElementMark {
  const names: string[] = [];
  for (const attribute of NAME_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value) for (const word of value.toLowerCase().split(NAME_SEPARATORS)) if (word) names.push(word);
  }
  return { tag: tag.toLowerCase(), names };
}
