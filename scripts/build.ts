// `npm run build`: one source, two builds.
//   dist/          Chrome (and Edge): the manifest without Firefox's keys.
//   dist-firefox/  Firefox: the same files, the manifest without Chrome's service_worker and
//                  side panel (Firefox has its sidebar_action for the same panel page).
// `--test` also writes dist-test/ and dist-firefox-test/, each build plus a host permission
// for 127.0.0.1, because no real click grants activeTab in an automated browser.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { bundleSizes } from './bundle-sizes.ts';
import { inlineStylesheets } from './inline-stylesheets.ts';
import { writeLanguageData } from './language-data.ts';
import { prerenderSkeleton } from './prerender-skeleton.ts';

type Manifest = Record<string, unknown> & { background?: Record<string, unknown>; permissions?: string[] };
type Target = 'chrome' | 'firefox';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const configFile = join(root, 'vite.config.ts');

/**
 * The source manifest carries both browsers' keys. Each store gets only its own, so Chrome
 * shows no "unrecognized key" warning and Firefox never sees a service worker it would ignore.
 */
function manifestFor(source: Manifest, target: Target): Manifest {
  const { browser_specific_settings: gecko, background = {}, side_panel: sidePanel, sidebar_action: sidebar, ...common } = source;
  const { service_worker: worker, scripts, ...backgroundRest } = background;
  return target === 'chrome'
    ? { ...common, side_panel: sidePanel, background: { service_worker: worker, ...backgroundRest } }
    : {
        ...common,
        sidebar_action: sidebar,
        permissions: common.permissions?.filter((permission) => permission !== 'sidePanel'),
        background: { scripts, ...backgroundRest },
        browser_specific_settings: gecko,
      };
}

function writeBuild(dir: string, manifest: Manifest): void {
  if (dir !== dist) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(dist, dir, { recursive: true });
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

for (const mode of ['popup', 'panel', 'worker', 'inject']) await build({ configFile, mode, logLevel: 'warn' });
for (const page of ['popup.html', 'panel.html']) {
  prerenderSkeleton(join(dist, page));
  inlineStylesheets(join(dist, page));
}
cpSync(join(root, 'icons'), join(dist, 'icons'), { recursive: true, filter: (file) => !file.endsWith('.svg') });
cpSync(join(root, '_locales'), join(dist, '_locales'), { recursive: true });
writeLanguageData(dist);
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
const chrome = manifestFor(source, 'chrome');
writeBuild(dist, chrome);
const firefox = manifestFor(source, 'firefox');
writeBuild(join(root, 'dist-firefox'), firefox);
if (process.argv.includes('--test')) {
  const testPages = { host_permissions: ['http://127.0.0.1/*'] };
  writeBuild(join(root, 'dist-test'), { ...chrome, ...testPages });
  writeBuild(join(root, 'dist-firefox-test'), { ...firefox, ...testPages });
}

const { languages, ...bundles } = bundleSizes(dist);
for (const [name, bytes] of Object.entries(bundles)) {
  console.log(`${name.padEnd(10)} ${(bytes.raw / 1024).toFixed(1).padStart(7)} KB  ${(bytes.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
}
const languageSizes = Object.entries(languages).map(([name, bytes]) => `${name} ${(bytes.gzip / 1024).toFixed(1)}`);
console.log(`languages  ${languageSizes.join(', ')} KB gzip, each loaded only for a story in it`);
