import type { StoryToken } from './story-tokens.ts';

export interface CoverageOptions {
  /**
   * The length, in words, a reader expects of one highlight (CNN/DailyMail's human ones
   * run 14). Each pick is judged by expected words covered ÷ (words picked + this × count),
   * an F-measure: a small value favours short sentences, a large one covering more.
   */
  wordsPerHighlight: number;
  /** Weight of covering a new pair of adjacent words: phrases, not only words. */
  phraseWeight: number;
  /**
   * Always pick the first sentence: the lead says what happened. The salience model
   * alone undervalues it (the words of a hook-style lead are often not reused), yet
   * keeping it costs nothing on the dev set and keeps stories like the seed whole.
   */
  keepLead: boolean;
}

export const DEFAULT_COVERAGE_OPTIONS: CoverageOptions = { wordsPerHighlight: 14, phraseWeight: 1, keepLead: true };

/** A sentence that may be picked. */
export interface CoverageCandidate {
  tokens: StoryToken[];
  /**
   * The candidate this one leans on and that must be picked first ("He said …" needs the
   * sentence naming him): an index, -1 when that sentence is not a candidate, or null.
   */
  needs: number | null;
}

/**
 * A sentence reduced to what coverage needs: its distinct words and phrases as small
 * integers (interned once per story, so the inner loop compares numbers, not strings),
 * each with what covering it is worth.
 */
interface CoverageUnits {
  length: number;
  ids: number[];
  worths: number[];
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
  const ids = new UnitIds();
  const units = candidates.map(({ tokens }, unit) => coverageUnits(tokens, unit, salience, options.phraseWeight, ids));
  const covered = new Uint8Array(ids.size);
  const picked: number[] = [];
  const targetWords = options.wordsPerHighlight * count;
  let coveredWorth = 0;
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
    let bestWorth = 0;
    units.forEach((unit, index) => {
      if (!eligible(index, strict)) return;
      let worth = coveredWorth;
      for (let i = 0; i < unit.ids.length; i++) if (!covered[unit.ids[i]!]) worth += unit.worths[i]!;
      const value = worth / (length + unit.length + targetWords);
      if (value > bestValue) {
        best = index;
        bestValue = value;
        bestWorth = worth;
      }
    });
    const unit = units[best]!;
    picked.push(best);
    coveredWorth = bestWorth;
    length += unit.length;
    for (const id of unit.ids) covered[id] = 1;
  }
  return picked;
}

// A phrase's key packs its two word ids into one V8 small integer (31 bits) while both
// ids stay below SMALL_ID, as in nearly every story; past that, an exact float key,
// negative so the two kinds never meet. Small-integer keys hash fast and need no Map
// per first word.
const SMALL_ID = 2 ** 15;
const LARGE_ID = 2 ** 26;

/** Interns words and phrases of one story to dense ids, counted from 0. */
class UnitIds {
  readonly words = new Map<string, number>();
  readonly phrases = new Map<number, number>();
  size = 0;
  /** Per id, the last unit that listed it: each unit lists an id once. */
  private readonly listedBy: number[] = [];

  word(key: string): number {
    let id = this.words.get(key);
    if (id === undefined) this.words.set(key, (id = this.size++));
    return id;
  }

  phrase(first: number, second: number): number {
    const key = first < SMALL_ID && second < SMALL_ID ? first * SMALL_ID + second : -(first * LARGE_ID + second);
    let id = this.phrases.get(key);
    if (id === undefined) this.phrases.set(key, (id = this.size++));
    return id;
  }

  /** True the first time `unit` lists `id`. */
  firstListing(id: number, unit: number): boolean {
    if (this.listedBy[id] === unit) return false;
    this.listedBy[id] = unit;
    return true;
  }
}

function coverageUnits(
  tokens: readonly StoryToken[],
  unit: number,
  salience: ReadonlyMap<string, number>,
  phraseWeight: number,
  ids: UnitIds,
): CoverageUnits {
  // Each word and phrase once, in order of first occurrence: a repeat has the same worth.
  const unitIds: number[] = [];
  const worths: number[] = [];
  const list = (id: number, worth: number) => {
    if (!ids.firstListing(id, unit)) return;
    unitIds.push(id);
    worths.push(worth);
  };
  let previousId = -1;
  let previousWorth = 0;
  for (const token of tokens) {
    const worth = salience.get(token.key) ?? 0;
    const id = ids.word(token.key);
    list(id, worth);
    if (previousId >= 0 && phraseWeight > 0) list(ids.phrase(previousId, id), phraseWeight * worth * previousWorth);
    previousId = id;
    previousWorth = worth;
  }
  return { length: tokens.length, ids: unitIds, worths };
}
