import { findActors } from '../actors/find-actors.ts';
import { findQuotes } from '../actors/find-quotes.ts';
import { findTimeline } from '../dates/find-timeline.ts';
import { resolveTimestamps } from '../dates/resolve-timestamps.ts';
import { rankHighlights } from '../highlights/rank-highlights.ts';
import { splitSentences } from '../text/split-sentences.ts';
import type { Digest, ExtractedArticle } from '../types.ts';
import { formatSummary, type SummaryFormat } from './format-summary.ts';
import { countWords, readingMinutes } from './word-count.ts';

export const DEFAULT_HIGHLIGHTS = 3;

export interface DigestOptions {
  /** Resolves relative dates and bounds the page's timestamps. */
  now: Date;
  highlights?: number;
  locale?: string;
  summaryFormat?: SummaryFormat;
}

/** The language work: everything the popup shows, from the page's plain extraction. */
export function buildDigest(article: ExtractedArticle, options: DigestOptions): Digest {
  const { text, title } = article;
  const sentences = splitSentences(text);
  const wordCount = countWords(text);
  const { published, updated } = resolveTimestamps(article.dateCandidates, { url: article.url, now: options.now });
  const highlights = rankHighlights({ text, sentences, title, count: options.highlights ?? DEFAULT_HIGHLIGHTS });
  const actors = findActors({ text, sentences, title, highlights });
  const quotes = findQuotes({ text, sentences, actors });
  const timeline = findTimeline(text, { published, now: options.now });
  const digest: Omit<Digest, 'summary'> = {
    url: article.url,
    title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    dir: article.dir,
    published,
    updated,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    text,
    highlights,
    publisherHighlights: article.publisherHighlights,
    actors,
    quotes,
    timeline,
  };
  const summary = formatSummary(digest, { format: options.summaryFormat ?? 'text', locale: options.locale ?? 'en-US' });
  return { ...digest, summary };
}

/** A plain-text input (CLI `--text`): analyzed as given, so offsets index into it. */
export function articleFromText(text: string, url: string | null = null): ExtractedArticle {
  return {
    url,
    title: null,
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    excerpt: null,
    text,
    publisherHighlights: [],
    dateCandidates: [],
    readerable: true,
  };
}
