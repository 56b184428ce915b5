import type { Digest, TextSpan } from '../types.ts';
import type { MessageKey } from './i18n.ts';
import type { UserPrefs } from './user-prefs.ts';

/** Everything the popup can show; the glue moves between these states. */
export type PopupState =
  | { status: 'loading'; note: MessageKey }
  | { status: 'message'; message: MessageKey; detail?: string; anyway?: Digest }
  | { status: 'ready'; digest: Digest };

/** What the popup asks of the browser; the glue provides it. */
export interface PopupActions {
  copy(text: string): Promise<void>;
  /** Scrolls the page to these spans of the digest's text and marks them briefly. */
  showInPage(spans: TextSpan[]): void;
  openOptions(): void;
}

export interface PopupSettings {
  /** The reader's locale, for dates and numbers. */
  locale: string;
  now: Date;
  prefs: UserPrefs;
}
