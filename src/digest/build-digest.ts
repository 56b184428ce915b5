import { findActors } from '../actors/find-actors.ts';
import { findQuotes } from '../actors/find-quotes.ts';
import { findTimeline } from '../dates/find-timeline.ts';
import { runStage } from '../stage-timer.ts';
import type { Digest, ExtractedArticle } from '../types.ts';
import { storyParts, type StoryOptions } from './build-story-digest.ts';
import { formatSummary, type SummaryFormat } from './format-summary.ts';

export { DEFAULT_HIGHLIGHTS } from './build-story-digest.ts';

export interface DigestOptions extends StoryOptions {
  /** Resolves relative dates in the story's timeline too. */
  now: Date;
  locale?: string;
  summaryFormat?: SummaryFormat;
}

/** The language work: everything the popup shows, from the page's plain extraction. */
export function buildDigest(article: ExtractedArticle, options: DigestOptions): Digest {
  const { text, title } = article;
  const { now, stage = runStage } = options;
  const { story, sentences } = storyParts(article, options);
  const { highlights, published } = story;
  const actors = stage('actors', () => findActors({ text, sentences, title, highlights }));
  const quotes = stage('quotes', () => findQuotes({ text, sentences, actors }));
  const timeline = stage('timeline', () => findTimeline(text, { published, now, sentences, language: story.language }));
  const digest: Omit<Digest, 'summary'> = { ...story, actors, quotes, timeline };
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
