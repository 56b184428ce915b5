// ROUGE as Google's rouge-score computes it (rouge_scorer.py, tokenize.py): lowercase,
// anything but [a-z0-9] to spaces, Porter-stem tokens longer than 3 characters; ROUGE-N
// F1 over clipped n-gram counts; ROUGE-Lsum as summary-level union LCS over
// newline-split sentences. rouge-score uses NLTK's Porter variant; `stemmer` implements
// Martin Porter's original, which differs on a handful of rare words.
import { stemmer } from 'stemmer';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

const NON_ALPHANUMERIC = /[^a-z0-9]+/g;
const MIN_STEMMED_LENGTH = 4;

/** rouge-score's tokenizer with stemming on. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(NON_ALPHANUMERIC, ' ')
    .split(/\s+/)
    .filter((token) => token !== '')
    .map((token) => (token.length >= MIN_STEMMED_LENGTH ? stemmer(token) : token));
}

function fMeasure(hits: number, predicted: number, reference: number): number {
  if (hits === 0 || predicted === 0 || reference === 0) return 0;
  const precision = hits / predicted;
  const recall = hits / reference;
  return (2 * precision * recall) / (precision + recall);
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function rougeN(reference: readonly string[], predicted: readonly string[], n: number): number {
  const referenceCounts = ngramCounts(reference, n);
  const predictedCounts = ngramCounts(predicted, n);
  let hits = 0;
  for (const [gram, count] of predictedCounts) hits += Math.min(count, referenceCounts.get(gram) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  return fMeasure(hits, total(predictedCounts), total(referenceCounts));
}

/** Indices into `reference` of one LCS with `candidate`, backtracked as rouge-score does. */
function lcsIndices(reference: readonly string[], candidate: readonly string[]): number[] {
  const rows = reference.length;
  const columns = candidate.length;
  const table = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= columns; j++) {
      table[i]![j] =
        reference[i - 1] === candidate[j - 1]
          ? table[i - 1]![j - 1]! + 1
          : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  const indices: number[] = [];
  let i = rows;
  let j = columns;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      indices.unshift(i - 1);
      i--;
      j--;
    } else if (table[i]![j - 1]! > table[i - 1]![j]!) j--;
    else i--;
  }
  return indices;
}

function countTokens(sentences: readonly string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

function rougeLsum(reference: readonly string[][], predicted: readonly string[][]): number {
  const referenceLength = reference.reduce((sum, sentence) => sum + sentence.length, 0);
  const predictedLength = predicted.reduce((sum, sentence) => sum + sentence.length, 0);
  if (referenceLength === 0 || predictedLength === 0) return 0;
  const referenceCounts = countTokens(reference);
  const predictedCounts = countTokens(predicted);
  let hits = 0;
  for (const sentence of reference) {
    const union = new Set(predicted.flatMap((candidate) => lcsIndices(sentence, candidate)));
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = sentence[index]!;
      if ((predictedCounts.get(token) ?? 0) > 0 && (referenceCounts.get(token) ?? 0) > 0) {
        hits++;
        predictedCounts.set(token, predictedCounts.get(token)! - 1);
        referenceCounts.set(token, referenceCounts.get(token)! - 1);
      }
    }
  }
  return fMeasure(hits, predictedLength, referenceLength);
}

/** ROUGE-1/2/Lsum F1 (0–1) of predicted sentences against reference sentences. */
export function scoreRouge(reference: readonly string[], predicted: readonly string[]): RougeScores {
  // rouge-score joins a summary's sentences with newlines and splits them again.
  const lines = (summary: readonly string[]) => summary.join('\n').split('\n').filter((line) => line !== '');
  const referenceSentences = lines(reference).map(rougeTokens);
  const predictedSentences = lines(predicted).map(rougeTokens);
  const referenceTokens = referenceSentences.flat();
  const predictedTokens = predictedSentences.flat();
  return {
    rouge1: rougeN(referenceTokens, predictedTokens, 1),
    rouge2: rougeN(referenceTokens, predictedTokens, 2),
    rougeLsum: rougeLsum(referenceSentences, predictedSentences),
  };
}
