import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findActors } from '../../src/actors/find-actors.ts';
import { findQuotes } from '../../src/actors/find-quotes.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';
import type { ActorKind } from '../../src/types.ts';

interface SeedExpectations {
  title: string;
  actors: {
    mustInclude: Array<{ name: string; kind: ActorKind; aliases?: string[] }>;
    mustNotInclude: string[];
  };
}

const SEED = join(import.meta.dirname, '../../../shared/fixtures/seed');
const text = readFileSync(join(SEED, 'story.txt'), 'utf8');
const expected = JSON.parse(readFileSync(join(SEED, 'expected.json'), 'utf8')) as SeedExpectations;
const sentences = splitSentences(text);
const actors = findActors({ text, sentences, title: expected.title, highlights: [] });
const topTen = actors.slice(0, 10);

describe('the seed story', () => {
  test.each(expected.actors.mustInclude)('names $name ($kind) in the top ten, aliases folded in', ({ name, kind, aliases }) => {
    const actor = topTen.find((a) => a.name === name);
    expect(actor, `${name} among ${topTen.map((a) => a.name).join(', ')}`).toBeDefined();
    expect(actor?.kind).toBe(kind);
    const written = new Set(actor?.mentions.map((m) => text.slice(m.start, m.end)));
    for (const alias of aliases ?? []) {
      // "China's" is written as the mention "China" followed by "'s".
      const bare = alias.replace(/['’]s$/u, '');
      if (new RegExp(`(?<![\\p{L}.])${bare.replaceAll('.', '\\.')}(?![\\p{L}])`, 'u').test(text)) {
        expect(written.has(bare), `${alias} folded into ${name}`).toBe(true);
      } else {
        // An alias only the headline uses ("US") must fold the same way in any story.
        const story = `Talks between ${alias} officials and ${name} went on.`;
        const folded = findActors({ text: story, sentences: splitSentences(story), title: null, highlights: [] });
        expect(folded.filter((a) => a.name === name).map((a) => a.mentions.length)).toEqual([2]);
      }
    }
  });

  test.each(expected.actors.mustNotInclude)('never names "%s" as an actor', (word) => {
    for (const actor of actors) {
      expect(actor.name).not.toBe(word);
      expect(actor.mentions.map((m) => text.slice(m.start, m.end))).not.toContain(word);
    }
  });

  test('each real entity is named once', () => {
    const names = actors.map((a) => a.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  test('the two countries lead, by mention count', () => {
    expect(actors.slice(0, 2).map((a) => a.name).sort()).toEqual(['China', 'United States']);
    expect(actors[0]?.mentions.length).toBeGreaterThanOrEqual(8);
  });

  test("Wang Lei's role is the appositive the story gives", () => {
    expect(actors.find((a) => a.name === 'Wang Lei')?.role).toBe("cyber official, China's Ministry of Foreign Affairs");
  });

  test('mentions are offsets into the text, in order', () => {
    for (const actor of actors) {
      const starts = actor.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const m of actor.mentions) expect(text.slice(m.start, m.end).trim()).toBe(text.slice(m.start, m.end));
    }
  });

  test('reported speech is attributed to its speakers', () => {
    const quotes = findQuotes({ text, sentences, actors });
    const wang = quotes.find((q) => q.speaker === 'Wang Lei');
    expect(wang?.text).toBe('the cyberattacks were linked to the geopolitical tensions intensifying around Taiwan');
    expect(quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['FBI', 'State Department']));
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  test('claims of unnamed officials ("Chinese officials acknowledged", "U.S. officials have voiced") are no country’s', () => {
    const speakers = findQuotes({ text, sentences, actors }).map((q) => q.speaker);
    expect(speakers).not.toContain('China');
    expect(speakers).not.toContain('United States');
  });
});
