// Who speaks by a speech cue: the name (or pronoun) in the cue's subject slot. Before the
// verb ("Merkel sagte", "the FBI said"), right after it in inverted order ("sagte Merkel",
// "a déclaré le ministre Jean Dupont", "said Wang Yi"), or a pronoun that stands for the
// person named last ("sagte er", "a-t-il dit", "dijo", with the pronoun dropped).
import type { Actor, ActorKind, TextSpan } from '../types.ts';
import { describesNext, describedWordAfter, inPhrase, lastTokenBefore, ownedByUnnamedHead, isDeterminer, leadsToName, modifiesNoun, namesAMember, namesSomeone, opensClaim, speaksForOwner, type NameContext } from './name-context.ts';
import type { Placed } from './placed-mentions.ts';
import { breaksBetween, type Cue, type Token } from './find-cues.ts';
import { unnamedSubject } from './unnamed-subject.ts';

/** What a speaker is looked for in: one or two sentences' words, cues and mentions, minus what is quoted. */
export interface SpeakerScope extends NameContext {
  /** Mentions in the scope, outside any quotation. */
  mentions: readonly Placed[];
  /** Every mention of the story, sorted by start: a pronoun's person may be named sentences before. */
  placed: readonly Placed[];
  /** Is an offset inside a quotation? */
  quoted(at: number): boolean;
}

export interface Candidate {
  /** The actor named, or null for a pronoun (written or dropped) standing for a person. */
  actor: Actor | null;
  /** Where the speaker is written: the name, the pronoun, or the verb of a dropped pronoun. */
  span: TextSpan;
  /** Before the cue ("Merkel sagte") or after it ("sagte Merkel"). */
  side: 'before' | 'after';
  /** People (and pronouns) speak first, then organizations, then places ("China said"). */
  rank: number;
  /** The name sits in a phrase ("mit Macron sagte Merkel"), not in the subject's place. */
  demoted: boolean;
  distance: number;
  /** No punctuation stands between the name and the verb: "Frau Wendland, Minister Robert Habeck verkündete" (Habeck). */
  joined: boolean;
}

/** How far before its verb a person may stand (appositions: "Kamil Amin, a spokesman for …, said"), in characters. */
const PERSON_REACH = 120;
/** An organization or place speaks as a subject only close to its verb ("The FBI has reported"). */
const SUBJECT_REACH = 40;
/** How many words may stand between an inverted verb and its speaker: "a déclaré le ministre de l'Intérieur Gérald Darmanin". */
const AFTER_WORDS = 6;
/** How many words before the verb a pronoun subject may stand: "il a ensuite déclaré", "he also said". */
const PRONOUN_WORDS = 3;
const KIND_RANK: Record<ActorKind, number> = { person: 0, organization: 1, place: 2 };

/**
 * The candidates for the speaker of one cue. `inverted` says whether the cue's subject may
 * follow it (set by the caller: "…," said X).
 */
export function cueCandidates(scope: SpeakerScope, cue: Cue, inverted: boolean): Candidate[] {
  // '"Jo," said I, "…"': the writer speaks, and no name before the verb does.
  if (cue.kind === 'verb' && inverted && unnamedPronounAfter(scope, cue)) return [];
  const candidates: Candidate[] = [];
  if (cue.kind !== 'source-before') {
    const after = cue.kind === 'verb' && !inverted ? null : afterSlot(scope, cue);
    if (after) candidates.push(after);
    else if (cue.kind === 'verb' && droppedSubject(scope, cue)) {
      candidates.push(candidate(null, cue, 'after', 0, false));
    }
  }
  if (cue.kind === 'verb' || cue.kind === 'source-before') {
    // "Ele sustentou que o indulto dado a Silveira …, mas defendeu": a second verb goes on with its
    // clause's subject, and a name in a phrase, or in the first verb's claim, is never that subject.
    const continued = continuesClause(scope, cue);
    for (const before of beforeSlot(scope, cue)) if (!(continued && (before.demoted || inClaimBefore(scope, before.span)))) candidates.push(before);
  }
  return candidates;
}

/**
 * Which name before the verb is its subject: the nearest, in the short attribution beside a
 * quotation ('"…," Dan Eberhart said'), or the first within reach, which a reported claim's
 * longer subject opens ("McDaniel, whom Ramaswamy called on to resign, said she …").
 */
export type SubjectBefore = 'nearest' | 'first';

/** Candidates in order of preference: kind, then a subject's place before a phrase's, then before the verb over after it, then `subject`. */
export function byPreference(subject: SubjectBefore): (a: Candidate, b: Candidate) => number {
  const order = (c: Candidate): number => (c.side === 'before' && subject === 'first' ? c.span.start : c.distance);
  // Of names before the verb, one joined to it is the subject before one set off by a comma ("Frau Wendland, …"),
  // which may be addressed or described; an apposition's subject is set off too ("McDaniel, whom … , said").
  const setOff = (c: Candidate): number => (subject === 'first' && c.side === 'before' && !c.joined ? 1 : 0);
  return (a, b) =>
    a.rank - b.rank || Number(a.demoted) - Number(b.demoted) || sideRank(a) - sideRank(b) || setOff(a) - setOff(b) || order(a) - order(b);
}

/**
 * The cue is a second verb joined by a conjunction ("X called Wilson “…,” and noted …"): it
 * goes on with its clause's subject, named first; a name nearer it is the first verb's object.
 */
export function continuesClause(scope: SpeakerScope, cue: Cue): boolean {
  const before = scope.tokens[cue.first - 1];
  return !!before && scope.speech.conjunctions.has(before.lower);
}

/** A claim's opener ("que", "that", "dass") stands before the name in its sentence. */
function inClaimBefore(scope: SpeakerScope, name: TextSpan): boolean {
  for (let k = lastTokenBefore(scope.tokens, name.start); k >= 0; k--) {
    const token = scope.tokens[k]!;
    if (opensClaim(scope.speech, token)) return true;
    if (token.opensSentence) return false;
  }
  return false;
}

const sideRank = (candidate: Candidate): number => (candidate.side === 'before' ? 0 : 1);

/** The first name or pronoun after the cue, over a few words with no clause break: "sagte der CDU-Vorsitzende Friedrich Merz". */
function afterSlot(scope: SpeakerScope, cue: Cue): Candidate | null {
  const { text, tokens, speech } = scope;
  let connected = false;
  /** The last word of an unnamed subject's noun read so far ("der Sportliche Leiter des …"). */
  let head: string | null = null;
  let limit = cue.last + AFTER_WORDS;
  for (let k = cue.last + 1; k <= limit && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (scope.quoted(token.start)) return null;
    if (breaksBetween(text, tokens[k - 1]!.end, token.start)) return k > cue.last + 1 ? appositiveSpeaker(scope, tokens[k - 1]!.end, token, cue) : null;
    const mention = scope.mentions.find((m) => m.start < token.end && m.end > token.start && namesSomeone(text, m));
    if (mention && mention.actor.kind !== 'person') {
      // "EZB-Chef Mario Draghi", "Gaza's Health Ministry": the speaker is the noun the name describes.
      if (modifiesNoun(text, mention)) continue;
      // So is it after a people's or a place's word ("according to Pakistani media"), unless
      // the place speaks through that noun ("according to Israeli officials").
      if (describesVoiceOtherThanState(scope, mention)) continue;
      // "said a veteran GOP strategist": one member speaks, unnamed.
      if (namesAMember(speech, text.slice(mention.end, mention.end + SUBJECT_REACH))) return null;
      // "der Sportliche Leiter des ÖSV, Mario Stecher", "un integrante del Poder Ejecutivo", "so CEO Maria Hedengrens":
      // a name after a connector says whose the unnamed speaker is, one before a person's describes them; the
      // speaker is the person after it, if any. A spokesman speaks for it ("ein Sprecher des Ministeriums").
      if ((connected && head !== null && !speech.ownerVoices.has(head)) || personRightAfter(scope, mention)) {
        const skipped = k;
        while (k + 1 < tokens.length && tokens[k + 1]!.start < mention.end) k++;
        limit += k - skipped + 1;
        continue;
      }
    }
    // "le maire de Paris", "une source du Quai d'Orsay": a place after a connector names where the speaker is from.
    if (mention?.actor.kind === 'place' && (connected || mention.start > token.start)) return null;
    // "berichtet Yuans Kollege Hossein Robatjazi", "said Trump adviser Stephen Miller": the name describes the person after it.
    const next = mention && scope.mentions.find((m) => m.start >= mention.end);
    if (mention && next && !breaksBetween(text, mention.end, next.start) && describesNext(scope, mention, next)) continue;
    // "selon un proche d'Edouard Philippe", "said a close friend of Jo Lind": the person says whose the unnamed
    // speaker is; one who speaks for them speaks for them ("a spokesman for Jo Lind").
    if (mention?.actor.kind === 'person' && ownedByWordBefore(scope, cue, k, mention)) return null;
    if (mention) return candidate(mention.actor, mention, 'after', mention.start - cue.end, false);
    if (speech.pronounsFollowVerb && speech.pronouns.has(token.lower)) return candidate(null, token, 'after', token.start - cue.end, false);
    // "sagte von Preen": a particle of the person's own name, not a preposition.
    if (particleOfName(scope, token)) continue;
    if (speech.listenerWords.has(token.lower) || opensClaim(speech, token)) return null;
    // "schrieb auf Twitter", "teilte das Präsidialamt in Seoul mit": a phrase right after the verb, or after an
    // unnamed subject, holds no speaker; a connector inside a title goes on ("le ministre de l'Intérieur Gérald Darmanin").
    if (speech.prepositions.has(token.lower) && (k === cue.last + 1 || !speech.nameConnectors.has(token.lower))) return null;
    // "laut dem sogenannten Benn-Gesetz", "according to an invitation obtained by …": the source is a thing, unnamed.
    if (cue.kind === 'according' && !leadsToName(speech, token)) return null;
    connected ||= speech.nameConnectors.has(token.lower);
    if (!speech.nameConnectors.has(token.lower) && !speech.functionWords.has(token.lower) && !isDeterminer(speech, token.lower)) {
      // "porta-voz", "porte-parole": a hyphenated noun is read whole.
      head = text[token.start - 1] === '-' && head !== null ? `${head}-${token.lower}` : token.lower;
    }
  }
  return null;
}

/**
 * A connector stands right before the person's name ("of Jo Lind", or elided in its token:
 * "d'Edouard"), after a word that is no determiner and no one who speaks for them: "un
 * proche d'Edouard Philippe", "a close friend of Jo Lind", not "a spokesman for Jo Lind".
 */
function ownedByWordBefore(scope: SpeakerScope, cue: Cue, k: number, mention: Placed): boolean {
  const { text, tokens, speech } = scope;
  const token = tokens[k]!;
  let owner = k - 1;
  if (mention.start > token.start) {
    if (!speech.nameConnectors.has(text.slice(token.start, mention.start).toLowerCase())) return false;
  } else {
    const connector = tokens[k - 1];
    if (!connector || !speech.nameConnectors.has(connector.lower) || breaksBetween(text, connector.end, token.start)) return false;
    owner = k - 2;
  }
  // The owner word comes after the cue: "according to Jo Lind" names the source itself.
  const word = owner > cue.last ? tokens[owner] : undefined;
  if (!word || breaksBetween(text, word.end, tokens[owner + 1]!.start)) return false;
  return !isDeterminer(speech, word.lower) && !speech.nameConnectors.has(word.lower) && !speech.ownerVoices.has(word.lower) && !word.capitalized;
}

/** "Pakistani media", "U.S. researchers": a place's word before a noun through which the place itself does not speak. */
function describesVoiceOtherThanState(scope: SpeakerScope, mention: Placed): boolean {
  const noun = nounAPlaceDescribes(scope, mention, scope.text.length);
  return noun !== null && !scope.speech.stateVoices.has(noun.lower);
}

/**
 * The noun a place's word describes right after it, before `until` ("Chinese officials",
 * "Pakistani media"), in a language that writes such words before their nouns; else null.
 */
function nounAPlaceDescribes(scope: SpeakerScope, mention: Placed, until: number): Token | null {
  if (mention.actor.kind !== 'place' || !scope.speech.namesBeforeNouns) return null;
  return describedWordAfter(scope, mention, until);
}

/** The word opens a person's name as the story writes it in full: "von" of "sagte von Preen" (Alexander von Preen). */
function particleOfName(scope: SpeakerScope, token: Token): boolean {
  const next = scope.mentions.find((m) => m.start > token.end && /^\s+$/u.test(scope.text.slice(token.end, m.start)));
  return !!next && next.actor.kind === 'person' && next.actor.name.includes(`${scope.text.slice(token.start, token.end)} ${scope.text.slice(next.start, next.end)}`);
}

/** A person's name follows the mention with only spaces between: "CEO Maria Hedengrens". */
function personRightAfter(scope: SpeakerScope, mention: Placed): boolean {
  const next = scope.mentions.find((m) => m.start >= mention.end);
  return !!next && next.actor.kind === 'person' && /^\s+$/u.test(scope.text.slice(mention.end, next.start));
}

/** Only a comma (and spaces) between two words: "…, said the site manager, Jo Lund." */
const COMMA_ONLY = /^\s*,\s*$/u;
/** What may follow a name that ends its clause: the sentence's end or another break. */
const CLAUSE_END = /^\s*(?:[.,;:!?)]|$)/u;

/**
 * "said the site manager, Jo Lund.", "a déclaré le directeur du chantier, Julien Roussel.":
 * the unnamed subject after the verb, then after a comma the person it is, closing the clause.
 */
function appositiveSpeaker(scope: SpeakerScope, roleEnd: number, token: { start: number }, cue: Cue): Candidate | null {
  const { text } = scope;
  if (!COMMA_ONLY.test(text.slice(roleEnd, token.start))) return null;
  const person = scope.mentions.find((m) => m.start === token.start && m.actor.kind === 'person');
  if (!person || !CLAUSE_END.test(text.slice(person.end, person.end + 2))) return null;
  return candidate(person.actor, person, 'after', person.start - cue.end, false);
}

/** Names before the verb within reach, and a pronoun just before it: "Merkel sagte", "il a déclaré". */
function beforeSlot(scope: SpeakerScope, cue: Cue): Candidate[] {
  const { text, tokens, speech } = scope;
  const found: Candidate[] = [];
  scope.mentions.forEach((mention, i) => {
    if (mention.end > cue.start || !namesSomeone(text, mention)) return;
    const distance = cue.start - mention.end;
    const person = mention.actor.kind === 'person';
    if (distance > (person ? PERSON_REACH : SUBJECT_REACH)) return;
    const between = text.slice(mention.end, cue.start);
    if (!person && namesAMember(speech, between)) return;
    if (describesSubject(scope, mention, cue)) return;
    // "Schleweis zufolge": the source stands right before its word.
    if (cue.kind === 'source-before' && breaksBetween(text, mention.end, cue.start)) return;
    const next = scope.mentions[i + 1];
    if (next && next.end <= cue.start && describesNext(scope, mention, next)) return;
    // "der Chef der Deutschen Bank sagte", "Lawyers for the parents of Michael Brown announced": the noun the name owns speaks.
    if (ownedByUnnamedHead(scope, mention)) return;
    const demoted = inPhrase(scope, mention);
    // "Ein BMW-Händler in Weimar erklärte": a place after a preposition says where, not who.
    if (demoted && mention.actor.kind === 'place') return;
    found.push(candidate(mention.actor, mention, 'before', distance, demoted, !breaksBetween(text, mention.end, cue.start)));
  });
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - PRONOUN_WORDS); k--) {
    const token = tokens[k]!;
    if (breaksBetween(text, token.end, tokens[k + 1]!.start)) break;
    // "si elle estime que": the pronoun is the subject, and no name before it is.
    if (speech.pronouns.has(token.lower)) return [...found.filter((c) => c.span.start > token.start), candidate(null, token, 'before', cue.start - token.end, false)];
    // "The Review: You say that …", "as I have said": the writer or the one addressed, whom no name gives.
    if (speech.unnamedPronouns.has(token.lower)) return found.filter((c) => c.span.start > token.start);
  }
  // "…, the officials said", "la ministre a déclaré": an unnamed subject; no name before it speaks.
  const unnamed = unnamedSubject(scope, cue);
  return unnamed === null ? found : found.filter((c) => c.span.start > unnamed);
}

/**
 * The name describes the noun after it, which is the subject: "Ramdehol's sister, Inderdai
 * Deyal said", "Gaza's Health Ministry said" (unless the noun speaks for the name: "Biden's
 * team said"); a place before a noun says where the speaker is from ("Chinese officials
 * acknowledged", "an Oregon couple announced").
 */
function describesSubject(scope: SpeakerScope, mention: Placed, cue: Cue): boolean {
  if (modifiesNoun(scope.text, mention)) return !speaksForOwner(scope, mention);
  if (ownedByWordAfter(scope, mention, cue)) return true;
  return nounAPlaceDescribes(scope, mention, cue.start) !== null;
}

const POSSESSIVE_WORD = /['’]s$/u;

/**
 * "The U.S. Attorney's office said", "the Manhattan District Attorney's office": the word
 * after the name, no name itself, is a possessive; the owner is the longer phrase (an
 * office no name gives), not the name that opens it.
 */
function ownedByWordAfter(scope: SpeakerScope, mention: Placed, cue: Cue): boolean {
  const { text, tokens } = scope;
  const next = tokens.find((token) => token.start >= mention.end);
  if (!next || next.end > cue.start || breaksBetween(text, mention.end, next.start)) return false;
  return POSSESSIVE_WORD.test(text.slice(next.start, next.end)) && !scope.mentions.some((m) => m.start <= next.start && m.end > next.start);
}

function candidate(actor: Actor | null, span: TextSpan, side: Candidate['side'], distance: number, demoted: boolean, joined = true): Candidate {
  return { actor, span: { start: span.start, end: span.end }, side, rank: actor ? KIND_RANK[actor.kind] : 0, demoted, distance, joined };
}

/** How many words after the verb a subject that follows it may open: "dijo primero el secretario general". */
const SUBJECT_AFTER_WORDS = 2;

/** A name or a determiner follows the verb in its clause, after an adverb at most: "dijo el portavoz", "afirmó ayer el ministro". */
export function subjectFollows(scope: SpeakerScope, cue: Cue): boolean {
  const { text, tokens, speech } = scope;
  for (let k = cue.last + 1; k <= cue.last + SUBJECT_AFTER_WORDS && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (breaksBetween(text, tokens[k - 1]!.end, token.start)) return false;
    if (token.capitalized || isDeterminer(speech, token.lower)) return true;
    if (opensClaim(speech, token) || speech.prepositions.has(token.lower) || speech.pronouns.has(token.lower)) return false;
  }
  return false;
}

/**
 * The verb's subject is a pronoun of the writer or the one addressed right after it, closing
 * the clause: '"Jo," said I, "…"'. Not "said we should …", where the pronoun opens a claim.
 */
function unnamedPronounAfter(scope: SpeakerScope, cue: Cue): boolean {
  const next = scope.tokens[cue.last + 1];
  if (!next || !scope.speech.unnamedPronouns.has(next.lower) || breaksBetween(scope.text, cue.end, next.start)) return false;
  return CLAUSE_END.test(scope.text.slice(next.end, next.end + 2));
}

/** A closing bracket alone between two words: "a Secretaria (SSP) informou" goes on with the subject it sets aside. */
const ASIDE_CLOSES = /^\s*\)\s*$/u;

/**
 * "«…», dijo.", "«…», ha detto": a language that drops its pronouns names no subject; the
 * verb then speaks for the person named last. Not where a noun follows ("dijo el portavoz"),
 * a subject stands before it (an aside in brackets is part of it: "a Secretaria (SSP)
 * informou"), or a relative pronoun opens its clause ("Su madre, que ha explicado").
 */
function droppedSubject(scope: SpeakerScope, cue: Cue): boolean {
  const { text, tokens, speech } = scope;
  if (!speech.dropsPronouns) return false;
  if (subjectFollows(scope, cue)) return false;
  for (let k = cue.first - 1; k >= 0; k--) {
    const token = tokens[k]!;
    const clauseOpens = breaksBetween(text, token.end, tokens[k + 1]!.start) && !ASIDE_CLOSES.test(text.slice(token.end, tokens[k + 1]!.start));
    if (clauseOpens) return !speech.relativePronouns.has(tokens[k + 1]!.lower);
    if (!speech.functionWords.has(token.lower) && !speech.auxiliaries.has(token.lower)) return false;
  }
  return true;
}
