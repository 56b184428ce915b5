import type { StoryToken } from './story-tokens.ts';

export interface CoverageOptions {
  /**
   * The length, in words, of the highlights a reader expects. Each pick is judged by
   * expected words covered ÷ (words picked + this), an F-measure: a small value favours
   * short sentences, a large one favours covering more.
   */
  targetWords: number;
  /** Weight of covering a new pair of adjacent words: phrases, not only words. */
  phraseWeight: number;
  /**
   * Always pick the first sentence: the lead says what happened. The salience model
   * alone undervalues it (the words of a hook-style lead are often not reused), yet
   * keeping it costs nothing on the dev set and keeps stories like the seed whole.
   */
  keepLead: boolean;
}

export const DEFAULT_COVERAGE_OPTIONS: CoverageOptions = { targetWords: 42, phraseWeight: 1, keepLead: true };

/**
 * Greedily picks `count` sentences that together cover the most salient words for their
 * length. A word counts once however many picks contain it, so picks that repeat each
 * other gain nothing: non-redundancy comes with the objective. Returns indices, pick order.
 */
export function selectByCoverage(
  sentences: readonly StoryToken[][],
  salience: ReadonlyMap<string, number>,
  count: number,
  options: CoverageOptions = DEFAULT_COVERAGE_OPTIONS,
): number[] {
  const picked: number[] = [];
  const coveredWords = new Set<string>();
  const coveredPhrases = new Set<string>();
  let covered = 0;
  let length = 0;
  while (picked.length < Math.min(count, sentences.length)) {
    let best = -1;
    let bestValue = -Infinity;
    let bestCovered = 0;
    sentences.forEach((tokens, index) => {
      if (picked.includes(index) || (options.keepLead && picked.length === 0 && index > 0)) return;
      const total = covered + newCoverage(tokens, salience, coveredWords, coveredPhrases, options.phraseWeight);
      const value = total / (length + tokens.length + options.targetWords);
      if (value > bestValue) {
        best = index;
        bestValue = value;
        bestCovered = total;
      }
    });
    const tokens = sentences[best]!;
    picked.push(best);
    covered = bestCovered;
    length += tokens.length;
    tokens.forEach((token, i) => {
      coveredWords.add(token.key);
      if (i > 0) coveredPhrases.add(`${tokens[i - 1]!.key} ${token.key}`);
    });
  }
  return picked;
}

function newCoverage(
  tokens: readonly StoryToken[],
  salience: ReadonlyMap<string, number>,
  coveredWords: ReadonlySet<string>,
  coveredPhrases: ReadonlySet<string>,
  phraseWeight: number,
): number {
  let gain = 0;
  const words = new Set<string>();
  const phrases = new Set<string>();
  tokens.forEach((token, i) => {
    const p = salience.get(token.key) ?? 0;
    if (!coveredWords.has(token.key) && !words.has(token.key)) gain += p;
    words.add(token.key);
    if (i === 0 || phraseWeight === 0) return;
    const previous = tokens[i - 1]!;
    const phrase = `${previous.key} ${token.key}`;
    if (!coveredPhrases.has(phrase) && !phrases.has(phrase)) {
      gain += phraseWeight * p * (salience.get(previous.key) ?? 0);
    }
    phrases.add(phrase);
  });
  return gain;
}
