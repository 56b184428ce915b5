// What the words around a name say about whether it speaks: in a phrase ("mit Macron"),
// describing the next name ("DeSantis donor Dan Eberhart"), naming one member of an
// organization ("an ISIS commander"), or part of a longer noun ("Gaza's Health Ministry").
import type { TextSpan } from '../types.ts';
import type { Placed } from './placed-mentions.ts';
import { breaksBetween, type Token } from './find-cues.ts';
import type { SpeechCues } from './speech-cues.ts';

/** The words, mentions and tables a name is read in. */
export interface NameContext {
  text: string;
  speech: SpeechCues;
  tokens: readonly Token[];
}

/** Punctuation between two clauses; quotation marks may close a title inside one ("“Parasite” director Bong Joon Ho"). */
const CLAUSE_PUNCTUATION = /[,;:.!?()]/u;
/** A hyphen or a possessive right after a name makes it part of a longer noun. */
const MODIFIER_AFTER = /^(?:-|['’]s)/u;
const POSSESSIVE_AFTER = /^['’]s/u;
/** How many words a name describing the next one may stand from it: "DeSantis donor Dan Eberhart", "Trump adviser Stephen Miller". */
const DESCRIBING_GAP_WORDS = 2;
/** How many words after an organization's name a member noun may come: "an ISIS regional commander". */
const MEMBER_WORDS = 3;
const WORDS = /[\p{L}'’]+/gu;
/** Only spaces, and the marks that may open a quoted name, between a word and a name. */
const OPENING_MARKS = /^[\s"“„«»‚‘]*$/u;

/** "EZB-Chef Mario Draghi", "Gaza's Health Ministry": the name is joined to a noun that it describes. */
export function modifiesNoun(text: string, mention: TextSpan): boolean {
  return MODIFIER_AFTER.test(text.slice(mention.end, mention.end + 2));
}

/**
 * "Chinese officials acknowledged", "an Oregon couple announced", "U.S. officials have voiced":
 * the word right after the name, before `until` (the verb), when it is a noun the name
 * describes, not a verb, an auxiliary or a function word; in a language that capitalizes its
 * nouns, a capitalized word that starts no name is one too ("die chinesischen Behörden").
 * Null when the word after is no such noun.
 */
export function describedWordAfter(context: NameContext & { mentions: readonly TextSpan[] }, mention: TextSpan, until: number): Token | null {
  const { tokens, text, speech } = context;
  const next = tokens.find((token) => token.start >= mention.end);
  if (!next || next.end > until || breaksBetween(text, mention.end, next.start)) return null;
  if (speech.functionWords.has(next.lower) || speech.auxiliaries.has(next.lower) || speech.cueWords.has(next.lower)) return null;
  if (!next.capitalized) return next;
  return speech.capitalizesNouns && !context.mentions.some((m) => m.start === next.start) ? next : null;
}

/** A possessive before a noun that speaks for its owner: "Biden's team", "the mayor's office". */
export function speaksForOwner(context: NameContext, mention: TextSpan): boolean {
  if (!POSSESSIVE_AFTER.test(context.text.slice(mention.end, mention.end + 2))) return false;
  const next = context.tokens.find((token) => token.start > mention.end + 1);
  return !!next && context.speech.ownerVoices.has(next.lower);
}

/** The mention qualifies the person named right after it, who speaks: "DeSantis donor Dan Eberhart said". */
export function describesNext(context: NameContext, mention: Placed, next: Placed | undefined): boolean {
  if (!next || next.actor.kind !== 'person') return false;
  const between = context.text.slice(mention.end, next.start);
  const words = between.match(WORDS) ?? [];
  return (
    !CLAUSE_PUNCTUATION.test(between) &&
    words.length <= DESCRIBING_GAP_WORDS &&
    !words.some((word) => context.speech.functionWords.has(word.toLowerCase()))
  );
}

/**
 * The name sits in a prepositional phrase, not in the subject's place: a preposition stands
 * before it in its clause, with no verb between ("Nach dem Treffen mit Macron sagte Merkel",
 * "Após rechaçar um encontro com o presidente Bolsonaro, o técnico Tite declarou", "a
 * spokesman for the Pentagon"); "… Kim Jong Un hat US-Präsident Donald Trump erklärt" is not.
 */
export function inPhrase(context: NameContext, mention: TextSpan): boolean {
  const { speech } = context;
  return prepositionBefore(context, mention, (word) => !speech.auxiliaries.has(word) && !speech.verbs.has(word)) >= 0;
}

/**
 * A preposition stands right before the name, or before its article and title: "mit Niú",
 * "à la ministre Agnès Buzyn", "to Camilla". Not a particle of the person's own name ("ließ
 * von Preen offen"), nor one opening the sentence, which names whose view it gives ("Pour
 * Mathieu Rigouste, les difficultés …", "Para Martins, …"). Unlike inPhrase it reads no
 * further back, so it holds where the verb before the subject is none it knows ("In ihrer
 * Rede nannte Stetter-Karp …").
 */
export function afterPreposition(context: NameContext, mention: Placed): boolean {
  const { tokens, text } = context;
  const k = prepositionBeforeTitle(context, mention);
  const preposition = tokens[k];
  return k > 0 && preposition !== undefined && !mention.actor.name.includes(`${text.slice(preposition.start, preposition.end)} ${text.slice(mention.start, mention.end)}`);
}

/** The name is the doer of a passive verb: "chaired by Kate Lind", "présidée par Anne Roy". */
export function afterAgentPreposition(context: NameContext, mention: Placed): boolean {
  const k = prepositionBeforeTitle(context, mention);
  return k >= 0 && context.speech.agentPrepositions.has(context.tokens[k]!.lower);
}

/** The preposition right before the name, or before its article and title ("à la ministre"); -1 for none. */
function prepositionBeforeTitle(context: NameContext, mention: Placed): number {
  const { speech } = context;
  return prepositionBefore(context, mention, (word) => isDeterminer(speech, word) || speech.memberNouns.has(word));
}

/**
 * The index of the preposition standing before the mention in its clause, reading back over
 * words `passes` accepts (lower-cased); -1 at a word it does not, or a break.
 */
function prepositionBefore(context: NameContext, mention: TextSpan, passes: (word: string) => boolean): number {
  const { tokens, text, speech } = context;
  let end = mention.start;
  for (let k = lastTokenBefore(tokens, mention.start); k >= 0; k--) {
    const token = tokens[k]!;
    if (breaksBetween(text, token.end, end)) return -1;
    if (speech.prepositions.has(token.lower)) return k;
    if (!passes(token.lower)) return -1;
    end = token.start;
  }
  return -1;
}

/**
 * The name says whose an unnamed noun before it is: "der Chef der Deutschen Bank", "the
 * Israeli mission to the UN", "una fuente al interior de la Comisión", "Lawyers for the
 * parents of Michael Brown". That noun is the subject, not the name, unless it speaks for
 * its owner ("die Sprecherin des Ministeriums", "a spokesman for the FBI", "a statement by
 * Acme") or is its members as a body ("officials with the police department").
 */
export function ownedByUnnamedHead(context: NameContext, mention: Placed): boolean {
  const { tokens, text, speech } = context;
  let k = lastTokenBefore(tokens, mention.start);
  // A quoted name is one name: "Auf Nachfrage der „Straits Times“".
  if (k < 0 || !OPENING_MARKS.test(text.slice(tokens[k]!.end, mention.start))) return false;
  // A preposition links the noun to the name ("the mission to the UN"), or, where every noun is capitalized, a
  // genitive article does ("der Chef der Bank"; "later the White House" is no genitive).
  let linked = false;
  for (; k >= 0 && isDeterminer(speech, tokens[k]!.lower); k--) {
    linked ||= speech.capitalizesNouns && speech.nameConnectors.has(tokens[k]!.lower);
    if (k > 0 && breaksBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
  }
  if (k >= 0 && speech.prepositions.has(tokens[k]!.lower)) {
    // "underscored by Wang Lei": the doer of a passive verb acts.
    if (speech.agentPrepositions.has(tokens[k]!.lower)) return false;
    linked = true;
    k--;
  }
  const head = tokens[k];
  if (!linked || !head || breaksBetween(text, head.end, tokens[k + 1]!.start)) return false;
  if (speech.functionWords.has(head.lower) || isDeterminer(speech, head.lower) || (head.capitalized && !speech.capitalizesNouns)) return false;
  // "porta-voz", "porte-parole": a hyphenated noun is read whole.
  const before = tokens[k - 1];
  const whole = before && text.slice(before.end, head.start) === '-' ? `${before.lower}-${head.lower}` : head.lower;
  return !speech.ownerVoices.has(whole) && !(mention.actor.kind !== 'person' && namesTheBody(speech, head.lower));
}

/** Members in the plural speak for their body: "officials", "Beamte" are as good as the body's own word. */
function namesTheBody(speech: SpeechCues, word: string): boolean {
  return word.endsWith('s') && speech.memberNouns.has(word.slice(0, -1));
}

/**
 * "an ISIS regional commander told": one member speaks, not the organization. Its
 * officials as a body ("U.S. officials said") speak for it.
 */
export function namesAMember(speech: SpeechCues, after: string): boolean {
  const words = after.match(WORDS) ?? [];
  // A member noun that ends in "s" is one member still unless it is another's plural ("boss", not "officials").
  return words.slice(0, MEMBER_WORDS).some((word) => speech.memberNouns.has(word.toLowerCase()) && !namesTheBody(speech, word.toLowerCase()));
}

/** A mention written in lower case is an adjective ("der südkoreanischen Regierung"): it describes, never speaks. */
export function namesSomeone(text: string, mention: TextSpan): boolean {
  const first = text[mention.start] ?? '';
  return first !== first.toLowerCase() || first === first.toUpperCase();
}

/**
 * A word that may stand between "according to" and a name: an article, a title or a member
 * ("laut einem Sprecher des Ministeriums"), a connector, or a capitalized word where only
 * names are ("selon le ministre de l'Intérieur Gérald Darmanin").
 */
export function leadsToName(speech: SpeechCues, token: Token): boolean {
  const { lower } = token;
  return (
    speech.functionWords.has(lower) ||
    speech.memberNouns.has(lower) ||
    speech.nameConnectors.has(lower) ||
    (token.capitalized && !speech.capitalizesNouns)
  );
}

/** "el", or an elided article joined to its noun: "l'avvocato". */
export function isDeterminer(speech: SpeechCues, word: string): boolean {
  return speech.determiners.has(word) || speech.determiners.has(elision(word));
}

/** "that", "dass", "que", or "qu'" elided onto the next word ("qu'il"). */
export function opensClaim(speech: SpeechCues, token: Token): boolean {
  return speech.claimOpeners.has(token.lower) || speech.claimOpeners.has(elision(token.lower));
}

/** The elided word a token opens with ("qu'" of "qu'il"), or ''. */
export function elision(word: string): string {
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 && apostrophe < word.length - 1 ? word.slice(0, apostrophe + 1) : '';
}

/** Index of the last token ending at or before `offset`, or -1. */
export function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  let k = tokens.length - 1;
  while (k >= 0 && tokens[k]!.end > offset) k--;
  return k;
}
