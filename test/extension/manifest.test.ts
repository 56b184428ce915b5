// The shipped manifest asks for exactly what is used, and nothing runs on pages never clicked.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Record<string, unknown>;

describe.each(['manifest.json', 'dist/manifest.json'].filter((path) => existsSync(resolve(root, path))))('%s', (path) => {
  const manifest = read(path);
  test('Manifest V3 with only activeTab, scripting and storage', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
  });
  test('no content scripts and no host permissions', () => {
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
  });
  test('one manifest for Chrome and Firefox', () => {
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'], type: 'module' });
    expect(manifest).toHaveProperty('browser_specific_settings.gecko.id');
    expect(manifest).toHaveProperty('browser_specific_settings.gecko.data_collection_permissions', { required: ['none'] });
  });
});

test('every locale carries every message of the English catalogue', () => {
  const english = Object.keys(read('_locales/en/messages.json')).sort();
  expect(Object.keys(read('_locales/de/messages.json')).sort()).toEqual(english);
});
