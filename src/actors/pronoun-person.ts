// Which person a pronoun speaker stands for ("sagte er", "she said", "dijo.", with the pronoun
// dropped). There is no gender to read, so the rule reads where the person stands instead:
// the first name before it in its own sentence where a subject may stand, else the one who spoke in the
// sentence before, else the one person that sentence names. Where the sentence before
// names several people, or someone no name gives ("Der Mann …", "Su madre …"), it says no one.
import type { Actor } from '../types.ts';

/** What the rule reads of the story around a pronoun. */
export interface PronounStory {
  /**
   * The people a sentence names where a subject may stand, in text order and before `until`
   * when given: outside quotations and prepositional phrases ("Im Gespräch mit Niú erzählte
   * er": Niú is not er), not describing a noun ("Trump's lawyers").
   */
  peopleIn(index: number, until?: number): Actor[];
  /**
   * A subject pronoun stands in the sentence before the first person it names there (before
   * `until`): "Ele sustentou que o indulto conferido a Silveira …, mas defendeu": the pronoun
   * is the clause's subject, and the names after it are objects.
   */
  pronounBeforePeople(index: number, until: number): boolean;
  /** The actor credited with speech in a sentence, where one was. */
  speakerOf(index: number): Actor | undefined;
  /** The sentence lies wholly inside a quotation: it is someone's speech, and names no subject of the story's. */
  isQuoted(index: number): boolean;
  /** Where a sentence starts. */
  startOf(index: number): number;
}

/** How far back a pronoun's person may be named, in characters (about 150 words). */
const PRONOUN_REACH = 1000;
/**
 * How many sentences of the story's own (not inside a quotation) before the pronoun's a
 * person may be named in: one that names no one lets the search go on to the one before.
 */
const SENTENCES_BACK = 5;

/** The person a pronoun at `anchor`, in sentence `index`, stands for; null where the sentences do not say. */
export function pronounPerson(story: PronounStory, index: number, anchor: number): Actor | null {
  // "Laura Chen thanked Tom Becker, who she said …": a clause names its subject before its objects.
  const own = story.peopleIn(index, anchor);
  if (own.length > 0 && !story.pronounBeforePeople(index, anchor)) return own[0]!;
  let read = 0;
  for (let i = index - 1; i >= 0 && read < SENTENCES_BACK && story.startOf(i) >= anchor - PRONOUN_REACH; i--) {
    const speaker = story.speakerOf(i);
    // "…," Meghan told Winfrey. "…," she said: she is who spoke, not who was spoken to.
    if (speaker) return speaker.kind === 'person' ? speaker : null;
    if (story.isQuoted(i)) continue;
    const people = new Set(story.peopleIn(i));
    if (people.size > 0) return people.size === 1 ? [...people][0]! : null;
    read++;
  }
  return null;
}
