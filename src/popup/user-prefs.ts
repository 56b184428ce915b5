import type { SummaryFormat } from '../digest/format-summary.ts';
import { isRecord } from '../is-record.ts';

/** The sections of the card a reader can hide on the options page (the header always shows). */
export const SECTIONS = ['highlights', 'publisher', 'actors', 'timeline', 'quotes'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** 'auto' follows the story's length (highlightCount); a number is fixed. */
export type HighlightSetting = 'auto' | number;
export const MIN_FIXED_HIGHLIGHTS = 1;
export const MAX_FIXED_HIGHLIGHTS = 7;

/** What the options page stores in storage.sync. */
export interface UserPrefs {
  highlights: HighlightSetting;
  copyFormat: SummaryFormat;
  sections: Record<SectionName, boolean>;
}

export const DEFAULT_PREFS: UserPrefs = {
  highlights: 'auto',
  copyFormat: 'text',
  sections: { highlights: true, publisher: true, actors: true, timeline: true, quotes: true },
};

/**
 * Reads stored prefs defensively: storage.sync is shared across a reader's devices and
 * versions, so anything missing or malformed falls back to the default, field by field.
 */
export function parsePrefs(raw: unknown): UserPrefs {
  const stored = isRecord(raw) ? raw : {};
  const sections = isRecord(stored.sections) ? stored.sections : {};
  return {
    highlights: parseHighlightSetting(stored.highlights),
    copyFormat: stored.copyFormat === 'markdown' ? 'markdown' : 'text',
    sections: Object.fromEntries(
      SECTIONS.map((name) => [name, typeof sections[name] === 'boolean' ? sections[name] : DEFAULT_PREFS.sections[name]]),
    ) as Record<SectionName, boolean>,
  };
}

function parseHighlightSetting(value: unknown): HighlightSetting {
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_FIXED_HIGHLIGHTS && value <= MAX_FIXED_HIGHLIGHTS) {
    return value;
  }
  return 'auto';
}
