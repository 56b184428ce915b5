// One actor per real entity: aliases, nationalities, acronyms and short person
// names fold into the name they stand for.
import { withoutAccents } from '../text/without-accents.ts';
import type { ActorKind, TextSpan } from '../types.ts';
import type { Mention } from './mention.ts';
import { PLACE_ALIASES, demonymPlace } from './place-aliases.ts';
import { personAliases } from './person-aliases.ts';
import { ORG_HEADS } from './word-classes.ts';
import { lexiconTags } from './lexicon.ts';
import { isOrganizationKind, isPlaceKind, knownName } from './word-knowledge.ts';
import { withoutNameArticle } from './tokenize.ts';
import { LEGAL_FORMS, SURNAME_PARTICLES } from './word-lists.ts';

/** An entity and every mention of it, before roles and ranking. */
export interface ActorGroup {
  name: string;
  kind: ActorKind;
  mentions: Mention[];
}

/**
 * "Biden administration", "the Trump campaign", "the Johnson government": the body a person
 * leads is an organization of its own. The words are a table; the pattern reads the first
 * lower-case word after the name.
 */
const LED_BODIES: ReadonlySet<string> = new Set(['administration', 'campaign', 'government']);
const WORD_AFTER = /^\s+(\p{Ll}+)\b/u;
const CONNECTOR_WORDS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'la', 'du']);
/** A default kind's weight against a decided one's 1. */
const GUESSED_VOTE = 0.25;
/** A default no cue stands behind at all ("two unknown words: a person"), against one a cue suggested ("in Antigua": a place). */
const BARE_GUESS_VOTE = 0.1;
const ACRONYM_AFTER_LONG_FORM = /^\s*\(\s*$/;
const MAX_ACRONYM_GAP = 4;
const CAPITALIZED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** A preposition of place just before a name: "in Phoenix", "from Phoenix". */
const PLACE_BEFORE = /\b(?:in|at|from|to|near|into|outside|across)\s+$/iu;

interface Named {
  mention: Mention;
  kind: ActorKind;
  name: string;
}

/** The display name and kind a mention stands for, or null when it names no actor. */
export function canonicalOf(mention: Mention): { name: string; kind: ActorKind } | null {
  if (mention.kind === 'other') return null;
  if (mention.kind === 'nationality') {
    const place = demonymPlace(mention.text);
    return place ? { name: place, kind: 'place' } : null;
  }
  if (mention.kind === 'place') {
    return { name: PLACE_ALIASES.get(mention.text.toLowerCase()) ?? mention.text, kind: 'place' };
  }
  return { name: mention.text, kind: mention.kind };
}

/** "Biden" in "the Biden administration" becomes the mention "Biden administration". */
export function withAdministrations(mentions: Mention[], text: string): Mention[] {
  // People the story names in full, by surname: "Joe Biden … the Biden campaign".
  const surnames = new Set(mentions.filter((m) => m.kind === 'person' && m.text.includes(' ')).map((m) => m.text.split(' ').at(-1)));
  return mentions.map((mention) => {
    const after = WORD_AFTER.exec(text.slice(mention.end, mention.end + 20));
    if (!after || !leadsBody(mention, after[1] ?? '', surnames)) return mention;
    const end = mention.end + after[0].length;
    return { ...mention, end, kind: 'organization', text: text.slice(mention.start, end), title: null };
  });
}

/**
 * "the Biden administration", whatever Biden was taken for; a campaign or a government only
 * after a person a list or the story's own full name vouches for ("Nike campaign" is an
 * advert; "Gallipoli", a person by default, led no campaign).
 */
function leadsBody(mention: Mention, body: string, surnames: ReadonlySet<string | undefined>): boolean {
  if (body === 'administration') return mention.kind !== 'nationality' && mention.kind !== 'other';
  // The story's own full name vouches whatever "the Whitlock" alone was taken for.
  return LED_BODIES.has(body) && ((mention.kind === 'person' && !mention.guessed) || surnames.has(mention.text));
}

/** The display name and kind each mention stands for; null for a mention that names no actor. */
export type Canonical = (mention: Mention) => { name: string; kind: ActorKind } | null;

/**
 * Groups mentions into actors, in order of first mention. `introduced` are people's full
 * names the headline gives before the text begins ("Mark Meadows accused …" over a story
 * that only says "Meadows"): a bare surname can stand for them as for a full name in the text.
 */
export function foldMentions(
  mentions: Mention[],
  text: string,
  canonical: Canonical = canonicalOf,
  introduced: readonly string[] = [],
): ActorGroup[] {
  const named: Named[] = [];
  for (const mention of mentions) {
    const found = canonical(mention);
    // "Roxy de la Rosa" written once with a no-break space is the same name.
    if (found) named.push({ mention, kind: found.kind, name: found.name.replace(ANY_SPACES, ' ') });
  }
  const kindOfName = majorityKinds(named, (n) => n.name.toLowerCase());
  const sureNames = new Set(named.filter(({ mention }) => isSure(mention)).map(({ name }) => name.toLowerCase()));
  // Names that stand for a longer or a truer one ("Thomas Malone", "Boxer Ravinder Dhillon", "Arsenal Sanchez").
  const fullNames = personAliases(named.filter((n) => n.kind === 'person').map((n) => n.name));
  // The headline's people stand written just before the text, for short names to fold into.
  const longestNames = [...introduced.map(writtenBeforeText), ...named.filter((n) => !fullNames.has(n.name))];
  const aliases = new Map<string, string>([
    ...acronymAliases(named, text),
    ...shortNameAliases(longestNames, text),
    ...organizationFullNames(named),
    ...fullNames,
  ]);
  const shared = sharedSurnames(longestNames, aliases);
  const displays = named.map(({ mention, name }) => {
    const full = nearestFullName(shared.get(name), mention, text);
    // The full name may itself fold further ("Boxer Ravinder Pal" → "Ravinder Pal").
    return aliases.get(name) ?? (full !== undefined ? aliases.get(full) ?? full : name);
  });
  // A display name no sure mention backs takes the kind its whole group supports: "Dolby Atmos",
  // guessed a person, is a company by the "Atmos" mentions folded into it.
  const kindOfGroup = majorityKinds(named, (_, i) => displays[i]?.toLowerCase() ?? '');
  const groups = new Map<string, ActorGroup>();
  named.forEach(({ mention, name }, i) => {
    const display = displays[i] ?? name;
    const key = display.toLowerCase();
    const kind = (sureNames.has(key) ? kindOfName.get(key) : kindOfGroup.get(key)) ?? kindOfName.get(name.toLowerCase()) ?? 'person';
    const group = groups.get(key) ?? { name: display, kind, mentions: [] };
    // "LOS ANGELES (Reuters) – … in Los Angeles": the form written in capitals gives way.
    if (isShouted(group.name) && !isShouted(display)) group.name = display;
    group.mentions.push(mention);
    groups.set(key, group);
  });
  return [...groups.values()].map((group) => {
    if (isShouted(group.name) && group.kind !== 'organization') return { ...group, name: titleCased(group.name) };
    // "LINDA Nolan": a tabloid's capitals on a person's first word, shown as the name is written.
    if (group.kind === 'person') return { ...group, name: group.name.replace(SHOUTED_NAME_WORD, (word) => titleCased(word)) };
    return group;
  });
}

/** A word of a person's name in capitals, before a word in lower-case letters: "LINDA" of "LINDA Nolan". */
const SHOUTED_NAME_WORD = /^\p{Lu}{4,}(?=\s+\p{Lu}\p{Ll})/u;

/** A run of white space of any kind: a no-break space, a tab, a line break. */
const ANY_SPACES = /\s+/gu;

/** Shortest word of a name in capitals that is no acronym ("USA", "UN" stay as written). */
const MIN_SHOUTED_WORD = 4;

/** "LOS ANGELES", "LAURIE OAKES": a datelined place or a byline in capitals, not an acronym. */
function isShouted(name: string): boolean {
  const words = name.split(/[\s-]+/u);
  return words.every((word) => !/\p{Ll}/u.test(word)) && words.some((word) => word.length >= MIN_SHOUTED_WORD);
}

/** "LOS ANGELES" → "Los Angeles", "WINSTON-SALEM" → "Winston-Salem". */
function titleCased(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Where a headline's name stands: before the text's first character. */
const BEFORE_TEXT = -1;

/** A person the headline names, as a mention written just before the text. */
function writtenBeforeText(name: string): Named {
  const mention: Mention = { text: name, start: BEFORE_TEXT, end: BEFORE_TEXT, kind: 'person', title: null, guessed: false };
  return { mention, kind: 'person', name };
}

/**
 * The same words named as different kinds in one story take the kind the story
 * supports best: a kind some evidence decided ("Pirelli shares") outweighs defaults,
 * and a kind that a list, a title or a head word made sure of outweighs any number of them
 * ("Meta" taken for a person twenty times by default, a company twice by a cue). A person
 * weakly vouched for beside a sure kind counts as a default does ("at Chelsea" beside
 * "Chelsea manager").
 */
function majorityKinds(named: Named[], keyOf: (n: Named, i: number) => string): Map<string, ActorKind> {
  // Each mention's key once, by its own index: a filtered list's index would be another mention's.
  const keys: string[] = [];
  const inCapitals: boolean[] = [];
  const decided = new Set<string>();
  named.forEach((n, i) => {
    const key = keyOf(n, i);
    keys.push(key);
    inCapitals.push(isOneWordInCapitals(n.mention.text));
    if (isSure(n.mention)) decided.add(key);
  });
  const sameWords = (i: number): string => `${keys[i] ?? ''}\u0000${named[i]?.mention.text.toLowerCase() ?? ''}`;
  // Asked only of a mention in capitals, and built only where the story has one (most have none).
  const writtenInMixedCase = new Set<string>();
  if (inCapitals.includes(true)) for (let i = 0; i < named.length; i++) if (!inCapitals[i]) writtenInMixedCase.add(sameWords(i));
  const votes = new Map<string, Map<ActorKind, number>>();
  for (let i = 0; i < named.length; i++) {
    const { kind, mention } = named[i]!;
    const key = keys[i] ?? '';
    if (mention.guessed && decided.has(key)) continue;
    // "Ciara … that's it, CIARA": a name also written in mixed case is shouted, not an acronym.
    if (inCapitals[i] === true && writtenInMixedCase.has(sameWords(i))) continue;
    const counts = votes.get(key) ?? new Map<ActorKind, number>();
    counts.set(kind, (counts.get(kind) ?? 0) + voteOf(mention, kind, decided.has(key)));
    votes.set(key, counts);
  }
  const kinds = new Map<string, ActorKind>();
  for (const [key, counts] of votes) {
    // The kind with the most votes; on a tie, the one voted first (as a stable sort would give).
    let best: ActorKind | undefined;
    let most = -Infinity;
    for (const [kind, n] of counts) {
      if (n > most) {
        best = kind;
        most = n;
      }
    }
    if (best) kinds.set(key, best);
  }
  return kinds;
}

/** How much a mention's kind counts toward its name's kind. */
function voteOf(mention: Mention, kind: ActorKind, decided: boolean): number {
  if (mention.guessed) return mention.evidence === 'none' ? BARE_GUESS_VOTE : GUESSED_VOTE;
  return isWeakPersonBesideSure(mention, kind, decided) ? GUESSED_VOTE : 1;
}

/** One word of two to five capitals ("CIARA", "NASA"), whatever it spells; `isShouted` asks whether a name in capitals is no acronym. */
function isOneWordInCapitals(text: string): boolean {
  return ACRONYM.test(text);
}

/** A person only a first names list vouches for ("at Chelsea"), where another mention is sure of the name's kind. */
function isWeakPersonBesideSure(mention: Mention, kind: ActorKind, decided: boolean): boolean {
  return decided && kind === 'person' && !isSure(mention);
}

function isSure(mention: Mention): boolean {
  return !mention.guessed && (mention.evidence ?? 'sure') === 'sure';
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !CONNECTOR_WORDS.has(word.toLowerCase()))
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}

/** "FBI" → "Federal Bureau of Investigation" when the story spells it out. */
function acronymAliases(named: Named[], text: string): Map<string, string> {
  // A long form the acronym follows in brackets may have been read as a person ("Shiromani Akali Dal (SAD)").
  const longForms = named
    .filter((n) => n.kind !== 'place' && n.name.includes(' '))
    .map((n) => ({ mention: n.mention, kind: n.kind, name: n.name, initials: initials(n.name) }));
  const aliases = new Map<string, string>();
  for (const { mention, name, kind } of named) {
    if (kind !== 'organization' || name.includes(' ') || name !== name.toUpperCase()) continue;
    const acronym = name.replaceAll('.', '');
    // Spelled out just before: "Federal Bureau of Investigation (FBI)", whatever the initials.
    const spelled = longForms.find((long) => {
      const bracketedAfter =
        long.mention.end <= mention.start &&
        mention.start - long.mention.end <= MAX_ACRONYM_GAP &&
        ACRONYM_AFTER_LONG_FORM.test(text.slice(long.mention.end, mention.start));
      // An organization's acronym may skip words; after a name read otherwise, the initials must
      // match ("Karl Geiger (GER)" is the athlete's country).
      return long.kind === 'organization' ? long.initials === acronym || bracketedAfter : bracketedAfter && long.initials === acronym;
    });
    if (spelled) aliases.set(name, spelled.name);
  }
  return aliases;
}

/**
 * "Wang" → "Wang Lei", "Simmons" → "Phil Simmons" when exactly one full name fits;
 * "Duke" → "Duke University" when exactly one organization opens with the word
 * (or ends with it, for a head word or an acronym: "Journal" → "Wall Street Journal").
 */
function shortNameAliases(named: Named[], text: string): Map<string, string> {
  const multiWord = (kind: ActorKind): string[] =>
    [...new Set(named.filter((n) => n.kind === kind && n.name.includes(' ')).map((n) => n.name))];
  // Each full name split once, and found by its first and last word, not compared with every single name.
  const people = multiWord('person').map((full) => ({ full, words: full.split(' ') }));
  const peopleByEnd = byEndWords(people);
  const organizations = byEndWords(multiWord('organization').map((full) => ({ full, words: full.split(' ') })));
  const counts = new Map<string, number>();
  for (const { name } of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  const aliases = new Map<string, string>();
  // A name the story says is a place ("in Westfield, a town …") is the place's, not a short form of "Westfield High School".
  const places = new Set(named.filter((n) => n.kind === 'place' && n.mention.evidence === 'sure' && !n.mention.guessed).map((n) => n.name));
  const singles = new Map(named.filter((n) => !n.name.includes(' ') && n.kind !== 'place' && !places.has(n.name)).map((n) => [n.name, n.kind]));
  for (const name of surnamesTakenForPlaces(named, text, peopleByEnd)) singles.set(name, 'person');
  for (const name of singles.keys()) {
    const personFits = [...new Set([...(peopleByEnd.first.get(name) ?? []), ...(peopleByEnd.last.get(name) ?? [])])];
    // "Duke" → "Duke University"; "the Journal" → "Wall Street Journal", "ISO" → "California ISO":
    // a head word or an acronym that closes the name.
    const isHead = ORG_HEADS.has(name.toLowerCase()) || ACRONYM.test(name);
    const closing = (organizations.last.get(name) ?? []).filter((full) => isHead || isTownAndOwnName(full, name));
    // Not "Biden" → "Biden administration": a body a person leads is not the person.
    const orgFits = [...new Set([...(organizations.first.get(name) ?? []), ...closing])].filter((full) => !namesLedBody(full));
    const fits = personFits.length > 0 ? personFits : mostMentioned(orgFits, counts);
    const only = fits.length === 1 ? fits[0] : undefined;
    if (only) aliases.set(name, only);
  }
  for (const [name, full] of particleSurnames(named, people)) aliases.set(name, full);
  return aliases;
}

/**
 * "Celtics" of "Boston Celtics", "Mets" of "New York Mets": a club or paper named by its town
 * and then a name of its own is called by that name alone. Not "Republicans" of "Texas
 * Republicans": a word the lists know as a body of its own (a team aside) is that body.
 */
function isTownAndOwnName(full: string, name: string): boolean {
  // The closing word only: byEndWords files a full name under its middle words too.
  if (!full.endsWith(` ${name}`)) return false;
  const town = full.slice(0, -name.length).trim().toLowerCase();
  if (!isPlaceKind(knownName(town, null))) return false;
  const tags = lexiconTags(name.toLowerCase());
  return !isOrganizationKind(knownName(name.toLowerCase(), null)) || tags.includes('SportsTeam');
}

/**
 * "zei De Wit" → "Hugo de Wit", "Le Pen" → "Marine Le Pen": a surname that opens with its
 * particle (capitalized where it opens the name, as Dutch writes it) stands for the one full
 * name it ends.
 */
function particleSurnames(named: Named[], people: ReadonlyArray<{ full: string; words: string[] }>): Map<string, string> {
  const found = new Map<string, string>();
  for (const { name } of named) {
    const words = name.split(' ');
    if (words.length < 2 || !SURNAME_PARTICLES.has(words[0]?.toLowerCase() ?? '') || found.has(name)) continue;
    const tail = ` ${name.toLowerCase()}`;
    const fits = people.filter(({ full }) => full !== name && full.toLowerCase().endsWith(tail));
    if (fits.length === 1 && fits[0]) found.set(name, fits[0].full);
  }
  return found;
}

/** "Biden administration", "Trump campaign": a name closed by a body a person leads. */
function namesLedBody(name: string): boolean {
  return LED_BODIES.has(name.split(' ').at(-1)?.toLowerCase() ?? '');
}

/** Full names by their first word, and by the words a surname may be: the last, or a middle one. */
interface EndWords {
  first: Map<string, string[]>;
  /** By the last word and by each capitalized middle word ("Beqiri" of "Misse Beqiri Lindegaard"). */
  last: Map<string, string[]>;
}

function byEndWords(names: ReadonlyArray<{ full: string; words: string[] }>): EndWords {
  const first = new Map<string, string[]>();
  const last = new Map<string, string[]>();
  for (const { full, words } of names) {
    const [opening = ''] = words;
    const closing = words.at(-1) ?? '';
    first.set(opening, [...(first.get(opening) ?? []), full]);
    last.set(closing, [...(last.get(closing) ?? []), full]);
    // "Celine" beside "Céline Dion", "Muller" beside "Thomas Müller": a page writes a name with its accents and without.
    const plainOpening = withoutAccents(opening);
    const plainClosing = withoutAccents(closing);
    if (plainOpening !== opening) first.set(plainOpening, [...(first.get(plainOpening) ?? []), full]);
    if (plainClosing !== closing) last.set(plainClosing, [...(last.get(plainClosing) ?? []), full]);
    // "Assad" beside "Bashar al-Assad": the surname is written without its article too.
    const bare = withoutNameArticle(closing);
    if (bare !== closing) last.set(bare, [...(last.get(bare) ?? []), full]);
    // "Misse Beqiri Lindegaard … Beqiri": a middle name stands for its person as a surname does.
    for (const middle of words.slice(1, -1)) if (CAPITALIZED.test(middle)) last.set(middle, [...(last.get(middle) ?? []), full]);
  }
  return { first, last };
}

/** A full name and where the story writes it. */
interface Written {
  name: string;
  starts: number[];
}

/**
 * "Farrow" beside "Mia Farrow" and "Ronan Farrow": a lone person's name that several full
 * names in the story share, with those full names and where each is written.
 */
function sharedSurnames(named: Named[], aliases: ReadonlyMap<string, string>): Map<string, Written[]> {
  const full = new Map<string, number[]>();
  for (const { name, kind, mention } of named) {
    // Only names of capitalized words: not a chunk run across a particle ("Signa Development von Rene Benko").
    if (kind !== 'person' || !name.includes(' ') || !name.split(' ').every((word) => CAPITALIZED.test(word))) continue;
    full.set(name, [...(full.get(name) ?? []), mention.start]);
  }
  const byWord = new Map<string, Written[]>();
  for (const [fullName, starts] of full) {
    for (const word of new Set(fullName.split(' '))) byWord.set(word, [...(byWord.get(word) ?? []), { name: fullName, starts }]);
  }
  const shared = new Map<string, Written[]>();
  for (const { name, kind } of named) {
    if (kind !== 'person' || name.includes(' ') || aliases.has(name)) continue;
    const fits = byWord.get(name) ?? [];
    if (fits.length > 1) shared.set(name, fits);
  }
  return shared;
}

/**
 * The full name written last before the mention ("Mia Farrow … Farrow said"), else the one
 * written first. A person the headline introduced keeps the surname unless another full name
 * was written earlier in the mention's own paragraph ("a Scott Meadows registered it" is a
 * passer-by, not the story's Meadows).
 */
function nearestFullName(fits: Written[] | undefined, mention: Mention, text: string): string | undefined {
  if (!fits) return undefined;
  let best: { name: string; at: number } | undefined;
  for (const { name, starts } of fits) {
    for (const at of starts) if (at < mention.start && (!best || at > best.at)) best = { name, at };
  }
  const headlines = fits.find((fit) => fit.starts.includes(BEFORE_TEXT));
  if (headlines && best && best.at !== BEFORE_TEXT && text.slice(best.at, mention.start).includes('\n')) return headlines.name;
  if (best) return best.name;
  const firstWritten = (fit: Written): number => Math.min(...fit.starts);
  return [...fits].sort((a, b) => firstWritten(a) - firstWritten(b))[0]?.name;
}

/**
 * "Phoenix" beside "Joaquin Phoenix": a town's name that is the surname of the one person
 * the story names in full is that person, unless a preposition of place stands before it
 * ("in Phoenix"). A place no list knows, that only a preposition made one ("matched to Pike",
 * "inside Pike's fridge" beside "Darren Pike"), is the person's even then.
 */
function surnamesTakenForPlaces(named: Named[], text: string, people: EndWords): string[] {
  const places = named.filter((n) => n.kind === 'place' && !n.name.includes(' ') && n.mention.text === n.name);
  const names = new Set(places.map((n) => n.name));
  const placedByPreposition = (n: Named): boolean => PLACE_BEFORE.test(text.slice(Math.max(0, n.mention.start - 12), n.mention.start));
  return [...names].filter((name) => {
    if ((people.last.get(name) ?? []).length !== 1) return false;
    const mentions = places.filter((n) => n.name === name);
    return mentions.every((n) => n.mention.guessed) || !mentions.some(placedByPreposition);
  });
}

/** Shortest clipped word that still tells its word: "Uni" of "Universität", "Univ." of "University". */
const MIN_CLIPPED_LETTERS = 3;

/**
 * "Uni Hamburg" → "Universität Hamburg", "Univ. of Kent" → "University of Kent": an
 * organization's name written with one word clipped, or without the words that open its
 * full name ("MTV Stuttgart" → "Allianz MTV Stuttgart"), is the organization the story names in full.
 */
function organizationFullNames(named: Named[]): Map<string, string> {
  const names = [...new Set(named.filter((n) => n.kind === 'organization' && n.name.includes(' ')).map((n) => n.name))];
  const aliases = new Map<string, string>();
  for (const short of names) {
    const shortWords = short.split(' ');
    const full = names.find((long) => {
      const longWords = long.split(' ');
      if (long === short || longWords.length !== shortWords.length) return false;
      const differ = shortWords.flatMap((word, i) => (word === longWords[i] ? [] : [i]));
      const i = differ[0] ?? -1;
      return differ.length === 1 && isClipped(shortWords[i] ?? '', longWords[i] ?? '');
    });
    // "MTV Stuttgart" beside "Allianz MTV Stuttgart": the name less a sponsor or a qualifier before it.
    // Only capitalized words open it: not "Tottenham and Manchester United", a list run together.
    const extended = names.filter(
      (long) => long.length > short.length && long.endsWith(` ${short}`) && long.slice(0, -short.length).trim().split(' ').every((word) => CAPITALIZED.test(word)),
    );
    // "Kestrel Mining" beside "Kestrel Mining Limited": the name less its legal form.
    const registered = names.find((long) => long.startsWith(`${short} `) && isLegalForm(long.slice(short.length + 1)));
    const only = full ?? registered ?? (extended.length === 1 ? extended[0] : undefined);
    if (only) aliases.set(short, only);
  }
  return aliases;
}

function isLegalForm(words: string): boolean {
  return LEGAL_FORMS.has(words.toLowerCase());
}

/** "Uni" of "Universität", "Univ." of "University": a word's opening letters, perhaps with a period. */
function isClipped(clipped: string, word: string): boolean {
  const letters = clipped.endsWith('.') ? clipped.slice(0, -1) : clipped;
  return letters.length >= MIN_CLIPPED_LETTERS && letters.length < word.length && word.startsWith(letters);
}

/** The one name mentioned more often than every other, as a list of one; else all of them. */
function mostMentioned(names: string[], mentionCounts: ReadonlyMap<string, number>): string[] {
  const counts = names.map((name) => ({ name, n: mentionCounts.get(name) ?? 0 }));
  counts.sort((a, b) => b.n - a.n);
  const [top, second] = counts;
  return top && (!second || top.n > second.n) ? [top.name] : names;
}

export function spanOf(mention: Mention): TextSpan {
  return { start: mention.start, end: mention.end };
}
