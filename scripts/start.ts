// `npm start`: shows the product on the demo story. With a display, Chromium opens
// with the extension loaded and the story in a tab (click the toolbar icon); without
// one, the same digest is printed here.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import { digestHtml } from '../src/digest/digest-html.ts';

const root = resolve(import.meta.dirname, '..');
const demo = join(root, 'demo', 'harbor-bridge.html');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (process.env.DISPLAY && existsSync(chromium) && !process.env.CI) {
  // Served over http, not file://: activeTab does not reach file pages unless the user allows it.
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(demo)));
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const profile = mkdtempSync(join(tmpdir(), 'story-summarizer-demo-'));
    const dist = join(root, 'dist');
    console.log('Chromium opens with Story Summarizer loaded: click its toolbar icon (or press Alt+Shift+S) on the demo story.');
    console.log('Close the browser window to stop.');
    const args = [`--user-data-dir=${profile}`, `--load-extension=${dist}`, `--disable-extensions-except=${dist}`, '--no-first-run'];
    spawn(chromium, [...args, `http://127.0.0.1:${port}/harbor-bridge.html`], { stdio: 'ignore' }).on('exit', () => server.close());
  });
} else {
  const url = 'https://harbor-ledger.example/city/2026/11/20/meridian-tidal-bridge-opens';
  const digest = digestHtml(readFileSync(demo, 'utf8'), url, { now: new Date() });
  console.log(`No display here, so this is the digest the popup shows for the demo story (${demo}):\n`);
  console.log(digest.summary);
  const top = digest.actors.slice(0, 8).map((actor) => `${actor.name} (${actor.kind})`).join(', ');
  console.log(`Timeline: ${digest.timeline.map((entry) => `${entry.phrase} → ${entry.date}`).join('; ') || 'none'}`);
  console.log(`Actors by importance: ${top}`);
  console.log(`\nLoad dist/ in Chrome or dist-firefox/ in Firefox as an unpacked extension (see README).`);
}
