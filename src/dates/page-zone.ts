// Which part of the page an element sits in, read from its ancestors' tags and class/id
// words: dates in comments and sidebars belong to other stories or other people.
import { DESCRIPTOR_PARENT, type PageZone } from './date-hint.ts';

/**
 * A zone, or a widget showing the reader's current date and time (a header's "today"):
 * the day the page was served, never the day it was written.
 */
export type ElementZone = PageZone | 'clock';

/** Whole words of class and id names (`related-posts` → related, posts), never substrings. */
const COMMENT_WORDS = new Set(['comment', 'comments', 'commentlist', 'reply', 'replies', 'respond', 'disqus', 'kommentar', 'kommentare', 'discussion', 'forum']);
const ASIDE_WORDS = new Set([
  'sidebar', 'widget', 'widgets', 'related', 'recommended', 'recommendations', 'teaser', 'teasers', 'breadcrumb', 'breadcrumbs',
  'archive', 'archives', 'calendar', 'popular', 'trending', 'promo', 'newsletter', 'cookie', 'cookies', 'nav', 'navbar',
  'navigation', 'menu', 'more', 'most', 'latest', 'recent', 'aside', 'footer',
]);
/** Names of widgets showing the reader's current date (see ElementZone). */
const CLOCK_WORDS = new Set(['today', 'clock', 'heute']);
const ARTICLE_WORDS = new Set(['hentry', 'entry', 'article', 'story', 'post', 'content', 'blog', 'news', 'main', 'single']);
const ASIDE_TAGS = new Set(['aside', 'nav']);
const ARTICLE_TAGS = new Set(['article', 'main']);
/** `post` or `entry` on a <p> or <span> names a list item's part (post-date), not the story. */
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'body']);
const ROOT_TAGS = new Set(['body', 'html']);
const NAME_SEPARATORS = /[\s_-]+/;

/** The innermost telling ancestor decides: a clock widget, comment, aside, or the main story. */
export function pageZone(element: Element): ElementZone {
  for (let node: Element | null = element; node && !ROOT_TAGS.has(node.tagName.toLowerCase()); node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    const words = nameWords(node);
    if (words.some((word) => CLOCK_WORDS.has(word))) return 'clock';
    if (words.some((word) => COMMENT_WORDS.has(word))) return 'comment';
    if (ASIDE_TAGS.has(tag) || words.some((word) => ASIDE_WORDS.has(word))) return 'aside';
    if (ARTICLE_TAGS.has(tag) || (CONTAINER_TAGS.has(tag) && words.some((word) => ARTICLE_WORDS.has(word)))) return 'main';
    if (tag === 'footer') return 'aside';
  }
  return 'main';
}

function nameWords(element: Element): string[] {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(NAME_SEPARATORS);
}

/** `tag.class#id` of the element and its parent, lowercased: what they call themselves. */
export function describeElement(element: Element): string {
  const parent = element.parentElement;
  const own = describeOne(element);
  return parent && !ROOT_TAGS.has(parent.tagName.toLowerCase()) ? `${own}${DESCRIPTOR_PARENT}${describeOne(parent)}` : own;
}

function describeOne(element: Element): string {
  const classes = (element.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).join('.');
  const id = element.getAttribute('id');
  const text = `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}${id ? `#${id}` : ''}`;
  return text.toLowerCase().slice(0, 60);
}
