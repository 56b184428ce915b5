// The terminal entry point is a contract other tools rely on: run it as they do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Digest } from '../../src/types.ts';
import { seedDir, seedExpected, seedPublisherHighlights } from '../shared-data.ts';

const root = resolve(import.meta.dirname, '../..');
const summarize = (args: string[], input?: string): string =>
  execFileSync('npm', ['run', '--silent', 'summarize', '--', ...args], { cwd: root, encoding: 'utf8', input });

describe('npm run summarize', { timeout: 90_000 }, () => {
  test.each(Object.entries(seedExpected.pages))('--json on %s gives the contract fields and the seed facts', (file, page) => {
    const digest = JSON.parse(summarize(['--json', '--url', 'https://newsroom.example/story', join(seedDir, file)])) as Digest;
    expect(Object.keys(digest)).toEqual(expect.arrayContaining([
      'url', 'title', 'byline', 'siteName', 'lang', 'published', 'updated', 'wordCount', 'readingMinutes', 'text',
      'highlights', 'publisherHighlights', 'actors', 'timeline', 'summary',
    ]));
    expect(digest.url).toBe('https://newsroom.example/story');
    expect([digest.published, digest.updated]).toEqual([page.published, page.updated]);
    expect(digest.highlights).toHaveLength(3);
    for (const h of [...digest.highlights, ...digest.timeline]) expect(digest.text.slice(h.start, h.end)).toBe('text' in h ? h.text : h.phrase);
    for (const actor of digest.actors) for (const m of actor.mentions) expect(m.end).toBeGreaterThan(m.start);
    expect(digest.timeline).toContainEqual(expect.objectContaining({ date: '2024-12' }));
    expect(digest.publisherHighlights).toEqual(file === 'story-with-highlights.html' ? seedPublisherHighlights : []);
    if (page.siteName) expect(digest.siteName).toBe(page.siteName);
  });

  test('default output is the Copy summary text; --highlights sets the count', () => {
    const text = summarize(['--highlights', '2', join(seedDir, 'story-only.html')]);
    expect(text).toMatch(/^Chinese officials admit to orchestrating cyberattacks on US infrastructure\n/);
    expect(text.match(/^• /gm)).toHaveLength(2);
  });

  test('without --highlights the count follows the story length, as the popup does by default', () => {
    const sentence = (n: number): string => `The harbor council met for the ${n}th time this year to argue about the bridge and its cost.`;
    const brief = Array.from({ length: 8 }, (_, i) => sentence(i + 1)).join(' ');
    const digest = JSON.parse(summarize(['--text', '--json', '-'], brief)) as Digest;
    // About 150 words: two highlights (one per hundred words), not a fixed three.
    expect(digest.highlights).toHaveLength(2);
    expect((JSON.parse(summarize(['--text', '--json', '--highlights', 'auto', '-'], brief)) as Digest).highlights).toEqual(digest.highlights);
  });

  test('--text reads stdin as plain text and offsets index into it unchanged', () => {
    const input = '  Mr. Smith went to the U.S. Department of State on Monday.\n\nHe met Jane Doe there. They talked about Taiwan.  ';
    const digest = JSON.parse(summarize(['--text', '--json', '-'], input)) as Digest;
    expect(digest.text).toBe(input);
    for (const h of digest.highlights) expect(input.slice(h.start, h.end)).toBe(h.text);
  });

  test('--batch: JSONL in, JSONL out, one bad document never stops the batch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-batch-'));
    const batch = join(dir, 'in.jsonl');
    writeFileSync(batch, [
      JSON.stringify({ id: 'file', file: join(seedDir, 'story-only.html'), url: 'https://newsroom.example/a' }),
      'not json',
      JSON.stringify({ id: 'empty', html: '<html><body></body></html>' }),
      JSON.stringify({ id: 'text', text: 'Chinese officials met U.S. representatives in December.' }),
      JSON.stringify({ id: 'nothing' }),
    ].join('\n'));
    const lines = summarize(['--batch', batch]).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(['file', 2, 'empty', 'text', 'nothing']);
    expect(lines[0]).toMatchObject({ published: '2025-04-10T19:42:00-04:00', url: 'https://newsroom.example/a' });
    expect(lines[1]?.error).toMatch(/JSON/);
    expect(lines[2]?.error).toBe('No story text was found on this page.');
    expect(lines[3]).toMatchObject({ text: 'Chinese officials met U.S. representatives in December.' });
    expect(lines[4]?.error).toMatch(/"html", "text" or "file"/);
  });

  test('a missing file is an error on stderr with a non-zero exit', () => {
    expect(() => execFileSync('npm', ['run', '--silent', 'summarize', '--', '/nonexistent.html'], { cwd: root, stdio: 'pipe' })).toThrow(/ENOENT/);
  });
});
