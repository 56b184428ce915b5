// The popup on stories in German and French (invented pages in test/e2e/pages/): the worker
// loads the story's language chunk and the Key actors box shows real actors only, never the
// common words that German capitalizes or that open a sentence.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, openStory, projectRoot, tabIdOf, useBrowserSession } from './harness.ts';
import { PopupPage } from './popup-page.ts';

interface LanguageStory {
  file: string;
  actors: Array<{ name: string; kind: string }>;
  /** Other real actors of the story, which the box may or may not show. */
  others: string[];
  /** Capitalized words of the story that are not names. */
  commonWords: string[];
  /** Who said what: each quote the story credits, [speaker, quoted words]. */
  quotes: Array<[string, string]>;
}

const STORIES: LanguageStory[] = [
  {
    file: 'german-story.html',
    actors: [
      { name: 'Kiel', kind: 'place' },
      { name: 'Henrike Vossberg', kind: 'person' },
      { name: 'Strandwerk', kind: 'organization' },
      { name: 'Jonas Arvidsen', kind: 'person' },
      { name: 'Syrien', kind: 'place' },
      { name: 'Libanon', kind: 'place' },
      { name: 'Deutsche Bahn', kind: 'organization' },
    ],
    // Named in the story too, and real: shown or not, they are no error.
    others: ['Europäische Investitionsbank', 'Schleswig-Holstein'],
    commonWords: ['Und', 'Zeit', 'Banken', 'Oktober', 'Montag', 'Mitte', 'Uhr', 'Tag', 'Stadt', 'Brücke', 'Arbeiter', 'Pendler', 'Region', 'Es'],
    quotes: [
      ['Henrike Vossberg', 'Tag, auf den die Stadt lange gewartet hat'],
      ['Jonas Arvidsen', 'Wir haben jeden Tag gegen die Uhr gearbeitet'],
      ['Jonas Arvidsen', 'Die Arbeiter seien oft bis in die Nacht auf der Baustelle geblieben'],
    ],
  },
  {
    file: 'french-story.html',
    actors: [
      { name: 'Nantes', kind: 'place' },
      { name: 'Sophie Marchetti', kind: 'person' },
      { name: 'Batival', kind: 'organization' },
      { name: 'Espagne', kind: 'place' },
      { name: 'Julien Roussel', kind: 'person' },
      { name: 'Conseil départemental', kind: 'organization' },
      // "la Banque européenne d’investissement": the name as far as its head's adjective.
      { name: 'Banque européenne', kind: 'organization' },
    ],
    others: ['Loire-Atlantique'],
    commonWords: ['Le', 'La', 'Les', 'Selon', 'Pour', 'Nous', 'Juin', 'Mars'],
    // "…, a déclaré le directeur du chantier, Julien Roussel": the person in apposition speaks.
    quotes: [['Julien Roussel', 'Nous avons travaillé jour et nuit']],
  },
];

interface ChromeSessionGlobal {
  chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
}

describe.runIf(browserAvailable())('the popup on stories in other languages, in Chromium', () => {
  const env = useBrowserSession();

  // First in the suite: the worker loads the German chunk for this story, and stores the
  // digest only after that, well after the popup showed the story part and was closed.
  test('a popup reopened once the first German digest is stored shows it without reading the page', async () => {
    const url = `${env.server.origin}/pages/german-story.html`;
    await (await env.session.context.newPage()).goto(url);
    const tabId = await tabIdOf(env.session.worker, url);
    const popupFor = async (): Promise<Page> => {
      const popup = await env.session.context.newPage();
      await popup.goto(`chrome-extension://${env.session.extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
      return popup;
    };
    // Closed as soon as the story part shows: the worker's answer, and its write, come later.
    const first = await popupFor();
    await first.locator('[data-testid="title"]').waitFor({ timeout: 15_000 });
    await first.close();
    const stored = (): Promise<boolean> =>
      env.session.worker.evaluate(
        async (key) => key in (await (globalThis as unknown as ChromeSessionGlobal).chrome.storage.session.get(key)),
        `digest:${tabId}`,
      );
    await expect.poll(stored, { timeout: 15_000, interval: 20 }).toBe(true);
    const again = await popupFor();
    await new PopupPage(again).waitForDigest();
    // Only a popup that read the page itself marks the story part it built.
    expect(await again.evaluate(() => performance.getEntriesByName('story-shown').length)).toBe(0);
  });

  test.each(STORIES)('$file: real actors only, and who said what', async ({ file, actors, others, commonWords, quotes }) => {
    const { popup: popupTab } = await openStory(env.session, `${env.server.origin}/pages/${file}`);
    const popup = new PopupPage(popupTab);
    await popup.waitForDigest();
    const shown = await popup.actors();
    for (const actor of actors) expect(shown).toContainEqual(actor);
    const names = shown.map((actor) => actor.name);
    for (const word of commonWords) expect(names).not.toContain(word);
    // Every chip is one of the story's actors: none is a common word, a byline or a fragment.
    const real = [...actors.map((actor) => actor.name), ...others];
    expect(names.filter((name) => !real.some((actual) => name.startsWith(actual)))).toEqual([]);
    expect(await popup.quotes()).toEqual(quotes);
    await popup.screenshotWhole(join(projectRoot, 'test-results', `popup-${file.replace('.html', '')}.png`));
  });
});
