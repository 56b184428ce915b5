import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

/** The popup as tests read it: through its stable data-testid hooks. */
export class PopupPage {
  constructor(readonly page: Page) {}

  private get = (testId: string): Locator => this.page.locator(`[data-testid="${testId}"]`);

  /** The whole digest: the story part, then the worker's actors, timeline and quotes. */
  async waitForDigest(): Promise<void> {
    await this.get('title').waitFor({ timeout: 15_000 });
    await this.get('engines-pending').waitFor({ state: 'detached', timeout: 15_000 });
  }

  async waitForMessage(): Promise<string> {
    await this.get('message').waitFor({ timeout: 15_000 });
    return (await this.get('message').textContent()) ?? '';
  }

  title = async (): Promise<string> => (await this.get('title').textContent()) ?? '';
  highlights = (): Promise<string[]> => this.get('highlight').allTextContents();
  publisherHighlights = (): Promise<string[]> => this.get('publisher-highlight').allTextContents();
  timelineDates = async (): Promise<string[]> =>
    this.get('timeline-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-date') ?? ''));
  published = (): Promise<string | null> => this.get('published').getAttribute('data-iso');
  updated = (): Promise<string | null> => this.get('updated').getAttribute('data-iso');
  publishedText = async (): Promise<string> => (await this.get('published').textContent()) ?? '';

  async actors(): Promise<Array<{ name: string; kind: string }>> {
    return this.get('actor').evaluateAll((chips) =>
      chips.map((chip) => ({
        name: chip.querySelector('.chip__name')?.textContent ?? '',
        kind: chip.getAttribute('data-kind') ?? '',
      })),
    );
  }

  /**
   * The whole card in one picture. A full-page capture would paint the sticky copy bar over
   * the middle of a long card; a viewport as tall as the card keeps it at the bottom, where
   * the reader sees it.
   */
  async screenshotWhole(path: string): Promise<void> {
    const viewport = this.page.viewportSize() ?? { width: 400, height: 600 };
    const height = await this.page.evaluate(() => document.documentElement.scrollHeight);
    await this.page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
    await this.page.screenshot({ path });
    await this.page.setViewportSize(viewport);
  }

  /** Who said what, as shown: [speaker, quoted words]. */
  quotes = (): Promise<Array<[string, string]>> =>
    this.get('quote').evaluateAll((items) =>
      items.map((item): [string, string] => [item.querySelector('.quote__speaker')?.textContent ?? '', item.querySelector('.quote__text')?.textContent ?? '']),
    );

  async copy(): Promise<string> {
    await this.get('copy').click();
    await this.page.waitForFunction(() => document.querySelector('[data-testid="copy"]')?.textContent !== 'Copy summary');
    return (await this.get('copy').textContent()) ?? '';
  }

  summarizeAnyway = (): Promise<void> => this.get('summarize-anyway').click();
}

/** What a popup shows, read without Playwright's locators (Firefox over BiDi, Chromium's real toolbar popup). */
export interface ShownDigest {
  title: string | null;
  message: string | null;
  published: string | null;
  updated: string | null;
  highlights: string[];
  actors: string[];
}

/**
 * An expression that reads a popup's document (named by `document`) once the worker's part
 * is in or a message shows: a ShownDigest, or null while the popup is still working.
 */
export function readShownDigest(document: string): string {
  return `(() => {
    const all = (testId) => [...${document}.querySelectorAll('[data-testid="' + testId + '"]')];
    const message = all('message')[0]?.textContent ?? null;
    if (message === null && (all('title').length === 0 || all('engines-pending').length > 0)) return null;
    return {
      title: all('title')[0]?.textContent ?? null,
      message,
      published: all('published')[0]?.getAttribute('data-iso') ?? null,
      updated: all('updated')[0]?.getAttribute('data-iso') ?? null,
      highlights: all('highlight').map((item) => item.textContent),
      actors: all('actor').map((chip) => chip.querySelector('.chip__name')?.textContent ?? ''),
    };
  })()`;
}

/** What the keyboard sees: the focused element's test id (or tag) and whether a focus ring is drawn. */
export interface FocusedControl {
  testId: string | null;
  tag: string;
  text: string;
  ring: boolean;
}

export async function focusedControl(page: Page): Promise<FocusedControl | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      testId: element.getAttribute('data-testid'),
      tag: element.tagName.toLowerCase(),
      text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

// axe-core, run inside a page of the extension (evaluate() is not bound by the page's CSP).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** WCAG 2.x A and AA rules plus axe's best practices; returns the violations, most severe first. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    interface AxeResult { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  const order = ['critical', 'serious', 'moderate', 'minor'];
  return violations.sort((a, b) => order.indexOf(a.impact ?? 'minor') - order.indexOf(b.impact ?? 'minor'));
}
