// The corpus pages the speed and robustness checks run over, decoded as a browser would.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../src/extract/decode-html.ts';

export const corpusRoot = resolve(import.meta.dirname, '../../../shared/corpus');

export interface CorpusPage {
  id: string;
  path: string;
  html: string;
}

export function readabilityPages(): CorpusPage[] {
  const dir = join(corpusRoot, 'readability');
  return readdirSync(dir).map((name) => {
    const path = join(dir, name, 'source.html');
    return { id: `readability/${name}`, path, html: decodeHtml(readFileSync(path)) };
  });
}

export function extractionPages(): CorpusPage[] {
  const dir = join(corpusRoot, 'extraction', 'html');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html.gz'))
    .map((name) => {
      const path = join(dir, name);
      return { id: `extraction/${name.slice(0, 12)}`, path, html: decodeHtml(gunzipSync(readFileSync(path))) };
    });
}

/** Paths only: the web-pages folder is large, so its pages are read one at a time. */
export function webPagePaths(): string[] {
  const dir = join(corpusRoot, 'web-pages');
  return readdirSync(dir).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}
