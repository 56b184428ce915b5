import browser from 'webextension-polyfill';
import type { PagePassage } from '../src/popup/page-passage.ts';

/** Longest passage searched for: long enough to be unique, short enough to stay in one block. */
const SEARCH_CHARS = 80;

/**
 * Scrolls the page to a passage and selects it: a mark that changes no DOM. With a lead,
 * the lead and passage are found together, then only the passage is selected, so the
 * third "Wang Lei" is selected and not the first.
 */
export async function showInPage(tabId: number, { lead, passage }: PagePassage): Promise<void> {
  const needle = passage.length > SEARCH_CHARS ? passage.slice(0, passage.lastIndexOf(' ', SEARCH_CHARS)) : passage;
  await browser.scripting.executeScript({
    target: { tabId },
    args: [lead, needle],
    func: (before: string, text: string) => {
      const selection = window.getSelection();
      selection?.removeAllRanges();
      // window.find is non-standard but in every engine, and it searches rendered text across elements.
      const find = (window as unknown as { find?: (s: string, caseSensitive: boolean, backwards: boolean, wrap: boolean) => boolean }).find;
      const search = (s: string, backwards = false): boolean => find?.call(window, s, false, backwards, !backwards) ?? false;
      let found = before !== '' && search(before + text);
      if (found) {
        // Keep the passage only: from the end of the match, search back for it.
        selection?.collapseToEnd();
        found = search(text, true);
      }
      if (!found) {
        selection?.removeAllRanges();
        found = search(text);
      }
      if (found) selection?.getRangeAt(0).startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
  });
}
