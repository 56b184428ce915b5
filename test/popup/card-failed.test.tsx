// A card that throws while rendering: the reader gets a message in their language and what can
// be kept, never a blank popup. The part that throws here is a stand-in for the gist's view (the
// on-device model's words arrive one render at a time); the card-wide case is a state with no digest.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import type { GistState } from '../../src/gist/gist-state.ts';
import { App } from '../../src/popup/App.tsx';
import { ErrorBoundary } from '../../src/popup/ErrorBoundary.tsx';
import type { PopupActions, PopupSettings, PopupState } from '../../src/popup/popup-state.ts';
import { DEFAULT_PREFS } from '../../src/popup/user-prefs.ts';
import type { Digest } from '../../src/types.ts';
import { byTestId } from './mount-app.tsx';

/** The gist's view, made to throw on the words "boom" as a rendering bug would. */
vi.mock('../../src/popup/GistView.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/popup/GistView.tsx')>();
  return {
    GistView: (props: Parameters<typeof real.GistView>[0]) => {
      if (props.gist.status !== 'none' && props.gist.status !== 'withheld' && props.gist.text === 'boom') throw new Error('gist view broke');
      return real.GistView(props);
    },
  };
});

const text = 'The ferry board met on Friday. Fares will rise in May.';
const digest: Digest = {
  url: 'https://news.example/ferry', title: 'Ferry fares rise', byline: null, siteName: 'Harbor News', lang: 'en', language: 'en', dir: 'ltr',
  published: '2026-03-01', updated: null, wordCount: 11, readingMinutes: 1, text,
  highlights: [{ text: 'The ferry board met on Friday.', start: 0, end: 30 }], publisherHighlights: [],
  actors: [{ name: 'Ferry Board', kind: 'organization', role: null, mentions: [{ start: 4, end: 15 }] }],
  quotes: [], timeline: [], summary: 'Ferry fares rise\n',
};
const settings: PopupSettings = { locale: 'en-US', now: new Date('2026-03-02T09:00:00Z'), prefs: DEFAULT_PREFS };

/** Renders as the glue does: each call is the glue's next render into the same root. */
function glue(actions: Partial<PopupActions> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const all: PopupActions = { copy: vi.fn(async () => {}), showInPage: vi.fn(), openOptions: vi.fn(), ...actions };
  const show = (state: PopupState, gist?: GistState) => act(() => render(<App state={state} actions={all} settings={settings} gist={gist} />, root));
  return { root, show };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

test('the gist view throwing on its next words takes only the gist away: the rest of the card stays', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const { root, show } = glue();
  show({ status: 'ready', digest }, { status: 'writing', text: 'The ferry' });
  expect(byTestId(root, 'gist-text')[0]?.textContent).toBe('The ferry');

  show({ status: 'ready', digest }, { status: 'writing', text: 'boom' });
  expect(byTestId(root, 'part-failed')[0]?.textContent).toBe("This part of the card couldn't be shown.");
  expect(byTestId(root, 'title')[0]?.textContent).toBe('Ferry fares rise');
  expect(byTestId(root, 'highlight')).toHaveLength(1);
  expect(byTestId(root, 'actor')).toHaveLength(1);
  expect(byTestId(root, 'copy')[0]?.hasAttribute('disabled')).toBe(false);

  // The gist's next words are tried again.
  show({ status: 'ready', digest }, { status: 'shown', text: 'Fares will rise in May.' });
  expect(byTestId(root, 'part-failed')).toHaveLength(0);
  expect(byTestId(root, 'gist-text')[0]?.textContent).toBe('Fares will rise in May.');
});

test('a card that cannot be drawn says so, with a way to try again and to the options, never a blank popup', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const openOptions = vi.fn();
  const { root, show } = glue({ openOptions });
  // A state the card cannot render: a bug that leaves the digest out.
  show({ status: 'ready', digest: undefined as unknown as Digest });
  expect(byTestId(root, 'message')[0]?.textContent).toBe('Something went wrong while showing this card.');
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('Try again. If it happens again, reload the page.');
  expect(byTestId(root, 'error-detail')[0]?.textContent).toMatch(/^Details: .+/);
  expect(byTestId(root, 'error-detail')[0]?.querySelector('span')?.lang).toBe('en');
  act(() => byTestId(root, 'options')[0]?.click());
  expect(openOptions).toHaveBeenCalledOnce();

  // The glue's next state draws the card again.
  show({ status: 'ready', digest });
  expect(byTestId(root, 'card-failed')).toHaveLength(0);
  expect(byTestId(root, 'title')[0]?.textContent).toBe('Ferry fares rise');
});

test('"Try again" draws the part again; a failure that holds shows the message again', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  let broken = 2;
  function Flaky() {
    if (broken-- > 0) throw new Error('not yet');
    return <p data-testid="flaky">drawn</p>;
  }
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ErrorBoundary fallback={(_error, retry) => <button type="button" data-testid="retry" onClick={retry} />}><Flaky /></ErrorBoundary>, root));
  expect(byTestId(root, 'flaky')).toHaveLength(0);
  act(() => byTestId(root, 'retry')[0]?.click());
  expect(byTestId(root, 'retry')).toHaveLength(1);
  act(() => byTestId(root, 'retry')[0]?.click());
  expect(byTestId(root, 'flaky')[0]?.textContent).toBe('drawn');
});
