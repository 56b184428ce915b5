// The options page's glue with the browser faked: "Follow the active tab" asks for the optional
// host permission from the reader's click and is saved only when granted; the on-device model
// is offered where it can be downloaded and is downloaded only from the reader's click.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const browser = vi.hoisted(() => ({
  i18n: { getUILanguage: () => 'en-US', getMessage: () => '' },
  storage: {
    sync: { get: vi.fn(async () => ({})), set: vi.fn(async (_items: object) => {}) },
    onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
  },
  commands: { getAll: vi.fn(async () => [{ name: '_execute_action', shortcut: 'Alt+Shift+S' }, { name: 'open-side-panel', shortcut: 'Alt+Shift+D' }]) },
  permissions: {
    request: vi.fn(async (_permissions: object) => true),
    contains: vi.fn(async (_permissions: object) => false),
    remove: vi.fn(async (_permissions: object) => true),
  },
}));
vi.mock('webextension-polyfill', () => ({ default: browser }));

const FOLLOW = { origins: ['http://*/*', 'https://*/*'] };

/** A stand-in Summarizer global: what the page may ask, and whether it created (downloaded) anything. */
function installSummarizer(availability: string) {
  const create = vi.fn(async (options: { monitor?: (monitor: EventTarget) => void }) => {
    const monitor = new EventTarget();
    options.monitor?.(monitor);
    monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 0.5 }));
    return { destroy: () => {} };
  });
  Object.assign(globalThis, { Summarizer: { availability: vi.fn(async () => availability), create } });
  return create;
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const byTestId = (id: string) => document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
const savedPrefs = () => browser.storage.sync.set.mock.calls.map(([items]) => (items as { prefs: Record<string, unknown> }).prefs);

async function openOptionsPage(): Promise<void> {
  const app = document.createElement('div');
  app.id = 'app';
  document.body.replaceChildren(app);
  vi.resetModules();
  await act(async () => {
    await import('../../extension/options.tsx');
  });
  await settle();
}

beforeEach(() => {
  vi.clearAllMocks();
});
afterEach(() => {
  delete (globalThis as { Summarizer?: unknown }).Summarizer;
});

test('following asks for the optional host permission from the click, and is saved once granted', async () => {
  await openOptionsPage();
  expect(browser.permissions.request).not.toHaveBeenCalled();
  await act(async () => byTestId('option-follow-tab')?.click());
  await settle();
  expect(browser.permissions.request).toHaveBeenCalledWith(FOLLOW);
  expect(savedPrefs().at(-1)).toMatchObject({ followTab: true });
  expect(byTestId('option-follow-tab')?.checked).toBe(true);
});

test('a refused permission leaves following off, and says so', async () => {
  browser.permissions.request.mockResolvedValueOnce(false);
  await openOptionsPage();
  await act(async () => byTestId('option-follow-tab')?.click());
  await settle();
  expect(savedPrefs().some((prefs) => prefs.followTab === true)).toBe(false);
  expect(byTestId('option-follow-tab')?.checked).toBe(false);
  expect(byTestId('follow-denied')?.textContent).toBe('Your browser did not grant the permission: the panel reads a tab only when you ask.');
});

test('turning following off gives the permission back', async () => {
  browser.storage.sync.get.mockResolvedValueOnce({ prefs: { followTab: true } });
  browser.permissions.contains.mockResolvedValueOnce(true);
  await openOptionsPage();
  expect(byTestId('option-follow-tab')?.checked).toBe(true);
  await act(async () => byTestId('option-follow-tab')?.click());
  await settle();
  expect(browser.permissions.remove).toHaveBeenCalledWith(FOLLOW);
  expect(savedPrefs().at(-1)).toMatchObject({ followTab: false });
});

test('a choice synced from a device where the permission was granted does not hold here', async () => {
  browser.storage.sync.get.mockResolvedValueOnce({ prefs: { followTab: true } });
  await openOptionsPage();
  expect(byTestId('option-follow-tab')?.checked).toBe(false);
});

test('"downloadable": the offer is made and nothing is created until the reader clicks Download', async () => {
  const create = installSummarizer('downloadable');
  await openOptionsPage();
  expect(byTestId('gist-model-status')?.dataset.availability).toBe('downloadable');
  expect(byTestId('gist-download')).not.toBeNull();
  expect(create).not.toHaveBeenCalled();
  await act(async () => byTestId('gist-download')?.click());
  expect(create).toHaveBeenCalledOnce();
  expect(create.mock.calls[0]?.[0]).toMatchObject({ type: 'tldr', length: 'short', format: 'plain-text', expectedInputLanguages: ['en'] });
  expect(savedPrefs().at(-1)).toMatchObject({ modelDownload: 'accepted' });
});

test('"Not now" is remembered, and the offer shrinks to a Download button', async () => {
  const create = installSummarizer('downloadable');
  await openOptionsPage();
  await act(async () => byTestId('gist-decline')?.click());
  await settle();
  expect(savedPrefs().at(-1)).toMatchObject({ modelDownload: 'declined' });
  expect(byTestId('gist-decline')).toBeNull();
  expect(byTestId('gist-download')).not.toBeNull();
  expect(document.body.textContent).toContain('You chose not to download the model.');
  expect(create).not.toHaveBeenCalled();
});

test.each([
  ['available', 'The on-device model is ready.'],
  ['unavailable', "This browser has no on-device model for it; the card stays as it is."],
])('"%s": said, with nothing to click', async (availability, said) => {
  installSummarizer(availability);
  await openOptionsPage();
  expect(byTestId('gist-model-status')?.textContent).toBe(said);
  expect(byTestId('gist-download')).toBeNull();
});

test('no Summarizer at all (Firefox): the model is said to be missing; Off hides it', async () => {
  await openOptionsPage();
  expect(byTestId('gist-model-status')?.dataset.availability).toBe('absent');
  await act(async () => byTestId('option-gist-off')?.click());
  await settle();
  expect(byTestId('gist-model-status')).toBeNull();
  expect(savedPrefs().at(-1)).toMatchObject({ gist: 'off' });
});

test('a browser language Intl refuses ("en_US") still gets the whole form, its numbers in a safe locale', async () => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en_US');
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en_US']);
  try {
    await openOptionsPage();
    expect(document.querySelector('[data-testid="card-failed"]')).toBeNull();
    expect([...(byTestId('option-highlights')?.querySelectorAll('option') ?? [])].map((option) => option.textContent).slice(1, 3)).toEqual(['1', '2']);
  } finally {
    vi.restoreAllMocks();
  }
});

test('a download that does not start says so in the reader\'s words, the browser\'s error as a detail', async () => {
  const create = installSummarizer('downloadable');
  create.mockRejectedValueOnce(new DOMException('Requires a user gesture when availability is "downloadable".', 'NotAllowedError'));
  await openOptionsPage();
  await act(async () => byTestId('gist-download')?.click());
  await settle();
  expect(byTestId('gist-download-failed')?.firstChild?.textContent).toBe('The download did not start.');
  expect(byTestId('error-detail')?.textContent).toMatch(/^Details: (NotAllowedError: )?Requires a user gesture when availability is "downloadable"\.$/);
});
