/** Every cache made here, so that a benchmark can read each page as if for the first time. */
const caches: Array<Map<string, unknown>> = [];

/**
 * Remembers `compute`'s answer for each key: the same words recur through a text and
 * across texts, and an Intl formatter costs far more to build than to use. Past
 * `maxEntries` keys the cache starts over, so a long session cannot grow it without end.
 */
export function cachedPerKey<T>(compute: (key: string) => T, maxEntries: number): (key: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    if (cache.size >= maxEntries) cache.clear();
    const answer = compute(key);
    cache.set(key, answer);
    return answer;
  };
}

/** Empties every cache: the state of a worker that has just started. */
export function forgetCachedKeys(): void {
  for (const cache of caches) cache.clear();
}
