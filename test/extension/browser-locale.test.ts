// The card's and the options page's locale: the browser's languages in order, then its UI's,
// the first one Intl accepts.
import { afterEach, expect, test, vi } from 'vitest';

const ui = vi.hoisted(() => ({ language: 'de' }));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getUILanguage: () => ui.language } } }));
const { browserLocale } = await import('../../extension/browser-locale.ts');

afterEach(() => vi.unstubAllGlobals());

test.each([
  [{ language: 'fr-CA', languages: ['fr-CA', 'en'] }, 'de', 'fr-CA'],
  [{ language: 'en_US', languages: ['en_US', 'en-GB'] }, 'de', 'en-GB'],
  [{ language: '', languages: [] }, 'de', 'de'],
  [{ language: 'en_US', languages: ['en_US'] }, 'pt_BR', 'en-US'],
])('navigator %j, UI %s → %s', (navigatorLike, uiLanguage, expected) => {
  vi.stubGlobal('navigator', navigatorLike);
  ui.language = uiLanguage;
  expect(browserLocale()).toBe(expected);
});
