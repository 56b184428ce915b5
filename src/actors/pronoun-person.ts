// Which person a pronoun speaker stands for ("sagte er", "she said", "dijo.", with the pronoun
// dropped). The rule reads where the person stands: the first name before it in its own
// sentence where a subject may stand, else the one who spoke in the sentence before, else the
// one person that sentence names. Where the sentence before names several people, or someone
// no name gives ("Der Mann …", "Su madre …"), it says no one. A written pronoun's gender rules
// out a person the page gives the other one ("Tom Keane … She said"): the pronoun then stands
// for someone else, and the rule names only a person it may be.
import type { Actor } from '../types.ts';
import type { Gender } from './languages/gendered-words.ts';
import { agrees } from './person-gender.ts';

/** What the rule reads of the story around a pronoun. */
export interface PronounStory {
  /**
   * The people a sentence names where a subject may stand, in text order and before `until`
   * when given: outside quotations and prepositional phrases ("Im Gespräch mit Niú erzählte
   * er": Niú is not er), not describing a noun ("Trump's lawyers").
   */
  peopleIn(index: number, until?: number): Actor[];
  /** The people a sentence names as the doer of a passive verb ("chaired by Kate Lind"), outside quotations. */
  agentsIn(index: number): Actor[];
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
  /** The gender the page gives a person (a courtesy title, a given name), null where it gives none. */
  genderOf(actor: Actor): Gender | null;
}

/** How far back a pronoun's person may be named, in characters (about 150 words). */
const PRONOUN_REACH = 1000;
/**
 * How many sentences of the story's own (not inside a quotation) before the pronoun's a
 * person may be named in: one that names no one lets the search go on to the one before.
 */
const SENTENCES_BACK = 5;

/**
 * The person a pronoun at `anchor`, in sentence `index`, stands for; null where the sentences
 * do not say. `gender` is the written pronoun's ("she"), null for a dropped one.
 */
export function pronounPerson(story: PronounStory, index: number, anchor: number, gender: Gender | null): Actor | null {
  const mayBe = (person: Actor): boolean => agrees(gender, story.genderOf(person));
  // "Laura Chen thanked Tom Becker, who she said …": a clause names its subject before its objects.
  // "As Tom Keane left, she added": where no one the clause names may be she, she was named before.
  const own = story.peopleIn(index, anchor);
  if (own.length > 0 && !story.pronounBeforePeople(index, anchor)) {
    const subject = own.find(mayBe);
    if (subject) return subject;
  }
  // "It is chaired by Ann Ortiz. She said": the doer of a passive verb is no subject, but she
  // may be who the pronoun stands for where the page gives her its gender. A person named
  // further back is then sure only where it is the same one.
  const passed = new Set<Actor>();
  const fits = (person: Actor): boolean => mayBe(person) && [...passed].every((other) => other === person);
  let read = 0;
  for (let i = index - 1; i >= 0 && read < SENTENCES_BACK && story.startOf(i) >= anchor - PRONOUN_REACH; i--) {
    const speaker = story.speakerOf(i);
    // "…," Meghan told Winfrey. "…," she said: she is who spoke, not who was spoken to.
    // "…," Tom said. "…," she said: someone else, whom the rule cannot tell.
    if (speaker) return speaker.kind === 'person' && fits(speaker) ? speaker : null;
    if (story.isQuoted(i)) continue;
    const people = new Set(story.peopleIn(i));
    // "Tom Keane met Ann Ortiz. She said": of two people, only one may be she.
    const fitting = [...people].filter(mayBe);
    if (people.size > 0) return fitting.length === 1 && fits(fitting[0]!) ? fitting[0]! : null;
    if (gender) for (const person of story.agentsIn(i)) if (story.genderOf(person) === gender) passed.add(person);
    read++;
  }
  return null;
}
