import browser from 'webextension-polyfill';
import { readerLocale } from '../src/popup/reader-locale.ts';

/**
 * The reader's locale for dates and numbers: the browser's language, else its other languages,
 * else its UI's, the first one Intl accepts (see readerLocale); a tag Intl refuses would
 * make every date and number on the card throw.
 */
export function browserLocale(): string {
  return readerLocale([navigator.language, ...(navigator.languages ?? []), browser.i18n.getUILanguage()]);
}
