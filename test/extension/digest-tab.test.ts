// The worker's answer to the popup: a cached digest without touching the page; a tab with
// nothing stored is read at once, before the tab and options lookups have answered.
import { beforeEach, expect, test, vi } from 'vitest';
import { articleFromText } from '../../src/digest/build-digest.ts';
import type { DigestTabRequest, ExtractResult, TabDigest } from '../../src/protocol.ts';

const URL_A = 'https://news.example/a';
const store = vi.hoisted(() => new Map<string, unknown>());
const events = vi.hoisted(() => [] as string[]);
const tabLookup = vi.hoisted(() => ({ release: (): void => undefined }));
const browser = vi.hoisted(() => ({
  tabs: {
    get: (tabId: number) => new Promise((resolve) => {
      events.push('tabs.get asked');
      tabLookup.release = () => {
        events.push('tabs.get answered');
        resolve({ id: tabId, url: 'https://news.example/a' });
      };
    }),
  },
  scripting: {
    executeScript: async () => {
      events.push('page read');
      const article = { ...articleFromText('The council met on Monday. It voted to build a new bridge over the river.', 'https://news.example/a') };
      return [{ result: { ok: true, article } satisfies ExtractResult }];
    },
  },
  storage: {
    sync: { get: async () => ({}) },
    session: {
      get: async (key: string) => (store.has(key) ? { [key]: structuredClone(store.get(key)) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(items)) store.set(key, structuredClone(value));
      },
      remove: async () => undefined,
    },
  },
}));
vi.mock('webextension-polyfill', () => ({ default: browser }));
const { digestTab } = await import('../../extension/digest-tab.ts');

const request: DigestTabRequest = { type: 'digest-tab', tabId: 7, highlights: 'auto', locale: 'en-US', now: '2026-01-05T12:00:00Z' };
const stored = (url: string): TabDigest => ({ url, highlights: 'auto', readerable: true, digest: { title: 'stored' } as TabDigest['digest'] });

/** Runs digestTab, answering the tab lookup only once the microtasks before it have run. */
async function ask(): Promise<Awaited<ReturnType<typeof digestTab>>> {
  const reply = digestTab(request);
  await new Promise((resolve) => setTimeout(resolve, 20));
  tabLookup.release();
  return reply;
}

beforeEach(() => {
  store.clear();
  events.length = 0;
});

test('a tab with nothing stored is read before the tab lookup answers', async () => {
  const reply = await ask();
  expect(reply.ok && reply.entry.digest.highlights.length).toBeGreaterThan(0);
  expect(events.indexOf('page read')).toBeLessThan(events.indexOf('tabs.get answered'));
});

test('a digest stored for the tab\'s URL answers without reading the page', async () => {
  store.set('digest:7', stored(URL_A));
  const reply = await ask();
  expect(reply.ok && reply.entry.digest.title).toBe('stored');
  expect(events).not.toContain('page read');
});

test('a digest stored for another URL is not served: the page is read after the lookup', async () => {
  store.set('digest:7', stored('https://news.example/old'));
  const reply = await ask();
  expect(reply.ok && reply.entry.url).toBe(URL_A);
  expect(reply.ok && reply.entry.digest.title).not.toBe('stored');
  expect(events.indexOf('page read')).toBeGreaterThan(events.indexOf('tabs.get answered'));
});
