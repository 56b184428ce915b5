/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998): picks `count` items by score,
 * each time discounting an item by its similarity to those already picked, so three
 * highlights do not say the same thing three times. Returns indices in pick order.
 */
export function selectDiverse(
  scores: readonly number[],
  similarities: readonly number[][],
  count: number,
  redundancyWeight: number,
): number[] {
  const picked: number[] = [];
  const remaining = new Set(scores.keys());
  while (picked.length < count && remaining.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const candidate of remaining) {
      const overlap = Math.max(0, ...picked.map((chosen) => similarities[candidate]![chosen]!));
      const value = scores[candidate]! - redundancyWeight * overlap;
      if (value > bestValue) {
        best = candidate;
        bestValue = value;
      }
    }
    picked.push(best);
    remaining.delete(best);
  }
  return picked;
}
