// "Summarize the selected text" in the page's menu: the card for that text alone, with the
// page's title and address as its source. The menu click is dispatched in the worker as the
// browser dispatches it (Playwright cannot open a context menu); the toolbar popup it opens is
// read through chrome.extension.getViews.
import { describe, expect, test } from 'vitest';
import { browserAvailable, tabIdOf, useBrowserSession } from './harness.ts';
import { readShownDigest, type ShownDigest } from './popup-page.ts';

interface MenuGlobal {
  chrome: {
    tabs: { get(tabId: number): Promise<object> };
    contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
    storage: { session: { clear(): Promise<void> } };
  };
}

interface ShownSelection {
  digest: ShownDigest;
  note: string | null;
  quotes: string[];
}

describe.runIf(browserAvailable())('a selection\'s card, in Chromium', () => {
  const env = useBrowserSession();

  test('the menu entry on a selected paragraph gives that paragraph\'s card, with the page as its source', async () => {
    const url = `${env.server.origin}/seed/story-only.html`;
    const page = await env.session.context.newPage();
    await page.goto(url);
    const paragraph = await page.evaluate(() => {
      const chosen = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('Wang Lei'));
      if (!chosen) return '';
      const range = document.createRange();
      range.selectNodeContents(chosen);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return window.getSelection()?.toString() ?? '';
    });
    expect(paragraph).toMatch(/^The acknowledgment came at a time/);
    const tabId = await tabIdOf(env.session.worker, url);

    const viewer = await env.session.context.newPage();
    await viewer.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    await viewer.evaluate(() => (globalThis as unknown as MenuGlobal).chrome.storage.session.clear());
    await page.bringToFront();
    await env.session.worker.evaluate(
      async ([id, pageUrl, text]) => {
        const { chrome } = globalThis as unknown as MenuGlobal;
        const tab = await chrome.tabs.get(id as number);
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'summarize-selection', selectionText: text, pageUrl, editable: false }, tab);
      },
      [tabId, url, paragraph] as const,
    );

    const shown = (): Promise<ShownSelection | null> =>
      viewer.evaluate(`(() => {
        const [view] = chrome.extension.getViews({ type: 'popup' });
        const digest = view ? ${readShownDigest('view.document')} : null;
        return digest && {
          digest,
          note: view.document.querySelector('[data-testid="selection-note"]')?.textContent ?? null,
          quotes: [...view.document.querySelectorAll('[data-testid="quote"]')].map((quote) => quote.textContent),
        };
      })()`);
    await expect.poll(shown, { timeout: 15_000 }).not.toBeNull();
    const card = await shown();
    expect(card?.note).toBe('Summary of the text you selected');
    expect(card?.digest.message).toBeNull();
    // The page's title as the source; the text is the selection's alone.
    expect(card?.digest.title).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure | Newsroom');
    expect(card?.digest.highlights.length).toBeGreaterThan(0);
    const flat = paragraph.replace(/\s+/g, ' ');
    for (const highlight of card?.digest.highlights ?? []) expect(flat).toContain(highlight.trim());
    expect(card?.digest.actors).toEqual(expect.arrayContaining(['Wang Lei', 'Taiwan']));
    // Actors named only in other paragraphs are not this card's.
    expect(card?.digest.actors).not.toContain('FBI');
    expect(card?.digest.actors).not.toContain('Wall Street Journal');
    await viewer.evaluate(`chrome.extension.getViews({ type: 'popup' })[0]?.close()`);

    // The selection was the popup's once: the toolbar popup after it is the whole story's again.
    await page.bringToFront();
    await env.session.worker.evaluate(`chrome.action.openPopup()`);
    const again = (): Promise<ShownSelection | null> => shown();
    await expect.poll(async () => (await again())?.digest.highlights.length ?? 0, { timeout: 15_000 }).toBe(3);
    expect((await again())?.note).toBeNull();
    expect((await again())?.digest.actors).toContain('FBI');
    await viewer.evaluate(`chrome.extension.getViews({ type: 'popup' })[0]?.close()`);
    await viewer.close();
  });

  test('the menu entry exists for selected text', async () => {
    const exists = await env.session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { contextMenus: { update(id: string, props: object): Promise<void> } } };
      return Promise.all(['summarize-selection', 'open-side-panel'].map((id) => chrome.contextMenus.update(id, {}).then(() => true, () => false)));
    });
    expect(exists).toEqual([true, true]);
  });

  test('the extension makes no network request of its own', () => {
    expect(env.session.foreignRequests).toEqual([]);
    expect(env.session.extensionRequests).toEqual([]);
  });
});
