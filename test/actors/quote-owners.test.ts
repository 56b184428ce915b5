// A name that says whose the speaker is ("der Konzernchef von Acme Holding", "Lawyers for the
// family of Tom Becker") is not the speaker; a spokesman, a statement or members as a body
// speak for it. Through the real pipeline, on sentences written for this test.
import { beforeAll, describe, expect, test } from 'vitest';
import { readChunkFromPackages } from '../../cli/language-chunks.ts';
import { findActors } from '../../src/actors/find-actors.ts';
import { findQuotes } from '../../src/actors/find-quotes.ts';
import type { Language } from '../../src/language/language.ts';
import { loadLanguage } from '../../src/language/load-language.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

const languages = new Map<string, Language | null>([['en', null]]);

beforeAll(async () => {
  for (const code of ['de', 'es', 'fr', 'pt']) languages.set(code, await loadLanguage(code, readChunkFromPackages));
});

function speakersOf(code: string, text: string): string[] {
  const language = languages.get(code) ?? null;
  const sentences = splitSentences(text);
  const actors = findActors({ text, sentences, title: null, highlights: [], language });
  return findQuotes({ text, sentences, actors, language }).map((quote) => quote.speaker);
}

describe('the owner of an unnamed speaker', () => {
  test.each([
    ['de', '„Das ist gut“, sagte der Konzernchef von Acme Holding, Paul Berger.', ['Paul Berger']],
    ['de', '„Das ist gut“, sagte der Konzernchef von Acme Holding.', []],
    ['es', '«La empresa cambió las reglas del juego», afirmó un integrante del Banco Central.', []],
    // One member speaks, unnamed, though the noun ends in "s": the club does not.
    ['en', "Sam Hill has managed Leeds for five years. 'We were brilliant today and the fans loved it,' the Leeds boss added.", []],
    // A people's word before a noun: the place speaks through its officials, not through its press.
    ['en', 'Pakistan sent aid on Monday. The dam failed in May and flooded three towns, according to Pakistani media.', []],
    ['en', 'Pakistan sent aid on Monday. The dam failed in May and flooded three towns, according to Pakistani officials.', ['Pakistan']],
    ['en', 'Lawyers for the family of Tom Becker said that they would sue the city.', []],
    ['en', 'The Israeli mission to the United Nations called the report “deeply biased and wrong”.', []],
    ['es', 'Carlos Ruiz habló primero en la reunión. «El acuerdo está muy cerca», dijo ayer el secretario general del partido.', []],
    // A person after a connector says whose the unnamed speaker is: a relative, a friend, one close to them.
    [
      'fr',
      'Le gouvernement prépare une réforme pour le printemps. « Il est très habile en politique et il le sait », selon un proche de Julien Roussel, qui dirige le parti.',
      [],
    ],
    ['es', 'La reforma llegará en marzo. «Nunca quiso ser candidato», dijo la hermana de Carlos Ruiz a la radio local.', []],
  ])('%s: does not speak: %s', (code, text, speakers) => {
    expect(speakersOf(code, text)).toEqual(speakers);
  });

  test.each([
    ['de', '„Das ist gut“, sagte ein Sprecher von Acme Holding.', ['Acme Holding']],
    ['pt', '"Os militares vão atuar normalmente", diz o comunicado do Supremo Tribunal Federal.', ['Supremo Tribunal Federal']],
    ['en', 'A spokesman for the Pentagon said that no troops had been hurt.', ['Pentagon']],
    ['en', 'Economists at Goldman Sachs said that prices would rise next year.', ['Goldman Sachs']],
    ['en', 'The point was stressed by Tom Becker, a senior official at the ministry, who made clear that the plan had failed.', ['Tom Becker']],
  ])('%s: speaks through its spokesman, its statement or its members as a body, or as the doer after "by": %s', (code, text, speakers) => {
    expect(speakersOf(code, text)).toEqual(speakers);
  });
});
