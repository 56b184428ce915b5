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
export function isTrustedActor(group: ActorGroup, fullNames: ReadonlySet<string>): boolean {
  // "the French word", "English speakers": a country named only by its adjective is context, not an actor.
  if (group.mentions.every((m) => m.kind === 'nationality')) return false;
  const evidence = group.mentions.map((m) => m.evidence ?? 'none');
  if (evidence.includes('sure') || group.name.includes(' ')) return true;
  if (group.kind === 'person' && fullNames.has(group.name)) return true;
  return evidence.filter((e) => e === 'weak').length >= MIN_WEAK_MENTIONS;
}

/** Every word of the story's multi-word person names: a lone one is that person's first name or surname. */
export function personNameWords(groups: readonly ActorGroup[]): Set<string> {
  const words = new Set<string>();
  for (const group of groups) {
    if (group.kind === 'person' && group.name.includes(' ')) for (const word of group.name.split(' ')) words.add(word);
  }
  return words;
}
