// The cues of reported speech in a sentence: speech verbs ("said", "sagte", "a déclaré"),
// words before a source ("according to", "selon", "laut"), after one ("X zufolge") and
// closing a claim ("…, so ein Sprecher"), found among the sentence's words.
import type { Sentence, TextSpan } from '../types.ts';
import { codePointClass, wordRuns } from '../text/word-runs.ts';
import type { CueKind, SpeechCues } from './speech-cues.ts';

/** One word of a sentence, with offsets into the story text. */
export interface Token extends TextSpan {
  /** Lower-cased, with "’" written "'" as the tables write it. */
  lower: string;
  capitalized: boolean;
  /** The sentence's first word: a cue there may be capitalized ("Selon le ministre", "Dijo que"). */
  opensSentence: boolean;
}

export interface Cue extends TextSpan {
  kind: CueKind;
  /** Lower-case words of the cue ("according to"). */
  words: string;
  /** Index of the cue's first and last tokens in the sentence. */
  first: number;
  last: number;
  /** Where the attribution begins: the auxiliary of a compound past ("…, ha spiegato X"), else the cue. */
  opens: number;
}

/** Letters and apostrophes, straight or curly: "qu’il", "d'après", "aujourd’hui" are one word each. */
const isWordCharacter = codePointClass(/^[\p{L}'’]$/u);
const APOSTROPHES = "'’";
const EDGE_APOSTROPHES = /^['’]+|['’]+$/gu;
/** Does the word hold an apostrophe, straight or curly? Asked of every word of a story: a string search, no pattern. */
const hasApostrophe = (word: string): boolean => word.includes("'") || word.includes('’');

/** The sentence's words, offsets into the story text; apostrophes at a word's edges are quotation marks. */
export function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const bounds = wordRuns(sentence.text, isWordCharacter);
  for (let k = 0; k < bounds.length; k += 2) {
    let start = bounds[k]!;
    let end = bounds[k + 1]!;
    while (start < end && APOSTROPHES.includes(sentence.text[start]!)) start++;
    while (end > start && APOSTROPHES.includes(sentence.text[end - 1]!)) end--;
    if (start === end) continue;
    const word = sentence.text.slice(start, end);
    const lower = word.toLowerCase();
    tokens.push({
      start: sentence.start + start,
      end: sentence.start + end,
      lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
      capitalized: word[0] !== lower[0],
      opensSentence: tokens.length === 0,
    });
  }
  return tokens;
}

/**
 * Does the sentence hold a word that may open a cue? A quick pass before tokenize: most
 * sentences hold none, and this one builds no objects.
 */
export function mayHoldCue(sentence: Sentence, cues: SpeechCues): boolean {
  const { text } = sentence;
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets unless a letter grows ("İ" → "i̇"); then each word is lower-cased alone.
  const sameOffsets = lower.length === text.length;
  // Most sentences hold no cue word even inside a longer word: one pattern over the sentence
  // rules them out before the word-by-word look-up. A cue word standing as a word (or inside
  // apostrophes the look-up strips) is a substring of `lower`, so the pattern misses no sentence.
  if (sameOffsets && !cueWordsAnywhere(cues).test(lower)) return false;
  const longest = longestCueWord(cues);
  const bounds = wordRuns(text, isWordCharacter);
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    if (end - start > longest) continue;
    const word = sameOffsets ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
    if (cues.cueWords.has(word)) return true;
    // Only a word with an apostrophe can be written otherwise than the table writes it.
    if (hasApostrophe(word) && cues.cueWords.has(word.replace(EDGE_APOSTROPHES, '').replaceAll('’', "'"))) return true;
  }
  return false;
}

const cueWordPatterns = new WeakMap<SpeechCues, RegExp>();

/**
 * A pattern finding any of the language's cue words anywhere in a lower-cased text, inside
 * longer words too, with either apostrophe where the table writes one. Built once per language.
 */
function cueWordsAnywhere(cues: SpeechCues): RegExp {
  let pattern = cueWordPatterns.get(cues);
  if (pattern === undefined) {
    const words = [...cues.cueWords].map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/['’]/gu, "['’]"));
    pattern = new RegExp(words.join('|'), 'u');
    cueWordPatterns.set(cues, pattern);
  }
  return pattern;
}

const longestCueWords = new WeakMap<SpeechCues, number>();

/** The length of the language's longest cue word, with room for quotation marks at its edges. */
function longestCueWord(cues: SpeechCues): number {
  let longest = longestCueWords.get(cues);
  if (longest === undefined) {
    longest = Math.max(0, ...[...cues.cueWords].map((word) => word.length)) + 2;
    longestCueWords.set(cues, longest);
  }
  return longest;
}

/** Punctuation that ends a clause between two words: a speaker never stands across it. */
const CLAUSE_BREAK = /[,;:.!?()[\]"“”„«»‹›‚‘’–—]/u;

/** Is there a clause break in `text` between two offsets? */
export function breaksBetween(text: string, from: number, to: number): boolean {
  return CLAUSE_BREAK.test(text.slice(from, to));
}

/** The sentence's speech cues, in order. */
export function findCues(text: string, tokens: readonly Token[], cues: SpeechCues): Cue[] {
  const found: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!cues.cueWords.has(token.lower)) continue;
    const phrase = matchPhrase(tokens, i, cues);
    if (phrase) {
      const last = i + phrase.words.length - 1;
      found.push({ kind: phrase.kind, words: phrase.words.join(' '), start: token.start, end: tokens[last]!.end, first: i, last, opens: token.start });
      i += phrase.words.length - 1;
      continue;
    }
    const reading = cueAt(text, tokens, i, cues);
    // Key by key, not `{ ...reading, … }`: a key added to a spread copy is slow on Node 20's V8 (placed-mentions.ts).
    if (reading) found.push({ kind: reading.kind, opens: reading.opens, words: token.lower, start: token.start, end: token.end, first: i, last: i });
  }
  return found;
}

function matchPhrase(tokens: readonly Token[], i: number, cues: SpeechCues): { words: readonly string[]; kind: CueKind } | null {
  for (const phrase of cues.phrases.get(tokens[i]!.lower) ?? []) {
    if (phrase.words.every((word, k) => tokens[i + k]?.lower === word)) return phrase;
  }
  return null;
}

/** A comma or a closing quotation mark: a claim ends right before. */
const AFTER_CLAIM = /[,“”»«"]\s*$/u;

/** What the word at `i` cues, if anything. Cues are lower-case ("United States" holds no verb) but where a sentence opens with one. */
function cueAt(text: string, tokens: readonly Token[], i: number, cues: SpeechCues): { kind: CueKind; opens: number } | null {
  const token = tokens[i]!;
  const { lower } = token;
  const opens = token.start;
  if (token.capitalized && !token.opensSentence) return null;
  if (cues.accordingTo.has(lower)) return { kind: 'according', opens };
  if (token.capitalized && !cues.dropsPronouns) return null;
  if (cues.sourceBefore.has(lower)) return { kind: 'source-before', opens };
  // "„…“, so ein Sprecher": only after a claim, never "so groß", nor "…, so hatte Oregano" or "so wie X es getan hat",
  // where a verb or a conjunction follows.
  if (cues.closingSource.has(lower)) {
    const next = tokens[i + 1];
    if (next && (cues.auxiliaries.has(next.lower) || cues.subordinators.has(next.lower))) return null;
    return AFTER_CLAIM.test(text.slice(Math.max(0, token.start - 3), token.start)) ? { kind: 'closing', opens } : null;
  }
  if (!cues.verbs.has(lower) || text[token.start - 1] === '-' || modifiesNounAfter(text, tokens, i, cues) || isCountedNoun(text, tokens, i, cues)) return null;
  // "teilte … mit": a verb of speech only with its particle later in the sentence.
  const particle = cues.particleVerbs.get(lower);
  if (particle !== undefined && !tokens.slice(i + 1).some((t) => t.lower === particle)) return null;
  const next = tokens[i + 1];
  if (next && cues.passiveAfter.has(next.lower) && /^\s+$/u.test(text.slice(token.end, next.start))) return null;
  const voice = voiceOf(text, tokens, i, cues);
  if (voice?.passive || (cues.participles.has(lower) && !voice)) return null;
  return { kind: 'verb', opens: voice?.at ?? token.start };
}

/** A possessive's ending: "Epstein's", "Jones'". */
const POSSESSIVE = /['’]s$|s['’]$/u;

/**
 * Right after an article or a possessive a verb's form is an adjective or a noun: "its
 * promised features", "Epstein's alleged ring", "a say". Not after an article that is also
 * a relative pronoun ("die Ministerin, die erklärte").
 */
function modifiesNounAfter(text: string, tokens: readonly Token[], i: number, cues: SpeechCues): boolean {
  const before = tokens[i - 1];
  if (!before || breaksBetween(text, before.end, tokens[i]!.start)) return false;
  if (cues.determiners.has(before.lower)) return !cues.relativePronouns.has(before.lower);
  return POSSESSIVE.test(text.slice(before.start, before.end));
}

/** A number right before a word, digits only: "11 states", "3 reports" (digits are no token). */
const NUMBER_BEFORE = /\d[\d,.]*\s+$/u;
/** How far back the number test reads, in characters. */
const NUMBER_REACH = 12;
/** The ending a verb form shares with a plural noun: "states", "reports", "claims". */
const PLURAL_ENDING = /[^s]s$/u;

/**
 * After a number or a word that counts ("11 states", "several reports", "two claims") a verb's
 * form in -s is a plural noun: no one speaks in "one of 11 states that moved forward", where
 * the verb it would be ("Wisconsin states that …") never follows a count.
 */
function isCountedNoun(text: string, tokens: readonly Token[], i: number, cues: SpeechCues): boolean {
  const token = tokens[i]!;
  if (!PLURAL_ENDING.test(token.lower)) return false;
  const before = tokens[i - 1];
  if (before && !breaksBetween(text, before.end, token.start) && cues.quantifiers.has(before.lower)) return true;
  return NUMBER_BEFORE.test(text.slice(Math.max(0, token.start - NUMBER_REACH), token.start));
}

/**
 * The voice the nearest auxiliary before the verb in its clause gives it: "a déclaré",
 * "a-t-il dit", "hatte sich der Deutsche-Bank-Chef … auf dem Banken-Gipfel geäußert" (German
 * puts the participle at the clause's end) are active; "a été annoncé", "wurde nie zum Tod
 * erklärt", "was said" passive. A participle speaks only in the active compound past.
 * English, with no auxiliaries in its table, is passive only right after its marker ("was
 * said", not "was there and said").
 */
function voiceOf(text: string, tokens: readonly Token[], i: number, cues: SpeechCues): { passive: boolean; at: number } | null {
  const reach = cues.auxiliaries.size > 0 ? i : 1;
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    const token = tokens[k]!;
    if (breaksBetween(text, token.end, tokens[k + 1]!.start)) return null;
    if (cues.passiveMarkers.has(token.lower)) return { passive: true, at: token.start };
    if (cues.auxiliaries.has(token.lower)) return { passive: false, at: token.start };
  }
  return null;
}
