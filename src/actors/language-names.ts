// The display name each mention stands for in a story in another language: every written
// form of a country ("Deutschlands", "deutschen", "Deutschland") becomes one name, and so
// does every inflected form of a name ("Johnsons", "Europäischen Zentralbank").
import type { Language } from '../language/language.ts';
import type { Canonical } from './fold-mentions.ts';
import type { Mention } from './mention.ts';

/** Endings stripped from each word, at most this many in turn ("Lindners" → "Lindner" → "Lindn"). */
const MAX_ENDINGS = 2;
const MIN_STEM = 3;

/** A key shared by a name's inflected forms: each word without its inflection endings. */
export function stemKey(name: string, language: Language): string {
  return name
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => stem(word, language.words.inflections))
    .join(' ');
}

function stem(word: string, endings: readonly string[]): string {
  let stemmed = word;
  for (let round = 0; round < MAX_ENDINGS; round++) {
    const ending = endings.find((e) => stemmed.length - e.length >= MIN_STEM && stemmed.endsWith(e));
    if (!ending) break;
    stemmed = stemmed.slice(0, -ending.length);
  }
  return stemmed;
}

/** The key of the entity a mention names: its country, or its stemmed words. */
function entityKey(mention: Mention, language: Language): string {
  return mention.region ? `region:${mention.region}` : stemKey(mention.text, language);
}

/**
 * Names each entity by the form the story itself uses most (first used on a tie); a
 * country named only by nationality words takes its name in the story's language.
 */
export function languageCanonical(mentions: readonly Mention[], language: Language): Canonical {
  const counts = new Map<string, Map<string, number>>();
  for (const mention of mentions) {
    if (mention.kind === 'nationality' || mention.kind === 'other') continue;
    const key = entityKey(mention, language);
    const forms = counts.get(key) ?? new Map<string, number>();
    const form = mention.baseForm ?? mention.text;
    forms.set(form, (forms.get(form) ?? 0) + 1);
    counts.set(key, forms);
  }
  const display = new Map<string, string>();
  for (const [key, forms] of counts) {
    let best = '';
    let most = 0;
    for (const [form, n] of forms) {
      if (n > most) [best, most] = [form, n];
    }
    display.set(key, best);
  }
  return (mention) => {
    if (mention.kind === 'other') return null;
    const key = entityKey(mention, language);
    const name = display.get(key) ?? (mention.region ? language.regionNames.get(mention.region) : undefined);
    if (!name) return null;
    return { name, kind: mention.kind === 'nationality' || mention.region ? 'place' : mention.kind };
  };
}
