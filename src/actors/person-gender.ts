// The grammatical gender a story gives a person, so that "she said" is not credited to a man.
// Two cues, both read off the page: a courtesy title before a mention ("Mrs Adeyemi",
// "Frau Berger", "M. Lefèvre") and the given name's gender in compromise's lexicon
// ("Emily" feminine, "Thomas" masculine). A name the lexicon gives no gender ("Andrea",
// "Jordan") says nothing; where the cues disagree, nothing is said either.
import type { Actor } from '../types.ts';
import type { Gender } from './languages/gendered-words.ts';
import { lexiconTags } from './lexicon.ts';

/** The lexicon's tags for a given name of either gender. */
const NAME_GENDER_TAGS: ReadonlyArray<[string, Gender]> = [['MaleName', 'masculine'], ['FemaleName', 'feminine']];
/** The word right before a mention, with its abbreviation dot: "Mrs. ", "Frau ", "Mme ", "Sig.ra ". */
const WORD_BEFORE = /([\p{L}.]+)\s+$/u;
/** How far before a mention its courtesy title may start, in characters. */
const TITLE_REACH = 16;
const CLOSING_DOT = /\.$/;

/**
 * The gender the page gives a person, or null where nothing says or the cues disagree.
 * `courtesyTitles` maps the language's courtesy titles, lower-case without a closing dot.
 */
export function personGender(actor: Actor, text: string, courtesyTitles: ReadonlyMap<string, Gender>): Gender | null {
  const said = new Set<Gender>();
  for (const mention of actor.mentions) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, mention.start - TITLE_REACH), mention.start));
    const gender = before && courtesyTitles.get(before[1]!.toLowerCase().replace(CLOSING_DOT, ''));
    if (gender) said.add(gender);
  }
  const given = givenNameGender(actor.name);
  if (given) said.add(given);
  return said.size === 1 ? [...said][0]! : null;
}

/** A full name's given name, read by the lexicon: only a name of two words or more opens with one. */
function givenNameGender(name: string): Gender | null {
  const words = name.split(' ');
  if (words.length < 2) return null;
  const tags = lexiconTags(words[0]!.toLowerCase());
  const genders = NAME_GENDER_TAGS.filter(([tag]) => tags.includes(tag)).map(([, gender]) => gender);
  return genders.length === 1 ? genders[0]! : null;
}

/** May a pronoun of `pronoun`'s gender stand for a person of `person`'s? Yes unless both are known and differ. */
export function agrees(pronoun: Gender | null, person: Gender | null): boolean {
  return !pronoun || !person || pronoun === person;
}
