// Which English actors have enough behind them to be shown: fewer chips beat wrong ones.
import type { ActorGroup } from './fold-mentions.ts';

/** A name backed only by weak evidence (a preposition, a speech verb) must recur to be shown. */
const MIN_WEAK_MENTIONS = 2;

/**
 * Is the actor backed well enough to show? A list, a title, a head word or the name's
 * shape decided one of its mentions; or it is a name of several words; or it is one
 * word of a person's full name in the same story ("Luccioni" beside "Sasha Luccioni").
 * A lone unknown word with nothing but capitals behind it ("Parasite", "Drunkorexia")
 * is more often a product, a title or a common noun than an actor, and a country named
 * only by its adjective is context.
 */
export function isTrustedActor(group: ActorGroup, fullNames: ReadonlyMap<string, number>): boolean {
  // "the French word", "English speakers": a country named only by its adjective is context, not an actor.
  if (group.mentions.every((m) => m.kind === 'nationality')) return false;
  const evidence = group.mentions.map((m) => m.evidence ?? 'none');
  // "Parata" beside "Hori Parata" and "Te Kaurinui Parata": the full names are shown, the shared surname says no more.
  if (group.kind === 'person' && (fullNames.get(group.name) ?? 0) > 1 && !group.mentions.some((m) => m.title)) return false;
  if (evidence.includes('sure') || group.name.includes(' ')) return true;
  if (group.kind === 'person' && fullNames.has(group.name)) return (fullNames.get(group.name) ?? 0) === 1;
  return evidence.filter((e) => e === 'weak').length >= MIN_WEAK_MENTIONS;
}

/**
 * Every word of the story's multi-word person names, with how many of them hold it: a
 * lone one is a first name or surname, of one person or of several ("Parata").
 */
export function personNameWords(groups: readonly ActorGroup[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const group of groups) {
    if (group.kind !== 'person' || !group.name.includes(' ')) continue;
    for (const word of new Set(group.name.split(' '))) words.set(word, (words.get(word) ?? 0) + 1);
  }
  return words;
}
