// Decides whether a candidate name is a person, an organization, a place or a
// nationality, from the words inside it and the words around it.
import type { MentionKind } from './mention.ts';
import { PLACE_ALIASES } from './place-aliases.ts';
import { ORG_HEADS, PLACE_HEADS, nameClass } from './word-classes.ts';
import { PLACE_OPENERS, PLACE_PREPOSITIONS, SPEECH_VERBS } from './word-lists.ts';

export interface NameEvidence {
  /** The name's words, lower-cased, periods kept on abbreviations ("st.", "u.s."). */
  words: string[];
  /** The name as written. */
  surface: string;
  /** A person's title stood before it ("President"). */
  titled: boolean;
  /** The lower-cased words just before and after the name, or ''. */
  previous: string;
  next: string;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u;
const INITIAL = /^\p{L}\.?$/u;

/** The kind of a candidate name, or null when it is no name of interest. */
export function classifyName(name: NameEvidence): MentionKind | null {
  const { words } = name;
  const phrase = words.join(' ');
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  const known = nameClass(phrase) ?? nameClass(phrase.replaceAll('.', ''));
  if (known === 'first-name' || known === 'last-name') return 'person';
  if (known) return known;
  if (words.length > 1) {
    if (ORG_HEADS.has(last) || words.some((word, i) => ORG_HEADS.has(word) && words[i + 1] === 'of')) {
      return 'organization';
    }
    if (nameClass(last) === 'nationality') return 'nationality';
    if (PLACE_HEADS.has(last)) return 'place';
    const rest = nameClass(words.slice(1).join(' '));
    if (PLACE_OPENERS.has(first.replace(/\.$/, '')) && (rest === null || rest === 'place')) return 'place';
  }
  if (ACRONYM.test(name.surface)) return PLACE_ALIASES.has(phrase) ? 'place' : 'organization';
  if (name.titled) return 'person';
  if (words.length > 1) {
    const classes = words.map((word) => nameClass(word));
    if (classes[0] === 'first-name' || classes.at(-1) === 'last-name' || INITIAL.test(first)) return 'person';
    if (classes.every((kind) => kind === 'place' || kind === null) && classes.includes('place')) return 'place';
  }
  if (SPEECH_VERBS.has(name.next)) return 'person';
  if (PLACE_PREPOSITIONS.has(name.previous)) return 'place';
  return 'person';
}
