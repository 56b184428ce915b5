// A quotation in title case names a work, a show or a campaign, and is no one's words;
// speech stays speech however it is capitalized. Through the real pipeline, on sentences
// written for this test.
import { beforeAll, describe, expect, test } from 'vitest';
import { readChunkFromPackages } from '../../cli/language-chunks.ts';
import { findActors } from '../../src/actors/find-actors.ts';
import { findQuotes } from '../../src/actors/find-quotes.ts';
import type { Language } from '../../src/language/language.ts';
import { loadLanguage } from '../../src/language/load-language.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

const languages = new Map<string, Language | null>([['en', null]]);

beforeAll(async () => {
  languages.set('de', await loadLanguage('de', readChunkFromPackages));
});

function quotesOf(code: string, text: string): Array<[string, string]> {
  const language = languages.get(code) ?? null;
  const sentences = splitSentences(text);
  const actors = findActors({ text, sentences, title: null, highlights: [], language });
  return findQuotes({ text, sentences, actors, language }).map((quote) => [quote.speaker, quote.text]);
}

describe('a quotation in title case', () => {
  test.each([
    ['en', 'Laura Chen wrote about “The Quiet Harbor of Maine” last year.'],
    ['de', 'Die Autorin Julia Neumann sprach über ihr Buch „Grüne Zukunft Europa“.'],
  ])('%s: names a work, credited to no one: %s', (code, text) => {
    expect(quotesOf(code, text)).toEqual([]);
  });

  test.each([
    ['en', '"Sit down, Tom," said Laura Chen.', 'Laura Chen', 'Sit down, Tom'],
    ['de', 'Julia Neumann sagte zum Schluss: „Eine Frechheit.“', 'Julia Neumann', 'Eine Frechheit.'],
    ['de', 'Julia Neumann forderte, »die Schulen in die Mitte der Stadt« zu holen.', 'Julia Neumann', 'die Schulen in die Mitte der Stadt'],
  ])('%s: is speech where a verb of speech follows it, or it opens with an article or in lower case: %s', (code, text, speaker, quote) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });
});
