// Decides whether a candidate name is a person, an organization, a place, a
// nationality or some other name, from the words inside it and around it.
import { NAME_WORDS_AMONG_COMMON } from './common-words.ts';
import { DISEASE_HEADS, EVENT_HEADS, NAMED_PHENOMENON_OPENERS } from './extra-names.ts';
import type { Evidence, MentionKind } from './mention.ts';
import { DESIGNATION_NUMBER, namesModel, namesModelNumber } from './model-names.ts';
import { PLACE_ALIASES } from './place-aliases.ts';
import { closesWithProductNoun } from './product-names.ts';
import { isPersonTitle } from './titles.ts';
import { POSSESSIVE_CLITIC } from './tokenize.ts';
import { isCityNamedLikePeople } from './world-cities.ts';
import { ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, isCommonWord, isCountry, looksCommon, nameClass, type NameClass } from './word-classes.ts';
import {
  BORROWED_ARTICLES,
  HEAD_BINDERS,
  ORG_HEADS_BEFORE_OF,
  PLACE_COMPOUND,
  NATIONALITY_ENDINGS,
  NUMBER_WORDS,
  ORG_NOUNS_AFTER,
  ORG_NOUNS_BEFORE,
  ORG_OPENERS,
  PLACE_NOUNS_BEFORE,
  PLACE_OPENERS,
  PLACE_PREPOSITIONS,
  PERSON_VERBS_AFTER,
  PEOPLE_BY_ORIGIN,
  PHRASE_CLOSERS,
  PLACE_OFFICES,
  ROAD_HEADS,
  SEAT_PARTICIPLES,
  SOURCE_BEFORE,
  SPEECH_VERBS,
  TEAM_MEMBERS,
  VERSUS,
  WRITINGS,
} from './word-lists.ts';

export interface NameEvidence {
  /** The name's words, lower-cased, periods kept on abbreviations ("st.", "u.s."). */
  words: string[];
  /** The name as written. */
  surface: string;
  /** A person's title stood before it ("President"). */
  titled: boolean;
  /** Up to three lower-cased tokens before the name, nearest last; up to two after, nearest first. */
  before: string[];
  after: string[];
  /** The name heads a row of results or a table ("Surrey 429-7", "Chicago 3 Houston 2"), or a seed ("No. 4 Pine Creek"). */
  resultsRow: boolean;
  /** A win-loss record follows the name: "Pine Creek (9-1)". */
  record?: boolean;
  /** The name is a side in a match's result: "Leeds beat Hull 2-1", "lost to Leeds by two points". */
  matchSide?: boolean;
  /** The name stands in a sentence written in capitals, where case says nothing. */
  shouted: boolean;
  /** The name stands in the story's first sentence, its lead, which names what the story is about. */
  inLead?: boolean;
  /** A job written in lower case, then "at", stands right before the name ("his editors at Velvora"): where someone works. */
  workplace?: boolean;
}

/** Endings of company names: "Rabobank", "Microsoft", "Telecom". */
const ORG_ENDINGS = /.{3}(?:bank|corp|tech|soft|com|tel|net|air|gaz|chem|pharm|systems)$/u;
/** Place heads that are also common surnames: "Anthony Hill", "Tony Banks". */
const SURNAME_HEADS: ReadonlySet<string> = new Set([
  'hill', 'hills', 'field', 'fields', 'wood', 'woods', 'park', 'lane', 'brook', 'ford', 'banks', 'dale',
  'church', 'hall', 'house', 'ridge', 'bridge', 'wells', 'rivers', 'cross', 'castle', 'grove', 'marsh', 'glen',
  'ward', 'moor', 'lake', 'lakes', 'wall',
]);
/** Forms of a state that a people's word names a country with: "Russian Federation". */
const STATE_FORMS: ReadonlySet<string> = new Set(['federation', 'confederation']);
/** Endings of town and country names: "Barentsburg", "Hyderabad", "Kazakhstan", "Yorkshire". */
const PLACE_ENDINGS = /.{3}(?:burg|bourg|grad|abad|stan|ville|polis|shire|pur)$/u;

/** Initials with their periods ("U.S.", "N.Y."), or two to six capitals ("NATO", "A&E", "ALBANY"). */
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u;
/** One letter, its period or not: a name's initial ("J.", "R"). */
const INITIAL = /^\p{L}\.?$/u;
/** Two to five capitals opening or closing a name. */
const CLOSING_ACRONYM = /^\p{Lu}{2,5}$/u;
/** "Henry VIII", "Group II": a Roman numeral is no acronym. */
const ROMAN_NUMERAL = /^[IVXLCDM]+$/u;

export interface NameVerdict {
  kind: MentionKind;
  /** No word list, name shape or neighbouring word decided: the kind is a default. */
  guessed: boolean;
  /**
   * How sure it is that this names something: 'sure' when the kind is decided, 'weak'
   * when only a speech verb or a preposition stands by it, 'none' with nothing but capitals.
   */
  evidence: Evidence;
  /** A town's name, here naming the body called after it (`townAsBody`). */
  townBody?: boolean;
}

/** The kind of a candidate name, or null when it is no name at all. */
export function classifyName(name: NameEvidence): NameVerdict | null {
  // "ALBANY, N.Y. (AP) —": a dateline writes its town in capitals, which make no acronym of it.
  if (ACRONYM.test(name.surface) && datelineTown(name, null) === 'place') return { kind: 'place', guessed: false, evidence: 'sure' };
  // An acronym no list knows says that something is named, not that it acts: "CPU load",
  // "HDMI out", "AI systems" as often as "UCEA said". Only its context or its recurrence vouches for it.
  if (isUnknownAcronym(name)) {
    // "NH 44", "SR 520": capitals no list knows, then a number, outside a row of results, designate a road or a model.
    if (!name.resultsRow && DESIGNATION_NUMBER.test(name.after[0] ?? '')) return { kind: 'other', guessed: false, evidence: 'sure' };
    const context = contextKind(name, 'organization');
    if (context) return { kind: context, guessed: false, evidence: 'sure' };
    return { kind: 'organization', guessed: false, evidence: name.inLead === true || acronymActs(name) ? 'sure' : 'weak' };
  }
  if (!name.resultsRow && namesModelNumber(name.surface, name.after[0] ?? '')) return { kind: 'other', guessed: false, evidence: 'sure' };
  const decided = decidedKind(name);
  if (decided === 'person' && isLoneFirstName(name)) return { kind: 'person', guessed: false, evidence: 'weak' };
  if (decided === 'organization' && townAsBody(name)) return { kind: decided, guessed: false, evidence: 'sure', townBody: true };
  if (decided !== undefined) return decided && { kind: decided, guessed: false, evidence: 'sure' };
  return fallbackKind(name);
}

/**
 * "Leeds manager", "rivals Essex", "Leeds beat Hull 2-1", "Chicago 3 Houston 2": a town, county
 * or state named as the body called after it, most often its team. A country is left out: its
 * team is the nation, and the lists count it as the place.
 */
function townAsBody(name: NameEvidence): boolean {
  return namesTownsTeam(name, ownKind(name));
}

/** A place's name, no country's, with a team's cue around it: a row of results, "v", or a club's cue. */
function namesTownsTeam(name: NameEvidence, kind: MentionKind | null): boolean {
  if (kind !== 'place' || isCountry(name.words.join(' '))) return false;
  return name.resultsRow || besideVersus(name) || clubCue(name);
}

/** "Essex v Kent": the name stands on one side of "v". */
function besideVersus(name: NameEvidence): boolean {
  return VERSUS.has(name.before.at(-1) ?? '') || VERSUS.has(name.after[0] ?? '');
}

/** "rivals Essex", "Pine Creek (9-1)", "beat Leeds 2-1", "Leeds fans", "Leeds's keeper": a cue that a place's name stands for its club. */
function clubCue(name: NameEvidence): boolean {
  return ORG_NOUNS_BEFORE.has(name.before.at(-1) ?? '') || name.record === true || name.matchSide === true || TEAM_MEMBERS.has(afterPossessive(name)) || takesPluralVerb(name);
}

/** Verbs in the plural: British English writes them after a team's name ("Hull were beaten"), never after a town's. */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'were', 'have']);
/** Tokens that close a sentence or a quote before a name that opens the next: what may stand right before a subject. */
const SENTENCE_BREAKS: ReadonlySet<string> = new Set(['.', '!', '?', ':', '"', '“', '”', '—', '–']);
/** Words that open a clause, its subject next: "claims that Chelsea have", "as Leeds were". Not "and": "Leeds and York are". */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['that', 'as', 'but', 'while', 'because', 'when', 'although', 'though', 'if', 'so']);

/**
 * "Hull were the better side", "claims that Chelsea have made a bid": a name that looks
 * singular, the subject of its sentence or clause, with a plural verb after it. A name inside the
 * clause may be an object whose verb is its subject's ("flew to London were charged"); a name
 * ending in "s" may be a plural itself ("The Bahamas are"); a country may be its team or itself.
 */
function takesPluralVerb(name: NameEvidence): boolean {
  const previous = name.before.at(-1);
  const opensClause = previous === undefined || SENTENCE_BREAKS.has(previous) || SUBJECT_OPENERS.has(previous);
  if (!opensClause || !PLURAL_VERBS.has(name.after[0] ?? '')) return false;
  // Joined only past the cheap tests: asked of every name.
  const words = name.words.join(' ');
  return !words.endsWith('s') && !isCountry(words);
}

/** The word after the name, or after its possessive "'s": "Pirelli shares", "Magna's stake". */
function afterPossessive(name: NameEvidence): string {
  const [next = '', second = ''] = name.after;
  return POSSESSIVE_CLITIC.test(next) ? second : next;
}

/**
 * "at Chelsea", "Jordan said": a first name standing alone, that nothing around it makes a
 * person's. Clubs, towns and countries are named like people ("Chelsea manager"); the list
 * says it may be a person, not that it is: its evidence is weak, and a cue in another mention
 * outweighs a few of it (fold-mentions' majorityKinds).
 */
function isLoneFirstName(name: NameEvidence): boolean {
  return name.words.length === 1 && !name.titled && nameClass(name.words[0] ?? '') === 'first-name' && contextKind(name, 'person') === null;
}

/** Capitals outside a headline that no list knows ("UCEA", "HDMI"): one that spells a first name ("IRA") is decided as before. */
function isUnknownAcronym(name: NameEvidence): boolean {
  if (name.shouted || !ACRONYM.test(name.surface)) return false;
  const { words } = name;
  return knownClass(words) === null && !PLACE_ALIASES.has(words.join(' '));
}

/** A token of punctuation alone: the comma or the full stop after a name ("at MIT,"). */
const PUNCTUATION_ONLY = /^[^\p{L}\p{N}]*$/u;

/**
 * An acronym the story shows acting or employing: it owns something ("the MTA's
 * announcement"), speaks ("UNRWA says"), or is where someone works or studies ("a
 * professor at MIT,"; not "at HE institutions", where it describes the noun after it).
 */
function acronymActs(name: NameEvidence): boolean {
  const [next = ''] = name.after;
  if (POSSESSIVE_CLITIC.test(next) || SPEECH_VERBS.has(next)) return true;
  return name.before.at(-1) === 'at' && (PUNCTUATION_ONLY.test(next) || PHRASE_CLOSERS.has(next));
}

/** The kind when evidence decides it, null when it is no name, undefined when nothing decides. */
function decidedKind(name: NameEvidence): MentionKind | null | undefined {
  const { words } = name;
  const first = words[0] ?? '';
  if (words.length === 1 && INITIAL.test(first)) return null;
  const known = knownClass(words);
  // "IRA", "ANC": capitals outside a headline make an acronym, whatever first name it spells.
  if (!name.shouted && ACRONYM.test(name.surface) && (known === 'first-name' || known === 'last-name' || known === null)) {
    return contextKind(name, 'organization') ?? 'organization';
  }
  if (!name.shouted && isRunOfAcronyms(name)) return contextKind(name, 'organization') ?? 'organization';
  // A model's or a product's name says what it is whatever stands around it ("Xbox One X", "Tor Browser").
  if (!known && words.length > 1 && (namesModel(words, name.surface) || closesWithProductNoun(words))) return 'other';
  const kind = ownKind(name);
  return contextKind(name, kind) ?? kind ?? undefined;
}

/**
 * "KXAN DFW reports", "CBS WREG": two or more acronyms in a row, outside a headline, are a body's
 * (a network and its station or market). Words the lists know as anything but a body make a
 * name written in capitals ("NEW YORK", "JOHN REED") or a title ("MP"), no acronyms.
 */
function isRunOfAcronyms(name: NameEvidence): boolean {
  const written = name.surface.split(/\s+/u);
  if (written.length < 2 || !written.every((word) => CLOSING_ACRONYM.test(word) && !ROMAN_NUMERAL.test(word))) return false;
  return knownClass(name.words) === null && name.words.every((word) => (nameClass(word) ?? 'organization') === 'organization' && !PLACE_ALIASES.has(word) && !isPersonTitle(word));
}

/** What the name's words say it is, from the lists or from the words inside it, before its context is read. */
function ownKind(name: NameEvidence): MentionKind | null {
  const known = knownClass(name.words);
  return known ? KIND_OF_CLASS[known] : insideEvidence(name.words, name.surface);
}

/** What the lists know the words as, with or without their dots ("U.S.", "US"). */
function knownClass(words: readonly string[]): NameClass | null {
  const phrase = words.join(' ');
  // Without dots only where it has some: the same phrase again would get the same answer.
  return nameClass(phrase) ?? (phrase.includes('.') ? nameClass(phrase.replaceAll('.', '')) : null);
}

const KIND_OF_CLASS: Record<NameClass, MentionKind> = {
  person: 'person',
  'first-name': 'person',
  'last-name': 'person',
  place: 'place',
  organization: 'organization',
  nationality: 'nationality',
  group: 'other',
  holiday: 'other',
};

/** What the words of the name say on their own: heads, openers, name parts. */
function insideEvidence(words: string[], surface: string): MentionKind | null {
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (words.length === 2 && nameClass(first) === 'first-name' && (nameClass(last) === 'last-name' || SURNAME_HEADS.has(last))) {
    return 'person';
  }
  if (words.length > 1) {
    if (EVENT_HEADS.has(last) || DISEASE_HEADS.has(last) || NAMED_PHENOMENON_OPENERS.has(first)) return 'other';
    // "Russian Federation", "Swiss Confederation": a people's word before a state's form is the country's official name.
    if (words.length === 2 && STATE_FORMS.has(last) && nameClass(first) === 'nationality') return 'place';
    // A plural head ("County Public Schools") only in a longer name (two words may be a person's:
    // "Bill Powers") that has a name's word before it, not only ordinary ones ("How Major Hospitals").
    const pluralHead = words.length > 2 && isPluralOrgHead(last) && words.slice(0, -1).some((word) => !isCommonWord(word));
    if (ORG_HEADS.has(last) || pluralHead || endsInAcronym(words, surface) || opensWithAcronym(words, surface)) return 'organization';
    // "Imperial College London", "Bank Austria": a head, then only the place it stands in.
    if (headBeforePlace(words)) return 'organization';
    // "Federal Bureau of Investigation", "Institute for AI", "World Series of Golf": the head before "of" decides.
    const headOf = words.find((word, i) => HEAD_BINDERS.has(words[i + 1] ?? '') && (ORG_HEADS.has(word) || EVENT_HEADS.has(word)));
    if (headOf) return ORG_HEADS.has(headOf) ? 'organization' : 'other';
    // "Friends of the Earth", not "Friends of Marco": a person after "of" is whose friends they are.
    if (words[1] === 'of' && ORG_HEADS_BEFORE_OF.has(first) && nameClass(words[2] ?? '') !== 'first-name') return 'organization';
    if (surface.includes('&') || ORG_OPENERS.has(first)) return 'organization';
    if (words.length === 2 && BORROWED_ARTICLES.has(first) && /^\p{Lu}/u.test(surface)) return 'organization';
    // "Google Drive": a company's name before a road's word names the company's product.
    if (words.length === 2 && ROAD_HEADS.has(last) && nameClass(first) === 'organization') return 'other';
    // "Atlantic City", "Mexico City"; "Manchester City" the club is caught by its context.
    // "Bragg St.", "Elm Ave.": a head abbreviated with its dot closes a street's name.
    if (PLACE_HEADS.has(last) || PLACE_HEADS.has(last.replace(/\.$/u, '')) || last === 'city') return 'place';
    const lastClass = nameClass(last);
    if (lastClass === 'nationality' || lastClass === 'group') return 'nationality';
    const rest = nameClass(words.slice(1).join(' '));
    if (PLACE_OPENERS.has(first.replace(/\.$/, '')) && (rest === null || rest === 'place')) return 'place';
  }
  if (ACRONYM.test(surface)) return PLACE_ALIASES.has(words.join(' ')) ? 'place' : 'organization';
  if (words.length === 1 && PLACE_COMPOUND.test(first)) return 'place';
  if (words.length === 1 && ORG_OPENERS.has(first) && !isCommonWord(first)) return 'organization';
  if (words.length === 1 && !isCommonWord(first)) {
    if (ORG_ENDINGS.test(first)) return 'organization';
    if (PLACE_ENDINGS.test(first)) return 'place';
    if (NATIONALITY_ENDINGS.test(first)) return 'nationality';
  }
  if (words.length > 1) {
    const classes = words.map((word) => nameClass(word));
    if (classes[0] === 'first-name' || classes.at(-1) === 'last-name' || INITIAL.test(first)) return 'person';
    // "Nazi Germany", "British India": a known place after a word naming a group or a people (not
    // any ordinary word: "Sporting Lisbon", "Dynamo Kyiv" are clubs).
    if (words.length === 2 && classes[1] === 'place' && (classes[0] === 'group' || classes[0] === 'nationality')) return 'place';
    // "Scottish Tory", "Welsh Labour", "Texas Democrats": a people's word or a place before a known
    // organization names its branch there.
    if (words.length === 2 && classes[1] === 'organization' && (classes[0] === 'nationality' || classes[0] === 'place')) return 'organization';
  }
  return null;
}

/** An organization's head in the plural ("Public Schools", "Reliance Industries"), when that is no name itself. */
function isPluralOrgHead(word: string): boolean {
  if (nameClass(word) !== null) return false;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : null;
  return singular !== null && ORG_HEADS.has(singular);
}

/** A head word inside the name ("College", the last of "Daily Mail"), and after it only places ("London", "Australia"). */
function headBeforePlace(words: readonly string[]): boolean {
  const head = words.findLastIndex((word) => ORG_HEADS.has(word));
  return head >= 0 && head < words.length - 1 && words.slice(head + 1).every((word) => nameClass(word) === 'place');
}

/**
 * What the neighbouring words say: a kind the name's own words gave may be overridden ("Surrey
 * captain"), and a name they left open may be decided ("the Government").
 */
function contextKind(name: NameEvidence, kind: MentionKind | null): MentionKind | null {
  if (name.titled) return 'person';
  if (kind === 'nationality' || kind === 'other') return null;
  // "Sacramento-based McClatchy", "a Boston-based Reagan": what has its seat somewhere is a body, whatever name it bears.
  if (isBasedIn(name.before.at(-1) ?? '')) return 'organization';
  return employerOrTeam(name, kind) ?? datelineTown(name, kind) ?? placedCity(name, kind) ?? (kind === null ? openNameKind(name) : null);
}

/** A place and a participle of seat joined by a hyphen: "sacramento-based", "paris-headquartered". */
function isBasedIn(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && SEAT_PARTICIPLES.has(word.slice(hyphen + 1));
}

/** Prepositions that put a name on the map; not "to", "at" or "from", which lead people too ("wrote to Madison"). */
const ON_THE_MAP: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'across', 'around', 'throughout']);

/**
 * "met in Austin", "a rally near Charlotte": a city the lists also hold as a person's name,
 * alone after a preposition that places it, is the city. Not "in Madison's view": a possessive
 * makes it the person's.
 */
function placedCity(name: NameEvidence, kind: MentionKind | null): MentionKind | null {
  if (kind !== 'person' || name.words.length !== 1 || POSSESSIVE_CLITIC.test(name.after[0] ?? '')) return null;
  return ON_THE_MAP.has(name.before.at(-1) ?? '') && isCityNamedLikePeople(name.words[0]?.toLowerCase() ?? '') ? 'place' : null;
}

/**
 * A role, a team's people or a match after or around the name: "Surrey captain Chris Lewis",
 * "Pirelli chairman" (the name employs the role), "Essex v Kent", "rivals Essex", "beat Leeds
 * 2-1" (a town or county named as its club). A country stays a place, and so does a town that
 * holds an office of its own or that people come from.
 */
function employerOrTeam(name: NameEvidence, kind: MentionKind | null): MentionKind | null {
  const [next = ''] = name.after;
  const country = kind === 'place' && isCountry(name.words.join(' '));
  const personLike = kind === 'person' && name.words.length > 1;
  if (ROLE_NOUNS.has(next) && !personLike && name.words.length === 1) return country || townsPeopleOrOffice(name, kind) ? 'place' : 'organization';
  if ((name.resultsRow || besideVersus(name)) && !personLike) return country ? 'place' : 'organization';
  if (namesTownsTeam(name, kind)) return 'organization';
  // "Chelsea have made an offer", "Kestrova were": no one's given name, and no unknown word
  // naming a person, takes a plural verb; a team or a firm does, in British English.
  if ((kind === null || (kind === 'person' && name.words.length === 1)) && takesPluralVerb(name)) return 'organization';
  return null;
}

/**
 * "Ohio Governor", "the London Mayor": a place's office makes a name no list knows, or one of a
 * place, that place. "One Missouri mom", "Seattle native", "a Limerick man": a person from a
 * place the lists know or one they do not; a firm's people are its staff, not its men and women.
 */
function townsPeopleOrOffice(name: NameEvidence, kind: MentionKind | null): boolean {
  const [next = ''] = name.after;
  return (kind === 'place' || kind === null) && (PLACE_OFFICES.has(next) || PEOPLE_BY_ORIGIN.has(next));
}

/**
 * "in Eugene, Oregon": a name a preposition of place leads, then the region that holds it, is a
 * town; so is one opening its line so ("BUFFALO, N.Y. (AP) —"), a dateline.
 */
function datelineTown(name: NameEvidence, kind: MentionKind | null): MentionKind | null {
  const ledAsTown = PLACE_PREPOSITIONS.has(name.before.at(-1) ?? '') || name.before.length === 0;
  const [next = '', region = ''] = name.after;
  return name.words.length === 1 && kind !== 'organization' && ledAsTown && next === ',' && nameClass(region) === 'place' ? 'place' : null;
}

/** The kind of a name whose own words said nothing, from the noun or the phrase around it. */
function openNameKind(name: NameEvidence): MentionKind | null {
  const [previous = '', second = ''] = [...name.before].reverse();
  // "an article in Healthline", "a story in the Ledger": an outlet.
  if (isOutletCue(name.before)) return 'organization';
  // "the Government", "the Ministry": an institution's head standing for the one the story means.
  // A firm's ("the Company", "the Group") stands for the firm the story has named: no chip of its own.
  const [word = ''] = name.words;
  if (name.words.length === 1 && previous === 'the' && ORG_HEADS.has(word)) return FIRM_HEADS.has(word) ? 'other' : 'organization';
  // "broker Khurshid Alam": a job a firm or a person may hold ("broker", "producer") names a
  // person before a full name; "broker Nomura" is a firm.
  const jobOfPerson = ROLE_NOUNS.has(previous) && !previous.endsWith('s') && name.words.length > 1;
  if ((ORG_NOUNS_BEFORE.has(previous) && !jobOfPerson) || ORG_NOUNS_AFTER.has(afterPossessive(name))) return 'organization';
  if (PLACE_NOUNS_BEFORE.has(previous) || (previous === 'of' && PLACE_NOUNS_BEFORE.has(second))) return 'place';
  // "one of his editors at Velvora", "an analyst at Kestrova Dunmore": where people hold a job is their employer, not a town.
  if (name.workplace === true) return 'organization';
  if (ROLE_NOUNS.has(previous)) return 'person';
  return null;
}

/** The default kind when nothing decides it, with what little stands behind it. */
function fallbackKind(name: NameEvidence): NameVerdict | null {
  const [next = ''] = name.after;
  const previous = name.before.at(-1) ?? '';
  const guess = (kind: MentionKind, evidence: Evidence): NameVerdict => ({ kind, guessed: true, evidence });
  const source = SPEECH_VERBS.has(next) || SPEECH_VERBS.has(previous) || isSourceCue(name.before);
  // "the Louvre said", "the Kremlin": English writes no person's one-word name after "the"
  // (an ordinary word there, "the Oval", is read below).
  const word = name.words[0] ?? '';
  if (name.words.length === 1 && previous === 'the' && !isCommonWord(word)) return guess('organization', source ? 'weak' : 'none');
  // "OpenStreetMap", "MailOnline": a word with a capital inside is a brand's, not a person's, unless
  // a surname's prefix opens it ("McCain", "DeSantis", "MacArthur").
  if (name.words.length === 1 && isCamelCase(name.surface)) return guess('organization', source ? 'weak' : 'none');
  // "told Page Six", "Channel Four": a name closed by a number word is no one's name; as a
  // source it is an outlet.
  if (name.words.length > 1 && NUMBER_WORDS.has(name.words.at(-1) ?? '')) return source ? guess('organization', 'weak') : guess('other', 'none');
  // "told Fox 13", "Kestrova 7 reported": a source's name before a channel's number is a station's.
  if (source && CHANNEL_NUMBER.test(next)) return guess('organization', 'weak');
  // "Hair Relaxing Treatment", "Gender Diversity": people are not named with ordinary words; as a
  // source ("Energy Control said", "Becoming Minimalist suggests") such a name is a body or an
  // outlet, when it opens with an ordinary word that is no one's given name ("Bill Powers said").
  const ordinary = name.words.filter((word) => looksCommon(word)).length;
  const ordinaryWords = name.words.length > 1 && ordinary * 2 >= name.words.length;
  if (ordinaryWords && !source) return guess('other', 'none');
  if (ordinaryWords && looksCommon(word) && !NAME_WORDS_AMONG_COMMON.has(word)) return guess('organization', 'weak');
  // "Okafor said", "says Okafor", "according to Okafor": a source is a person more often than not.
  if (source) return guess('person', 'weak');
  // "the Cardinals", "Springboks": a plural name is a team or a group.
  if (name.words.length === 1 && word.endsWith('s') && isCommonWord(word)) return guess('organization', 'none');
  if (name.words.length === 1 && isCommonWord(word)) {
    // "Dole has narrowed the gap": a capitalized word acting as a subject is a surname; not after
    // "the", which no one's name takes ("the Member has assured us": an office).
    return PERSON_VERBS_AFTER.has(next) && previous !== 'the' ? guess('person', 'weak') : guess('other', 'none');
  }
  // After "in" or "of", an unknown one-word name is more often a place ("the city of Arbil") than a
  // person; two unknown words are a person's name more often ("under Zinedine Zidane"), unless a
  // place's opener leads them ("ST LOUIS").
  const placeLike = name.words.length === 1 || PLACE_OPENERS.has(word.replace(/\.$/u, ''));
  if (placeLike && (PLACE_PREPOSITIONS.has(previous) || previous === 'of')) return guess('place', 'weak');
  // "Google Chromecast", "Intel Web Sites", "BBC Countryfile": no one's full name opens with a firm's.
  if (opensWithFirm(name.words)) return guess('other', 'none');
  return guess('person', 'none');
}

/**
 * A firm's name the lists know, then only words they do not know: what the firm makes, airs or
 * runs (a product, a programme, a service), which the story has named no person.
 */
function opensWithFirm(words: readonly string[]): boolean {
  return words.length > 1 && nameClass(words[0] ?? '') === 'organization' && words.slice(1).every((word) => nameClass(word) === null);
}

/** A channel's number after a broadcaster's name: one or two digits ("Fox 13"), no year ("Smith 2019"). */
const CHANNEL_NUMBER = /^\d{1,2}$/u;

/** Heads a firm's own papers write for the firm they name ("the Company", "the Group"): unlike "the Government", no one institution. */
const FIRM_HEADS: ReadonlySet<string> = new Set(['company', 'group', 'firm', 'corporation']);

/** A capital after lower-case letters inside one word: "OpenStreetMap", "LinkedIn". */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** Surnames' prefixes written with a capital after them: "McCain", "MacArthur", "DeSantis", "DiCaprio", "LeBlanc", "VanDyke", "FitzGerald". */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Fitz)\p{Lu}/u;

/** One word written as a brand writes its name, a capital inside it ("OpenStreetMap"), no surname's prefix before it. */
function isCamelCase(word: string): boolean {
  return INNER_CAPITAL.test(word) && !SURNAME_PREFIX.test(word);
}

/** The words before the name are a piece of writing and "in", the article between them or not ("an article in (the) …"). */
function isOutletCue(before: readonly string[]): boolean {
  const words = before.at(-1) === 'the' ? before.slice(0, -1) : before;
  return words.at(-1) === 'in' && WRITINGS.has(words.at(-2) ?? '');
}

/** The words before the name end with a source cue ("according to"). */
function isSourceCue(before: readonly string[]): boolean {
  return SOURCE_BEFORE.some((cue) => cue.every((word, i) => before[before.length - cue.length + i] === word));
}

/** "NJ Transit", "UC Davis": a mixed-case name opened by an acronym that is no place of its own ("US Congress" is left to its head). */
function opensWithAcronym(words: readonly string[], surface: string): boolean {
  const written = surface.split(/\s+/u)[0] ?? '';
  const first = words[0] ?? '';
  return CLOSING_ACRONYM.test(written) && /\p{Ll}/u.test(surface) && !PLACE_ALIASES.has(first) && nameClass(first) === null && !isPersonTitle(first);
}

/** "California ISO", "Oculus VR", "Asheville Tea PAC": a name closed by an acronym that is no title ("MP") or place ("US"). */
function endsInAcronym(words: readonly string[], surface: string): boolean {
  const last = words.at(-1) ?? '';
  const written = surface.split(/\s+/u).at(-1) ?? '';
  // The rest must be in mixed case: in "ROBERTO DURAN" or "PCT GB" capitals say nothing.
  return CLOSING_ACRONYM.test(written) && !ROMAN_NUMERAL.test(written) && /\p{Ll}/u.test(surface) && !isPersonTitle(last) && !PLACE_ALIASES.has(last) && nameClass(last) === null;
}
