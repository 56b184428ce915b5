// Which part of the page an element sits in, read from its ancestors' tags and classes:
// dates in comments and sidebars belong to other stories or other people.
import type { PageZone } from './date-hint.ts';

const COMMENT_CLASS = /comment|reply|respond|disqus|kommentar|discussion|forum/i;
const ASIDE_CLASS =
  /sidebar|widget|related|recommend|teaser|breadcrumb|archive|calendar|popular|trending|promo|newsletter|cookie|more-|most-|latest|recent|nav|menu/i;
const ASIDE_TAGS = new Set(['aside', 'nav']);
const ARTICLE_CLASS = /hentry|entry|article|story|post|content|blog|news|main/i;
const ARTICLE_TAGS = new Set(['article', 'main']);
const ROOT_TAGS = new Set(['body', 'html']);

/** The innermost telling ancestor decides: comment, aside, or the main story. */
export function pageZone(element: Element): PageZone {
  for (let node: Element | null = element; node && !ROOT_TAGS.has(node.tagName.toLowerCase()); node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (COMMENT_CLASS.test(names)) return 'comment';
    if (ASIDE_TAGS.has(tag) || ASIDE_CLASS.test(names)) return 'aside';
    if (ARTICLE_TAGS.has(tag) || ARTICLE_CLASS.test(names)) return 'main';
    if (tag === 'footer' || /footer/i.test(names)) return 'aside';
  }
  return 'main';
}

/** `tag.class#id`, lowercased and short: what the element calls itself. */
export function describeElement(element: Element): string {
  const classes = (element.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).join('.');
  const id = element.getAttribute('id');
  const text = `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}${id ? `#${id}` : ''}`;
  return text.toLowerCase().slice(0, 80);
}
