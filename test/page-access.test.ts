import { expect, test } from 'vitest';
import { pageAccess } from '../src/page-access.ts';

test.each([
  ['https://www.example.com/news/story', 'ok'],
  ['http://127.0.0.1:8080/seed/story-only.html', 'ok'],
  [undefined, 'ok'],
  ['chrome://extensions', 'restricted'],
  ['about:addons', 'restricted'],
  ['edge://settings', 'restricted'],
  ['view-source:https://example.com', 'restricted'],
  ['chrome-extension://abcdef/popup.html', 'restricted'],
  ['https://chromewebstore.google.com/detail/x', 'restricted'],
  ['https://addons.mozilla.org/en-US/firefox/', 'restricted'],
  ['https://example.com/report.pdf', 'pdf'],
  ['https://example.com/report.PDF?download=1', 'pdf'],
] as const)('%s → %s', (url, expected) => {
  expect(pageAccess(url)).toBe(expected);
});
