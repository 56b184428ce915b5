// The card's parts added for the side panel, the on-device gist and selections, rendered as
// the popup and the panel render them.
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { GistState } from '../../src/gist/gist-state.ts';
import type { PopupState } from '../../src/popup/popup-state.ts';
import { DEFAULT_PREFS } from '../../src/popup/user-prefs.ts';
import type { Digest } from '../../src/types.ts';
import { byTestId, mountApp, type MountOptions } from './mount-app.tsx';

const text = 'Mayor Ana Ruiz opened the harbor bridge on Tuesday. Traffic moved at once.';
const digest: Digest = {
  url: 'https://news.example/bridge',
  title: 'Harbor bridge opens',
  byline: null,
  siteName: 'Harbor Times',
  lang: 'en',
  dir: 'ltr',
  language: 'en',
  published: null,
  updated: null,
  wordCount: 13,
  readingMinutes: 1,
  text,
  highlights: [{ text: 'Mayor Ana Ruiz opened the harbor bridge on Tuesday.', start: 0, end: 51 }],
  publisherHighlights: [],
  actors: [{ name: 'Ana Ruiz', kind: 'person', role: 'mayor', mentions: [{ start: 6, end: 14 }] }],
  quotes: [],
  timeline: [],
  summary: '',
};
const settings = { locale: 'en-US', now: new Date('2025-04-13T12:00:00Z'), prefs: DEFAULT_PREFS };

const mount = (state: PopupState, options: MountOptions = {}) => mountApp(state, settings, options);

afterEach(() => {
  document.body.replaceChildren();
});

describe('the gist', () => {
  test('shown: labelled as the model\'s, between the headline and the highlights', () => {
    const root = mount({ status: 'ready', digest }, { gist: { status: 'shown', text: 'The bridge opened on Tuesday.' } });
    const [gist] = byTestId(root, 'gist');
    expect(gist?.dataset.state).toBe('shown');
    expect(gist?.getAttribute('aria-busy')).toBe('false');
    expect(gist?.querySelector('h2')?.textContent).toBe("TL;DR · written by your browser's on-device model");
    expect(byTestId(root, 'gist-text')[0]?.textContent).toBe('The bridge opened on Tuesday.');
    expect(byTestId(root, 'gist-text')[0]?.getAttribute('lang')).toBe('en');
    const order = [...root.querySelectorAll('[data-testid="title"], [data-testid="gist"], [data-testid="highlight"]')].map((el) => el.getAttribute('data-testid'));
    expect(order).toEqual(['title', 'gist', 'highlight']);
  });

  test('writing: busy, with a cursor; Copy leaves out a gist not yet whole', async () => {
    const copy = vi.fn(async (_text: string) => {});
    const root = mount({ status: 'ready', digest }, { actions: { copy }, gist: { status: 'writing', text: 'The bridge' } });
    expect(byTestId(root, 'gist')[0]?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('.gist__cursor')).not.toBeNull();
    await act(async () => byTestId(root, 'copy')[0]?.click());
    expect(copy.mock.calls[0]?.[0]).not.toContain('TL;DR');
  });

  test('Copy includes a shown gist, labelled, in each format', async () => {
    const copy = vi.fn(async (_text: string) => {});
    const gist: GistState = { status: 'shown', text: 'The bridge opened on Tuesday.' };
    const root = mount({ status: 'ready', digest }, { actions: { copy }, gist });
    await act(async () => byTestId(root, 'copy')[0]?.click());
    await act(async () => byTestId(root, 'copy-alt')[0]?.click());
    expect(copy.mock.calls[0]?.[0]).toContain("\n\nTL;DR (written by the browser's on-device model): The bridge opened on Tuesday.\n");
    expect(copy.mock.calls[1]?.[0]).toContain("**TL;DR (written by the browser's on-device model):** The bridge opened on Tuesday.");
  });

  test('withheld: only the quiet note, no gist text', () => {
    const root = mount({ status: 'ready', digest }, { gist: { status: 'withheld' } });
    expect(byTestId(root, 'gist')).toHaveLength(0);
    expect(byTestId(root, 'gist-withheld')[0]?.textContent).toBe(
      "The browser's on-device summary was left out: it named something the story does not say.",
    );
  });

  test('none: nothing at all', () => {
    const root = mount({ status: 'ready', digest });
    expect(byTestId(root, 'gist').length + byTestId(root, 'gist-withheld').length).toBe(0);
  });
});

describe('side panel and selection', () => {
  test('the popup offers the side panel; the panel (without that action) does not', () => {
    const openSidePanel = vi.fn(async () => {});
    const popup = mount({ status: 'ready', digest }, { actions: { openSidePanel } });
    act(() => byTestId(popup, 'open-side-panel')[0]?.click());
    expect(openSidePanel).toHaveBeenCalledOnce();
    expect(byTestId(popup, 'open-side-panel')[0]?.getAttribute('aria-label')).toBe('Open in side panel');
    expect(byTestId(mount({ status: 'ready', digest }), 'open-side-panel')).toHaveLength(0);
  });

  test('a side panel that does not open leaves the card and says what failed, not "Couldn\'t read this page"', async () => {
    let refuse = true;
    const openSidePanel = vi.fn(async () => {
      if (refuse) throw new Error('No active side panel for windowId: 3');
    });
    const popup = mount({ status: 'ready', digest }, { actions: { openSidePanel } });
    await act(async () => byTestId(popup, 'open-side-panel')[0]?.click());
    const note = byTestId(popup, 'side-panel-failed')[0];
    expect(note?.firstChild?.textContent).toBe("Couldn't open the side panel. The card stays here.");
    expect(byTestId(popup, 'error-detail')[0]?.textContent).toBe('Details: No active side panel for windowId: 3');
    expect(byTestId(popup, 'title')[0]?.textContent).toBe('Harbor bridge opens');
    expect(byTestId(popup, 'highlight')).toHaveLength(1);
    expect(byTestId(popup, 'message')).toHaveLength(0);
    // Tried again, and opened: the note goes.
    refuse = false;
    await act(async () => byTestId(popup, 'open-side-panel')[0]?.click());
    expect(byTestId(popup, 'side-panel-failed')).toHaveLength(0);
  });

  test('after a tab switch the panel offers to summarize the tab', () => {
    const summarizeTab = vi.fn();
    const root = mount({ status: 'message', message: 'tabSwitched', offerTab: true }, { actions: { summarizeTab } });
    expect(byTestId(root, 'message')[0]?.textContent).toBe('You switched to another tab.');
    act(() => byTestId(root, 'summarize-tab')[0]?.click());
    expect(summarizeTab).toHaveBeenCalledOnce();
  });

  test('no offer where the page has no such action (the popup)', () => {
    const root = mount({ status: 'message', message: 'noAccess', offerTab: true });
    expect(byTestId(root, 'message')[0]?.textContent).toBe('Story Summarizer may not read this tab yet.');
    expect(byTestId(root, 'summarize-tab')).toHaveLength(0);
  });

  test('a selection\'s card says so above the headline', () => {
    const root = mount({ status: 'ready', digest, selection: true });
    expect(byTestId(root, 'selection-note')[0]?.textContent).toBe('Summary of the text you selected');
    expect(byTestId(mount({ status: 'ready', digest }), 'selection-note')).toHaveLength(0);
  });

  test('with notes chosen, Copy copies the note; the second button plain text', async () => {
    const copy = vi.fn(async (_text: string) => {});
    const root = mount({ status: 'ready', digest }, { actions: { copy }, prefs: { copyFormat: 'notes' } });
    expect(byTestId(root, 'copy-alt')[0]?.textContent).toBe('Copy as text');
    await act(async () => byTestId(root, 'copy')[0]?.click());
    expect(copy.mock.calls[0]?.[0]).toMatch(/^---\ntitle: "Harbor bridge opens"\n/);
  });
});
