import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PopupActions, PopupSettings, PopupState } from '../../src/popup/popup-state.ts';
import { DEFAULT_PREFS, type UserPrefs } from '../../src/popup/user-prefs.ts';
import type { Digest } from '../../src/types.ts';
import { byTestId, mountApp } from './mount-app.tsx';
import { formatSummary } from '../../src/digest/format-summary.ts';

const text = 'Wang Lei met officials in December. The talks ended.';
const digest: Digest = {
  url: 'https://news.example/story',
  title: 'A <b>title</b> with <img src=x onerror=alert(1)> markup',
  byline: 'By Jane Doe',
  siteName: 'Newsroom',
  lang: 'en',
  language: 'en',
  dir: 'ltr',
  published: '2025-04-10T19:42:00-04:00',
  updated: '2025-04-14T00:00:00-04:00',
  wordCount: 9,
  readingMinutes: 1,
  text,
  highlights: [{ text: 'Wang Lei met officials in December.', start: 0, end: 35 }],
  publisherHighlights: ['From the page itself.'],
  actors: [{ name: 'Wang Lei', kind: 'person', role: 'cyber official', mentions: [{ start: 0, end: 8 }] }],
  quotes: [],
  timeline: [{ date: '2024-12', phrase: 'in December', start: 23, end: 34, sentence: { start: 0, end: 35 } }],
  summary: 'A title\n',
};
const settings: PopupSettings = { locale: 'en-US', now: new Date('2025-04-13T12:00:00Z'), prefs: DEFAULT_PREFS };

function mount(state: PopupState, actions: Partial<PopupActions> = {}, prefs: Partial<UserPrefs> = {}, locale = 'en-US'): HTMLElement {
  return mountApp(state, settings, { actions, prefs, locale });
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('popup App', () => {
  test('shows every part of a digest, page text as text', () => {
    const root = mount({ status: 'ready', digest });
    expect(byTestId(root, 'title')[0]?.textContent).toBe(digest.title);
    expect(root.querySelector('img, b')).toBeNull();
    expect(byTestId(root, 'published')[0]?.textContent).toContain('Apr 10, 2025');
    expect(byTestId(root, 'updated')[0]?.textContent).toContain('4 days later');
    expect(byTestId(root, 'highlight').map((el) => el.textContent)).toEqual(['Wang Lei met officials in December.']);
    expect(byTestId(root, 'publisher-highlight').map((el) => el.textContent)).toEqual(['From the page itself.']);
    expect(byTestId(root, 'actor')[0]?.dataset.kind).toBe('person');
    expect(byTestId(root, 'timeline-item')[0]?.textContent).toContain('December 2024');
    expect(byTestId(root, 'timeline-item')[0]?.querySelector('.timeline__sentence')?.textContent).toBe('Wang Lei met officials in December.');
    expect(root.textContent).toContain('By Jane Doe');
  });

  test('Copy puts the plain-text summary on the clipboard by default and says "Copied"', async () => {
    const copy = vi.fn(async (_text: string) => {});
    const root = mount({ status: 'ready', digest }, { copy });
    await act(async () => byTestId(root, 'copy')[0]?.click());
    expect(copy).toHaveBeenCalledWith(formatSummary(digest, { format: 'text', locale: 'en-US' }));
    expect(copy.mock.calls[0]?.[0]).toContain('Source: Newsroom · https://news.example/story');
    expect(byTestId(root, 'copy')[0]?.textContent).toBe('Copied');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Copied');
  });

  test('the second button copies Markdown, with the title linked to the story', async () => {
    const copy = vi.fn(async (_text: string) => {});
    const root = mount({ status: 'ready', digest }, { copy });
    expect(byTestId(root, 'copy-alt')[0]?.textContent).toBe('Copy as Markdown');
    await act(async () => byTestId(root, 'copy-alt')[0]?.click());
    expect(copy.mock.calls[0]?.[0]).toMatch(/^## \[.*\]\(https:\/\/news\.example\/story\)\n/);
    expect(byTestId(root, 'copy-alt')[0]?.textContent).toBe('Copied');
    expect(byTestId(root, 'copy')[0]?.textContent).toBe('Copy summary');
  });

  test('with Markdown chosen on the options page, the main button copies Markdown', async () => {
    const copy = vi.fn(async (_text: string) => {});
    const root = mount({ status: 'ready', digest }, { copy }, { copyFormat: 'markdown' });
    await act(async () => byTestId(root, 'copy')[0]?.click());
    expect(copy).toHaveBeenCalledWith(formatSummary(digest, { format: 'markdown', locale: 'en-US' }));
    expect(byTestId(root, 'copy-alt')[0]?.textContent).toBe('Copy as text');
  });

  test('a refused clipboard says so', async () => {
    const root = mount({ status: 'ready', digest }, { copy: () => Promise.reject(new Error('denied')) });
    await act(async () => {
      byTestId(root, 'copy')[0]?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(byTestId(root, 'copy')[0]?.textContent).toBe('Copy failed');
  });

  test('a summary that cannot be written (a malformed digest, say from an old cache) says "Copy failed", not nothing', async () => {
    const malformed = { ...digest, actors: null } as unknown as Digest;
    const copy = vi.fn(async (_text: string) => {});
    const root = mount({ status: 'ready', digest: malformed }, { copy }, { sections: { ...DEFAULT_PREFS.sections, actors: false } });
    await act(async () => {
      byTestId(root, 'copy')[0]?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(copy).not.toHaveBeenCalled();
    expect(byTestId(root, 'copy')[0]?.textContent).toBe('Copy failed');
  });

  test('sections hidden on the options page are not rendered; the header and Copy stay', () => {
    const root = mount({ status: 'ready', digest }, {}, {
      sections: { highlights: false, publisher: false, actors: true, timeline: false, quotes: true },
    });
    expect(byTestId(root, 'highlight')).toHaveLength(0);
    expect(byTestId(root, 'publisher-highlight')).toHaveLength(0);
    expect(byTestId(root, 'timeline-item')).toHaveLength(0);
    expect(byTestId(root, 'actor')).toHaveLength(1);
    expect(byTestId(root, 'title')).toHaveLength(1);
    expect(byTestId(root, 'copy')).toHaveLength(1);
  });

  test('the options button asks the glue to open the options page', () => {
    const openOptions = vi.fn();
    const root = mount({ status: 'ready', digest }, { openOptions });
    act(() => byTestId(root, 'options')[0]?.click());
    expect(openOptions).toHaveBeenCalledOnce();
  });

  test('a right-to-left story flows right to left; page text carries the page language', () => {
    const arabic: Digest = { ...digest, lang: 'ar', dir: 'rtl', title: 'عنوان الخبر' };
    const root = mount({ status: 'ready', digest: arabic });
    expect(root.querySelector('.card')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('.popup__footer')?.closest('[dir]')).toBeNull();
    expect(byTestId(root, 'title')[0]?.getAttribute('lang')).toBe('ar');
    expect(byTestId(root, 'highlight')[0]?.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('#highlights-heading')?.hasAttribute('lang')).toBe(false);
  });

  test('numbers follow the reader locale', () => {
    const long: Digest = { ...digest, readingMinutes: 1200, actors: [{ ...digest.actors[0]!, mentions: Array(1500).fill({ start: 0, end: 8 }) }] };
    const root = mount({ status: 'ready', digest: long }, {}, {}, 'de-DE');
    expect(byTestId(root, 'reading-time')[0]?.textContent).toContain('1.200');
    expect(root.querySelector('.chip__count [aria-hidden]')?.textContent).toBe('1.500');
    expect(byTestId(root, 'actor')[0]?.textContent).toContain('1.500 Erwähnungen'.replace('Erwähnungen', 'mentions'));
  });

  test('clicking a highlight asks the page to show that sentence', () => {
    const showInPage = vi.fn();
    const root = mount({ status: 'ready', digest }, { showInPage });
    act(() => byTestId(root, 'highlight')[0]?.click());
    expect(showInPage).toHaveBeenCalledWith([digest.highlights[0]]);
  });

  test('a message with a digest offers "Summarize anyway"', () => {
    const root = mount({ status: 'message', message: 'notAStory', anyway: digest });
    expect(byTestId(root, 'message')[0]?.textContent).toBe("This page doesn't look like a news story.");
    expect(root.textContent).toContain('You can still try.');
    act(() => byTestId(root, 'summarize-anyway')[0]?.click());
    expect(byTestId(root, 'title')).toHaveLength(1);
    expect(document.activeElement).toBe(byTestId(root, 'title')[0]);
  });

  test('a failure says what happened, its technical cause only as a detail, and offers nothing it cannot do', () => {
    const root = mount({ status: 'message', message: 'failed', detail: 'Cannot access the page' });
    expect(byTestId(root, 'message')[0]?.textContent).toBe("Couldn't read this page.");
    expect(byTestId(root, 'error-detail')[0]?.textContent).toBe('Details: Cannot access the page');
    expect(byTestId(root, 'summarize-anyway')).toHaveLength(0);
  });

  test('the worker failing after the story part showed keeps the story part and says what is missing', () => {
    const { language: _language, actors: _actors, quotes: _quotes, timeline: _timeline, summary: _summary, ...story } = digest;
    const pending = mount({ status: 'ready', digest: story });
    expect(byTestId(pending, 'engines-pending')).toHaveLength(1);
    document.body.replaceChildren();
    const root = mount({ status: 'ready', digest: story, enginesFailed: { kind: 'failed', detail: 'no answer from the extension' } });
    expect(byTestId(root, 'highlight').map((item) => item.textContent)).toEqual(['Wang Lei met officials in December.']);
    expect(byTestId(root, 'engines-pending')).toHaveLength(0);
    expect(byTestId(root, 'engines-failed')[0]?.firstChild?.textContent).toBe("Couldn't find the key actors and dates.");
    expect(byTestId(root, 'error-detail')[0]?.textContent).toBe('Details: no answer from the extension');
    expect(byTestId(root, 'message')).toHaveLength(0);
    document.body.replaceChildren();
    const late = mount({ status: 'ready', digest: story, enginesFailed: { kind: 'late', seconds: 20 } });
    expect(byTestId(late, 'engines-failed')[0]?.textContent).toBe("The extension hasn't answered in 20 seconds: the key actors and dates will show when it does.");
    expect(byTestId(late, 'error-detail')).toHaveLength(0);
  });

  test('loading shows a skeleton with a status line', () => {
    const root = mount({ status: 'loading', note: 'loading' });
    expect(byTestId(root, 'loading')[0]?.textContent).toBe('Reading the story…');
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(byTestId(root, 'copy')).toHaveLength(0);
  });
});
