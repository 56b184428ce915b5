// The shipped lexicon snapshot must say what the installed compromise says: regenerate it
// with `npx tsx src/actors/data/build-lexicon-classes.ts` when compromise changes.
import { expect, test } from 'vitest';
import { liveLexicon } from '../../src/actors/compromise-lexicon.ts';
import { lexiconTags, ORG_WORDS, PLACE_WORDS } from '../../src/actors/lexicon.ts';
import { reduceTags } from '../../src/actors/lexicon-tags.ts';

test('every word of compromise\'s lexicon has the same reduced tags in the snapshot', () => {
  const { lexicon, orgWords, placeWords } = liveLexicon();
  const mismatches = Object.entries(lexicon)
    .filter(([word, entry]) => reduceTags(typeof entry === 'string' ? [entry] : entry).join(',') !== lexiconTags(word).join(','))
    .map(([word]) => word);
  expect(mismatches).toEqual([]);
  expect(Object.keys(lexicon).length).toBeGreaterThan(20_000);
  expect([...ORG_WORDS].sort()).toEqual([...orgWords].sort());
  expect([...PLACE_WORDS].sort()).toEqual([...placeWords].sort());
});

test('words outside the lexicon have no tags', () => {
  expect(lexiconTags('qzxv')).toEqual([]);
  expect(lexiconTags('china')).toContain('Country');
});
