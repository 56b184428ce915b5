// The role a story gives an actor: a title before the name ("Foreign Minister
// Wang Yi") or an appositive after it ("Wang Lei, a cyber official within
// China's Ministry of Foreign Affairs, ...").
import type { ActorKind } from '../types.ts';
import type { ActorGroup } from './fold-mentions.ts';
import type { Mention } from './mention.ts';
import { ORG_HEADS, ROLE_NOUNS } from './word-classes.ts';
import { CLAUSE_CONTINUERS, CLAUSE_OPENERS, FINITE_VERBS, HONORIFICS, KINSHIP_NOUNS, PLACE_NOUNS_BEFORE, POSTMODIFIERS, POST_NOMINALS, SPEECH_VERBS } from './word-lists.ts';

/**
 * A dot inside an abbreviation in capitals ("U.S"), or closing one before a name it qualifies
 * ("U.S. Games Systems"): no end of the phrase.
 */
const ABBREVIATION_DOT = String.raw`(?<=\p{Lu})\.(?=\p{Lu})|(?<=\.\p{Lu})\.(?=\s\p{Lu})`;
/** A character of a role: anything but the punctuation that ends an appositive, or a line break, which ends its line. */
const PHRASE_CHAR = String.raw`(?:[^,.;:()"“”\n]|${ABBREVIATION_DOT})`;
/** Where an appositive ends: punctuation, the line's end, the next clause's pronoun or verb, or the text's end. */
const PHRASE_END = String.raw`(?=[^\S\n]*(?:[,;:()"“”\n]|(?!${ABBREVIATION_DOT})\.|\s(?:who|which|said|says|told|he|she|they)\b|$))`;
/**
 * ", a cyber official within China's Ministry of Foreign Affairs" up to the next comma or clause
 * end, on the name's own line: a caption's "Ann Lee, CEO of Acme" ends where its line does.
 */
const APPOSITIVE = new RegExp(String.raw`^,[^\S\n]+(?:(?:a|an|the)[^\S\n]+)?(${PHRASE_CHAR}{2,120}?)${PHRASE_END}`, 'u');
/** "…in China, the company said": a phrase right before a speech verb is that verb's subject, no appositive. */
const SPEECH_AFTER = /^\s+(?:said|says|told)\b/u;
/** The prepositions that tie a job to its employer. */
const LINKS = String.raw`\s+(?:within|at|of|for|in|from|with)\s+`;
/** The preposition before a name that ties a job to its employer: "official within the Ministry" → "official, the Ministry". */
const EMPLOYER_LINK = new RegExp(String.raw`${LINKS}(?=(?:the\s+)?\p{Lu})`, 'u');
/** The first preposition after the job words, whatever follows it: only it can tie the job to an employer. */
const FIRST_LINK = new RegExp(LINKS, 'u');
/** A word that possesses what follows it ("Biden's"): a phrase ending in one was cut before its noun. */
const POSSESSIVE = /['’]s$/u;
/** " and ": where a phrase cut after a possessive is cut back to. */
const LAST_AND = /\s+and\s+(?!.*\sand\s)/u;
/** A contraction's first part ("who’s" → "who"). */
const CONTRACTED = /['’]\p{L}+$/u;
const MAX_ROLE_WORDS = 12;
/** ", an AI research institute": an appositive that says what the name is opens with an article. */
const DEFINED_BY_ARTICLE = /^,\s+(?:a|an|the)\s/u;
const MAX_MENTIONS_SEARCHED = 5;
const WORD = /[\p{L}\p{N}'’.-]+/gu;

/** The first role the story gives in any of the mentions, or null. */
export function findRole(mentions: Mention[], text: string): string | null {
  // Stories give a role at or near the first mentions; later ones would only cost time.
  for (const mention of mentions.slice(0, MAX_MENTIONS_SEARCHED)) {
    if (mention.title) return mention.title;
    const role = appositiveRole(withoutPostNominal(text.slice(mention.end, mention.end + 160)));
    if (role) return role;
  }
  return null;
}

/** The first word after a name, where an honour may stand ("Mark Ellison QC, author of …"). */
const FIRST_WORD_AFTER = /^\s+([\p{L}.]+)/u;

/** What follows a name, less an honour or rank written after it. */
function withoutPostNominal(after: string): string {
  const word = FIRST_WORD_AFTER.exec(after);
  return word?.[1] && POST_NOMINALS.has(word[1].toLowerCase()) ? after.slice(word[0].length) : after;
}

function appositiveRole(after: string): string | null {
  const phrase = withoutCutPossessive(APPOSITIVE.exec(after)?.[1]?.trim() ?? '');
  if (!phrase) return null;
  const words = phrase.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_ROLE_WORDS || !isNounPhrase(words)) return null;
  // An appositive is a role only when it names a job; "Germany, France" is a list.
  const link = EMPLOYER_LINK.exec(phrase);
  const job = link ? phrase.slice(0, link.index) : phrase;
  const jobWords = job.match(WORD) ?? [];
  if (!jobWords.some((word) => ROLE_NOUNS.has(word.toLowerCase()))) return null;
  // "…, former chief of staff Ron Klain and …": a title before a name is the next person's.
  if (titlesAName(jobWords)) return null;
  if (!link) return phrase;
  // Only the first preposition ties the job to an employer: "founder of the association
  // Friends of Elm Park" keeps the name whole. Kin and a title before a name make the object a
  // person, not an employer: "granddaughter of Cesar Chavez", "spokesman for UN secretary
  // general Antonio Guterres" keep their preposition too.
  const object = phrase.slice(link.index + link[0].length);
  const firstLink = FIRST_LINK.exec(phrase)?.index === link.index;
  const kin = KINSHIP_NOUNS.has(jobWords.at(-1)?.toLowerCase() ?? '');
  const employs = firstLink && !kin && !titlesAName(object.match(WORD) ?? []);
  return employs ? `${job}, ${object}` : phrase;
}

/**
 * A phrase whose last word possesses ("granddaughter of Cesar Chavez and Biden's", stopped by
 * a quotation mark) lost its noun: it is cut back to before its last "and", or is none.
 */
function withoutCutPossessive(phrase: string): string {
  if (!POSSESSIVE.test(phrase)) return phrase;
  const and = LAST_AND.exec(phrase);
  return and ? phrase.slice(0, and.index) : '';
}

/** A role word followed by a capitalized word: a title before someone's name ("chief of staff Ron Klain"). */
function titlesAName(words: readonly string[]): boolean {
  return words.some((word, i) => ROLE_NOUNS.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? ''));
}

/** "killing", "watched": a participle, which opens a clause unless a noun follows it. */
const PARTICIPLE = /^\p{Ll}+(?:ing|ed)$/u;

/**
 * A role is a noun phrase. An appositive opening with a clause's word ("…, to enable …",
 * "…, who …", "…, with 140 whales"), a courtesy title ("in Seoul, Mr Varadkar said") or a
 * participle with its object ("…, killing two people"), or holding a finite verb ("…, says
 * he is …"), is the next clause or the next person.
 */
function isNounPhrase(words: readonly string[]): boolean {
  // "who’s" opens its clause as "who" does.
  const lower = words.map((word) => word.toLowerCase().replace(/\.$/u, '').replace(CONTRACTED, ''));
  const [first = '', second = ''] = lower;
  if (CLAUSE_OPENERS.has(first) || HONORIFICS.has(first)) return false;
  if (PARTICIPLE.test(words[0]!) && !ROLE_NOUNS.has(first) && (second === '' || CLAUSE_CONTINUERS.has(second))) return false;
  return !lower.some((word) => SPEECH_VERBS.has(word) || FINITE_VERBS.has(word));
}

/**
 * The kind an appositive gives a one-word name: "Mila, an AI research institute" is an
 * organization, "Tahoe, a resort town" a place, whatever the word alone suggested. Null
 * when no appositive after its first mentions ends in such a head noun.
 */
export function appositiveKind(group: ActorGroup, text: string): ActorKind | null {
  // A full name is a person's whatever follows it ("Jon Sopel, BBC News").
  if (group.name.includes(' ')) return null;
  for (const mention of group.mentions.slice(0, MAX_MENTIONS_SEARCHED)) {
    const kind = appositiveKindAt(mention, text);
    if (kind) return kind;
  }
  return null;
}

/** The kind the appositive after one mention of a one-word name gives it ("Westfield, a town about …"), or null. */
export function appositiveKindAt(mention: Mention, text: string): ActorKind | null {
  // Only a comma opens an appositive (DEFINED_BY_ARTICLE): most mentions are read no further.
  if (mention.text.includes(' ') || text[mention.end] !== ',') return null;
  const after = text.slice(mention.end, mention.end + 160);
  if (!DEFINED_BY_ARTICLE.test(after)) return null;
  const match = APPOSITIVE.exec(after);
  // After a person's name the comma before "said" is often left out ("Larry Moneta, Duke's vice
  // president said"); after a place it is not: "in China, the company said" tells no kind.
  if (match && SPEECH_AFTER.test(after.slice(match[0].length))) return null;
  const phrase = match?.[1];
  const words = (phrase?.split(EMPLOYER_LINK)[0] ?? '').match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_ROLE_WORDS) return null;
  if (words.some((word) => ROLE_NOUNS.has(word.toLowerCase()))) return null;
  // "a town about 25 miles west of Manhattan": the head noun stands before what places or measures it.
  const cut = words.findIndex((word, i) => i > 0 && (POSTMODIFIERS.has(word.toLowerCase()) || /^\p{N}/u.test(word)));
  const head = (cut > 0 ? words[cut - 1] : words.at(-1))?.toLowerCase() ?? '';
  if (ORG_HEADS.has(head)) return 'organization';
  if (PLACE_NOUNS_BEFORE.has(head)) return 'place';
  return null;
}
