/**
 * `work` as it is, with `onLate` called if it has not settled within `waitMs`: for a wait the
 * reader should be told about, not one to cut short. Whatever `work` gives, when it comes,
 * is still used.
 */
export function whenLate<T>(work: Promise<T>, waitMs: number, onLate: () => void): Promise<T> {
  const timer = setTimeout(onLate, waitMs);
  return work.finally(() => clearTimeout(timer));
}
