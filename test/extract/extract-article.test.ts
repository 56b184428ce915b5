import { describe, expect, test } from 'vitest';
import { extractArticle, ExtractionError, MAX_ELEMENTS } from '../../src/extract/extract-article.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { seedPage, seedPublisherHighlights } from '../shared-data.ts';

const url = 'https://newsroom.example/world/cyberattacks';

describe('extractArticle on the seed pages', () => {
  test('finds the publisher highlights and keeps them out of the story text', () => {
    const article = extractArticle(parseHtml(seedPage('story-with-highlights.html')), { url });
    expect(article.publisherHighlights).toEqual(seedPublisherHighlights);
    expect(article.text).not.toContain('acknowledged in a private meeting');
    expect(article.text).toMatch(/^In a clandestine meeting|\n\nIn a clandestine meeting/);
    expect(article.title).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
    expect(article.readerable).toBe(true);
  });

  test('reads metadata and leaves no highlights on a page without them', () => {
    const article = extractArticle(parseHtml(seedPage('story-only.html')), { url });
    expect(article.publisherHighlights).toEqual([]);
    expect(article.siteName).toBe('Newsroom');
    expect(article.lang).toBe('en');
    expect(article.text.split('\n\n').filter((p) => p.length > 200)).toHaveLength(5);
    expect(article.dateCandidates.length).toBeGreaterThan(0);
  });

  test('never changes the document it reads', () => {
    const doc = parseHtml(seedPage('story-with-highlights.html'));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('refuses a page with more elements than it will parse, with a clear reason', () => {
    const doc = parseHtml(`<html><body>${'<div>x</div>'.repeat(MAX_ELEMENTS + 10)}</body></html>`);
    expect(() => extractArticle(doc, { url })).toThrowError(ExtractionError);
    try {
      extractArticle(doc, { url });
    } catch (error) {
      expect((error as ExtractionError).reason).toBe('too-large');
    }
  });

  test('megabytes of inline script data do not make a story "too large"', () => {
    const story = seedPage('story-only.html').replace('</body>', `<script>window.__DATA__ = "${'x'.repeat(2_000_000)}";</script></body>`);
    expect(extractArticle(parseHtml(story), { url }).title).toBe('Chinese officials admit to orchestrating cyberattacks on US infrastructure');
  });

  test('a page with ruby annotations (furigana) is read as its base text, the readings left out', () => {
    const ruby = (base: string, reading: string): string => `<ruby>${base}<rp>(</rp><rt>${reading}</rt><rp>)</rp></ruby>`;
    const paragraph = (n: number): string =>
      `<p>${ruby('市', 'し')}の${ruby('議会', 'ぎかい')}は、${n}回目の会議で港の${ruby('橋', 'はし')}を新しくすることを決めました。工事は春に始まって、三年かかる予定です。</p>`;
    const doc = parseHtml(`<html><head></head><body><article><h1>港の橋を新しくする</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article></body></html>`);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { url });
    expect(article.text).toContain('市の議会は、1回目の会議で港の橋を新しくすることを決めました。');
    expect(article.text).not.toMatch(/ぎかい|\(/u);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test("a notice laid over the page that the reader's browser is too old is left out, its letter in prose too; a story about old browsers stays", () => {
    const paragraph = (n: number): string =>
      `<p>The council voted on Tuesday to rebuild the harbor bridge for the ${n}th time, after a long debate about its cost, its design and the years of traffic it would take from the old quarter of the town.</p>`;
    const letter =
      'Dear readers, thank you for visiting our pages. Sadly you are using an outdated browser, which can no longer show our site as it should be shown, so please download a newer one for free and come back soon.';
    const overlay = `<div class="wrapper ie-overlay"><h2>Dear readers,</h2><p>${letter}</p><p>Your Harbor Ledger team</p></div>`;
    const story = [1, 2, 3, 4, 5].map(paragraph).join('');
    const doc = parseHtml(`<html><head><title>Bridge</title></head><body>${overlay}<article><h1>Bridge</h1>${story}</article></body></html>`);
    const before = doc.documentElement.outerHTML;
    const text = extractArticle(doc, { url }).text;
    expect(text).toContain('for the 1th time');
    expect(text).not.toMatch(/outdated browser|Dear readers|Harbor Ledger team/u);
    expect(doc.documentElement.outerHTML).toBe(before);
    // Not a layer: a story's own box on old browsers stays.
    const report = `<div class="factbox"><p>${letter}</p></div>`;
    const reported = extractArticle(parseHtml(`<html><body><article><h1>Bridge</h1>${story}${report}</article></body></html>`), { url }).text;
    expect(reported).toContain('outdated browser');
  });

  test('an empty page gives a clear "no article" error', () => {
    expect(() => extractArticle(parseHtml('<html><body></body></html>'), { url })).toThrowError(/No story text/);
  });
});
