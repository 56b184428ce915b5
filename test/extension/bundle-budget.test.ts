// Budgets from the product brief: the script injected into pages stays small,
// and the popup (language engines included) stays within what opens instantly.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { bundleSizes } from '../../scripts/bundle-sizes.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const KB = 1024;

test.runIf(existsSync(resolve(dist, 'inject.js')))('bundle sizes stay within budget (gzip)', () => {
  const sizes = bundleSizes(dist);
  console.log(`injected ${(sizes.injected.gzip / KB).toFixed(1)} KB gzip, popup ${(sizes.popup.gzip / KB).toFixed(1)} KB gzip`);
  expect(sizes.injected.gzip).toBeLessThanOrEqual(40 * KB);
  expect(sizes.popup.gzip).toBeLessThanOrEqual(400 * KB);
});
