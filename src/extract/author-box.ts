// An author's box: the page's card about who wrote the story ("author-bio", "post-author-box").
// Its prose is the author's account of themselves, not the story: the furniture rules read
// what comes after the story's last paragraph without it, and the check after Readability
// tells a pick of nothing but this box from the story.
import type { ElementMark, TextBlock } from './article-text.ts';

/**
 * An author's box is named by "author" together with one of these words ("author-bio",
 * "author-info", "post-author-box"). "author" alone also names wrappers around the
 * headline and dek of an opinion piece, which are story text.
 */
export const AUTHOR_NAME = 'author';
const AUTHOR_BOX_NAMES: ReadonlySet<string> = new Set(['bio', 'biography', 'box', 'info', 'description', 'card', 'about', 'profile']);
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * An author's box. Its headline ("author-box-headline") is read with the box around it,
 * which may hold the author's own account in prose, not alone.
 */
export const isAuthorBox = (mark: ElementMark): boolean =>
  !HEADING_TAGS.has(mark.tag) && mark.names.includes(AUTHOR_NAME) && mark.names.some((word) => AUTHOR_BOX_NAMES.has(word));

/** A block inside an author's box. */
export const inAuthorBox = (block: Pick<TextBlock, 'path'>): boolean => block.path.some(isAuthorBox);
