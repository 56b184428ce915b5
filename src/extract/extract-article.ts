import { squeezeWhitespace } from '../text/squeeze-whitespace.ts';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { collectDateCandidates } from '../dates/collect-date-candidates.ts';
import { runStage, type StageTimer } from '../stage-timer.ts';
import type { ExtractedArticle } from '../types.ts';
import { removeBrowserNotices } from './browser-notices.ts';
import { MAX_ELEMENTS, MAX_PAGE_TEXT_CHARS } from './limits.ts';
import { cleanByline } from './page-furniture.ts';
import { pageDescriptions, withPageDek } from './page-dek.ts';
import { withPageLead } from './page-lead.ts';
import { withPageTail } from './page-tail.ts';
import { pageBlocks } from './page-prose.ts';
import { recheckContent } from './recheck-content.ts';
import { takePublisherHighlights } from './publisher-highlights.ts';
import { withoutRubyAnnotations } from './ruby-annotations.ts';
import { storyText } from './story-text.ts';

export { MAX_ELEMENTS } from './limits.ts';

export class ExtractionError extends Error {
  constructor(
    message: string,
    readonly reason: 'too-large' | 'no-article',
  ) {
    super(message);
    this.name = 'ExtractionError';
  }

  /** The one wording a reader sees for every cap; `what` says which cap was hit. */
  static tooLarge(what: string): ExtractionError {
    return new ExtractionError(`This page is too large to summarize (${what}).`, 'too-large');
  }

  static noArticle(): ExtractionError {
    return new ExtractionError('No story text was found on this page.', 'no-article');
  }
}

export interface ExtractOptions {
  url: string | null;
  /** Times each stage (benchmarks); runs them plainly by default. */
  stage?: StageTimer;
}

/**
 * The page's DOM work: metadata, date clues, the publisher's highlights and the
 * article's plain text. Reads `doc` but never changes it: Readability and the
 * highlights removal work on a clone.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractedArticle {
  if (!doc.documentElement || !doc.body) {
    throw ExtractionError.noArticle();
  }
  // querySelectorAll, not getElementsByTagName('*'): linkedom answers 0 to the latter.
  const elementCount = doc.querySelectorAll('*').length;
  if (elementCount > MAX_ELEMENTS) {
    throw ExtractionError.tooLarge(`${elementCount} elements`);
  }
  const textLength = visibleTextLength(doc.body);
  if (textLength > MAX_PAGE_TEXT_CHARS) {
    throw ExtractionError.tooLarge(`${textLength} characters of text`);
  }
  const stage = options.stage ?? runStage;
  const readerable = stage('readerable', () => isProbablyReaderable(doc));
  const dateCandidates = stage('metadata', () => collectDateCandidates(doc, options.url));
  // The story is read as the page's text without its ruby annotations (see ruby-annotations).
  const page = stage('clone', () => withoutRubyAnnotations(doc));
  const clone = stage('clone', () => page.cloneNode(true) as Document);
  const publisherHighlights = stage('metadata', () => takePublisherHighlights(clone));
  // A notice over the page that the browser is too old is no part of the story (see browser-notices).
  stage('clone', () => removeBrowserNotices(clone));
  const parsed = stage('readability', () =>
    // Class names stay: they are cues for the furniture cleaning (a share bar, a caption).
    new Readability<Node>(clone, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node, keepClasses: true }).parse(),
  );
  if (!parsed?.content) {
    throw ExtractionError.noArticle();
  }
  // Readability sometimes picks the wrong box or one column of the story (see
  // recheck-content), leaves out opening paragraphs set apart above the body (see
  // page-lead) or closing parts in boxes of their own below it (see page-tail), and often
  // the dek under the headline (see page-dek).
  const content = stage('prose check', () => {
    const blocks = pageBlocks(page.body);
    const read = withPageTail(withPageLead(recheckContent(page, parsed.content as Node, blocks), blocks), blocks);
    return withPageDek(read, blocks, [parsed.excerpt ?? null, ...pageDescriptions(page)]);
  });
  const root = doc.documentElement;
  const byline = cleanByline(clean(parsed.byline));
  const title = clean(parsed.title);
  return {
    url: options.url,
    title,
    byline,
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang) ?? clean(root.getAttribute('lang')),
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    excerpt: clean(parsed.excerpt),
    text: stage('text', () => storyText(content, { title, byline, url: options.url })),
    publisherHighlights,
    dateCandidates,
    readerable,
  };
}

/** Text length without scripts and styles, which can be megabytes of inline data on real news pages. */
function visibleTextLength(body: HTMLElement): number {
  let length = body.textContent?.length ?? 0;
  for (const hidden of body.querySelectorAll('script, style, noscript, template')) length -= hidden.textContent?.length ?? 0;
  return length;
}

function clean(value: string | null | undefined): string | null {
  const text = value === null || value === undefined ? undefined : squeezeWhitespace(value);
  return text ? text : null;
}
