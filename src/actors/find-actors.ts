// Key actors: the people, organizations and places in a story, each named once,
// with the role the story gives them and every mention's offsets.
import type { Language } from '../language/language.ts';
import type { Actor, Sentence, TextSpan } from '../types.ts';
import { bylineLines, inLines } from './byline-lines.ts';
import { findMentions } from './find-mentions.ts';
import { appositiveKind, appositiveKindAt, findRole } from './find-role.ts';
import { languageRole } from './language-roles.ts';
import { canonicalOf, foldMentions, spanOf, withAdministrations, type ActorGroup, type Canonical } from './fold-mentions.ts';
import { findLanguageMentions } from './language-mentions.ts';
import { isFirstName } from './word-knowledge.ts';
import { languageCanonical } from './language-names.ts';
import type { Mention } from './mention.ts';
import { withProducts } from './product-names.ts';
import { rankActors } from './rank-actors.ts';
import { sourceStanding } from './source-standing.ts';
import { withTownBodies } from './town-teams.ts';
import { isTrustedActor, namedOnlyAsFurniture, namesAnAward } from './trusted-actor.ts';

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

const ENGLISH_BYLINE_MARKERS: readonly string[] = ['by'];

/** A name backed only by weak evidence (a preposition, a speech verb, its shape) must recur to be shown. */
const MIN_WEAK_MENTIONS = 2;
/**
 * A word the dictionary does not know, written capitalized mid-sentence this often, is a
 * name the story keeps coming back to ("Hamas", "Flamengo") even with no cue around it;
 * not in a language that capitalizes its nouns.
 */
const MIN_RECURRING_MENTIONS = 3;

/** Every actor in the story, most important first. */
export function findActors(input: FindActorsInput): Actor[] {
  const { text, title, highlights, language } = input;
  const read = language ? languageReading(language) : ENGLISH;
  const bylines = bylineLines(text, language ? language.words.bylineMarkers : ENGLISH_BYLINE_MARKERS);
  const headline = title ? read.groups(title, []) : [];
  const found = read.groups(text, introducedPeople(headline));
  const groups = found.filter((group) => read.shown(group, found) && !group.mentions.every((m) => inLines(m, bylines)));
  const headlineNames = new Set(headline.map((group) => group.name.toLowerCase()));
  // People hold roles. A job word after an organization's name is the next person's title ("In an
  // interview with Yahoo News, former chief of staff …", "le député LREM …"); what follows a
  // place's name after a comma is its region or the next clause.
  const roles = new Map(groups.map((group) => [group, group.kind === 'person' ? read.role(group.mentions, text) : null]));
  const standing = read.standing && ((group: ActorGroup) => read.standing?.(group, text, roles.get(group) ?? null) ?? 0);
  const ranked = rankActors(groups, {
    textLength: text.length,
    headlineNames,
    highlights,
    ...(standing ? { standing } : {}),
    ...(read.unsureFactor !== undefined ? { unsureFactor: read.unsureFactor } : {}),
  });
  return ranked.map((group) => ({
    name: group.name,
    kind: group.kind,
    role: roles.get(group) ?? null,
    mentions: group.mentions.map(spanOf).sort((a, b) => a.start - b.start),
  }));
}

/**
 * "Mark Meadows accused of …": people the headline names in full, a first name the lexicon
 * knows and one or two name words, whom the text may go on to call by surname alone. The
 * first name keeps a title-case headline's "Farmers Protests" out; plain name words keep out
 * a compound run into the name ("Rene Benko-Firma Signa").
 */
function introducedPeople(headline: readonly ActorGroup[]): string[] {
  return headline
    .filter((group) => group.kind === 'person')
    .filter((group) => {
      const [first = '', ...rest] = group.name.split(' ');
      return rest.length >= 1 && rest.length <= 2 && isFirstName(first.toLowerCase()) && rest.every((word) => NAME_WORD.test(word));
    })
    .map((group) => group.name);
}

/** A surname as written: a capital, then letters or apostrophes, no hyphenated compound ("O'Brien", "McCarthy"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’]+$/u;

/** How a story in one language is read into actors. */
interface Reading {
  /** The actors of a text; `introduced` are people a headline names in full (foldMentions). */
  groups(text: string, introduced: readonly string[]): ActorGroup[];
  /** Is the actor backed well enough to show, among all the story's actors? */
  shown(group: ActorGroup, all: readonly ActorGroup[]): boolean;
  role(mentions: Mention[], text: string): string | null;
  /** Salience beyond the mention count: what the story says of the actor (rank-actors' `standing`). */
  standing?(group: ActorGroup, text: string, role: string | null): number;
  /** The share of salience kept by an actor only weak cues vouch for (rank-actors' `unsureFactor`). */
  unsureFactor?: number;
}

/** Other languages: an actor only weak cues vouch for ranks below one a list or a title vouches for. */
const LANGUAGE_UNSURE_FACTOR = 0.5;

const ENGLISH: Reading = {
  groups: (text, introduced) =>
    foldMentions(withAppositiveKinds(withTownBodies(withAdministrations(withProducts(findMentions(text), text), text)), text), text, canonicalOf, introduced).map((group) => {
      // "Vantoria, an energy research institute": the story says what the name is.
      const kind = appositiveKind(group, text);
      return kind ? { ...group, kind, mentions: group.mentions.map((m) => ({ ...m, evidence: 'sure' as const })) } : group;
    }).filter((group) => !namesAnAward(group, text)),
  shown: (group) => isTrustedActor(group),
  role: findRole,
  standing: sourceStanding,
};

/**
 * "in Westfield, a town west of …": a mention the appositive after it defines takes that
 * kind before names are folded, so the town stays apart from "Westfield High School".
 */
function withAppositiveKinds(mentions: Mention[], text: string): Mention[] {
  return mentions.map((m) => {
    const kind = appositiveKindAt(m, text);
    return kind ? { ...m, kind, guessed: false, evidence: 'sure' } : m;
  });
}

/**
 * "Signa Development" beside "Signa Holding": a name that opens like an organization the story
 * names for sure is that organization's, whatever its own words left unclear.
 */
function withOrganizationKinds(mentions: Mention[]): Mention[] {
  const firstWords = new Set(
    mentions.filter((m) => m.kind === 'organization' && m.evidence === 'sure' && m.text.includes(' ')).map((m) => m.text.split(' ')[0]),
  );
  return mentions.map((m) =>
    m.kind !== 'organization' && m.evidence !== 'sure' && firstWords.has(m.text.split(' ')[0]) ? { ...m, kind: 'organization', guessed: false } : m,
  );
}

/**
 * "Jair Bolsonaro" once, mid-sentence: where only names are capitalized, two or three
 * capitalized words in a row that no list knows are a name (of a person, most often).
 */
function nameShaped(group: ActorGroup, language: Language): boolean {
  return !language.words.capitalizesNouns && group.name.split(' ').length >= 2 && group.kind === 'person';
}

/** "Kim" beside "Kim Jong Un" and "Kim Il Sung": one word of several people's names names none of them. */
function partOfNames(group: ActorGroup, groups: readonly ActorGroup[]): boolean {
  const word = group.name.toLowerCase();
  if (word.includes(' ')) return false;
  return groups.some((other) => other !== group && other.name.toLowerCase().split(' ').includes(word));
}

function languageReading(language: Language): Reading {
  return {
    groups(text, introduced) {
      const mentions = withOrganizationKinds(findLanguageMentions(text, language));
      const canonical: Canonical = languageCanonical(mentions, language);
      return foldMentions(mentions, text, canonical, introduced);
    },
    shown(group, groups) {
      if (namedOnlyAsFurniture(group)) return false;
      const evidence = group.mentions.map((m) => m.evidence ?? 'none');
      // "die spanische Tochter": a country named once, by an adjective only, is the story's background.
      if (group.mentions.length < MIN_WEAK_MENTIONS && group.mentions.every((m) => m.kind === 'nationality')) return false;
      if (evidence.includes('sure')) return true;
      // Without the language's own lists, only what a list or a strong cue vouches for is shown.
      if (language.bare) return false;
      if (evidence.includes('weak')) return evidence.length >= MIN_WEAK_MENTIONS || nameShaped(group, language);
      // A first name alone ("Lena") names no one the story could be sure of. Where every noun is
      // capitalized, a word the dictionary lacks recurs as often as a name ("Quinoa", "Pellets").
      return !language.words.capitalizesNouns && evidence.length >= MIN_RECURRING_MENTIONS && !partOfNames(group, groups) && !isFirstName(group.name.toLowerCase());
    },
    role: (mentions) => languageRole(mentions, language),
    unsureFactor: LANGUAGE_UNSURE_FACTOR,
  };
}
