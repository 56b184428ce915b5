// Budgets from the product brief: the script injected into pages stays small,
// and what one click loads (the popup page, and the worker holding the language
// engines) stays within what opens instantly.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { bundleSizes } from '../../scripts/bundle-sizes.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const KB = 1024;

test.runIf(existsSync(resolve(dist, 'inject.js')))('bundle sizes stay within budget (gzip)', () => {
  const sizes = bundleSizes(dist);
  const kb = (bytes: number): string => (bytes / KB).toFixed(1);
  console.log(`injected ${kb(sizes.injected.gzip)} KB gzip, popup ${kb(sizes.popup.gzip)} KB gzip, worker ${kb(sizes.background.gzip)} KB gzip`);
  expect(sizes.injected.gzip).toBeLessThanOrEqual(40 * KB);
  // Shared chunks count in both: an upper bound.
  expect(sizes.popup.gzip + sizes.background.gzip).toBeLessThanOrEqual(400 * KB);
  // Other languages' knowledge lives in their chunks: the worker may grow at most 40 KB over the
  // 168.3 KB it had before it read them (commit 1a5e965) for detection, shared lists and code.
  expect(sizes.background.gzip).toBeLessThanOrEqual((168.3 + 40) * KB);
});

test.runIf(existsSync(resolve(dist, 'languages')))('each language chunk stays within 250 KB gzip, and there is one per language with tables', () => {
  const { languages } = bundleSizes(dist);
  expect(Object.keys(languages).sort()).toEqual(['de', 'es', 'fr', 'it', 'names', 'nl', 'pt']);
  for (const [name, bytes] of Object.entries(languages)) expect(bytes.gzip, name).toBeLessThanOrEqual(250 * KB);
});
