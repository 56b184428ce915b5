// One pipeline: the digest the popup stores for a page is the digest `npm run summarize --
// --json` prints for the same page, field for field. Pages are served with their own
// scripts blocked (?scripts=off), so the browser's document is the HTML the CLI reads.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { TabDigest } from '../../src/protocol.ts';
import type { Digest } from '../../src/types.ts';
import { browserAvailable, openStory, projectRoot, sharedRoot, tabIdOf, useBrowserSession } from './harness.ts';

/**
 * Served path → file: the seed story, an English and a German page of the corpus (both
 * long enough to get more highlights than the old CLI default of 3), and a page whose only
 * date is page state in an inline script (the CLI used to strip it).
 */
const PAGES: Record<string, string> = {
  '/seed/story-only.html': join(sharedRoot, 'fixtures/seed/story-only.html'),
  '/corpus/web-pages/84530cfc4630e1b0.html': join(sharedRoot, 'corpus/web-pages/84530cfc4630e1b0.html'),
  '/corpus/web-pages/f82c4835f6ae7dcb.html': join(sharedRoot, 'corpus/web-pages/f82c4835f6ae7dcb.html'),
  '/corpus/web-pages/80fab07602d75417.html': join(sharedRoot, 'corpus/web-pages/80fab07602d75417.html'),
};

const STORED_TIMEOUT_MS = 15_000;
const POLL_MS = 100;

interface ChromeSessionGlobal {
  chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
}

/** The digest the worker stored for the tab, once it has (a page that is not a story shows a message, but is digested too). */
async function storedDigest(worker: Worker, tabId: number): Promise<Digest> {
  const readStored = (id: number): Promise<unknown> =>
    worker.evaluate(async (key) => {
      const { chrome } = globalThis as unknown as ChromeSessionGlobal;
      return (await chrome.storage.session.get(key))[key] ?? null;
    }, `digest:${id}`);
  const until = Date.now() + STORED_TIMEOUT_MS;
  while (Date.now() < until) {
    const stored = (await readStored(tabId)) as TabDigest | null;
    if (stored) return stored.digest;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  throw new Error(`no digest stored for tab ${tabId} within ${STORED_TIMEOUT_MS} ms`);
}

function cliDigest(file: string, url: string): Digest {
  const json = execFileSync('npm', ['run', '--silent', 'summarize', '--', '--json', '--url', url, file], { cwd: projectRoot, encoding: 'utf8' });
  return JSON.parse(json) as Digest;
}

describe.runIf(browserAvailable())('the CLI and the popup build the same digest, in Chromium', () => {
  const env = useBrowserSession();

  test.each(Object.entries(PAGES))('%s', async (path, file) => {
    const url = `${env.server.origin}${path}?scripts=off`;
    await openStory(env.session, url);
    const popupDigest = await storedDigest(env.session.worker, await tabIdOf(env.session.worker, url));
    const digest = cliDigest(file, url);
    // Field by field, so a difference names its field.
    expect(Object.keys(digest).sort()).toEqual(Object.keys(popupDigest).sort());
    for (const field of Object.keys(digest) as Array<keyof Digest>) expect([field, digest[field]]).toEqual([field, popupDigest[field]]);
    expect(digest.title).toBeTruthy();
    expect(digest.published).toBeTruthy();
  });
});
