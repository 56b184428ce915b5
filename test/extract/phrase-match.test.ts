// The two ways a line holds a phrase of a table: anywhere (containsPhrase), or at the start
// of a word (mentionsPhrase). Lines as the rules read them: lower case.
import { expect, test } from 'vitest';
import { containsPhrase, mentionsPhrase } from '../../src/extract/phrase-match.ts';

test.each([
  // line, phrases, anywhere, at a word's start
  ['jetzt den gratistestmonat sichern', ['testmonat'], true, false],
  ['ein testmonat ist gratis', ['testmonat'], true, true],
  ['5min read', ['min read'], true, false],
  ['5 min read', ['min read'], true, true],
  ['(kommentieren sie mit)', ['kommentier'], true, true],
  ['der text blieb unkommentiert', ['kommentier'], true, false],
  ['the harbor opened on monday', ['all rights reserved', 'cc by'], false, false],
])('%s %j: anywhere %s, at a word start %s', (line, phrases, anywhere, atWordStart) => {
  expect(containsPhrase(line, phrases)).toBe(anywhere);
  expect(mentionsPhrase(line, phrases)).toBe(atWordStart);
});
