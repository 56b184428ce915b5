import type { Highlight, Sentence } from '../types.ts';
import { cleanCandidates } from './clean-candidates.ts';
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from './ranking-weights.ts';
import { selectDiverse } from './select-diverse.ts';
import {
  directedCentrality,
  lengthPrior,
  normalize,
  similarityMatrix,
  specificity,
  titleOverlap,
} from './sentence-signals.ts';
import { sentenceVectors } from './sentence-vectors.ts';

export interface RankHighlightsInput {
  text: string;
  sentences: Sentence[];
  title: string | null;
  count: number;
}

/**
 * The `count` sentences that carry the story, in story order, with offsets into `text`.
 * Fewer when the story has fewer usable sentences.
 */
export function rankHighlights(input: RankHighlightsInput): Highlight[] {
  return rankHighlightsWith(input, DEFAULT_RANKING_WEIGHTS);
}

/** `rankHighlights` with explicit weights, so the benchmark can measure each signal. */
export function rankHighlightsWith(input: RankHighlightsInput, weights: RankingWeights): Highlight[] {
  const count = Math.max(0, Math.floor(input.count));
  const cleaned = cleanCandidates(input.sentences);
  // A story made only of short lines still deserves highlights: fall back to all sentences.
  const candidates = cleaned.length > 0 ? cleaned : input.sentences;
  if (count === 0 || candidates.length === 0) return [];

  const texts = candidates.map((sentence) => sentence.text);
  const similarities = similarityMatrix(sentenceVectors(texts));
  const centrality = normalize(
    directedCentrality(similarities, weights.backwardEdges, weights.edgeThreshold),
  );
  const scores = texts.map(
    (text, index) =>
      weights.position / (1 + index) ** weights.positionDecay +
      weights.centrality * centrality[index]! +
      weights.title * titleOverlap(text, input.title) +
      weights.specifics * specificity(text) +
      weights.length * lengthPrior(text),
  );
  const picked = selectDiverse(scores, similarities, count, weights.redundancy);
  return picked
    .sort((a, b) => a - b)
    .map((index) => {
      const { start, end } = candidates[index]!;
      return { text: input.text.slice(start, end), start, end };
    });
}
