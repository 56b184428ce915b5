// Salience: how much an actor matters to the story.
import type { TextSpan } from '../types.ts';
import type { ActorGroup } from './fold-mentions.ts';

/** Weights of the salience signals; a mention counts 1. */
const HEADLINE_WEIGHT = 3;
const HIGHLIGHT_WEIGHT = 2;
const EARLY_WEIGHT = 1.5;

export interface SalienceContext {
  textLength: number;
  /** Lower-cased display names of actors named in the headline. */
  headlineNames: ReadonlySet<string>;
  highlights: TextSpan[];
  /** Salience a reading adds from what the story says of the actor (a source, a role), if any. */
  standing?: (group: ActorGroup) => number;
  /** How much of its salience an actor keeps when only weak cues vouch for it (1, all, by default). */
  unsureFactor?: number;
}

/**
 * `namedIn` is how many actors each highlight names: a highlight's weight is shared among
 * them, so one of five companies listed in a highlight gains a fifth of what the one actor a
 * highlight is about gains.
 */
function salience(group: ActorGroup, context: SalienceContext, namedIn: ReadonlyMap<TextSpan, number>): number {
  const first = Math.min(...group.mentions.map((mention) => mention.start));
  const highlights = context.highlights.filter((span) => group.mentions.some((mention) => within(mention, span)));
  const highlightShare = Math.max(0, ...highlights.map((span) => 1 / Math.max(1, namedIn.get(span) ?? 1)));
  const unsure = group.mentions.every((mention) => mention.evidence !== undefined && mention.evidence !== 'sure');
  const score =
    group.mentions.length +
    (context.headlineNames.has(group.name.toLowerCase()) ? HEADLINE_WEIGHT : 0) +
    HIGHLIGHT_WEIGHT * highlightShare +
    EARLY_WEIGHT * (1 - first / Math.max(1, context.textLength)) +
    (context.standing?.(group) ?? 0);
  return unsure ? score * (context.unsureFactor ?? 1) : score;
}

/** Most salient first; ties go to the actor named earlier. */
export function rankActors(groups: ActorGroup[], context: SalienceContext): ActorGroup[] {
  const namedIn = new Map(context.highlights.map((span) => [span, groups.filter((group) => group.mentions.some((m) => within(m, span))).length]));
  const scored = groups.map((group) => ({
    group,
    score: salience(group, context, namedIn),
    first: Math.min(...group.mentions.map((mention) => mention.start)),
  }));
  scored.sort((a, b) => b.score - a.score || a.first - b.first);
  return scored.map(({ group }) => group);
}

function within(mention: TextSpan, span: TextSpan): boolean {
  return mention.start >= span.start && mention.end <= span.end;
}
