// Two names run together where a photo caption lost its closing stop: "… fellow goalkeeper
// Gianluigi Buffon Hart has labelled Buffon …", "… at Goodison Park Martinez insisted …". The
// caption ends with a name, the next sentence opens with another person's surname, and the
// capitals join them into one run that names no one.
import type { NameChunk } from './name-chunks.ts';
import type { Token } from './tokenize.ts';
import { nameClass, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, type NameClass } from './word-classes.ts';
import { GENERATION_SUFFIXES, PLACE_WORDS_NOT_HEADS } from './word-lists.ts';

/** What the story's other runs say about the words that could close a run-on. */
interface StoryNames {
  /** Surnames of the people the story names in full ("hart" of "Joe Hart"), each with the full names that end in it. */
  surnames: ReadonlyMap<string, readonly string[]>;
  /** Words the story writes as a name of one word ("Buffon"). */
  namedAlone: ReadonlySet<string>;
}

/**
 * The chunks, with each run that ends in another person's surname split before it: the name
 * before the surname and the surname (`isRunOn`).
 */
export function splitCaptionRunOns(chunks: readonly NameChunk[], tokens: Token[]): NameChunk[] {
  const story = storyNames(chunks, tokens);
  if (story.surnames.size === 0) return [...chunks];
  const split: NameChunk[] = [];
  for (const chunk of chunks) {
    if (isRunOn(chunk, tokens, story)) split.push({ first: chunk.first, last: chunk.last - 1 }, { first: chunk.last, last: chunk.last });
    else split.push(chunk);
  }
  return split;
}

/** The run's words, lower-cased, joined by spaces. */
function wordsOf(tokens: Token[], first: number, last: number): string {
  let words = tokens[first]?.lower ?? '';
  for (let i = first + 1; i <= last; i++) words += ` ${tokens[i]?.lower ?? ''}`;
  return words;
}

/** Classes of a word that make it a place's, a body's or a people's, no person's. */
const NOT_A_PERSONS: ReadonlySet<NameClass | null> = new Set(['place', 'organization', 'nationality', 'group']);

/**
 * A person's full name, as far as its words tell: two to four capitalized words opened by a known
 * first name ("Joe Hart"), none of them a place's or a body's head, nor a word the lists know as
 * a place's or a body's ("Sony Nashville" is no one).
 */
function isFullName(chunk: NameChunk, tokens: Token[]): boolean {
  const size = chunk.last - chunk.first + 1;
  if (size < 2 || size > 4 || nameClass(tokens[chunk.first]?.lower ?? '') !== 'first-name') return false;
  for (let i = chunk.first; i <= chunk.last; i++) {
    const token = tokens[i];
    if (token?.capitalized !== true || isHeadOfPlaceOrBody(token.lower) || NOT_A_PERSONS.has(nameClass(token.lower))) return false;
  }
  return true;
}

/** A word that closes a place's, a venue's or a body's name ("County", "Park", "Bank"). */
function isHeadOfPlaceOrBody(word: string): boolean {
  return PLACE_HEADS.has(word) || ORG_HEADS.has(word) || PLACE_WORDS_NOT_HEADS.has(word);
}

function storyNames(chunks: readonly NameChunk[], tokens: Token[]): StoryNames {
  const surnames = new Map<string, string[]>();
  const namedAlone = new Set<string>();
  for (const chunk of chunks) {
    if (chunk.first === chunk.last) namedAlone.add(tokens[chunk.first]?.lower ?? '');
    if (!isFullName(chunk, tokens)) continue;
    const surname = tokens[chunk.last]?.lower ?? '';
    if (GENERATION_SUFFIXES.has(surname)) continue;
    surnames.set(surname, [...(surnames.get(surname) ?? []), wordsOf(tokens, chunk.first, chunk.last)]);
  }
  return { surnames, namedAlone };
}

/**
 * "Gianluigi Buffon Hart", "Goodison Park Martinez": a run whose last word is the
 * surname of someone else the story names in full ("Joe Hart": no ending of the run itself), and
 * whose two or more words before it make a name that stands complete: their last is a place's, a
 * venue's or a body's head ("Park"), or a name the story also writes alone ("Buffon") that is no
 * given name: a family's second given name ("Lisa Marie Presley") closes no name.
 */
function isRunOn(chunk: NameChunk, tokens: Token[], story: StoryNames): boolean {
  // Two words ("Henry Smith" in a list of members) are too often one person's name.
  if (chunk.last - chunk.first < 2) return false;
  const others = story.surnames.get(tokens[chunk.last]?.lower ?? '');
  if (others === undefined) return false;
  const run = wordsOf(tokens, chunk.first, chunk.last);
  // "Joe Hart" inside "England goalkeeper Joe Hart" is the run's own name, not someone else's.
  if (!others.some((full) => !run.endsWith(full))) return false;
  // "Vice President Biden": a title before the surname is the person's own.
  for (let i = chunk.first; i < chunk.last; i++) if (tokens[i]?.capitalized !== true || ROLE_NOUNS.has(tokens[i]?.lower ?? '')) return false;
  const restLast = tokens[chunk.last - 1]?.lower ?? '';
  if (isHeadOfPlaceOrBody(restLast)) return true;
  return story.namedAlone.has(restLast) && nameClass(restLast) !== 'first-name';
}
