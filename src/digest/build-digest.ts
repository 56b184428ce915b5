import { findActors } from '../actors/find-actors.ts';
import { findQuotes } from '../actors/find-quotes.ts';
import { findTimeline } from '../dates/find-timeline.ts';
import { resolveTimestamps } from '../dates/resolve-timestamps.ts';
import { highlightCountFor } from '../highlights/highlight-count.ts';
import { rankHighlights } from '../highlights/rank-highlights.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { runStage, type StageTimer } from '../stage-timer.ts';
import type { Digest, ExtractedArticle } from '../types.ts';
import { formatSummary, type SummaryFormat } from './format-summary.ts';
import { countWords, readingMinutes } from './word-count.ts';

export const DEFAULT_HIGHLIGHTS = 3;

export interface DigestOptions {
  /** Resolves relative dates and bounds the page's timestamps. */
  now: Date;
  /** A fixed count, or 'auto' for one fitting the story's length (counted once, here). */
  highlights?: number | 'auto';
  locale?: string;
  summaryFormat?: SummaryFormat;
  /** Times each stage (benchmarks); runs them plainly by default. */
  stage?: StageTimer;
}

/** The language work: everything the popup shows, from the page's plain extraction. */
export function buildDigest(article: ExtractedArticle, options: DigestOptions): Digest {
  const { text, title } = article;
  const { now, stage = runStage } = options;
  const sentences = stage('sentences', () => splitSentences(text));
  const wordCount = countWords(text);
  const { published, updated } = stage('timestamps', () => resolveTimestamps(article.dateCandidates, { url: article.url, now }));
  const count = highlightCountFor(options.highlights ?? DEFAULT_HIGHLIGHTS, wordCount);
  const highlights = stage('highlights', () => rankHighlights({ text, sentences, title, count }));
  const actors = stage('actors', () => findActors({ text, sentences, title, highlights }));
  const quotes = stage('quotes', () => findQuotes({ text, sentences, actors }));
  const timeline = stage('timeline', () => findTimeline(text, { published, now, sentences }));
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

/** A sentence that touches every engine's lazily built tables (chrono's parsers, compromise's lexicon). */
const WARM_UP_TEXT = 'On Monday, Mr. Smith of the U.S. State Department said in Paris that talks with China would resume in December.';

/**
 * Runs the engines once on a tiny text so that their one-time set-up happens while
 * the popup waits for the page, not after the page has answered.
 */
export function warmUpEngines(now: Date): void {
  buildDigest(articleFromText(WARM_UP_TEXT), { now });
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
