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
});
