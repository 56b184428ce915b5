import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/popup/App.tsx';
import type { PopupActions, PopupState } from '../../src/popup/popup-state.ts';
import type { Digest } from '../../src/types.ts';

const text = 'Wang Lei met officials in December. The talks ended.';
const digest: Digest = {
  url: 'https://news.example/story',
  title: 'A <b>title</b> with <img src=x onerror=alert(1)> markup',
  byline: 'By Jane Doe',
  siteName: 'Newsroom',
  lang: 'en',
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
  timeline: [{ date: '2024-12', phrase: 'in December', start: 23, end: 34 }],
  summary: 'A title\n',
};
const settings = { locale: 'en-US', now: new Date('2025-04-13T12:00:00Z') };

function mount(state: PopupState, actions: Partial<PopupActions> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<App state={state} actions={{ copy: vi.fn(async () => {}), showInPage: vi.fn(), ...actions }} settings={settings} />, root));
  return root;
}
const byTestId = (root: HTMLElement, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

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
    expect(root.textContent).toContain('By Jane Doe');
  });

  test('Copy says "Copied" once the clipboard took the summary', async () => {
    const copy = vi.fn(async () => {});
    const root = mount({ status: 'ready', digest }, { copy });
    await act(async () => byTestId(root, 'copy')[0]?.click());
    expect(copy).toHaveBeenCalledWith('A title\n');
    expect(byTestId(root, 'copy')[0]?.textContent).toBe('Copied');
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
    act(() => byTestId(root, 'summarize-anyway')[0]?.click());
    expect(byTestId(root, 'title')).toHaveLength(1);
  });

  test('a failure names its cause and offers nothing it cannot do', () => {
    const root = mount({ status: 'message', message: 'failed', detail: 'Cannot access the page' });
    expect(byTestId(root, 'message')[0]?.textContent).toBe("Couldn't read this page: Cannot access the page");
    expect(byTestId(root, 'summarize-anyway')).toHaveLength(0);
  });

  test('loading shows a skeleton with a status line', () => {
    const root = mount({ status: 'loading', note: 'loading' });
    expect(byTestId(root, 'loading')[0]?.textContent).toBe('Reading the story…');
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
  });
});
