import type { Highlight, Sentence } from '../types.ts';
import { isNotStory, leansOnPrevious, trimStoryDateline } from './clean-candidates.ts';
import { type CoverageOptions, DEFAULT_COVERAGE_OPTIONS, selectByCoverage } from './select-by-coverage.ts';
import { type StoryToken, storyTokens } from './story-tokens.ts';
import { wordSalience } from './word-salience.ts';

export interface RankHighlightsInput {
  text: string;
  sentences: Sentence[];
  title: string | null;
  count: number;
  /** The story's language code (storyLanguage): which words open a sentence leaning on the one before. */
  language?: string | null;
}

// Shorter sentences rarely stand alone ("She does n't care.", "Wilson resigned."): they
// are picked only when the story has too few longer ones.
const MIN_HIGHLIGHT_WORDS = 8;

/**
 * The `count` sentences that carry the story, in story order, with offsets into `text`.
 * Fewer when the story has fewer sentences.
 */
export function rankHighlights(input: RankHighlightsInput): Highlight[] {
  return rankHighlightsWith(input, DEFAULT_COVERAGE_OPTIONS);
}

/** `rankHighlights` with explicit selection options, so the benchmark can vary them. */
export function rankHighlightsWith(input: RankHighlightsInput, options: CoverageOptions): Highlight[] {
  const count = Math.max(0, Math.floor(input.count));
  if (count === 0 || input.sentences.length === 0) return [];

  const sentences = trimStoryDateline(input.sentences);
  const tokens = sentences.map((sentence) => storyTokens(sentence.text));
  // Word statistics come from the whole story, captions and all: they repeat its key
  // facts. Only the picks are restricted to clean candidates.
  const salience = wordSalience(tokens, input.title);
  const candidates = candidateIndices(sentences, tokens, count);
  const coverageCandidates = candidates.map((index) => ({
    tokens: tokens[index]!,
    needs: leansOnPrevious(sentences[index]!.text, input.language) ? candidates.indexOf(index - 1) : null,
  }));
  return selectByCoverage(coverageCandidates, salience, count, options)
    .map((pick) => candidates[pick]!)
    .sort((a, b) => a - b)
    .map((index) => {
      const { start, end } = sentences[index]!;
      return { text: input.text.slice(start, end), start, end };
    });
}

/** Clean sentences of highlight length; falls back step by step for stories of short lines. */
function candidateIndices(sentences: readonly Sentence[], tokens: readonly StoryToken[][], count: number): number[] {
  const all = [...sentences.keys()];
  // A sentence's story tokens are its words (same pattern), so they give isNotStory its count.
  const clean = all.filter((index) => !isNotStory(sentences[index]!.text, tokens[index]!.length));
  const full = clean.filter((index) => tokens[index]!.length >= MIN_HIGHLIGHT_WORDS);
  if (full.length >= count) return full;
  return clean.length > 0 ? clean : all;
}
