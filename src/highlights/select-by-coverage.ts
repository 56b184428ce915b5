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

/** A sentence that may be picked. */
export interface CoverageCandidate {
  tokens: StoryToken[];
  /**
   * The candidate this one leans on and that must be picked first ("He said …" needs the
   * sentence naming him): an index, -1 when that sentence is not a candidate, or null.
   */
  needs: number | null;
}

/** A sentence reduced to what coverage needs: its distinct words and phrases with their worth. */
interface CoverageUnits {
  length: number;
  words: Map<string, number>;
  phrases: Map<string, number>;
}

/**
 * Greedily picks `count` sentences that together cover the most salient words for their
 * length. A word counts once however many picks contain it, so picks that repeat each
 * other gain nothing: non-redundancy comes with the objective. Returns indices, pick order.
 */
export function selectByCoverage(
  candidates: readonly CoverageCandidate[],
  salience: ReadonlyMap<string, number>,
  count: number,
  options: CoverageOptions = DEFAULT_COVERAGE_OPTIONS,
): number[] {
  const units = candidates.map(({ tokens }) => coverageUnits(tokens, salience, options.phraseWeight));
  const picked: number[] = [];
  const coveredWords = new Set<string>();
  const coveredPhrases = new Set<string>();
  let covered = 0;
  let length = 0;
  const eligible = (index: number, strict: boolean): boolean => {
    if (picked.includes(index)) return false;
    if (options.keepLead && picked.length === 0) return index === 0;
    const needs = candidates[index]!.needs;
    return !strict || needs === null || picked.includes(needs);
  };
  while (picked.length < Math.min(count, candidates.length)) {
    // Sentences that lean on an unpicked one wait; if nothing else is left, they may go.
    const strict = units.some((_, index) => eligible(index, true));
    let best = -1;
    let bestValue = -Infinity;
    let bestCovered = 0;
    units.forEach((unit, index) => {
      if (!eligible(index, strict)) return;
      const total = covered + uncovered(unit.words, coveredWords) + uncovered(unit.phrases, coveredPhrases);
      const value = total / (length + unit.length + options.targetWords);
      if (value > bestValue) {
        best = index;
        bestValue = value;
        bestCovered = total;
      }
    });
    const unit = units[best]!;
    picked.push(best);
    covered = bestCovered;
    length += unit.length;
    for (const word of unit.words.keys()) coveredWords.add(word);
    for (const phrase of unit.phrases.keys()) coveredPhrases.add(phrase);
  }
  return picked;
}

function coverageUnits(
  tokens: readonly StoryToken[],
  salience: ReadonlyMap<string, number>,
  phraseWeight: number,
): CoverageUnits {
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  tokens.forEach((token, i) => {
    const worth = salience.get(token.key) ?? 0;
    words.set(token.key, worth);
    const previous = tokens[i - 1];
    if (previous && phraseWeight > 0) {
      phrases.set(`${previous.key} ${token.key}`, phraseWeight * worth * (salience.get(previous.key) ?? 0));
    }
  });
  return { length: tokens.length, words, phrases };
}

function uncovered(units: ReadonlyMap<string, number>, covered: ReadonlySet<string>): number {
  let sum = 0;
  for (const [unit, worth] of units) if (!covered.has(unit)) sum += worth;
  return sum;
}
