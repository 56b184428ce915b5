// The popup's first paint is the skeleton written into popup.html at build time; it must
// be exactly what the Skeleton component renders, or the first real render would jump.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { expect, test } from 'vitest';
import english from '../../_locales/en/messages.json';
import { Skeleton } from '../../src/popup/Skeleton.tsx';

const popupHtml = resolve(import.meta.dirname, '../../dist/popup.html');

test.runIf(existsSync(popupHtml))('the built popup.html carries the Skeleton component, painted before any script runs', () => {
  const html = readFileSync(popupHtml, 'utf8');
  const skeleton = renderToString(h(Skeleton, { note: english.loading.message }));
  expect(skeleton).toContain('data-testid="loading"');
  expect(html).toContain(`<div id="app">${skeleton}</div>`);
});
