import { describe, expect, test } from 'vitest';
import { ExtractionError } from '../../src/extract/extract-article.ts';
import { MAX_ELEMENTS, MAX_HTML_CHARS, MAX_NESTING } from '../../src/extract/limits.ts';
import { collectDateCandidates } from '../../src/dates/collect-date-candidates.ts';
import { MAX_SCRIPT_CHARS } from '../../src/dates/collect-script-dates.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { prepareHtml } from '../../src/extract/prepare-html.ts';

describe('prepareHtml', () => {
  test('empties styles, external scripts and huge inline bundles; keeps JSON-LD and inline page state, as a live page has them', () => {
    const state = '<script>window.__STATE__ = {"publishDate": "2025-04-10T19:42:00Z", "html": "<p>"};</script>';
    const bundle = `<script>${'x'.repeat(MAX_SCRIPT_CHARS + 1)}</script>`;
    const html = `<head>${state}<script src="/app.js"></script>${bundle}<style>p{}</style><script type="application/ld+json">{"datePublished":"2025-04-10"}</script></head><body><p>Text</p></body>`;
    expect(prepareHtml(html)).toBe(
      `<head>${state}<script src="/app.js"></script><script></script><style></style><script type="application/ld+json">{"datePublished":"2025-04-10"}</script></head><body><p>Text</p></body>`,
    );
  });

  test('the date of an inline script reaches the CLI as it reaches the popup', () => {
    const page = '<html><head><title>Harbor</title><script>var meta = {"datePublished": "2025-04-10T19:42:00-04:00"};</script></head><body><article><p>Text.</p></article></body></html>';
    const inBrowser = collectDateCandidates(parseHtml(page), null);
    expect(collectDateCandidates(parseHtml(prepareHtml(page)), null)).toEqual(inBrowser);
    expect(inBrowser).toContainEqual(expect.objectContaining({ value: '2025-04-10T19:42:00-04:00' }));
  });

  test('a script end tag with something before its ">" ends the script, as in a browser: the page after it stays', () => {
    // HTML ends script text at "</script" then a space, "/" or ">"; the tag runs on to its ">".
    const html = `<html><body><script src="/app.js"></script\n  <!-- share widget --><p>The ferry runs again.</p><script>var a = 1;</script></body></html>`;
    const text = (page: string): string => parseHtml(prepareHtml(page)).body.textContent ?? '';
    expect(text(html)).toContain('The ferry runs again.');
    expect(text(html.replace('</script\n', '</scripts>\n'))).not.toContain('The ferry runs again.');
  });

  test('kept script bodies never count as markup or as tags', () => {
    const script = `<script>var t = "${'<div>'.repeat(MAX_NESTING + 1)}";</script>`;
    expect(() => prepareHtml(`<body>${script}<p>x</p></body>`)).not.toThrow();
  });

  test.each([
    ['too many elements', `<body>${'<span>x</span>'.repeat(MAX_ELEMENTS + 1)}</body>`, /elements/],
    ['nesting deeper than a browser builds', `<body>${'<div>'.repeat(MAX_NESTING + 1)}x${'</div>'.repeat(MAX_NESTING + 1)}</body>`, /nested/],
    ['markup past the size cap', `<body><p>${'x'.repeat(MAX_HTML_CHARS + 1)}</p></body>`, /characters of markup/],
  ])('refuses %s with a "too large" error', (_, html, message) => {
    expect(() => prepareHtml(html)).toThrowError(ExtractionError);
    expect(() => prepareHtml(html)).toThrowError(message);
  });

  test('unclosed paragraphs and list items do not count as nesting', () => {
    const html = `<body>${'<p>para'.repeat(MAX_NESTING + 10)}<ul>${'<li>item'.repeat(MAX_NESTING + 10)}</ul></body>`;
    expect(() => prepareHtml(html)).not.toThrow();
  });
});
