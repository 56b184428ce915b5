import type { SentenceVector } from './sentence-vectors.ts';
import { cosine } from './sentence-vectors.ts';
import { contentWords, tokenizeWords } from '../text/tokenize-words.ts';

/** Pairwise cosine similarities, symmetric, zero diagonal. */
export function similarityMatrix(vectors: readonly SentenceVector[]): number[][] {
  const matrix = vectors.map(() => new Array<number>(vectors.length).fill(0));
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const similarity = cosine(vectors[i]!, vectors[j]!);
      matrix[i]![j] = similarity;
      matrix[j]![i] = similarity;
    }
  }
  return matrix;
}

/**
 * PacSum's position-aware centrality (Zheng & Lapata 2019): a sentence that the later
 * sentences elaborate on is central; similarity to earlier ones counts with its own weight
 * (negative in their experiments: repeating what came before is not news).
 */
export function directedCentrality(
  similarities: readonly number[][],
  backwardWeight: number,
  threshold: number,
): number[] {
  const values = similarities.flatMap((row, i) => row.filter((_, j) => j !== i));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const cut = min + threshold * (max - min);
  return similarities.map((row, i) => {
    let forward = 0;
    let backward = 0;
    row.forEach((similarity, j) => {
      const edge = Math.max(similarity - cut, 0);
      if (j > i) forward += edge;
      else if (j < i) backward += edge;
    });
    return forward + backwardWeight * backward;
  });
}

/** Share of the headline's content words that the sentence contains. */
export function titleOverlap(sentence: string, title: string | null): number {
  if (title === null) return 0;
  const titleWords = new Set(contentWords(title));
  if (titleWords.size === 0) return 0;
  const sentenceWords = new Set(contentWords(sentence));
  let shared = 0;
  for (const word of titleWords) if (sentenceWords.has(word)) shared++;
  return shared / titleWords.size;
}

// A capitalized word after the first one marks a name; digits mark a figure.
const NAME_OR_NUMBER = /(?<=\S\s+)\p{Lu}[\p{L}'’-]+|\p{N}+(?:[.,]\p{N}+)?/gu;

/** Names and numbers per word: the specifics ("who, how many") a highlight tends to carry. */
export function specificity(sentence: string): number {
  const words = tokenizeWords(sentence).length;
  if (words === 0) return 0;
  return Math.min((sentence.match(NAME_OR_NUMBER)?.length ?? 0) / Math.sqrt(words), 1);
}

const IDEAL_MIN_WORDS = 10;
const IDEAL_MAX_WORDS = 40;

/** 1 inside the usual length of a highlight-worthy sentence, falling off outside it. */
export function lengthPrior(sentence: string): number {
  const words = tokenizeWords(sentence).length;
  if (words < IDEAL_MIN_WORDS) return words / IDEAL_MIN_WORDS;
  if (words > IDEAL_MAX_WORDS) return IDEAL_MAX_WORDS / words;
  return 1;
}

/** Rescales values to [0, 1]; all zero when they are all equal. */
export function normalize(values: readonly number[]): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((value) => (max > min ? (value - min) / (max - min) : 0));
}
