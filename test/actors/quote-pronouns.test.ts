// Which person a pronoun speaker stands for ("she said", "sagte er", "disse", with the
// pronoun dropped), read by where the person stands and, where the page gives one, by gender:
// through the real pipeline, on sentences written for this test.
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
    ['en', 'Casey Chen met Jamie Becker in Boston on Monday. “It went very well,” she said.', 'It went very well'],
    ['de', 'Andrea Neumann traf Kai Hartmann am Montag in Bonn. „Das Gespräch war sehr gut“, sagte sie.', 'Das Gespräch war sehr gut'],
  ])('%s: credits no one where the sentence before names two people the page gives no gender, and neither spoke: %s', (code, text, quote) => {
    expect(creditsOf(code, text, quote)).toEqual([]);
  });
});

describe("a pronoun's gender", () => {
  test.each([
    ['en', 'Laura Chen met Tom Becker in Boston on Monday. “It went very well,” she said.', 'Laura Chen', 'It went very well'],
    ['en', 'Mr Okafor met Mrs Adeyemi at the depot. “We need more drivers,” she said.', 'Adeyemi', 'We need more drivers'],
    ['de', 'Julia Neumann traf Jonas Hartmann am Montag in Bonn. „Das Gespräch war sehr gut“, sagte er.', 'Jonas Hartmann', 'Das Gespräch war sehr gut'],
    ['fr', 'Claire Dumont a reçu Marc Lefèvre à la mairie lundi. « Nous avons beaucoup parlé », a-t-il dit.', 'Marc Lefèvre', 'Nous avons beaucoup parlé'],
  ])('%s: picks, of two people the sentence before names, the one of its gender (given name or courtesy title): %s', (code, text, speaker, quote) => {
    expect(creditsOf(code, text, quote)).toEqual([[speaker, quote]]);
  });

  test.each([
    ['en', '“The depot will stay open,” Tom Becker said. “We start in May,” she said.', 'We start in May'],
    ['de', '„Das Depot bleibt offen“, sagte Jonas Hartmann. „Wir beginnen im Mai“, sagte sie.', 'Wir beginnen im Mai'],
    ['en', 'The board met Tom Becker on Monday. The new fund will be chaired by Kate Lind from the trust. “We start in May,” she said.', 'We start in May'],
  ])('%s: credits no one where the only person it could stand for is of the other gender, or a woman named as a doer may be she: %s', (code, text, quote) => {
    expect(creditsOf(code, text, quote)).toEqual([]);
  });

  test.each([
    ['en', 'Laura Chen spoke first. As Tom Becker left the hall, she added: “We will be back.”', 'Laura Chen', 'We will be back.'],
  ])('%s: passes over a clause whose only person is of the other gender: %s', (code, text, speaker, quote) => {
    expect(creditsOf(code, text, quote)).toEqual([[speaker, quote]]);
  });
});
