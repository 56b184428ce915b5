// The German catalogue end to end in the popup: every placeholder resolves, dates and numbers
// follow the reader's locale. (Debian's Chromium ships only en-US UI strings, so chrome.i18n
// cannot be switched to German in the browser tests; this installs the catalogue the same way.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, expect, test, vi } from 'vitest';
import { App } from '../../src/popup/App.tsx';
import { setTranslator } from '../../src/popup/i18n.ts';
import { DEFAULT_PREFS } from '../../src/popup/user-prefs.ts';
import type { Digest } from '../../src/types.ts';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const german = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../_locales/de/messages.json'), 'utf8')) as Catalogue;

/** chrome.i18n.getMessage's rules: $NAME$ → the placeholder's content → $n substitution. */
function getMessage(key: string, substitutions: string[] = []): string {
  const entry = german[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

const text = 'Wang Lei traf im Dezember Beamte. Die Gespräche endeten.';
const digest: Digest = {
  url: 'https://news.example/story', title: 'Ein Titel', byline: 'Jane Doe', siteName: 'Newsroom', lang: 'de', language: 'de', dir: 'ltr',
  published: '2025-04-10T19:42:00-04:00', updated: '2025-04-14T00:00:00-04:00', wordCount: 2300, readingMinutes: 10, text,
  highlights: [{ text: 'Wang Lei traf im Dezember Beamte.', start: 0, end: 33 }], publisherHighlights: [],
  actors: [{ name: 'Wang Lei', kind: 'person', role: null, mentions: [{ start: 0, end: 8 }, { start: 0, end: 8 }] }],
  quotes: [], timeline: [{ date: '2024-12', phrase: 'im Dezember', start: 14, end: 25, sentence: { start: 0, end: 33 } }], summary: '',
};

// Each test file gets its own module instance, so the German translator stays in this file.
beforeAll(() => setTranslator(getMessage));

test('the popup in German: catalogue words, German dates and numbers', () => {
  const root = document.createElement('div');
  document.body.append(root);
  const settings = { locale: 'de-DE', now: new Date('2025-04-13T12:00:00Z'), prefs: DEFAULT_PREFS };
  act(() => render(<App state={{ status: 'ready', digest }} actions={{ copy: vi.fn(async () => {}), showInPage: vi.fn(), openOptions: vi.fn() }} settings={settings} />, root));
  const text = (selector: string) => root.querySelector(selector)?.textContent;
  expect(text('#highlights-heading')).toBe('Kernsätze');
  expect(text('.story__byline')).toBe('Von Jane Doe');
  expect(text('[data-testid="published"]')).toMatch(/^Veröffentlicht 10\.04\.2025, 19:42 UTC−4 · vor 2 Tagen$/);
  expect(text('[data-testid="updated"]')).toContain('4 Tage später');
  expect(text('[data-testid="reading-time"]')).toBe('10 Min. Lesezeit');
  expect(text('[data-testid="actor"] .sr-only:last-child')).toBe(', 2 Erwähnungen');
  expect(text('[data-testid="timeline-item"] time')).toBe('Dezember 2024');
  expect(text('[data-testid="copy"]')).toBe('Zusammenfassung kopieren');
  expect(text('[data-testid="copy-alt"]')).toBe('Als Markdown kopieren');
  expect(root.querySelector('[data-testid="options"]')?.getAttribute('aria-label')).toBe('Einstellungen');
});

test('the copied summary speaks German too', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  const copy = vi.fn(async (_text: string) => {});
  const settings = { locale: 'de-DE', now: new Date('2025-04-13T12:00:00Z'), prefs: DEFAULT_PREFS };
  act(() => render(<App state={{ status: 'ready', digest }} actions={{ copy, showInPage: vi.fn(), openOptions: vi.fn() }} settings={settings} />, root));
  await act(async () => (root.querySelector('[data-testid="copy"]') as HTMLButtonElement).click());
  const summary = copy.mock.calls[0]?.[0] ?? '';
  expect(summary).toContain('\nVon Jane Doe\n');
  expect(summary).toMatch(/\nVeröffentlicht 10\.04\.2025/);
  expect(summary).toContain('\nKernsätze\n• Wang Lei traf im Dezember Beamte.');
  expect(summary).toContain('\nWichtige Akteure\nPersonen: Wang Lei');
  expect(summary).toContain('\nZeitleiste\n');
  expect(summary).not.toMatch(/Highlights|Published|Key actors|People|Timeline/);
});

test('failures in German: what happened in German, the technical detail below it, marked as English', () => {
  const root = document.createElement('div');
  document.body.append(root);
  const settings = { locale: 'de-DE', now: new Date('2025-04-13T12:00:00Z'), prefs: DEFAULT_PREFS };
  const actions = { copy: vi.fn(async () => {}), showInPage: vi.fn(), openOptions: vi.fn() };
  const text = (selector: string) => root.querySelector(selector)?.textContent;
  const detail = () => root.querySelector('[data-testid="error-detail"] span');

  act(() => render(<App state={{ status: 'message', message: 'failed', detail: 'No tab with id: 987654.' }} actions={actions} settings={settings} />, root));
  expect(text('[data-testid="message"]')).toBe('Die Seite konnte nicht gelesen werden.');
  expect(text('[data-testid="error-detail"]')).toBe('Details: No tab with id: 987654.');
  expect(detail()?.getAttribute('lang')).toBe('en');

  const { language: _language, actors: _actors, quotes: _quotes, timeline: _timeline, summary: _summary, ...story } = digest;
  const failed = { kind: 'failed', detail: 'Could not establish connection. Receiving end does not exist.' } as const;
  act(() => render(<App state={{ status: 'ready', digest: story, enginesFailed: failed }} actions={actions} settings={settings} />, root));
  expect(root.querySelector('[data-testid="engines-failed"]')?.firstChild?.textContent).toBe('Wichtige Akteure und Daten konnten nicht ermittelt werden.');
  expect(detail()?.textContent).toBe('Could not establish connection. Receiving end does not exist.');

  act(() => render(<App state={{ status: 'ready', digest: story, enginesFailed: { kind: 'late', seconds: 20 } }} actions={actions} settings={settings} />, root));
  expect(text('[data-testid="engines-failed"]')).toBe('Die Erweiterung hat seit 20 Sekunden nicht geantwortet: Wichtige Akteure und Daten erscheinen, sobald sie antwortet.');
  expect(detail()).toBeNull();
});
