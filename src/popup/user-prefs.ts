import { COPY_FORMATS, type CopyFormat } from '../digest/format-copy.ts';
import { isRecord } from '../is-record.ts';

/** The sections of the card a reader can hide on the options page (the header always shows). */
export const SECTIONS = ['highlights', 'publisher', 'actors', 'timeline', 'quotes'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** 'auto' follows the story's length (highlightCount); a number is fixed. */
export type HighlightSetting = 'auto' | number;
export const MIN_FIXED_HIGHLIGHTS = 1;
export const MAX_FIXED_HIGHLIGHTS = 7;

/** The on-device gist: never asked for, or shown when the browser's model is already there. */
export type GistSetting = 'off' | 'auto';
export const GIST_SETTINGS: readonly GistSetting[] = ['off', 'auto'];
/** The reader's answer to the offer to download the browser's model: nothing downloads before 'accepted'. */
export type ModelDownloadChoice = 'ask' | 'accepted' | 'declined';
const DOWNLOAD_CHOICES: readonly ModelDownloadChoice[] = ['ask', 'accepted', 'declined'];

/** What the options page stores in storage.sync. */
export interface UserPrefs {
  highlights: HighlightSetting;
  copyFormat: CopyFormat;
  sections: Record<SectionName, boolean>;
  gist: GistSetting;
  modelDownload: ModelDownloadChoice;
  /**
   * The side panel re-summarizes the active tab as the reader switches and navigates. Set
   * only once the browser granted the optional host permission it needs; the panel still
   * reads a tab only where that permission holds.
   */
  followTab: boolean;
}

export const DEFAULT_PREFS: UserPrefs = {
  highlights: 'auto',
  copyFormat: 'text',
  sections: { highlights: true, publisher: true, actors: true, timeline: true, quotes: true },
  gist: 'auto',
  modelDownload: 'ask',
  followTab: false,
};

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * Reads stored prefs defensively: storage.sync is shared across a reader's devices and
 * versions, so anything missing or malformed falls back to the default, field by field.
 */
export function parsePrefs(raw: unknown): UserPrefs {
  const stored = isRecord(raw) ? raw : {};
  const sections = isRecord(stored.sections) ? stored.sections : {};
  return {
    highlights: parseHighlightSetting(stored.highlights),
    copyFormat: oneOf(stored.copyFormat, COPY_FORMATS, DEFAULT_PREFS.copyFormat),
    sections: Object.fromEntries(
      SECTIONS.map((name) => [name, typeof sections[name] === 'boolean' ? sections[name] : DEFAULT_PREFS.sections[name]]),
    ) as Record<SectionName, boolean>,
    gist: oneOf(stored.gist, GIST_SETTINGS, DEFAULT_PREFS.gist),
    modelDownload: oneOf(stored.modelDownload, DOWNLOAD_CHOICES, DEFAULT_PREFS.modelDownload),
    followTab: stored.followTab === true,
  };
}

function parseHighlightSetting(value: unknown): HighlightSetting {
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_FIXED_HIGHLIGHTS && value <= MAX_FIXED_HIGHLIGHTS) {
    return value;
  }
  return 'auto';
}
