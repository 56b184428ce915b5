import type { Locator, Page } from 'playwright-core';

/** The popup as tests read it: through its stable data-testid hooks. */
export class PopupPage {
  constructor(readonly page: Page) {}

  private get = (testId: string): Locator => this.page.locator(`[data-testid="${testId}"]`);

  async waitForDigest(): Promise<void> {
    await this.get('title').waitFor({ timeout: 15_000 });
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

  async copy(): Promise<string> {
    await this.get('copy').click();
    await this.page.waitForFunction(() => document.querySelector('[data-testid="copy"]')?.textContent !== 'Copy summary');
    return (await this.get('copy').textContent()) ?? '';
  }

  summarizeAnyway = (): Promise<void> => this.get('summarize-anyway').click();
}
