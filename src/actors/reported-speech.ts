// Reported speech: the claim a speech cue attributes, without quotation marks. After the
// attribution ("X said (that) …", "Merkel sagte, dass …", "X a affirmé que …", "Selon X,
// …", "Schleweis zufolge …") or before it ("…, Acme Corp said", "…, sagte er", "…, so X").
import type { Sentence, TextSpan } from '../types.ts';
import { elision, opensClaim } from './name-context.ts';
import type { Candidate, SpeakerScope } from './quote-speaker.ts';
import type { Cue } from './find-cues.ts';

/** A claim of fewer words is no claim: "…, he said on Monday." */
const MIN_CLAIM_WORDS = 3;
/** How far after the attribution its "that" may come: "told the Washington Post that …". */
const OPENER_REACH = 60;
/** Between the attribution and its "that" stand a listener and adverbs, not a sentence's end or a quotation. */
const OPENER_GAP = /[.;:"“”„«»]/u;
/** What separates a claim from the attribution after it, and the words since: "…, sagte er", "“, so Schleweis", "…, the economist". */
const CLAIM_THEN_ATTRIBUTION = /[,“”»«"][^,“”»«";:.!?]*$/u;
/** How many words of title may open an attribution before a speaker who precedes the verb: "…, the company's chief executive John Smith said". */
const TITLE_WORDS = 4;
const COMMA_OR_COLON = /^\s*([,:])/u;
const COLON = /^\s*:/u;
/** How many words may stand between a speaker and the verb after it ending a claim: "…, Acme Corp has said". */
const SUBJECT_GAP_WORDS = 2;
/** The word right after a verb, with only spaces between (a number is no word: "says 50 of its …"). */
const NEXT_WORD = /^\s+([\p{L}\p{N}][\p{L}\p{N}'’]*)/u;
/** The words up to the next comma or the sentence's end; not the comma of a number ("at least 9,061 people"). */
const PHRASE_UNTIL_PAUSE = /^(?:[^,;:.!?]|[,.](?=\d))*/u;
/** How many words a prepositional phrase beside an attribution may hold and still be no claim. */
const SHORT_PHRASE_WORDS = 5;
const WORDS = /[\p{L}\p{N}'’]+/gu;

/** The claim that `cue`, with `speaker` as its subject, attributes in `sentence`; null where the sentence holds none. */
export function reportedClaim(scope: SpeakerScope, sentence: Sentence, cue: Cue, speaker: Candidate): TextSpan | null {
  // A language that inverts only some verbs (English) does so after the claim: "…, said X";
  // in "said X that …" X is the listener or the object. In any language an inverted verb right
  // after a comma closes the claim before it first; a comma after its speaker opens an
  // apposition ("…, betonte Klemmer, für Tarifpolitik zuständiges Vorstandsmitglied").
  const inverted = speaker.side === 'after' && cue.kind === 'verb';
  if (inverted && scope.speech.invertingVerbs !== null) return claimBefore(scope, sentence, cue, speaker);
  // "La pandemia, señala Jourdan, ha sido …": a claim too short before the comma goes on after the attribution.
  if (inverted && closesClaim(scope, cue)) return claimBefore(scope, sentence, cue, speaker) ?? claimAfter(scope, sentence, cue, speaker);
  return claimAfter(scope, sentence, cue, speaker) ?? claimBefore(scope, sentence, cue, speaker);
}

/** Only a comma stands between the words before the cue and the cue: "Die Lage sei ernst, sagte X". */
function closesClaim(scope: SpeakerScope, cue: Cue): boolean {
  const before = scope.tokens[cue.first - 1];
  return !!before && /^\s*,\s*$/u.test(scope.text.slice(before.end, cue.opens));
}

/** "X said (that) …", "Merkel sagte, …", "Selon X, …", "X zufolge …". */
function claimAfter(scope: SpeakerScope, sentence: Sentence, cue: Cue, speaker: Candidate): TextSpan | null {
  const { text, speech } = scope;
  if (cue.kind === 'closing') return null;
  const attribution = { start: Math.min(cue.start, speaker.span.start), end: Math.max(cue.end, speaker.span.end) };
  let start: number | null;
  if (cue.kind === 'according' || cue.kind === 'source-before') {
    // The source opens the sentence and the claim follows it.
    if (!opensSentence(text, sentence, attribution.start)) return null;
    start = attribution.end + (COMMA_OR_COLON.exec(text.slice(attribution.end))?.[0].length ?? 0);
  } else {
    start = openerAfter(scope, attribution.end);
    const follows = text.slice(attribution.end, attribution.end + 3);
    if (start === null && (COLON.test(follows) || (speech.commaOpensClaim && COMMA_OR_COLON.test(follows)))) {
      start = attribution.end + COMMA_OR_COLON.exec(follows)![0].length;
    }
    if (start === null && bareClaimFollows(scope, cue, speaker)) start = cue.end;
  }
  return start === null ? null : claimSpan(text, start, sentence.end);
}

/**
 * "X said the work started", "he said at least 195 people were killed": English needs no
 * "that" where the verb does not name a listener first ("told her to the Journal"). Not
 * "said, and …", nor "said at the trial.", "said in a statement, adding": a short phrase
 * after the verb ends the attribution.
 */
function bareClaimFollows(scope: SpeakerScope, cue: Cue, speaker: Candidate): boolean {
  const { speech, text } = scope;
  if (!speech.bareClaim || speaker.side !== 'before' || speech.listenerVerbs.has(cue.words)) return false;
  const next = NEXT_WORD.exec(text.slice(cue.end));
  // "he said according to a transcript": a source follows, not a claim.
  if (!next || speech.cueWords.has(next[1]!.toLowerCase())) return false;
  if (!speech.prepositions.has(next[1]!.toLowerCase())) return true;
  return wordsToPause(text.slice(cue.end)) > SHORT_PHRASE_WORDS;
}

/** The offset after the "that" (or "qu'") following the attribution within reach. */
function openerAfter(scope: SpeakerScope, from: number): number | null {
  const { text, tokens, speech } = scope;
  for (const token of tokens) {
    if (token.start < from) continue;
    if (token.start - from > OPENER_REACH || OPENER_GAP.test(text.slice(from, token.start))) return null;
    if (!opensClaim(speech, token)) continue;
    // "a ação de Palmeiras e CBF, que convidaram …": after a comma the word opens a relative clause.
    if (!speech.openerAfterComma && /,\s*$/u.test(text.slice(from, token.start))) return null;
    // "qu'il": the claim starts after the elided "qu'".
    return token.start + (elision(token.lower).length || token.end - token.start);
  }
  return null;
}

/** "…, Acme Corp said", "…, sagte er", "…, a déclaré le ministre", "…, dijo.", "…, so Schleweis", "…, according to X". */
function claimBefore(scope: SpeakerScope, sentence: Sentence, cue: Cue, speaker: Candidate): TextSpan | null {
  const { text } = scope;
  if (cue.kind === 'source-before') return null;
  if (speaker.side === 'before' && (!closeBefore(scope, speaker.span, cue) || objectFollows(scope, cue))) return null;
  const head = text.slice(sentence.start, Math.min(cue.opens, speaker.span.start));
  // The attribution opens after the comma, with the speaker's title: "…, Senator Tom Becker said".
  const separator = CLAIM_THEN_ATTRIBUTION.exec(head);
  const titleWords = speaker.side === 'before' ? TITLE_WORDS : 0;
  if (!separator || (head.slice(separator.index).match(WORDS) ?? []).length > titleWords) return null;
  const claim = claimSpan(text, sentence.start, sentence.start + separator.index);
  return claim && !isShortPhrase(scope, claim) && !opensSubordinate(scope, claim) ? claim : null;
}

/**
 * "As Mr Blinken left Washington, he said …", "Als Merkel ankam, sagte sie …": a clause that
 * sets the scene, not a claim; "If a sting jet arrives, it could …, said X" goes on to one.
 */
function opensSubordinate(scope: SpeakerScope, claim: TextSpan): boolean {
  const first = scope.tokens.find((token) => token.start >= claim.start);
  return !!first && scope.speech.subordinators.has(first.lower) && !scope.text.slice(claim.start, claim.end).includes(',');
}

/** "Em entrevista à CNN, Witzel disse", "In a statement, X said": a short phrase opening with a preposition says where, not what. */
function isShortPhrase(scope: SpeakerScope, claim: TextSpan): boolean {
  const first = scope.tokens.find((token) => token.start >= claim.start);
  const words = (scope.text.slice(claim.start, claim.end).match(WORDS) ?? []).length;
  return !!first && scope.speech.prepositions.has(first.lower) && words <= SHORT_PHRASE_WORDS;
}

/**
 * The verb goes on to its object: "Prenant la parole, Marc Roy a reconnu tous les faits et
 * regrette …". An attribution after its claim closes the sentence or its line, or a short
 * phrase of when or where does ("…, Acme Corp said on Monday in a statement.", "…, the mayor
 * said Monday"), or a source ("…, he said according to a transcript"). A verb of telling
 * names its listener first ("…, he tells me after the call").
 */
function objectFollows(scope: SpeakerScope, cue: Cue): boolean {
  const { text, speech } = scope;
  const line = text.slice(cue.end, lineEnd(text, cue.end));
  let next = NEXT_WORD.exec(line);
  let from = 0;
  if (next && speech.listenerVerbs.has(cue.words)) {
    from = next.index + next[0].length;
    next = NEXT_WORD.exec(line.slice(from));
  }
  const word = next?.[1]!.toLowerCase();
  if (!word || speech.prepositions.has(word) || speech.cueWords.has(word)) return false;
  return wordsToPause(line.slice(from)) > SHORT_PHRASE_WORDS;
}

/** How many words `text` opens with before its first pause (PHRASE_UNTIL_PAUSE). */
function wordsToPause(text: string): number {
  const phrase = PHRASE_UNTIL_PAUSE.exec(text)?.[0] ?? '';
  return (phrase.match(WORDS) ?? []).length;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The speaker stands right before its verb: "Acme Corp said", "Merkel hat gesagt". */
function closeBefore(scope: SpeakerScope, speaker: TextSpan, cue: Cue): boolean {
  const between = scope.text.slice(speaker.end, cue.start);
  return !/[,;:]/u.test(between) && (between.match(WORDS) ?? []).length <= SUBJECT_GAP_WORDS;
}

/** How many words may open a sentence before a source that still opens it: "Laut Ministerin Roth", "Dem Minister Roth zufolge". */
const SOURCE_OPENING_WORDS = 3;

/** The attribution opens the sentence: only a determiner or a title stands before it, no clause. */
function opensSentence(text: string, sentence: Sentence, at: number): boolean {
  const before = text.slice(sentence.start, at);
  return !/[,;:]/u.test(before) && (before.match(WORDS) ?? []).length <= SOURCE_OPENING_WORDS;
}

/** `text[start, end)` without edge spaces, marks and a closing period; null when it holds too few words. */
function claimSpan(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && /[\s:,'"‘“„«»‹›‚]/u.test(text[s]!)) s++;
  while (e > s && /[\s.,'"’”“»«›‹]/u.test(text[e - 1]!)) e--;
  return (text.slice(s, e).match(WORDS) ?? []).length >= MIN_CLAIM_WORDS ? { start: s, end: e } : null;
}
