// "Markdown for notes", chosen on the options page: Copy puts a note on the clipboard whose
// front matter parses back to the story's facts, and whose highlights link to their passages.
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { browserAvailable, openStoryToCopy, useBrowserSession } from './harness.ts';
import { PopupPage } from './popup-page.ts';

interface SyncStorageGlobal {
  chrome: { storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> } } };
}

describe.runIf(browserAvailable())('copy for notes, in Chromium', () => {
  const env = useBrowserSession();

  test('the notes format, chosen in the options, copies YAML front matter and linked highlights', async () => {
    const url = `${env.server.origin}/seed/story-only.html`;
    await env.session.worker.evaluate(() =>
      (globalThis as unknown as SyncStorageGlobal).chrome.storage.sync.set({ prefs: { copyFormat: 'notes' } }),
    );
    try {
      const { page, popup: popupTab } = await openStoryToCopy(env.session, url);
      expect(await popupTab.locator('[data-testid="copy"]').getAttribute('data-format')).toBe('notes');
      expect(await popupTab.locator('[data-testid="copy-alt"]').textContent()).toBe('Copy as text');
      expect(await new PopupPage(popupTab).copy()).toBe('Copied');
      await page.bringToFront();
      const note = await page.evaluate(() => navigator.clipboard.readText());

      const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(note)?.[1] ?? '';
      const properties = load(frontMatter) as Record<string, unknown>;
      expect(properties).toMatchObject({
        title: 'Chinese officials admit to orchestrating cyberattacks on US infrastructure',
        source: 'Newsroom',
        url,
        published: '2025-04-10T19:42:00-04:00',
        updated: '2025-04-14T00:00:00-04:00',
      });
      expect(properties.tags).toEqual(expect.arrayContaining(['Wang-Lei', 'China']));
      const linked = note.split('\n').filter((line) => line.startsWith('- ') && line.includes(`](${url}#:~:text=`));
      expect(linked).toHaveLength(3);
      expect(note).toContain('\n## Key actors\n');
      expect(note).toContain('\n## Timeline\n');
    } finally {
      await env.session.worker.evaluate(() => (globalThis as unknown as SyncStorageGlobal).chrome.storage.sync.clear());
    }
  });
});
