// Who said what: direct quotations ("…," said X / X said: "…") and reported
// speech (X said that …) attributed to an actor.
import type { Actor, Quote, Sentence, TextSpan } from '../types.ts';
import { isLetterOrApostrophe, wordRuns } from '../text/word-runs.ts';
import { ROLE_NOUNS } from './word-classes.ts';
import { SPEECH_VERBS } from './word-lists.ts';

export interface FindQuotesInput {
  text: string;
  sentences: Sentence[];
  actors: Actor[];
}

/** Double quotes, or single quotes that are not apostrophes ('…,' he said / ‘…’). */
const QUOTATION = /[“"]([^“”"]{3,}?)[”"]|(?<!\p{L})['‘]((?:[^'‘’]|(?<=\p{L})['’](?=\p{L})){3,}?)['’](?!\p{L})/gu;
const PRONOUN = /^(?:he|she)$/i;
const WORDS = /[\p{L}']+/gu;
/** Speech verbs are lower-case: "United States" holds no verb. */
const LOWERCASE_START = /^\p{Ll}/u;
const QUOTE_EDGE = /^[\s,.;:]+|[\s,;:]+$/gu;
/** How far from the speech verb the speaker may stand, in characters. */
const SPEAKER_REACH = 120;
/** An organization or place speaks as a subject only close to its verb ("The FBI has reported"). */
const SUBJECT_REACH = 40;
/** Phrases of speech that are not a single verb. */
const SPEECH_PHRASES = /\b(?:made clear|made it clear|according to|pointed out|voiced (?:concerns?|fears?|doubts?))\b/gu;
/** "said (that)", "told the Washington Post that": the claim starts after the addressee's "that". */
const THAT = /^(?:[^.;:"“”]{0,60}?\s)?that\s+|^\s*/u;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+$/iu;
const PASSIVE_AFTER = /^\s+(?:to|of|by)\b/iu;
const KIND_PREFERENCE = { person: 0, organization: 1, place: 2 } as const;

interface Placed extends TextSpan {
  actor: Actor;
}

/** Quotes in text order, each with its speaker's display name. */
export function findQuotes(input: FindQuotesInput): Quote[] {
  const { text, sentences, actors } = input;
  const placed: Placed[] = actors
    .flatMap((actor) => actor.mentions.map((span) => ({ ...span, actor })))
    .sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  for (const sentence of sentences) {
    // Once per sentence: both readings need the verbs and the names inside it.
    const verbs = speechVerbs(sentence);
    if (verbs.length === 0) continue;
    const inSentence = placedWithin(placed, sentence);
    const direct = directQuotes(sentence, text, verbs, inSentence, placed);
    quotes.push(...(direct.length > 0 ? direct : reportedSpeech(sentence, text, verbs, inSentence)));
  }
  return quotes;
}

/** The mentions lying wholly inside `span`, in order; `placed` is sorted by start. */
function placedWithin(placed: readonly Placed[], span: TextSpan): Placed[] {
  const inside: Placed[] = [];
  for (let i = firstStartingAt(placed, span.start); i < placed.length && placed[i]!.start <= span.end; i++) {
    if (placed[i]!.end <= span.end) inside.push(placed[i]!);
  }
  return inside;
}

/** Index of the first mention starting at or after `offset` (binary search). */
function firstStartingAt(placed: readonly Placed[], offset: number): number {
  let low = 0;
  let high = placed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (placed[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function speechVerbs(sentence: Sentence): TextSpan[] {
  const spans: TextSpan[] = [];
  const { text } = sentence;
  // Whole runs of letters (as WORDS matches them), a lower-case first one not after a
  // hyphen ("well-said"): the cheap set lookup goes first, since few words are speech verbs.
  const bounds = wordRuns(text, isLetterOrApostrophe);
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    const word = text.slice(start, end);
    if (!SPEECH_VERBS.has(word.toLowerCase()) || text[start - 1] === '-' || !LOWERCASE_START.test(word)) continue;
    // "a man accused of sorcery", "bodies believed to be": passives report no one's words.
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 4);
    if (PASSIVE_BEFORE.test(before) || PASSIVE_AFTER.test(after)) continue;
    spans.push({ start: sentence.start + start, end: sentence.start + end });
  }
  for (const match of text.matchAll(SPEECH_PHRASES)) {
    spans.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function directQuotes(sentence: Sentence, text: string, verbs: TextSpan[], inSentence: Placed[], placed: Placed[]): Quote[] {
  const quotes: Quote[] = [];
  for (const match of sentence.text.matchAll(QUOTATION)) {
    const open = sentence.start + match.index;
    const close = open + match[0].length;
    const inside = (match[1] ?? match[2] ?? '').replace(QUOTE_EDGE, '');
    const outside = inSentence.filter((p) => p.end <= open || p.start >= close);
    const speaker = nearestSpeaker(outside, verbs, { start: open, end: close }) ?? pronounSpeaker(sentence, text, placed, open, close);
    if (!speaker) continue;
    const start = text.indexOf(inside, open);
    quotes.push({ speaker: speaker.name, text: inside, start, end: start + inside.length });
  }
  return quotes;
}

/** The actor standing by a speech verb outside the quotation, people first. */
function nearestSpeaker(candidates: Placed[], verbs: TextSpan[], quotation: TextSpan): Actor | null {
  const outsideVerbs = verbs.filter((verb) => verb.end <= quotation.start || verb.start >= quotation.end);
  let best: { actor: Actor; rank: number } | null = null;
  for (const verb of outsideVerbs) {
    for (const candidate of candidates) {
      const distance = candidate.start >= verb.end ? candidate.start - verb.end : verb.start - candidate.end;
      if (distance < 0 || distance > SPEAKER_REACH) continue;
      const rank = KIND_PREFERENCE[candidate.actor.kind] * 1000 + distance;
      if (!best || rank < best.rank) best = { actor: candidate.actor, rank };
    }
  }
  return best?.actor ?? null;
}

/** "…," he said: the person named last before the quotation. */
function pronounSpeaker(sentence: Sentence, text: string, placed: Placed[], open: number, close: number): Actor | null {
  const around = `${text.slice(sentence.start, open)} ${text.slice(close, sentence.end)}`;
  const hasPronoun = (around.match(WORDS) ?? []).some((word) => PRONOUN.test(word));
  if (!hasPronoun) return null;
  // From the last mention starting before the quotation back: mentions are sorted by start.
  for (let i = firstStartingAt(placed, open) - 1; i >= 0; i--) {
    const p = placed[i]!;
    if (p.end <= open && p.actor.kind === 'person') return p.actor;
  }
  return null;
}

function reportedSpeech(sentence: Sentence, text: string, verbs: TextSpan[], inSentence: Placed[]): Quote[] {
  for (const verb of verbs) {
    const before = inSentence.filter(
      (p) =>
        p.end <= verb.start &&
        verb.start - p.end <= (p.actor.kind === 'person' ? SPEAKER_REACH : SUBJECT_REACH) &&
        (p.actor.kind === 'person' || !namesAMember(text.slice(p.end, verb.start))),
    );
    const subject = [...before].sort(
      (a, b) => KIND_PREFERENCE[a.actor.kind] - KIND_PREFERENCE[b.actor.kind] || a.start - b.start,
    )[0];
    // "X said (that) …": the claim follows the verb.
    const claimStart = verb.end + (THAT.exec(text.slice(verb.end))?.[0].length ?? 0);
    const claim = trimSpan(text, claimStart, sentence.end);
    if (subject && wordCount(text, claim) >= MIN_CLAIM_WORDS) return [quoteOf(subject.actor, claim, text)];
    // "…, Acme Corp said." / "…, said Acme Corp.": the claim comes before the attribution.
    const adjacent =
      before.find((p) => /^\s*$/u.test(text.slice(p.end, verb.start))) ??
      (INVERTED_VERBS.has(text.slice(verb.start, verb.end))
        ? inSentence.find((p) => p.start >= verb.end && /^\s*(?:the\s+)?$/iu.test(text.slice(verb.end, p.start)))
        : undefined);
    if (!adjacent) continue;
    const attributionStart = Math.min(adjacent.start, verb.start);
    const head = trimSpan(text, sentence.start, attributionStart);
    const lead = { start: head.start, end: head.end - (/,$/u.test(text.slice(head.start, head.end)) ? 1 : 0) };
    if (wordCount(text, lead) >= MIN_CLAIM_WORDS) return [quoteOf(adjacent.actor, lead, text)];
  }
  return [];
}

const MIN_CLAIM_WORDS = 3;
/** Verbs that may come before their speaker ("…, said the ministry"); "told X" names the listener. */
const INVERTED_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'explained', 'continued', 'wrote', 'asked', 'replied', 'noted', 'according to',
]);

/**
 * "an ISIS regional commander told": one member speaks, not the organization. Its
 * officials as a body ("U.S. officials said") speak for it.
 */
function namesAMember(between: string): boolean {
  const words = between.match(WORDS) ?? [];
  return words.slice(0, 3).some((word) => ROLE_NOUNS.has(word.toLowerCase()) && !word.endsWith('s'));
}

function wordCount(text: string, span: TextSpan): number {
  return (text.slice(span.start, span.end).match(WORDS) ?? []).length;
}

function quoteOf(actor: Actor, span: TextSpan, text: string): Quote {
  return { speaker: actor.name, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** Trims spaces and a closing period from `text[start, end)`. */
function trimSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /[\s:,'"‘“]/u.test(text[s] ?? '')) s++;
  while (e > s && /[\s.,'"’”]/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
