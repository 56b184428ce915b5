import browser from 'webextension-polyfill';

/** Longest prefix searched for: long enough to be unique, short enough to stay in one block. */
const SEARCH_CHARS = 80;

/** Scrolls the page to a passage and selects it: a mark that changes no DOM. */
export async function showInPage(tabId: number, passage: string): Promise<void> {
  const needle = passage.length > SEARCH_CHARS ? passage.slice(0, passage.lastIndexOf(' ', SEARCH_CHARS)) : passage;
  await browser.scripting.executeScript({
    target: { tabId },
    args: [needle],
    func: (text: string) => {
      const selection = window.getSelection();
      selection?.removeAllRanges();
      // window.find is non-standard but in every engine, and it searches rendered text across elements.
      const find = (window as unknown as { find?: (s: string, caseSensitive: boolean, backwards: boolean, wrap: boolean) => boolean }).find;
      if (find?.call(window, text, false, false, true)) {
        selection?.getRangeAt(0).startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    },
  });
}
