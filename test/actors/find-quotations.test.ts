import { describe, expect, test } from 'vitest';
import { findQuotations } from '../../src/actors/find-quotations.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

const GERMAN = new Map(Object.entries({ '„': '“”', '»': '«', '«': '»', '“': '”', '‚': '‘’' }));
const FRENCH = new Map(Object.entries({ '«': '»', '“': '”' }));
const ENGLISH = new Map(Object.entries({ '“': '”"', '"': '"”', '‘': "’'", "'": "'’" }));

function quoted(text: string, marks: ReadonlyMap<string, string>): string[] {
  return findQuotations(text, splitSentences(text), marks).map((q) => text.slice(q.inner.start, q.inner.end));
}

describe('findQuotations', () => {
  test.each([
    ['„Wir bleiben“, sagte sie. »Ganz sicher«, fügte sie hinzu.', GERMAN, ['Wir bleiben', 'Ganz sicher']],
    ['«Wir bleiben hier», sagte er in Zürich.', GERMAN, ['Wir bleiben hier']],
    ['„Das Ziel ist klar. Der Weg ist lang“, sagte sie.', GERMAN, ['Das Ziel ist klar. Der Weg ist lang']],
    ['«\u202fNous resterons ici\u00a0», a-t-elle dit.', FRENCH, ['Nous resterons ici']],
    ["'We won't stop,' she said. The players' union agreed.", ENGLISH, ["We won't stop"]],
  ])('%s', (text, marks, expected) => {
    expect(quoted(text, marks)).toEqual(expected);
  });

  test('an apostrophe before a clitic opens no quotation, even after a period or a space', () => {
    expect(quoted("Dr. Ng of Tide Labs said Jo B.'s report was fine, and the crew 's boat is 'safe and dry'.", ENGLISH)).toEqual(['safe and dry']);
  });

  test('a quoted title or a word held at a distance is no quotation', () => {
    expect(quoted('Sie las die „Bild“-Zeitung und sprach von „Zeitenwende“.', GERMAN)).toEqual([]);
  });

  test('a quotation never runs over a paragraph break', () => {
    expect(quoted('„Wir bleiben hier, sagte er.\n\nDie Sitzung endete um acht“ Uhr.', GERMAN)).toEqual([]);
  });

  test('a quotation running on into the next paragraph opens both and closes the last', () => {
    const text = 'She said: “The plan is ready.\n\n“We start on Monday.”';
    expect(quoted(text, ENGLISH)).toEqual(['The plan is ready.', 'We start on Monday.']);
  });
});
