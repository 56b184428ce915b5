// Items of one list ("Essex, Derbyshire and Surrey") are names of one kind.
import type { Evidence, Mention } from './mention.ts';
import { isCommonWord, isCountry } from './word-classes.ts';

/** Between two items of a list: ", ", " and ", ", or ". */
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or))\s*$/u;

/**
 * Items of one list are of one kind: in "rivals Essex, Derbyshire and Surrey" the
 * organization the context found makes the others organizations too, unless they
 * are countries, people or places of an address ("Acme Labs, Orlando, FL", "in Greenbelt, Maryland"); beside a
 * known person, names of a default kind are people.
 */
export function alignLists(found: readonly Mention[], text: string): Mention[] {
  const mentions = [...found];
  let begin = 0;
  for (let i = 1; i <= mentions.length; i++) {
    const previous = mentions[i - 1];
    const current = mentions[i];
    if (current && previous && LIST_GAP.test(text.slice(previous.end, current.start))) continue;
    const list = mentions.slice(begin, i);
    if (list.length > 1 && list.some((m) => m.kind === 'organization' && !m.guessed)) {
      for (let j = begin; j < i; j++) {
        const m = mentions[j];
        const town = m?.kind === 'place' && !isCountry(m.text.toLowerCase()) && m.inAddress !== true;
        if (m && ((m.guessed && isActorKind(m)) || town || isOnlyGivenName(m, list))) mentions[j] = { ...m, kind: 'organization', evidence: listEvidence(m) };
      }
    } else if (list.length > 1 && list.some((m) => m.kind === 'person' && !m.guessed)) {
      // "Clinton and Dole": a default-kind name beside a person is a person.
      for (let j = begin; j < i; j++) {
        const m = mentions[j];
        if (m?.guessed && isActorKind(m)) mentions[j] = { ...m, kind: 'person', evidence: listEvidence(m) };
      }
    }
    begin = i;
  }
  return mentions;
}

/**
 * "playing for Kestrel Rovers, Marlow or Shelby": a given name alone that only the first names
 * list made a person's (weak, not guessed: "at Chelsea", classify-name's isLoneFirstName), in a
 * list whose other items are all bodies or places, names a club or a firm like them. Not where
 * another item may be a person too ("Harry, Meghan and Netflix").
 */
function isOnlyGivenName(mention: Mention, list: readonly Mention[]): boolean {
  return isLoneGivenName(mention) && list.every((other) => other === mention || other.kind === 'organization' || other.kind === 'place');
}

/** One word that is a person's only by the first names list: weak evidence, and not a guess. */
function isLoneGivenName(mention: Mention): boolean {
  return mention.kind === 'person' && mention.evidence === 'weak' && !mention.guessed && !/\s/u.test(mention.text);
}

/**
 * May a list make this default-kind mention a name of its neighbours' kind? A lone
 * ordinary word may be one ("Shell" beside "Exxon"), and so may unknown words
 * ("Banc One"); a run of ordinary words is a phrase, not a name ("Computers Thinking Together").
 */
function isActorKind(mention: Mention): boolean {
  if (mention.kind === 'nationality') return false;
  const words = mention.text.toLowerCase().split(/\s+/u);
  return mention.kind !== 'other' || words.length === 1 || !words.every(isCommonWord);
}

/** A neighbour in a list whose kind was decided is some evidence for a name that had none. */
function listEvidence(mention: Mention): Evidence {
  return mention.evidence === 'none' ? 'weak' : (mention.evidence ?? 'weak');
}
