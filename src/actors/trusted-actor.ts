// Which English actors have enough behind them to be shown: fewer chips beat wrong ones.
import type { ActorGroup } from './fold-mentions.ts';
import { nameClass } from './word-classes.ts';

/** A name backed only by weak evidence (a preposition, a speech verb) must recur to be shown. */
const MIN_WEAK_MENTIONS = 2;

/**
 * Is the actor backed well enough to show? A list, a title, a head word or the name's
 * shape decided one of its mentions, or it is a name of several words, or weak cues
 * stand by it more than once. A lone unknown word with nothing but capitals behind it
 * ("Parasite", "Drunkorexia") is more often a product, a title or a common noun than an
 * actor; a country named only by its adjective ("the French word") is context. (A lone
 * word of a full name in the story has already been folded into that name.)
 */
export function isTrustedActor(group: ActorGroup): boolean {
  if (group.mentions.every((m) => m.kind === 'nationality')) return false;
  if (namedOnlyAsFurniture(group)) return false;
  const evidence = group.mentions.map((m) => m.evidence ?? 'none');
  if (evidence.includes('sure') || group.name.includes(' ')) return true;
  return evidence.filter((e) => e === 'weak').length >= MIN_WEAK_MENTIONS;
}

/** Named only in the page's menus, labels, credits and copyright lines, or only inside quoted terms: no actor of the story. */
export function namedOnlyAsFurniture(group: ActorGroup): boolean {
  return group.mentions.every((m) => m.furniture === true || m.quotedTerm === true);
}

/**
 * "Oscar" beside "the Oscars", "Tony" beside "the Tonys": a first name the story also
 * writes in the plural, capitalized, names an award or a brand, not a person. (A family
 * takes its surname's plural: "the Kennedys".)
 */
export function namesAnAward(group: ActorGroup, text: string): boolean {
  if (group.kind !== 'person' || group.name.includes(' ') || nameClass(group.name.toLowerCase()) !== 'first-name') return false;
  const name = group.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${name}s(?![\\p{L}\\p{N}])`, 'u').test(text);
}
