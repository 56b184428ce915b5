// The typed contracts between the extension's parts: the script injected on click
// answers the popup; the popup asks the worker to digest what it read.
import { isRecord } from './is-record.ts';
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

/** Popup → worker, as the popup opens: start the language engines while the page is read. */
export interface PrepareRequest {
  type: 'prepare';
  /** The popup's clock (ISO), for the engines' warm-up run. */
  now: string;
}

/** Popup → worker: the page as the popup read it, to digest with these settings and keep for the tab. */
export interface DigestArticleRequest {
  type: 'digest-article';
  tabId: number;
  article: ExtractedArticle;
  highlights: HighlightSetting;
  locale: string;
  /** The popup's clock (ISO): relative dates resolve against the moment the reader asked. */
  now: string;
  /** False for a selection's card: it is not the tab's page, so it must not answer for it later. */
  cache?: boolean;
}

export type DigestArticleReply = { ok: true; entry: TabDigest } | { ok: false; message: string };

/**
 * Why the popup could not read the page: the extractor's reasons, a page no extension may
 * script, or a page this extension has not been let into (the side panel, after a tab switch).
 */
export type PageReadFailure = ExtractFailure | 'restricted' | 'no-access';

/**
 * Worker → side panel: the reader asked for the panel on this tab (its shortcut, the page's
 * menu), which lets the extension read it: an open panel shows that tab.
 */
export interface ShowTabRequest {
  type: 'show-tab';
  tabId: number;
  windowId: number;
}

const isHighlightSetting = (value: unknown): value is HighlightSetting => value === 'auto' || Number.isInteger(value);
/**
 * The popup's clock as it sends it (ISO). One no Date can read builds a digest without a
 * word of complaint, every relative date resolved against nothing (an empty timeline).
 */
const isClock = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

export function isPrepareRequest(message: unknown): message is PrepareRequest {
  return isRecord(message) && message.type === 'prepare' && isClock(message.now);
}

export function isDigestArticleRequest(message: unknown): message is DigestArticleRequest {
  if (!isRecord(message) || message.type !== 'digest-article') return false;
  const { article } = message;
  return (
    Number.isInteger(message.tabId) &&
    isHighlightSetting(message.highlights) &&
    isClock(message.now) &&
    typeof message.locale === 'string' &&
    (message.cache === undefined || typeof message.cache === 'boolean') &&
    isRecord(article) &&
    typeof article.text === 'string' &&
    Array.isArray(article.dateCandidates) &&
    Array.isArray(article.publisherHighlights)
  );
}

export function isShowTabRequest(message: unknown): message is ShowTabRequest {
  return isRecord(message) && message.type === 'show-tab' && Number.isInteger(message.tabId) && Number.isInteger(message.windowId);
}
