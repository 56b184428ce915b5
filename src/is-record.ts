/** A plain object's fields, for reading data that crossed a boundary (storage, messages, a package's model). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
