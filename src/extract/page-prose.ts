// The page's own paragraphs, read straight from the document (not from Readability's
// pick): what a reader sees as the page's text, with the boxes that are never the story
// (navigation, sidebars, comments, footers, dialogs, hidden elements) left out. The
// check after Readability compares its content with this.
import { countWords } from '../digest/word-count.ts';
import { ParagraphText } from './article-text.ts';
import { endsLikeSentence, isRunningProse } from './block-shape.ts';

/** One paragraph of the page: the innermost block element that holds its text. */
export interface PageBlock {
  owner: Element;
  /** Non-space characters. */
  chars: number;
  /** Non-space characters inside links. */
  linkChars: number;
  /** Inside a heading. */
  heading: boolean;
  /** Running prose: long, punctuated, mostly not links. */
  prose: boolean;
  /** Whitespace collapsed. */
  text: string;
}

/** Elements whose text starts a new paragraph (as in article-text). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD',
  'TH', 'UL', 'BR', 'CAPTION', 'FIGURE',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Never text a reader reads as the page's: code, controls, media. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'SVG', 'FIGCAPTION', 'IFRAME', 'OBJECT',
  'VIDEO', 'AUDIO', 'CANVAS',
]);
/** Landmarks that are never the story: the page's navigation, asides, footers, dialogs. */
const OUTSIDE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG']);
const OUTSIDE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'banner', 'search', 'menu', 'menubar']);
/**
 * Class and id words of boxes that are never the story (Readability's "unlikely
 * candidates", whole words): readers' comments, sidebars, footers, cookie and consent
 * dialogs. Their prose is someone else's text.
 */
const OUTSIDE_NAMES = new Set([
  'comment', 'comments', 'reply', 'replies', 'respond', 'disqus', 'sidebar', 'footer', 'cookie', 'cookies', 'consent',
  'gdpr', 'modal', 'popup', 'dialog',
]);
/** ...unless the element also names itself the content ("comment-content" inside a comment box is caught by its box). */
const STORY_NAMES = new Set(['article', 'content', 'main', 'body', 'post', 'story', 'entry', 'text']);
/** Elements that hold the whole page: their class words describe the page, not a box. */
const PAGE_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
/** The page's headline or main region: a box holding them wraps the story. */
const PAGE_HEADLINE = 'h1, main';
const NAME_SEPARATORS = /[^\p{L}\p{N}]+/u;
/** An inline style that hides the element (Readability skips these too). */
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The page's visible paragraphs outside its furniture boxes, in document order. */
export function pageBlocks(body: Element): PageBlock[] {
  const blocks: PageBlock[] = [];
  const owners: Element[] = [body];
  const paragraph = new ParagraphText();
  let linkDepth = 0;
  let headingDepth = 0;
  let listDepth = 0;
  const flush = (): void => {
    const taken = paragraph.take();
    if (!taken) return;
    // Words are counted only where they can matter: prose ends like a sentence.
    const words = endsLikeSentence(taken.text) ? countWords(taken.text) : 0;
    // A list item's paragraph is an item's (a teaser's, a product's), not the page's running text.
    const prose = listDepth === 0 && isRunningProse({ ...taken, words });
    blocks.push({ owner: owners.at(-1)!, ...taken, heading: headingDepth > 0, prose });
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      paragraph.add(node.nodeValue ?? '', linkDepth > 0);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHidden(element) || isOutsideStory(element, tag)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    const isLink = tag === 'A';
    const isHeading = HEADING_TAGS.has(tag);
    const isListItem = tag === 'LI';
    if (isBlock) {
      flush();
      owners.push(element);
    }
    if (isLink) linkDepth++;
    if (isHeading) headingDepth++;
    if (isListItem) listDepth++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    // The block's own text is flushed while the flags it sits under still count.
    if (isBlock) {
      flush();
      owners.pop();
    }
    if (isLink) linkDepth--;
    if (isHeading) headingDepth--;
    if (isListItem) listDepth--;
  };
  for (let child = body.firstChild; child; child = child.nextSibling) walk(child);
  flush();
  return blocks;
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isOutsideStory(element: Element, tag: string): boolean {
  if (OUTSIDE_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role && OUTSIDE_ROLES.has(role.toLowerCase())) return true;
  if (element.getAttribute('aria-modal') === 'true') return true;
  if (PAGE_TAGS.has(tag)) return false;
  const words = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase().split(NAME_SEPARATORS);
  if (!words.some((word) => OUTSIDE_NAMES.has(word)) || words.some((word) => STORY_NAMES.has(word))) return false;
  // A layout wrapper named for the sidebar it places beside the story ("sidebar-wrapper") holds the headline.
  return element.querySelector(PAGE_HEADLINE) === null;
}
