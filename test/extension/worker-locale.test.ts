// The worker's digest with a locale Intl refuses: the summary's dates are formatted in a safe
// locale instead of failing the worker's part of the card.
import { expect, test, vi } from 'vitest';
import { articleFromText } from '../../src/digest/build-digest.ts';
import type { DigestArticleRequest } from '../../src/protocol.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-session-storage.ts')).fakeSessionBrowser }));
const { digestArticle } = await import('../../extension/digest-article.ts');

const article = articleFromText('The harbor board met on 2 March 2026. Its chair, Lena Voss, said the fares would rise.', 'https://news.example/fares');

test('a request whose locale Intl refuses still gets its digest', async () => {
  const request: DigestArticleRequest = { type: 'digest-article', tabId: 5, article, highlights: 'auto', locale: 'en_US', now: '2026-03-04T09:00:00Z', cache: false };
  const reply = await digestArticle(request);
  expect(reply).toMatchObject({ ok: true });
  if (reply.ok) expect(reply.entry.digest.summary).toContain('Lena Voss');
});
