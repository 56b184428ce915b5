/**
 * Remembers `compute`'s answer for each key: the same words recur through a text and
 * across texts, and an Intl formatter costs far more to build than to use. Past
 * `maxEntries` keys the cache starts over, so a long session cannot grow it without end.
 */
export function cachedPerKey<T>(compute: (key: string) => T, maxEntries: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    if (cache.size >= maxEntries) cache.clear();
    const answer = compute(key);
    cache.set(key, answer);
    return answer;
  };
}
