// Key actors: the people, organizations and places in a story, each named once,
// with the role the story gives them and every mention's offsets.
import type { Actor, Sentence, TextSpan } from '../types.ts';
import { findMentions } from './find-mentions.ts';
import { findRole } from './find-role.ts';
import { canonicalOf, foldMentions, spanOf, withAdministrations } from './fold-mentions.ts';
import { rankActors } from './rank-actors.ts';

export interface FindActorsInput {
  text: string;
  /** From splitSentences(text); kept in the contract for callers, mentions come from the text itself. */
  sentences: Sentence[];
  title: string | null;
  highlights: TextSpan[];
}

/** Every actor in the story, most important first. */
export function findActors(input: FindActorsInput): Actor[] {
  const { text, title, highlights } = input;
  const mentions = withAdministrations(findMentions(text), text);
  const groups = foldMentions(mentions, text);
  const headlineNames = new Set<string>();
  if (title) {
    for (const mention of withAdministrations(findMentions(title), title)) {
      const canonical = canonicalOf(mention);
      if (canonical) headlineNames.add(canonical.name.toLowerCase());
    }
  }
  const ranked = rankActors(groups, { textLength: text.length, headlineNames, highlights });
  return ranked.map((group) => ({
    name: group.name,
    kind: group.kind,
    role: findRole(group.mentions, text),
    mentions: group.mentions.map(spanOf).sort((a, b) => a.start - b.start),
  }));
}
