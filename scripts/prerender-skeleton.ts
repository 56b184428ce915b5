// The popup's skeleton is written into popup.html (and the side panel's panel.html) at build
// time, so it is painted with the page itself: no script has to run first, and the page's
// script spends its first milliseconds asking for the digest instead of rendering placeholders.
import { readFileSync, writeFileSync } from 'node:fs';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import english from '../_locales/en/messages.json';
import { Skeleton } from '../src/popup/Skeleton.tsx';

const ROOT = '<div id="app"></div>';

export function prerenderSkeleton(popupHtml: string): void {
  const html = readFileSync(popupHtml, 'utf8');
  if (!html.includes(ROOT)) throw new Error(`${popupHtml} has no empty ${ROOT} to fill`);
  writeFileSync(popupHtml, html.replace(ROOT, `<div id="app">${renderToString(h(Skeleton, { note: english.loading.message }))}</div>`));
}
