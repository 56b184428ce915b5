// Huge, deep and malformed pages get a digest or a clear error, never a crash or a hang.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleFromText, buildDigest } from '../../src/digest/build-digest.ts';
import { digestHtml } from '../../src/digest/digest-html.ts';
import { ExtractionError } from '../../src/extract/extract-article.ts';
import { hostilePages } from '../../bench/lib/hostile-pages.ts';

const now = new Date('2026-01-01T00:00:00Z');

/** A digest, or an ExtractionError with a message a reader understands; anything else fails. */
function outcome(html: string): 'digest' | 'too-large' | 'no-article' {
  try {
    const digest = digestHtml(html, null, { now });
    expect(typeof digest.summary).toBe('string');
    return 'digest';
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    expect(error.message).toMatch(/^(This page is too (large|deeply nested) to summarize|No story text was found)/);
    return error.reason;
  }
}

describe('hostile pages', () => {
  test.each(hostilePages())('$name → $expected', ({ html, expected }) => {
    expect(outcome(html)).toBe(expected);
  }, 60_000);
});

const tagName = fc.constantFrom('div', 'p', 'span', 'article', 'section', 'h1', 'h2', 'ul', 'li', 'table', 'tr', 'td', 'a', 'b', 'time', 'script', 'style', 'iframe', 'svg', 'math', 'template', 'noscript');
const attribute = fc.tuple(fc.constantFrom('class', 'id', 'datetime', 'itemprop', 'property', 'content', 'dir', 'lang', 'style', 'hidden'), fc.string({ maxLength: 20 }))
  .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('In December, Chinese officials met U.S. representatives.', 'Updated Apr 14, 2025, 12:00 AM', '"Yes," said Mr. Smith.', '&amp;&lt;&#x0;&#xD800;', '\u202e\u0000\uFFFD', '北京今天下雨。', 'مرحبا بالعالم.'),
);
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, attrs, children, closed]) => `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
  ),
}));
const page = fc.tuple(fc.string({ maxLength: 30 }), fc.array(node, { maxLength: 12 }))
  .map(([title, body]) => `<!doctype html><html><head><title>${title}</title></head><body>${body.join('')}</body></html>`);

describe('random HTML through extraction and the core', () => {
  test('no exception but a clear ExtractionError escapes', () => {
    fc.assert(fc.property(page, (html) => {
      outcome(html);
    }), { numRuns: 150 });
  }, 120_000);

  test('random text through the core keeps every offset inside the text', () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 20 }).map((parts) => parts.join(' ')), (input) => {
      const digest = buildDigest(articleFromText(input), { now });
      expect(digest.text).toBe(input);
      for (const span of [...digest.highlights, ...digest.timeline, ...digest.quotes, ...digest.actors.flatMap((a) => a.mentions)]) {
        expect(0 <= span.start && span.start <= span.end && span.end <= input.length).toBe(true);
      }
    }), { numRuns: 150 });
  }, 120_000);
});
