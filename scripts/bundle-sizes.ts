import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Sizes of what each context loads: the injected script alone, the popup page with its
 * chunks, the side panel likewise, what the popup loads only once the browser's on-device
 * model can write a gist, the options page's own files, the worker (which holds the language engines).
 */
export interface BundleSize {
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  injected: BundleSize;
  popup: BundleSize;
  panel: BundleSize;
  popupGist: BundleSize;
  options: BundleSize;
  background: BundleSize;
  /** Each language chunk (languages/<name>.json), loaded by the worker only for a story in it. */
  languages: Record<string, BundleSize>;
}

export function bundleSizes(dir: string): BundleSizes {
  const measure = (files: string[]): BundleSize => {
    const buffers = files.filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile()).map((file) => readFileSync(file));
    return { raw: buffers.reduce((n, b) => n + b.length, 0), gzip: buffers.reduce((n, b) => n + gzipSync(b).length, 0) };
  };
  const listed = (sub: string): string[] =>
    readdirSync(join(dir, sub), { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(dir, sub, entry.name));
  const listedIfAny = (sub: string): string[] => (statSync(join(dir, sub), { throwIfNoEntry: false })?.isDirectory() ? listed(sub) : []);
  const assetsOf = (page: string): string[] => listed('assets').filter((file) => file.startsWith(join(dir, 'assets', `${page}-`)));
  // The worker and the options page share chunks; each is charged all of them, an upper bound.
  const chunks = listed('chunks');
  return {
    injected: measure([join(dir, 'inject.js')]),
    popup: measure([join(dir, 'popup.js'), join(dir, 'popup.html'), ...assetsOf('popup')]),
    panel: measure([join(dir, 'panel.js'), join(dir, 'panel.html'), ...assetsOf('panel')]),
    popupGist: measure(listedIfAny('popup-later')),
    options: measure([join(dir, 'options.js'), join(dir, 'options.html'), ...assetsOf('options'), ...chunks]),
    background: measure([join(dir, 'background.js'), ...chunks]),
    languages: Object.fromEntries(
      (existsSync(join(dir, 'languages')) ? readdirSync(join(dir, 'languages')) : []).map((file) => [file.replace(/\.json$/u, ''), measure([join(dir, 'languages', file)])]),
    ),
  };
}
