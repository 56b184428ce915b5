// "Markdown for notes" on a small digest written for the test: the front matter parses back
// to the story's facts, and page text never turns into YAML or Markdown syntax.
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { actorTag, formatNotes, yamlString } from '../../src/digest/format-notes.ts';
import { textFragmentUrl } from '../../src/digest/text-fragment.ts';
import type { Digest } from '../../src/types.ts';

const digest: Omit<Digest, 'summary' | 'text'> = {
  url: 'https://news.example/harbor?id=7#top',
  title: 'Strike ends: "yes" to a deal, #1 story',
  byline: 'By Ana Ruiz',
  siteName: 'Harbor Times',
  lang: 'en',
  dir: 'ltr',
  language: 'en',
  published: '2025-04-10T19:42:00-04:00',
  updated: '2025-04-14',
  wordCount: 120,
  readingMinutes: 1,
  highlights: [
    { text: 'Dock workers in Port Ellis return on Tuesday after a deal worth $4.5 million and $3 in bonuses.', start: 0, end: 96 },
    { text: 'The union (local 12) agreed.', start: 98, end: 126 },
  ],
  publisherHighlights: [],
  actors: [
    { name: 'Tom Becker', kind: 'person', role: 'union leader', mentions: [] },
    { name: 'Port Ellis', kind: 'place', role: null, mentions: [] },
    { name: 'U.S.', kind: 'place', role: null, mentions: [] },
    { name: '2025', kind: 'organization', role: null, mentions: [] },
  ],
  quotes: [{ speaker: 'Tom Becker', text: 'a fair deal', start: 10, end: 21 }],
  timeline: [{ date: '2025-03', phrase: 'in March', start: 30, end: 38, sentence: null }],
};

/** The front matter between the first two `---` lines, parsed as YAML. */
function frontMatterOf(note: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(note);
  if (!match?.[1]) throw new Error('no front matter');
  return load(match[1]) as Record<string, unknown>;
}

describe('formatNotes', () => {
  const note = formatNotes(digest, { locale: 'en-US', gist: 'Dock workers return on Tuesday.' });

  test('the front matter parses back to the story\'s facts, every value a string', () => {
    expect(frontMatterOf(note)).toEqual({
      title: 'Strike ends: "yes" to a deal, #1 story',
      source: 'Harbor Times',
      url: 'https://news.example/harbor?id=7#top',
      author: 'Ana Ruiz',
      published: '2025-04-10T19:42:00-04:00',
      updated: '2025-04-14',
      tags: ['Tom-Becker', 'Port-Ellis', 'US'],
    });
  });

  test('missing facts are left out; the source falls back to the host', () => {
    const bare = formatNotes({ ...digest, byline: null, siteName: null, updated: null, actors: [] }, { locale: 'en-US' });
    expect(frontMatterOf(bare)).toEqual({
      title: digest.title,
      source: 'news.example',
      url: digest.url,
      published: digest.published,
    });
  });

  test('then the gist, labelled, and the highlights, each linked to its passage', () => {
    const body = note.slice(note.indexOf('\n---\n') + 5);
    expect(body).toContain("**TL;DR (written by the browser's on-device model):** Dock workers return on Tuesday.");
    const highlights = body.split('\n').filter((line) => line.startsWith('- ') && line.includes('[↗]'));
    expect(highlights).toHaveLength(2);
    expect(highlights[0]).toBe(
      '- Dock workers in Port Ellis return on Tuesday after a deal worth \\$4.5 million and \\$3 in bonuses. ' +
        '[↗](https://news.example/harbor?id=7#:~:text=Dock%20workers%20in%20Port%20Ellis,million%20and%20%243%20in%20bonuses.)',
    );
    expect(highlights[1]).toContain('#:~:text=The%20union%20%28local%2012%29%20agreed.)');
  });

  test('actors, timeline and quotes follow, under their headings', () => {
    expect(note).toContain('## Key actors\n- **People:** Tom Becker (union leader)\n- **Organizations:** 2025\n- **Places:** Port Ellis, U.S.');
    expect(note).toContain('## Timeline\n- March 2025: in March');
    expect(note).toContain('## Who said what\n- **Tom Becker:** “a fair deal”');
    expect(note).not.toContain('undefined');
  });

  test('without the gist there is no TL;DR line', () => {
    expect(formatNotes(digest, { locale: 'en-US' })).not.toContain('TL;DR');
  });
});

describe('yamlString', () => {
  test.each(['2025', 'yes', 'null', '~', '#1', 'key: value', '- item', 'line\nbreak', 'tab\there', 'quote " and \\ backslash', '\u2028', '\u0007'])(
    '%j reads back as the same string',
    (value) => {
      expect(load(`value: ${yamlString(value)}`)).toEqual({ value });
    },
  );
});

test('actorTag: no spaces or punctuation, never digits alone', () => {
  expect(actorTag('Wang Lei')).toBe('Wang-Lei');
  expect(actorTag("Côte d'Ivoire")).toBe('Côte-dIvoire');
  expect(actorTag('U.S.')).toBe('US');
  expect(actorTag('1999')).toBeNull();
  expect(actorTag('...')).toBeNull();
});

test('textFragmentUrl: short passages whole, long ones by their edges; the page\'s own fragment gives way', () => {
  expect(textFragmentUrl('https://a.example/x#y', 'A short-lived deal, at last')).toBe('https://a.example/x#:~:text=A%20short%2Dlived%20deal%2C%20at%20last');
});
