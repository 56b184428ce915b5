// Turns Readability's article element into plain text with one paragraph per
// block, separated by a blank line, so the sentence splitter never runs a heading
// or a list item into the next sentence. Each block keeps what its markup said about
// it (link text, the names and roles of the elements around it): the cues the
// furniture cleaning reads.

import { countWords } from '../digest/word-count.ts';
import { isRunningProse } from './block-shape.ts';
import { SKIPPED_TAGS, walkBlocks } from './block-walk.ts';
import { NAME_SEPARATORS } from './element-names.ts';
import { formBoxes } from './form-box.ts';
import { normalizeLine } from './phrase-match.ts';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'BR', 'CAPTION',
]);
/** A gallery's captions are its story (see isGallery); elsewhere they are noise, as media and controls are. */
const SKIPPED_IN_GALLERY = new Set([...SKIPPED_TAGS].filter((tag) => tag !== 'FIGCAPTION'));
/** Attributes in which a page names what an element is for. */
const NAME_ATTRIBUTES = ['class', 'id', 'role', 'aria-label'];
/** Elements that show a picture; an image the page sizes no bigger than this (in pixels) is an icon or an emoji, no picture. */
const PICTURE_TAGS = new Set(['IMG', 'PICTURE']);
const MAX_ICON_PIXELS = 48;
const ELEMENT_NODE = 1;
const WHITESPACE = /\s+/g;

/** An element around a block: its tag and the words it is named with. One object per element, shared by its blocks. */
export interface ElementMark {
  /** Lowercase tag name. */
  tag: string;
  /** Lowercase words of its class, id, role and aria-label (`share-bar` → share, bar). */
  names: readonly string[];
  /**
   * It holds a picture without a <figcaption> before any text of its own (see
   * PICTURE_TAGS): a picture's box, its text perhaps the caption.
   */
  opensWithPicture: boolean;
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
  /**
   * The elements the block sits in, outermost first, down to the innermost one holding
   * all its text: its block element, or an inline one around the whole paragraph
   * (`<span class="caption">`, `<a class="related">`).
   */
  path: readonly ElementMark[];
  heading: boolean;
  /** Inside a list item. */
  listItem: boolean;
  /** Inside a cell of a data table, whose short lines are not furniture (see `withLayoutTablesRead`). */
  tableCell: boolean;
}

/** The article's blocks, in order; empty blocks are left out. */
export function articleBlocks(root: Node): TextBlock[] {
  const skipped = isGallery(root) ? SKIPPED_IN_GALLERY : SKIPPED_TAGS;
  // A form box is a control, left out as its fields are (see form-box).
  const isFormBox = formBoxes(root);
  const blocks: TextBlock[] = [];
  const path: ElementMark[] = [];
  const around = new TextPath(path);
  // Elements with text so far: a picture after it opens none of them.
  const withText = new Set<ElementMark>();
  walkBlocks([root], {
    blockTags: BLOCK_TAGS,
    // Hard-wrapped prose reads as its paragraphs. The page's own reading (page-prose) keeps every
    // line: joined there, a page's repeated teasers read as prose and were added to the story.
    joinsWrappedLines: true,
    skips: (element, tag) => skipped.has(tag) || (tag === 'FORM' && isFormBox(element)),
    enter: (element, tag) => {
      if (isUncaptionedPicture(element, tag)) for (const mark of path) mark.opensWithPicture ||= !withText.has(mark);
      path.push(markOf(element, tag));
    },
    leave: () => {
      path.pop();
      around.left();
    },
    text: () => {
      around.text();
      for (const mark of path) withText.add(mark);
    },
    paragraph: (taken, place) =>
      blocks.push({ ...taken, words: countWords(taken.text), line: normalizeLine(taken.text), path: around.take(), ...place }),
  });
  return withLayoutTablesRead(blocks);
}

/**
 * The elements around all of a paragraph's text, as the walk goes: the path at its first
 * text, cut to the shallowest depth the walk came up to between two of its texts. An
 * element left after the last text (the inline `<span>` a label ends in) still holds it all.
 */
class TextPath {
  private first: readonly ElementMark[] | null = null;
  /** Elements of `first` that held every text so far. */
  private held = 0;
  /** The shallowest depth since the last text. */
  private dip = 0;

  constructor(private readonly path: readonly ElementMark[]) {}

  text(): void {
    if (this.first === null) {
      this.first = [...this.path];
      this.held = this.path.length;
    } else {
      this.held = Math.min(this.held, this.dip);
    }
    this.dip = this.path.length;
  }

  left(): void {
    this.dip = Math.min(this.dip, this.path.length);
  }

  /** The paragraph's elements; the next paragraph starts afresh. */
  take(): ElementMark[] {
    const taken = this.first ? this.first.slice(0, this.held) : [...this.path];
    this.first = null;
    return taken;
  }
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

/** What the page names `element` (its tag and the words of its class, id, role and aria-label). */
export function markOf(element: Element, tag = element.tagName): ElementMark {
  const names: string[] = [];
  for (const attribute of NAME_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value) for (const word of value.toLowerCase().split(NAME_SEPARATORS)) if (word) names.push(word);
  }
  return { tag: tag.toLowerCase(), names, opensWithPicture: false };
}

/** A picture, not an icon, whose caption is not in a <figcaption> of its figure (text after it may be the caption). */
function isUncaptionedPicture(element: Element, tag: string): boolean {
  if (!PICTURE_TAGS.has(tag)) return false;
  const sizes = ['width', 'height'].map((attribute) => Number.parseInt(element.getAttribute(attribute) ?? '', 10));
  return !sizes.some((size) => size > 0 && size <= MAX_ICON_PIXELS) && !element.closest('figure')?.querySelector('figcaption');
}
