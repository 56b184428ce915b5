import type { Digest, StoryDigest, TextSpan } from '../types.ts';
import type { MessageKey } from './i18n.ts';
import type { UserPrefs } from './user-prefs.ts';

/**
 * Everything the popup (and the side panel) can show; the glue moves between these states.
 * A story digest (headline, timestamps, highlights) shows while the worker's engines finish
 * the rest. `offerTab`: the side panel offers to summarize the tab the reader is on now.
 * `selection`: the card is for the text the reader selected, not the whole page.
 * `enginesFailed`: why the worker gave no actors, timeline and quotes; the story part stays.
 */
export type PopupState =
  | { status: 'loading'; note: MessageKey }
  | { status: 'message'; message: MessageKey; detail?: string; anyway?: Digest | StoryDigest; offerTab?: boolean; enginesFailed?: WorkerTrouble }
  | { status: 'ready'; digest: Digest | StoryDigest; selection?: boolean; enginesFailed?: WorkerTrouble };

/**
 * Why the worker's part is missing: it has not answered within `seconds` (its answer may still
 * come), or it failed. `detail` is the error as the browser or the worker gave it, in English:
 * the card says what happened in the reader's language and shows it only as a secondary detail.
 */
export type WorkerTrouble = { kind: 'late'; seconds: number } | { kind: 'failed'; detail: string };

/** True once the language engines' part (actors, quotes, timeline, summary) is in. */
export function isFullDigest(digest: Digest | StoryDigest): digest is Digest {
  return 'summary' in digest;
}

/** What the popup asks of the browser; the glue provides it. */
export interface PopupActions {
  copy(text: string): Promise<void>;
  /** Scrolls the page to these spans of the digest's text and marks them briefly. */
  showInPage(spans: TextSpan[]): void;
  openOptions(): void;
  /**
   * The popup's: opens the side panel, which keeps the card while the reader scrolls. Rejects
   * with why the panel did not open; the card stays and says so.
   */
  openSidePanel?(): Promise<void>;
  /** The side panel's: summarizes the tab the reader switched or navigated to. */
  summarizeTab?(): void;
}

export interface PopupSettings {
  /** The reader's locale, for dates and numbers. */
  locale: string;
  now: Date;
  prefs: UserPrefs;
}
