import { describe, expect, test } from 'vitest';
import { ExtractionError } from '../../src/extract/extract-article.ts';
import { MAX_ELEMENTS, MAX_HTML_CHARS, MAX_NESTING } from '../../src/extract/limits.ts';
import { prepareHtml } from '../../src/extract/prepare-html.ts';

describe('prepareHtml', () => {
  test('drops scripts and styles but keeps JSON-LD', () => {
    const html = '<head><script>var a = "<p>";</script><style>p{}</style><script type="application/ld+json">{"datePublished":"2025-04-10"}</script></head><body><p>Text</p></body>';
    expect(prepareHtml(html)).toBe('<head><script type="application/ld+json">{"datePublished":"2025-04-10"}</script></head><body><p>Text</p></body>');
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
