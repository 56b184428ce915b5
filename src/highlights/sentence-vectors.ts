import { contentWords } from '../text/tokenize-words.ts';

/** A sentence as weighted content words, with its Euclidean norm precomputed. */
export interface SentenceVector {
  weights: Map<string, number>;
  norm: number;
}

/**
 * TF-IDF vectors over one story, each sentence a document: words that recur in every
 * sentence weigh little, the words that set one sentence apart weigh most.
 */
export function sentenceVectors(sentences: readonly string[]): SentenceVector[] {
  const words = sentences.map(contentWords);
  const documentFrequency = new Map<string, number>();
  for (const sentenceWords of words) {
    for (const word of new Set(sentenceWords)) {
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
  }
  const count = sentences.length;
  return words.map((sentenceWords) => {
    const weights = new Map<string, number>();
    for (const word of sentenceWords) weights.set(word, (weights.get(word) ?? 0) + 1);
    let squares = 0;
    for (const [word, frequency] of weights) {
      const weight = frequency * Math.log((count + 1) / (documentFrequency.get(word) ?? 1));
      weights.set(word, weight);
      squares += weight * weight;
    }
    return { weights, norm: Math.sqrt(squares) };
  });
}

/** Cosine similarity of two sentence vectors; 0 when either has no content. */
export function cosine(a: SentenceVector, b: SentenceVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, weight] of small.weights) dot += weight * (large.weights.get(word) ?? 0);
  return dot / (a.norm * b.norm);
}
