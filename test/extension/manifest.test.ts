// The shipped manifests ask for exactly what is used, and nothing runs on pages never clicked.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Record<string, unknown>;

/** browser.* namespaces the glue calls that need a permission, and that permission. */
const PERMISSION_OF: Record<string, string> = { contextMenus: 'contextMenus', scripting: 'scripting', storage: 'storage' };
/** No API of its own: the toolbar click, shortcut or menu click grants it; executeScript relies on it. */
const GRANTED_BY_CLICK = 'activeTab';
/** What "Follow the active tab" asks for at run time (extension/follow-tab.ts): never required. */
const FOLLOW_ORIGINS = ['http://*/*', 'https://*/*'];

const glueSources = (): string => {
  const dir = resolve(root, 'extension');
  return readdirSync(dir).map((file) => readFileSync(resolve(dir, file), 'utf8')).join('\n');
};

/** Chrome's side panel needs its permission; Firefox's sidebar is a manifest key and needs none. */
function permissionsUsedByGlue(target: 'chrome' | 'firefox'): string[] {
  const sources = glueSources();
  const namespaces = new Set([...sources.matchAll(/\bbrowser\.(\w+)\./g)].map((match) => match[1] ?? ''));
  const sidePanel = target === 'chrome' && /\bsidePanel\b/.test(sources) ? ['sidePanel'] : [];
  return [GRANTED_BY_CLICK, ...sidePanel, ...[...namespaces].flatMap((ns) => PERMISSION_OF[ns] ?? [])].sort();
}

const BUILDS = ['manifest.json', 'dist/manifest.json', 'dist-firefox/manifest.json'].filter((path) => existsSync(resolve(root, path)));

describe.each(BUILDS)('%s', (path) => {
  const manifest = read(path);
  const target = path.startsWith('dist-firefox') ? 'firefox' : 'chrome';
  test('Manifest V3 with exactly the permissions the glue uses', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions as string[])].sort()).toEqual(permissionsUsedByGlue(target));
  });
  test('no content scripts and no host permissions; the only optional ones are what following the tab asks for', () => {
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest.optional_host_permissions).toEqual(FOLLOW_ORIGINS);
  });
  test('the side panel: a shortcut of its own, and the same page as the popup\'s card', () => {
    expect(manifest).toHaveProperty(['commands', 'open-side-panel', 'suggested_key', 'default'], 'Alt+Shift+D');
    if (path !== 'dist-firefox/manifest.json') expect(manifest).toHaveProperty('side_panel.default_path', 'panel.html');
    if (path !== 'dist/manifest.json') expect(manifest).toHaveProperty('sidebar_action.default_panel', 'panel.html');
  });
  test('an options page, and Alt+Shift+S opens the popup', () => {
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: false });
    expect(manifest).toHaveProperty(['commands', '_execute_action', 'suggested_key', 'default'], 'Alt+Shift+S');
  });
});

test('the source manifest serves both browsers; each build keeps only its own keys', () => {
  expect(read('manifest.json').background).toEqual({ service_worker: 'background.js', scripts: ['background.js'], type: 'module' });
  expect(read('manifest.json')).toHaveProperty('browser_specific_settings.gecko.data_collection_permissions', { required: ['none'] });
  if (existsSync(resolve(root, 'dist/manifest.json'))) {
    expect(read('dist/manifest.json').background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(read('dist/manifest.json')).not.toHaveProperty('browser_specific_settings');
    expect(read('dist/manifest.json')).not.toHaveProperty('sidebar_action');
  }
  if (existsSync(resolve(root, 'dist-firefox/manifest.json'))) {
    const firefox = read('dist-firefox/manifest.json');
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox).toHaveProperty('browser_specific_settings.gecko.id');
    expect(firefox).toHaveProperty('browser_specific_settings.gecko.data_collection_permissions', { required: ['none'] });
    expect(firefox).not.toHaveProperty('side_panel');
    // Firefox would not open the sidebar by itself at install: the reader opens it.
    expect(firefox).toHaveProperty('sidebar_action.open_at_install', false);
  }
});

test('every locale carries every message of the English catalogue', () => {
  const english = Object.keys(read('_locales/en/messages.json')).sort();
  expect(Object.keys(read('_locales/de/messages.json')).sort()).toEqual(english);
});

test('every __MSG_…__ in the manifest and every t() key in the UI exists in the catalogue', () => {
  const english = read('_locales/en/messages.json');
  const manifestKeys = [...readFileSync(resolve(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
  const glue = readdirSync(resolve(root, 'extension')).map((file) => readFileSync(resolve(root, 'extension', file), 'utf8')).join('\n');
  const glueKeys = [...glue.matchAll(/getMessage\('(\w+)'/g)].map((m) => m[1] ?? '');
  for (const key of [...manifestKeys, ...glueKeys]) expect(english, key).toHaveProperty(key);
});
