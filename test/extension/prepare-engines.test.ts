// The worker's engines when they fail to start: a warm-up that throws is tried again by the
// next popup, and the digest request says why, for the card to show where the actors would be.
import { expect, test, vi } from 'vitest';
import { articleFromText } from '../../src/digest/build-digest.ts';
import type { DigestArticleRequest } from '../../src/protocol.ts';

const engines = vi.hoisted(() => ({ broken: true, warmUps: 0 }));
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-session-storage.ts')).fakeSessionBrowser }));
vi.mock('../../src/digest/build-digest.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/digest/build-digest.ts')>();
  const check = (): void => {
    if (engines.broken) throw new Error('the place names did not load');
  };
  return {
    ...real,
    warmUpEngines: (now: Date) => {
      engines.warmUps++;
      check();
      real.warmUpEngines(now);
    },
    buildDigestWithLanguage: async (...args: Parameters<typeof real.buildDigestWithLanguage>) => {
      check();
      return real.buildDigestWithLanguage(...args);
    },
  };
});
const { digestArticle, prepareEngines } = await import('../../extension/digest-article.ts');

const article = articleFromText('The harbor board met on Friday. Its chair, Lena Voss, said the fares would rise.', 'https://news.example/fares');
const request: DigestArticleRequest = { type: 'digest-article', tabId: 3, article, highlights: 'auto', locale: 'en-US', now: '2026-03-02T09:00:00Z' };
const now = new Date('2026-03-02T09:00:00Z');

test('a warm-up that throws leaves the engines cold: the next popup\'s request warms them, once', async () => {
  expect(prepareEngines(now)).toBe(false);
  // Meanwhile the reader's digest request says what went wrong, for the card to show.
  expect(await digestArticle(request)).toEqual({ ok: false, message: 'the place names did not load' });

  engines.broken = false;
  expect(prepareEngines(now)).toBe(true);
  expect(prepareEngines(now)).toBe(true);
  expect(engines.warmUps).toBe(2);
  expect((await digestArticle({ ...request, tabId: 4 })).ok).toBe(true);
  // Its write to the cache lands before the test ends.
  await new Promise((resolve) => setTimeout(resolve, 20));
});
