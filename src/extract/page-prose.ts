// The page's own paragraphs, read straight from the document (not from Readability's
// pick): what a reader sees as the page's text, with the boxes that are never the story
// (navigation, sidebars, comments, footers, dialogs, hidden elements) left out. The
// check after Readability compares its content with this.
import { countWords } from '../digest/word-count.ts';
import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import { endsLikeSentence, isRunningProse } from './block-shape.ts';
import { isBrowserNotice } from './browser-notices.ts';
import { classAndIdWords } from './element-names.ts';
import { SKIPPED_TAGS, walkBlocks } from './block-walk.ts';

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
/** A headline this short ("News") matches a box's label by chance. */
const MIN_HEADLINE_CHARS = 20;
/** An inline style that hides the element (Readability skips these too). */
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** The page's visible paragraphs outside its furniture boxes, in document order. */
export function pageBlocks(body: Element): PageBlock[] {
  const blocks: PageBlock[] = [];
  const owners: Element[] = [body];
  walkBlocks(Array.from(body.childNodes), {
    blockTags: BLOCK_TAGS,
    skips: (element, tag) => SKIPPED_TAGS.has(tag) || isOutsideBox(element, tag),
    enter: (element, _tag, isBlock) => {
      if (isBlock) owners.push(element);
    },
    leave: (_element, isBlock) => {
      if (isBlock) owners.pop();
    },
    paragraph: (taken, place) => {
      // Words are counted only where they can matter: prose ends like a sentence.
      const words = endsLikeSentence(taken.text) ? countWords(taken.text) : 0;
      // A list item's paragraph is an item's (a teaser's, a product's), not the page's running text.
      const prose = !place.listItem && isRunningProse({ ...taken, words });
      blocks.push({ owner: owners.at(-1)!, ...taken, heading: place.heading, prose });
    },
  });
  return blocks;
}

/** A box that is never the story: hidden, a landmark or named box of the page's furniture, or a notice over the page about the browser. */
export function isOutsideBox(element: Element, tag = element.tagName.toUpperCase()): boolean {
  if (isHidden(element)) return true;
  const words = classAndIdWords(element);
  return isOutsideStory(element, tag, words) || isBrowserNotice(element, words);
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isOutsideStory(element: Element, tag: string, words: readonly string[]): boolean {
  if (OUTSIDE_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role && OUTSIDE_ROLES.has(role.toLowerCase())) return true;
  if (element.getAttribute('aria-modal') === 'true') return true;
  if (PAGE_TAGS.has(tag)) return false;
  if (!words.some((word) => OUTSIDE_NAMES.has(word)) || words.some((word) => STORY_NAMES.has(word))) return false;
  // A layout wrapper named for the sidebar it places beside the story ("sidebar-wrapper") holds the headline,
  // or the headline's words set in another element (the story's header set in the sidebar).
  return element.querySelector(PAGE_HEADLINE) === null && !holdsHeadlineCopy(element);
}

/** An element of `box` whose whole text is the page's `<h1>`'s. */
function holdsHeadlineCopy(box: Element): boolean {
  const headline = squeezeWhitespace(box.ownerDocument.querySelector('h1')?.textContent ?? '');
  if (headline.length < MIN_HEADLINE_CHARS) return false;
  return [...box.querySelectorAll('*')].some((element) => element.children.length === 0 && squeezeWhitespace(element.textContent ?? '') === headline);
}
