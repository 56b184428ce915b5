// An unnamed subject before a speech verb ("the officials said", "der Sprecher sagte", "la
// ministre a déclaré"): the verb's speaker is someone the sentence does not name, so no name
// before the subject speaks, however near.
import { breaksBetween, type Cue, type Token } from './find-cues.ts';
import { isDeterminer } from './name-context.ts';
import type { SpeakerScope } from './quote-speaker.ts';

/**
 * Where a subject that names no one opens right before the verb: a determiner, then common
 * nouns, then only auxiliaries or function words up to the verb ("the officials have said",
 * "der Sprecher sagte", "la ministre a déclaré"); null where a name or a pronoun stands there.
 * The determiner opens its clause, or follows a conjunction ("…, but the officials said"):
 * after a preposition, a name or a verb it opens an object ("told her sibling's friend",
 * "auf dem Gipfel des Handelsblatts geäußert", "kündigte Ruto das Ende an"). After a clause
 * that sets the scene it may stand for that clause's subject ("When Dion was asked …, the
 * star explained"), as a pronoun does: that is no unnamed subject either.
 */
export function unnamedSubject(scope: SpeakerScope, cue: Cue): number | null {
  const { text, tokens, speech } = scope;
  /** Is the word at `i` in the verb's clause, with no break between it and the next word? */
  const joined = (i: number): boolean => i >= 0 && !breaksBetween(text, tokens[i]!.end, tokens[i + 1]!.start);
  /** An auxiliary or an adverb between the subject and the verb: "have", "also", "a". */
  const leadsToVerb = (word: string): boolean => !isDeterminer(speech, word) && (speech.auxiliaries.has(word) || speech.functionWords.has(word));
  let k = cue.first - 1;
  while (joined(k) && leadsToVerb(tokens[k]!.lower)) k--;
  const lastNoun = k;
  while (joined(k) && isCommonNoun(scope, tokens[k]!)) k--;
  if (k === lastNoun || !joined(k) || !isDeterminer(speech, tokens[k]!.lower)) return null;
  const before = joined(k - 1) ? tokens[k - 1]!.lower : null;
  if (before === null) return followsSceneSetting(scope, k) ? null : tokens[k]!.start;
  return speech.functionWords.has(before) && !speech.prepositions.has(before) ? tokens[k]!.start : null;
}

/** The clause before the word at `k` opens with a subordinator, after conjunctions if any: "(And) when Dion was asked about it, …". */
function followsSceneSetting(scope: SpeakerScope, k: number): boolean {
  const { text, tokens, speech } = scope;
  let first = k - 1;
  while (first > 0 && !breaksBetween(text, tokens[first - 1]!.end, tokens[first]!.start)) first--;
  for (let j = Math.max(0, first); j < k - 1 && speech.functionWords.has(tokens[j]!.lower); j++) {
    if (speech.subordinators.has(tokens[j]!.lower)) return true;
  }
  return false;
}

/** A word that is no name and no function word: lower case, or any word outside a name where every noun is capitalized. */
function isCommonNoun(scope: SpeakerScope, token: Token): boolean {
  const { speech } = scope;
  if (speech.functionWords.has(token.lower) || speech.pronouns.has(token.lower) || scope.mentions.some((m) => m.start < token.end && m.end > token.start)) return false;
  return !token.capitalized || speech.capitalizesNouns;
}
