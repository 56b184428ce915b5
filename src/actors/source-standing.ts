// What makes an English actor central beyond how often it is named: the story quotes it
// ("…, Okafor said"; "according to Okafor") or introduces it with a role ("Mayor Ana
// Ruiz"; "Ana Ruiz, the mayor, …"). On the dev pages about half of such people are key
// actors, against a fifth of the people named without either.
import type { ActorGroup } from './fold-mentions.ts';
import type { Mention } from './mention.ts';
import { isLetter, wordRuns } from '../text/word-runs.ts';
import { SPEECH_VERBS } from './word-lists.ts';

/** The salience a source or a role-holder gains: about two more mentions. */
export const SOURCE_WEIGHT = 2;
/** How many of an actor's mentions are looked at. */
const MAX_MENTIONS_SEARCHED = 8;
/** How far around a mention a speech verb is looked for, in characters. */
const REACH = 24;
/** "according to", the one source cue of two words. */
const ACCORDING_TO = /\baccording to\W*$/iu;

/** SOURCE_WEIGHT when the actor speaks or holds a role in the story, else 0. */
export function sourceStanding(group: ActorGroup, text: string, role: string | null): number {
  // A source is quoted early and often: its first mentions tell, later ones would only cost time.
  return role !== null || group.mentions.slice(0, MAX_MENTIONS_SEARCHED).some((m) => speaks(m, text)) ? SOURCE_WEIGHT : 0;
}

/** A speech verb right after the name ("Okafor said") or right before it ("said Okafor", "according to Okafor"). */
function speaks(mention: Mention, text: string): boolean {
  const after = firstWord(text.slice(mention.end, mention.end + REACH));
  if (after !== undefined && SPEECH_VERBS.has(after)) return true;
  const before = text.slice(Math.max(0, mention.start - REACH), mention.start);
  const last = lastWord(before);
  return (last !== undefined && SPEECH_VERBS.has(last) && /\p{L}\W{0,3}$/u.test(before)) || ACCORDING_TO.test(before);
}

// A word is a run of letters (`/\p{L}+/gu`), found by word-runs' scan: no match array per mention.

/** The first word of `text`, lower-cased, if any. */
function firstWord(text: string): string | undefined {
  const run = wordRuns(text, isLetter, 1);
  return run.length === 0 ? undefined : text.slice(run[0], run[1]).toLowerCase();
}

/** The last word of `text`, lower-cased, if any. */
function lastWord(text: string): string | undefined {
  const runs = wordRuns(text, isLetter);
  return runs.length === 0 ? undefined : text.slice(runs[runs.length - 2], runs[runs.length - 1]).toLowerCase();
}
