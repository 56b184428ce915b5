import { describe, expect, test } from 'vitest';
import { findActors } from '../../src/actors/find-actors.ts';
import { findMentions } from '../../src/actors/find-mentions.ts';
import { withProducts, wordsBefore } from '../../src/actors/product-names.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

function shown(text: string): string[] {
  return findActors({ text, sentences: splitSentences(text), title: null, highlights: [] }).map((a) => `${a.kind}:${a.name}`);
}

function kindOf(text: string, name: string): string | undefined {
  return findMentions(text).find((m) => m.text === name)?.kind;
}

describe('products and works are no actors (English)', () => {
  test('a product line the story writes with its models\' numbers is no actor, nor a name it opens', () => {
    const text =
      'Microsoft unveiled the Xbox 7 Pro on Monday. Gamers who bought the Xbox last year can trade it in, and the Xbox Arcade service ' +
      'stays free. Microsoft said Xbox sales doubled, and shops expect the Xbox to sell out.';
    const actors = shown(text);
    expect(actors).toContain('organization:Microsoft');
    expect(actors.filter((a) => a.includes('Xbox'))).toEqual([]);
  });

  test('a name most of whose mentions read as a product\'s is no actor', () => {
    const text =
      'Teenagers love the online game Roblox. The Roblox protocol lets a server trade items, and older versions of Roblox crash ' +
      'when a packet is too large. Roblox was made by a small studio. Critics said the studio, Orvane Inc., should fix it.';
    const actors = shown(text);
    expect(actors.filter((a) => a.includes('Roblox'))).toEqual([]);
    expect(actors).toContain('organization:Orvane Inc.');
  });

  test('verbs of use name a product: installed, downloaded, runs on; a broadcaster an ad ran on stays', () => {
    const installed = 'Millions installed Roblox last year, schools downloaded Roblox too, and Roblox is free.';
    expect(shown(installed).filter((a) => a.includes('Roblox'))).toEqual([]);
    const runsOn = 'The phone runs on Pexora, the watch runs on Pexora, and the car uses Pexora too.';
    expect(withProducts(findMentions(runsOn), runsOn).filter((m) => m.text === 'Pexora').map((m) => m.kind)).toEqual(['other', 'other', 'other']);
    expect(shown('The ad ran on Fox News on Sunday, a spokesman said.')).toContain('organization:Fox News');
  });

  test('a maker stays an organization: one product cue among many mentions, or its products named after it', () => {
    const text =
      'Kestrel Labs said on Monday it would appeal. Kestrel Labs faces a fine, a Kestrel Labs update was delayed, ' +
      'and Kestrel Labs phones sold well. Goldman Sachs advised Kestrel Labs. Samsung phones sold well this spring, Samsung said, ' +
      'and the Samsung Galaxy S30 Ultra sold best.';
    const actors = shown(text);
    expect(actors).toContain('organization:Kestrel Labs');
    expect(actors).toContain('organization:Goldman Sachs');
    expect(actors).toContain('organization:Samsung');
  });

  test('a name closed by a product\'s noun is a product: GPU, Browser, IDE, Messenger; a paper named after its town is not', () => {
    const text = 'She tested the Varnel Rho GPU in Norvik Browser, wrote code in Quill IDE and chatted on Tandy Messenger, the Leeds Messenger reported.';
    expect(kindOf(text, 'Varnel Rho GPU')).toBe('other');
    expect(kindOf(text, 'Norvik Browser')).toBe('other');
    expect(kindOf(text, 'Quill IDE')).toBe('other');
    expect(kindOf(text, 'Tandy Messenger')).toBe('other');
    expect(kindOf(text, 'Leeds Messenger')).not.toBe('other');
  });

  test('a name the story numbers twice is a numbered series, no actor; one score after a team is no series', () => {
    const series = shown('Laptops that shipped with Windows 10 will get Windows 11 for free, and Windows still leads the market, Microsoft said.');
    expect(series).toContain('organization:Microsoft');
    expect(series.filter((a) => a.includes('Windows'))).toEqual([]);
    const scores = shown('Pine Ridge hosts Golden at noon. Golden (8-1) averages 30.5 points, and Golden 28.2 on the road. Golden beat Heritage last week.');
    expect(scores.filter((a) => a.endsWith(':Golden'))).toHaveLength(1);
  });

  test('"a version of" a person is that person', () => {
    const text = 'Lena Ostrova plays a younger version of Lena Ostrova in the film, and Lena Ostrova said she enjoyed it.';
    expect(shown(text)).toContain('person:Lena Ostrova');
  });

  test('the last word of a product\'s name, standing alone, is the product\'s', () => {
    const text =
      'Coders at Halvora Inc. switched to the Quill IDE this year. They say the desktop IDE is fast, the IDE runs on any laptop, ' +
      'and the IDE has fewer bugs, Halvora Inc. said.';
    expect(shown(text)).toEqual(['organization:Halvora Inc.']);
  });

  test('a place is where a product is sold, never the product', () => {
    expect(shown('The Kenya version of the quiz was cheaper, the BBC said.')).toContain('place:Kenya');
  });
});

describe('wordsBefore', () => {
  // The pattern wordsBefore runs on the tail of its input only; on the whole input it must find the same words.
  const WHOLE = /((?:\p{Ll}[\p{Ll}-]*[^\S\n]+){1,3})$/u;
  test('finds what the pattern finds on the whole text', () => {
    const samples = [
      '', ' ', 'the ', 'said the online game ', 'Then it runs on ', 'one two three four five ', 'a\nrelease of the ',
      'new\n', 'ABcd efg ', 'end. The long-awaited ', 'of\u00a0the\t', 'the 𝑥 version ', 'lone \ud835 ', 'lone \udc4e half ',
      'x'.repeat(70) + ' of ', 'the Quill ', 'versions  of  ',
    ];
    for (const sample of samples) expect(wordsBefore(sample), JSON.stringify(sample)).toBe(WHOLE.exec(sample)?.[1] ?? '');
  });
});
