// Key actors: the people, organizations and places in a story, each named once,
// with the role the story gives them and every mention's offsets.
import type { Language } from '../language/language.ts';
import type { Actor, Sentence, TextSpan } from '../types.ts';
import { findMentions } from './find-mentions.ts';
import { findRole } from './find-role.ts';
import { foldMentions, spanOf, withAdministrations, type ActorGroup, type Canonical } from './fold-mentions.ts';
import { findLanguageMentions } from './language-mentions.ts';
import { languageCanonical } from './language-names.ts';
import type { Mention } from './mention.ts';
import { rankActors } from './rank-actors.ts';
import { sourceStanding } from './source-standing.ts';
import { isTrustedActor, personNameWords } from './trusted-actor.ts';

export interface FindActorsInput {
  text: string;
  /** From splitSentences(text); kept in the contract for callers, mentions come from the text itself. */
  sentences: Sentence[];
  title: string | null;
  highlights: TextSpan[];
  /**
   * The word knowledge of the story's language when it is not English (loadLanguage);
   * null or absent reads the story as English.
   */
  language?: Language | null;
}

/** A name backed only by weak evidence (a preposition, a speech verb, its shape) must recur to be shown. */
const MIN_WEAK_MENTIONS = 2;

/** Every actor in the story, most important first. */
export function findActors(input: FindActorsInput): Actor[] {
  const { text, title, highlights, language } = input;
  const read = language ? languageReading(language) : ENGLISH;
  const found = read.groups(text);
  const groups = found.filter((group) => read.shown(group, found));
  const headlineNames = new Set<string>();
  if (title) {
    for (const group of read.groups(title)) headlineNames.add(group.name.toLowerCase());
  }
  const roles = new Map(groups.map((group) => [group, read.role(group.mentions, text)]));
  const standing = read.standing && ((group: ActorGroup) => read.standing?.(group, text, roles.get(group) ?? null) ?? 0);
  const ranked = rankActors(groups, { textLength: text.length, headlineNames, highlights, ...(standing ? { standing } : {}) });
  return ranked.map((group) => ({
    name: group.name,
    kind: group.kind,
    role: roles.get(group) ?? null,
    mentions: group.mentions.map(spanOf).sort((a, b) => a.start - b.start),
  }));
}

/** How a story in one language is read into actors. */
interface Reading {
  groups(text: string): ActorGroup[];
  /** Is the actor backed well enough to show, among all the story's actors? */
  shown(group: ActorGroup, all: readonly ActorGroup[]): boolean;
  role(mentions: Mention[], text: string): string | null;
  /** Salience beyond the mention count: what the story says of the actor (rank-actors' `standing`). */
  standing?(group: ActorGroup, text: string, role: string | null): number;
}

const ENGLISH: Reading = {
  groups: (text) => foldMentions(withAdministrations(findMentions(text), text), text),
  shown: (group, all) => isTrustedActor(group, personNameWords(all)),
  role: findRole,
  standing: sourceStanding,
};

function languageReading(language: Language): Reading {
  return {
    groups(text) {
      const mentions = findLanguageMentions(text, language);
      const canonical: Canonical = languageCanonical(mentions, language);
      return foldMentions(mentions, text, canonical);
    },
    shown(group) {
      const evidence = group.mentions.map((m) => m.evidence ?? 'none');
      if (evidence.includes('sure')) return true;
      // Without the language's own lists, only what a list or a strong cue vouches for is shown.
      return !language.bare && evidence.includes('weak') && evidence.length >= MIN_WEAK_MENTIONS;
    },
    role: (mentions) => mentions.find((m) => m.title)?.title ?? null,
  };
}
