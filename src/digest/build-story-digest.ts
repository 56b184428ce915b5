import { resolveTimestamps } from '../dates/resolve-timestamps.ts';
import { highlightCountFor } from '../highlights/highlight-count.ts';
import { rankHighlights } from '../highlights/rank-highlights.ts';
import { type LanguageCode, storyLanguage } from '../language/detect-language.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { runStage, type StageTimer } from '../stage-timer.ts';
import type { ExtractedArticle, Sentence, StoryDigest } from '../types.ts';
import { countWords, readingMinutes } from './word-count.ts';

export const DEFAULT_HIGHLIGHTS = 3;

export interface StoryOptions {
  /** Bounds the page's timestamps: none is later than this. */
  now: Date;
  /** A fixed count, or 'auto' for one fitting the story's length (counted once, here). */
  highlights?: number | 'auto';
  /** Times each stage (benchmarks); runs them plainly by default. */
  stage?: StageTimer;
  /** The story's language code, when the caller has worked it out already (buildDigestWithLanguage). */
  languageCode?: LanguageCode | null;
}

/** The story part and the sentences it was ranked from, which the language engines read too. */
export interface StoryParts {
  story: StoryDigest;
  sentences: Sentence[];
  /** The story's language (storyLanguage), which the highlights read too. */
  languageCode: LanguageCode | null;
}

export function storyParts(article: ExtractedArticle, options: StoryOptions): StoryParts {
  const { text, title } = article;
  const { now, stage = runStage } = options;
  const sentences = stage('sentences', () => splitSentences(text));
  const wordCount = countWords(text);
  const { published, updated } = stage('timestamps', () => resolveTimestamps(article.dateCandidates, { url: article.url, now }));
  const count = highlightCountFor(options.highlights ?? DEFAULT_HIGHLIGHTS, wordCount);
  const languageCode = options.languageCode !== undefined ? options.languageCode : storyLanguage(article.lang, text);
  const highlights = stage('highlights', () => rankHighlights({ text, sentences, title, count, language: languageCode }));
  const story: StoryDigest = {
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
  };
  return { story, sentences, languageCode };
}

/**
 * Headline, timestamps and highlights: none of it needs the language engines, so the
 * popup builds it itself and shows it while the worker works out actors and dates.
 */
export function buildStoryDigest(article: ExtractedArticle, options: StoryOptions): StoryDigest {
  return storyParts(article, options).story;
}
