// The display name each mention stands for in a story in another language: every written
// form of a country ("Deutschlands", "deutschen", "Deutschland") becomes one name, and so
// does every inflected form of a name ("Johnsons", "Europäischen Zentralbank").
import type { Language } from '../language/language.ts';
import type { Canonical } from './fold-mentions.ts';
import type { Mention } from './mention.ts';
import { GENITIVE_S } from './name-facts.ts';
import { withoutInflections } from './word-knowledge.ts';

/**
 * A key shared by a name's inflected forms: each word as its shortest form that the story's
 * names also use ("Hallmanns" → "hallmann" where "Hallmann" is named; "Europäischen" →
 * "europäische"). A form no other name uses stays as written: stemming blindly would merge
 * names that only look alike.
 */
function inflectionKey(text: string, vocabulary: ReadonlySet<string>, language: Language): string {
  const words = text.toLowerCase().split(/\s+/u);
  return words
    .map((word, i) => {
      const forms = [...withoutInflections(word, language), ...(language.bare ? withoutShortEnding(word) : [])].filter((form) => form === word || vocabulary.has(form));
      // "Kim Jong Uns": the genitive of a short last word, too short for the endings above.
      if (i > 0 && i === words.length - 1 && isGenitiveOf(word, vocabulary, language)) forms.push(word.slice(0, -1));
      return forms.reduce((shortest, form) => (form.length < shortest.length ? form : shortest), word);
    })
    .join(' ');
}

/** Longest ending a language without tables is assumed to inflect a name with: "Davida" of "David", "Moyese" of "Moyes". */
const MAX_UNKNOWN_ENDING = 2;
/** Shortest stem left once such an ending is taken off. */
const MIN_STEM = 3;

/**
 * A name's word less one or two final letters: in a language this engine has no tables for
 * ("Davida Moyese", Czech for David Moyes), the forms another name of the story writes whole
 * are its uninflected ones. A longer ending, as a woman's surname takes ("Nováková"), stays.
 */
function withoutShortEnding(word: string): string[] {
  const forms: string[] = [];
  for (let cut = 1; cut <= MAX_UNKNOWN_ENDING && word.length - cut >= MIN_STEM; cut++) forms.push(word.slice(0, -cut));
  return forms;
}

/** "uns" of "Un": a name's last word with the genitive -s its language writes, where the story writes the word bare. */
function isGenitiveOf(word: string, vocabulary: ReadonlySet<string>, language: Language): boolean {
  return language.words.inflections.includes(GENITIVE_S) && word.endsWith(GENITIVE_S) && vocabulary.has(word.slice(0, -GENITIVE_S.length));
}

/** A name's last word in mixed case ("Hallmanns"), not an acronym's plural ("URLs"). */
const MIXED_CASE_LAST_WORD = /(?:^|\s)\p{Lu}\p{Ll}+$/u;

/**
 * "Jan Hallmanns" where the story writes "Hallmann" alone: the form is its key with the genitive
 * -s of a language that writes one on names (German, where it capitalizes nouns).
 */
function isGenitiveOfKey(form: string, key: string, language: Language): boolean {
  return language.words.capitalizesNouns && MIXED_CASE_LAST_WORD.test(form) && form.toLowerCase() === `${key}${GENITIVE_S}`;
}

/**
 * Names each entity by the form the story itself uses most (first used on a tie); a
 * country named only by nationality words takes its name in the story's language.
 */
export function languageCanonical(mentions: readonly Mention[], language: Language): Canonical {
  const vocabulary = new Set(mentions.flatMap((m) => m.text.toLowerCase().split(/\s+/u)));
  // Each written form's key once per story: a name recurs, and every mention's key is asked
  // twice (counted here, then read by foldMentions).
  const inflectionKeys = new Map<string, string>();
  const inflectionKeyOf = (text: string): string => {
    let key = inflectionKeys.get(text);
    if (key === undefined) {
      key = inflectionKey(text, vocabulary, language);
      inflectionKeys.set(text, key);
    }
    return key;
  };
  /** The key of the entity a mention names: its country, or its words uninflected. */
  const entityKey = (mention: Mention): string => (mention.region ? `region:${mention.region}` : inflectionKeyOf(mention.text));
  const counts = new Map<string, Map<string, number>>();
  for (const mention of mentions) {
    if (mention.kind === 'nationality' || mention.kind === 'other') continue;
    const key = entityKey(mention);
    const forms = counts.get(key) ?? new Map<string, number>();
    const form = mention.baseForm ?? mention.text;
    forms.set(form, (forms.get(form) ?? 0) + 1);
    counts.set(key, forms);
  }
  const display = new Map<string, string>();
  for (const [key, forms] of counts) {
    // The uninflected form where the story writes it ("Hallmann", not "Hallmanns"); else the most used.
    let best = '';
    let most = 0;
    for (const [form, n] of forms) {
      if (form.toLowerCase() === key) [best, most] = [form, Infinity];
      else if (n > most) [best, most] = [form, n];
    }
    display.set(key, isGenitiveOfKey(best, key, language) ? best.slice(0, -GENITIVE_S.length) : best);
  }
  return (mention) => {
    if (mention.kind === 'other') return null;
    const key = entityKey(mention);
    const name = display.get(key) ?? (mention.region ? language.regionNames.get(mention.region) : undefined);
    if (!name) return null;
    return { name, kind: mention.kind === 'nationality' || mention.region ? 'place' : mention.kind };
  };
}
