// The baseline: Readability's own `publishedTime`, read on a clone (parse() changes its input).
import { Readability } from '@mozilla/readability';

/** Readability's publishedTime, or null when it finds none. */
export function readabilityPublishedTime(doc: Document): string | null {
  try {
    return new Readability(doc.cloneNode(true) as Document).parse()?.publishedTime ?? null;
  } catch {
    return null;
  }
}

/** The calendar day of a publishedTime string: its own ISO day when it has one. */
export function dayOfPublishedTime(value: string | null): string | null {
  if (!value) return null;
  const iso = value.match(/\d{4}-\d{2}-\d{2}/);
  if (iso) return iso[0];
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString().slice(0, 10);
}
