// The options page whose form throws while rendering: a message and "Try again", never a blank page.
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';

const browser = vi.hoisted(() => ({
  i18n: { getUILanguage: () => 'en-US', getMessage: () => '' },
  storage: { sync: { get: vi.fn(async () => ({})), set: vi.fn(async () => {}) }, onChanged: { addListener: vi.fn(), removeListener: vi.fn() } },
  commands: { getAll: vi.fn(async () => []) },
  permissions: { contains: vi.fn(async () => false) },
}));
vi.mock('webextension-polyfill', () => ({ default: browser }));
const form = vi.hoisted(() => ({ broken: true }));
vi.mock('../../src/popup/OptionsForm.tsx', () => ({
  OptionsForm: () => {
    if (form.broken) throw new Error('the form broke');
    return <form data-testid="options-form" />;
  },
}));

test('a form that throws says so in the reader\'s words, and "Try again" draws it again', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const app = document.createElement('div');
  app.id = 'app';
  document.body.replaceChildren(app);
  await act(async () => {
    await import('../../extension/options.tsx');
  });
  expect(document.querySelector('[data-testid="message"]')?.textContent).toBe('Something went wrong while showing the options.');
  expect(document.querySelector('[data-testid="error-detail"]')?.textContent).toBe('Details: the form broke');
  form.broken = false;
  act(() => document.querySelector<HTMLElement>('[data-testid="retry"]')?.click());
  expect(document.querySelector('[data-testid="options-form"]')).not.toBeNull();
});
