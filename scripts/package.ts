// `npm run package`: store-ready zips of both builds into artifacts/ (after `npm run build`).
// web-ext's zipper serves both stores: a plain zip with manifest.json at its root.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'artifacts');
const webExt = join(root, 'node_modules/.bin/web-ext');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };

const TARGETS = [
  { store: 'chrome', sourceDir: join(root, 'dist') },
  { store: 'firefox', sourceDir: join(root, 'dist-firefox') },
] as const;

for (const { store, sourceDir } of TARGETS) {
  const filename = `story-summarizer-${store}-${version}.zip`;
  execFileSync(webExt, ['build', '--source-dir', sourceDir, '--artifacts-dir', artifacts, '--filename', filename, '--overwrite-dest', '--no-config-discovery'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const kb = statSync(join(artifacts, filename)).size / 1024;
  console.log(`${store.padEnd(8)} artifacts/${filename}  ${kb.toFixed(1)} KB`);
}
