// TextRank (Mihalcea & Tarau 2004) as the classic unsupervised baseline: sentences are
// nodes, edges weigh shared words normalized by log lengths, PageRank picks the top ones.
import { contentWords } from '../src/text/tokenize-words.ts';

const DAMPING = 0.85;
const ITERATIONS = 50;

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>, aLength: number, bLength: number): number {
  if (aLength < 2 || bLength < 2) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (Math.log(aLength) + Math.log(bLength));
}

/** Indices of the `count` most central sentences, in story order. */
export function textRank(sentences: readonly string[], count: number): number[] {
  const words = sentences.map(contentWords);
  const sets = words.map((list) => new Set(list));
  const size = sentences.length;
  const weights = sets.map((a, i) =>
    sets.map((b, j) => (i === j ? 0 : similarity(a, b, words[i]!.length, words[j]!.length))),
  );
  const outWeight = weights.map((row) => row.reduce((sum, weight) => sum + weight, 0));
  let rank = new Array<number>(size).fill(1 / Math.max(size, 1));
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    rank = rank.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < size; j++) {
        if (outWeight[j]! > 0) incoming += (weights[j]![i]! / outWeight[j]!) * rank[j]!;
      }
      return (1 - DAMPING) / size + DAMPING * incoming;
    });
  }
  return [...rank.keys()]
    .sort((a, b) => rank[b]! - rank[a]! || a - b)
    .slice(0, count)
    .sort((a, b) => a - b);
}
