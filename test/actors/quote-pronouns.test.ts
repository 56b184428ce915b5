// Which person a pronoun speaker stands for ("she said", "sagte er", "disse", with the
// pronoun dropped), read without gender: through the real pipeline, on sentences written
// for this test.
import { beforeAll, describe, expect, test } from 'vitest';
import { readChunkFromPackages } from '../../cli/language-chunks.ts';
import { findActors } from '../../src/actors/find-actors.ts';
import { findQuotes } from '../../src/actors/find-quotes.ts';
import type { Language } from '../../src/language/language.ts';
import { loadLanguage } from '../../src/language/load-language.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

const languages = new Map<string, Language | null>([['en', null]]);

beforeAll(async () => {
  for (const code of ['de', 'fr', 'pt']) languages.set(code, await loadLanguage(code, readChunkFromPackages));
});

/** [speaker, quote] of each quote of the text that holds `words`. */
function creditsOf(code: string, text: string, words: string): Array<[string, string]> {
  const language = languages.get(code) ?? null;
  const sentences = splitSentences(text);
  const actors = findActors({ text, sentences, title: null, highlights: [], language });
  return findQuotes({ text, sentences, actors, language })
    .filter((quote) => quote.text.includes(words))
    .map((quote) => [quote.speaker, quote.text]);
}

describe('a pronoun speaker', () => {
  test.each([
    [
      'en',
      '“The polls are with us,” Laura Chen told Tom Becker. “We will win in the spring,” she said.',
      'Laura Chen',
      'We will win in the spring',
    ],
    [
      'pt',
      'O deputado Paulo Souza disse que conversou com Ana Lima e Pedro Alves sobre a reforma. "Vamos encontrar uma saída", disse.',
      'Paulo Souza',
      'Vamos encontrar uma saída',
    ],
  ])('%s: is who spoke in the sentence before, not who was spoken to or of: %s', (code, text, speaker, quote) => {
    expect(creditsOf(code, text, quote)).toEqual([[speaker, quote]]);
  });

  test.each([
    [
      'de',
      'Der Student Jonas Hartmann floh im Winter aus dem Land. Im Gespräch mit Julia Neumann erzählte er, dass er große Angst gehabt habe.',
      'Jonas Hartmann',
      'er große Angst gehabt habe',
    ],
    [
      'fr',
      'Pour Claire Dumont, la réforme arrive beaucoup trop tard. « Il fallait agir il y a dix ans », explique-t-elle.',
      'Claire Dumont',
      'Il fallait agir il y a dix ans',
    ],
  ])('%s: is not a person in a phrase of its own clause, but is the one a phrase opening the sentence names: %s', (code, text, speaker, quote) => {
    expect(creditsOf(code, text, quote)).toEqual([[speaker, quote]]);
  });

  test.each([
    [
      'en',
      'Laura Chen thanked Tom Becker for the report, which she said “made the whole plan possible.”',
      'Laura Chen',
      'made the whole plan possible.',
    ],
    [
      'de',
      'Julia Neumann lobte Jonas Hartmann am Montag in Bonn, und sie sagte: „Der Bericht ist sehr gründlich.“',
      'Julia Neumann',
      'Der Bericht ist sehr gründlich.',
    ],
  ])('%s: in its own sentence is the subject named first, not the object after it: %s', (code, text, speaker, quote) => {
    expect(creditsOf(code, text, quote)).toEqual([[speaker, quote]]);
  });

  test.each([
    ['en', 'Tom Becker wrote a long letter to the board. Recalling the trip, when he first met Jo Lind, he admits: “It was a hard year for all of us.”', 'Tom Becker', 'It was a hard year for all of us.'],
  ])('%s: where a pronoun is the subject before any name of its sentence, is the person before it: %s', (code, text, speaker, quote) => {
    expect(creditsOf(code, text, quote)).toEqual([[speaker, quote]]);
  });

  test.each([
    ['en', 'Laura Chen met Tom Becker in Boston on Monday. “It went very well,” she said.', 'It went very well'],
    ['de', 'Julia Neumann traf Jonas Hartmann am Montag in Bonn. „Das Gespräch war sehr gut“, sagte sie.', 'Das Gespräch war sehr gut'],
  ])('%s: credits no one where the sentence before names two people and neither spoke: %s', (code, text, quote) => {
    expect(creditsOf(code, text, quote)).toEqual([]);
  });
});
