// Renders the card's App as the popup and the panel do, for DOM tests.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { GistState } from '../../src/gist/gist-state.ts';
import { App } from '../../src/popup/App.tsx';
import type { PopupActions, PopupSettings, PopupState } from '../../src/popup/popup-state.ts';
import { DEFAULT_PREFS, type UserPrefs } from '../../src/popup/user-prefs.ts';

export interface MountOptions {
  actions?: Partial<PopupActions>;
  prefs?: Partial<UserPrefs>;
  locale?: string;
  gist?: GistState;
}

/** Mounts the App in a fresh element of the document; actions not given are spies. */
export function mountApp(state: PopupState, settings: PopupSettings, { actions = {}, prefs = {}, locale = settings.locale, gist }: MountOptions = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const all: PopupActions = { copy: vi.fn(async () => {}), showInPage: vi.fn(), openOptions: vi.fn(), ...actions };
  act(() => render(<App state={state} actions={all} settings={{ ...settings, locale, prefs: { ...DEFAULT_PREFS, ...prefs } }} gist={gist} />, root));
  return root;
}

export const byTestId = (root: HTMLElement, id: string): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
