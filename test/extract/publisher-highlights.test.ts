import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { takePublisherHighlights } from '../../src/extract/publisher-highlights.ts';

const items = '<li>First point of the story.</li><li>Second point.</li><li>Third point.</li>';

describe('takePublisherHighlights', () => {
  test.each([
    ['a labelled section', `<section><h2>Highlights</h2><ul>${items}</ul></section><p>Body.</p>`],
    ['a "Key points" heading beside other content', `<div><p>Intro.</p><h3>Key points:</h3><ul>${items}</ul><p>Body.</p></div>`],
    ['a class name alone', `<div class="story-highlights"><ul>${items}</ul></div><p>Body.</p>`],
    ['"Story highlights" in bold', `<div><strong>Story Highlights</strong><ol>${items}</ol></div><p>Body.</p>`],
  ])('finds %s and removes it', (_, body) => {
    const doc = parseHtml(`<html><body><article>${body}</article></body></html>`);
    expect(takePublisherHighlights(doc)).toEqual(['First point of the story.', 'Second point.', 'Third point.']);
    expect(doc.body.textContent).not.toContain('First point');
    expect(doc.body.textContent).toContain('Body.');
  });

  test.each([
    ['an unlabelled list in the story', `<p>Ingredients:</p><ul>${items}</ul>`],
    ['a list of links under "Highlights"', '<h2>Highlights</h2><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul>'],
    ['a single item', '<h2>Highlights</h2><ul><li>Only one.</li></ul>'],
    [
      'a list in a post whose tag classes name highlights',
      `<div class="post tag-travel-highlights"><p>${'The story runs on for a while here. '.repeat(8)}</p><ul>${items}</ul></div>`,
    ],
  ])('ignores %s', (_, body) => {
    const doc = parseHtml(`<html><body><article>${body}</article></body></html>`);
    expect(takePublisherHighlights(doc)).toEqual([]);
  });
});
