import { findActors } from '../actors/find-actors.ts';
import { findQuotes } from '../actors/find-quotes.ts';
import { findTimeline } from '../dates/find-timeline.ts';
import type { ChunkReader } from '../language/language-data.ts';
import type { Language } from '../language/language.ts';
import { storyLanguage } from '../language/detect-language.ts';
import { loadLanguage } from '../language/load-language.ts';
import { runStage } from '../stage-timer.ts';
import type { Digest, ExtractedArticle } from '../types.ts';
import { articleFromText } from './article-from-text.ts';
import { storyParts, type StoryOptions } from './build-story-digest.ts';
import { formatSummary, type SummaryFormat } from './format-summary.ts';

export { DEFAULT_HIGHLIGHTS } from './build-story-digest.ts';
export { articleFromText } from './article-from-text.ts';

export interface DigestOptions extends StoryOptions {
  /** Resolves relative dates in the story's timeline too. */
  now: Date;
  locale?: string;
  summaryFormat?: SummaryFormat;
  /** The story language's word knowledge (loadLanguage); absent or null reads the story as English. */
  language?: Language | null;
}

/** The language work: everything the popup shows, from the page's plain extraction. */
export function buildDigest(article: ExtractedArticle, options: DigestOptions): Digest {
  const { text, title } = article;
  const { now, stage = runStage } = options;
  const { story, sentences, languageCode } = storyParts(article, options);
  const { highlights, published } = story;
  const language = options.language ?? null;
  const actors = stage('actors', () => findActors({ text, sentences, title, highlights, language }));
  const quotes = stage('quotes', () => findQuotes({ text, sentences, actors, language }));
  const timeline = stage('timeline', () => findTimeline(text, { published, now, sentences, language: languageCode }));
  const digest: Omit<Digest, 'summary'> = { ...story, language: languageCode, actors, quotes, timeline };
  const summary = formatSummary(digest, { format: options.summaryFormat ?? 'text', locale: options.locale ?? 'en-US' });
  return { ...digest, summary };
}

/**
 * The digest with the story's language data loaded first: the one path the popup's worker
 * and the CLI share. `read` fetches a language chunk (extension) or builds it (Node).
 */
export async function buildDigestWithLanguage(article: ExtractedArticle, options: DigestOptions, read: ChunkReader): Promise<Digest> {
  const code = storyLanguage(article.lang, article.text);
  const language = await loadLanguage(code, read);
  return buildDigest(article, { ...options, language, languageCode: code });
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
