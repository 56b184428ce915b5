import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { inlineStylesheets } from '../../scripts/inline-stylesheets.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function builtPage(css: string): { html: string; cssFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'inline-css-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  const cssFile = join(dir, 'assets', 'popup-abc.css');
  writeFileSync(cssFile, css);
  const html = join(dir, 'popup.html');
  writeFileSync(html, '<head><script type="module" crossorigin src="./popup.js"></script>\n<link rel="stylesheet" crossorigin href="./assets/popup-abc.css"></head><body></body>');
  return { html, cssFile };
}

test('the stylesheet moves into the page and its file is removed', () => {
  const { html, cssFile } = builtPage('.card{color:red}\n');
  inlineStylesheets(html);
  const page = readFileSync(html, 'utf8');
  expect(page).toContain('<style>.card{color:red}</style>');
  expect(page).not.toContain('<link');
  expect(page).toContain('src="./popup.js"');
  expect(existsSync(cssFile)).toBe(false);
});

test('a stylesheet that would change meaning inline is refused', () => {
  expect(() => inlineStylesheets(builtPage('.logo{background:url(./logo.png)}').html)).toThrow(/cannot be inlined/);
  expect(() => inlineStylesheets(builtPage('a::after{content:"</style>"}').html)).toThrow(/cannot be inlined/);
  const dataUrl = builtPage('.dot{background:url("data:image/png;base64,AA==")}');
  inlineStylesheets(dataUrl.html);
  expect(readFileSync(dataUrl.html, 'utf8')).toContain('data:image/png');
});

test('a page without a stylesheet link is an error, not a silent no-op', () => {
  const { html } = builtPage('');
  writeFileSync(html, '<head></head>');
  expect(() => inlineStylesheets(html)).toThrow(/no stylesheet/);
});
