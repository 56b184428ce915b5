import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of what each context loads: the injected script alone, the popup page with its chunks. */
export interface BundleSize {
  raw: number;
  gzip: number;
}

export function bundleSizes(dir: string): { injected: BundleSize; popup: BundleSize; background: BundleSize } {
  const measure = (files: string[]): BundleSize => {
    const buffers = files.map((file) => readFileSync(file));
    return { raw: buffers.reduce((n, b) => n + b.length, 0), gzip: buffers.reduce((n, b) => n + gzipSync(b).length, 0) };
  };
  const chunks = readdirSync(join(dir, 'chunks')).map((file) => join(dir, 'chunks', file));
  const assets = readdirSync(join(dir, 'assets')).map((file) => join(dir, 'assets', file));
  return {
    injected: measure([join(dir, 'inject.js')]),
    popup: measure([join(dir, 'popup.js'), join(dir, 'popup.html'), ...chunks, ...assets].filter((f) => statSync(f).isFile())),
    background: measure([join(dir, 'background.js')]),
  };
}
