// The typed contracts between the extension's parts: the script injected on click
// answers the worker; the popup asks the worker for a tab's digest.
import type { HighlightSetting } from './popup/user-prefs.ts';
import type { Digest, ExtractedArticle } from './types.ts';

/** The global the injected script defines in the extension's isolated world. */
export const EXTRACTOR_GLOBAL = '__storySummarizerExtract';

export type ExtractFailure = 'too-large' | 'no-article' | 'failed';

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: ExtractFailure; message: string };

/** A tab's digest as the worker builds it and the session cache keeps it. */
export interface TabDigest {
  url: string;
  /** The highlights setting the digest was built with: another setting needs another digest. */
  highlights: HighlightSetting;
  digest: Digest;
  readerable: boolean;
}

/** Popup → worker: read this tab and digest it with these settings. */
export interface DigestTabRequest {
  type: 'digest-tab';
  tabId: number;
  /** Absent when the popup asks before reading the options: the worker reads them. */
  highlights?: HighlightSetting;
  locale: string;
  /** The popup's clock (ISO): relative dates resolve against the moment the reader asked. */
  now: string;
}

export type DigestTabReply =
  | { ok: true; entry: TabDigest }
  | { ok: false; reason: ExtractFailure | 'restricted'; message: string };

export function isDigestTabRequest(message: unknown): message is DigestTabRequest {
  if (typeof message !== 'object' || message === null) return false;
  const request = message as Partial<DigestTabRequest>;
  return (
    request.type === 'digest-tab' &&
    Number.isInteger(request.tabId) &&
    (request.highlights === undefined || request.highlights === 'auto' || Number.isInteger(request.highlights)) &&
    typeof request.now === 'string' &&
    typeof request.locale === 'string'
  );
}
