// The gender a page gives a person: a courtesy title before a mention, the given name's in
// the lexicon; nothing where neither says or they disagree. Names and sentences written for this test.
import { describe, expect, test } from 'vitest';
import { genderOfWords } from '../../src/actors/languages/gendered-words.ts';
import { personGender } from '../../src/actors/person-gender.ts';
import type { Actor } from '../../src/types.ts';
import { GENDERED_COURTESY_TITLES } from '../../src/actors/word-lists.ts';

const TITLES = genderOfWords(GENDERED_COURTESY_TITLES);

/** The person `name` as mentioned at each place it is written in `text`. */
function person(text: string, name: string, written = [name]): Actor {
  const mentions = written.flatMap((form) => [...text.matchAll(new RegExp(form, 'g'))].map((m) => ({ start: m.index, end: m.index + form.length })));
  return { name, kind: 'person', role: null, mentions };
}

describe('personGender', () => {
  test.each([
    ['Laura Chen opened the depot.', 'Laura Chen', undefined, 'feminine'],
    ['Tom Becker opened the depot.', 'Tom Becker', undefined, 'masculine'],
    ['Mrs. Okafor opened the depot.', 'Okafor', undefined, 'feminine'],
    ['Casey Okafor opened the depot. Mr Okafor said so.', 'Casey Okafor', ['Casey Okafor', 'Okafor'], 'masculine'],
  ])('reads the given name or a courtesy title: %s', (text, name, written, gender) => {
    expect(personGender(person(text, name, written), text, TITLES)).toBe(gender);
  });

  test.each([
    ['Casey Okafor opened the depot.', 'Casey Okafor', undefined],
    ['Okafor opened the depot.', 'Okafor', undefined],
    ['Laura Chen opened the depot. Mr Chen said so.', 'Laura Chen', ['Laura Chen', 'Chen']],
  ])('says nothing where no cue says, or the cues disagree: %s', (text, name, written) => {
    expect(personGender(person(text, name, written), text, TITLES)).toBeNull();
  });
});
