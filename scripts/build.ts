// `npm run build`: the extension into dist/ (loads in Chrome and Firefox alike).
// `--test` also writes dist-test/, the same build plus a host permission for
// 127.0.0.1, because no real click grants activeTab in an automated browser.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { bundleSizes } from './bundle-sizes.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const configFile = join(root, 'vite.config.ts');

await build({ configFile, mode: 'production', logLevel: 'warn' });
await build({ configFile, mode: 'inject', logLevel: 'warn' });
cpSync(join(root, 'icons'), join(dist, 'icons'), { recursive: true });
cpSync(join(root, '_locales'), join(dist, '_locales'), { recursive: true });
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

if (process.argv.includes('--test')) {
  const testDist = join(root, 'dist-test');
  rmSync(testDist, { recursive: true, force: true });
  mkdirSync(testDist);
  cpSync(dist, testDist, { recursive: true });
  const testManifest = { ...manifest, host_permissions: ['http://127.0.0.1/*'] };
  writeFileSync(join(testDist, 'manifest.json'), `${JSON.stringify(testManifest, null, 2)}\n`);
}

for (const [name, bytes] of Object.entries(bundleSizes(dist))) {
  console.log(`${name.padEnd(10)} ${(bytes.raw / 1024).toFixed(1).padStart(7)} KB  ${(bytes.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
}
