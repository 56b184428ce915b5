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

function permissionsUsedByGlue(): string[] {
  const dir = resolve(root, 'extension');
  const sources = readdirSync(dir).map((file) => readFileSync(resolve(dir, file), 'utf8')).join('\n');
  const namespaces = new Set([...sources.matchAll(/\bbrowser\.(\w+)\./g)].map((match) => match[1] ?? ''));
  return [GRANTED_BY_CLICK, ...[...namespaces].flatMap((ns) => PERMISSION_OF[ns] ?? [])].sort();
}

const BUILDS = ['manifest.json', 'dist/manifest.json', 'dist-firefox/manifest.json'].filter((path) => existsSync(resolve(root, path)));

describe.each(BUILDS)('%s', (path) => {
  const manifest = read(path);
  test('Manifest V3 with exactly the permissions the glue uses', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions as string[])].sort()).toEqual(permissionsUsedByGlue());
  });
  test('no content scripts and no host permissions', () => {
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
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
  }
  if (existsSync(resolve(root, 'dist-firefox/manifest.json'))) {
    const firefox = read('dist-firefox/manifest.json');
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox).toHaveProperty('browser_specific_settings.gecko.id');
    expect(firefox).toHaveProperty('browser_specific_settings.gecko.data_collection_permissions', { required: ['none'] });
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
