// The cues of reported speech in one sentence: speech verbs ("said", "sagte", "a déclaré"),
// words before a source ("according to", "selon", "laut"), after one ("X zufolge") and
// closing a claim ("…, so ein Sprecher"). Read from the story language's tables.
import type { Language } from '../language/language.ts';
import type { Sentence, TextSpan } from '../types.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { codePointClass, wordRuns } from '../text/word-runs.ts';
import { ENGLISH_QUOTES, ENGLISH_SPEECH } from './english-speech.ts';
import type { SpeechWords } from './languages/speech-words.ts';
import { ROLE_NOUNS } from './word-classes.ts';
import { NAME_CONNECTORS, SPEECH_VERBS } from './word-lists.ts';

/** The lookup form of one language's speech tables (SpeechWords), built once per language. */
export interface SpeechCues {
  /** Opening quotation mark → the closing marks that may end it. */
  quotes: ReadonlyMap<string, string>;
  /** Every word that may open a cue: one look-up per word of the story, since few are. */
  cueWords: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  participles: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  passiveMarkers: ReadonlySet<string>;
  passiveAfter: ReadonlySet<string>;
  /** Multi-word cues by their first word: "according to", "made clear", "de acuerdo con". */
  phrases: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; kind: CueKind }>>;
  invertingVerbs: ReadonlySet<string> | null;
  listenerVerbs: ReadonlySet<string>;
  accordingTo: ReadonlySet<string>;
  sourceBefore: ReadonlySet<string>;
  closingSource: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  pronounsFollowVerb: boolean;
  dropsPronouns: boolean;
  determiners: ReadonlySet<string>;
  listenerWords: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  claimOpeners: ReadonlySet<string>;
  openerAfterComma: boolean;
  commaOpensClaim: boolean;
  bareClaim: boolean;
  /** Words inside a name or title ("de", "of", "von"): after an inverted verb they lead on to the speaker's name. */
  nameConnectors: ReadonlySet<string>;
  /** Every noun is capitalized (German): a capital says nothing of a name. */
  capitalizesNouns: boolean;
  /** Nouns for one member of an organization ("commander", "Sprecher"): "an ISIS commander said" is not ISIS speaking. */
  memberNouns: ReadonlySet<string>;
  /**
   * The language's function words: in a language that drops pronouns, "«…», y añadió" has no
   * named subject; "Allen and Farrow" are two names, "DeSantis donor Dan Eberhart" one.
   */
  functionWords: ReadonlySet<string>;
}

/**
 * How a cue reads: a verb with its speaker beside it; "according" before its source
 * ("selon X"); "source-before" after it ("X zufolge"); "closing" after a claim ("…, so X").
 */
export type CueKind = 'verb' | 'according' | 'source-before' | 'closing';

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

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

function compile(speech: SpeechWords, speechVerbs: Iterable<string>, quotes: Readonly<Record<string, string>>, extra: Pick<SpeechCues, 'nameConnectors' | 'capitalizesNouns' | 'memberNouns' | 'functionWords'>): SpeechCues {
  const sources = new Set([...speech.accordingTo, ...speech.sourceBefore, ...speech.closingSource]);
  const phrases = new Map<string, Array<{ words: readonly string[]; kind: CueKind }>>();
  const addPhrase = (phrase: string, kind: CueKind): void => {
    const words = phrase.split(' ');
    const first = words[0]!;
    phrases.set(first, [...(phrases.get(first) ?? []), { words, kind }]);
  };
  for (const phrase of speech.verbPhrases) addPhrase(phrase, 'verb');
  for (const phrase of speech.accordingTo) if (phrase.includes(' ')) addPhrase(phrase, 'according');
  // "so", "selon", "zufolge" name a source in the mention tables; here each reads by its own rule.
  const verbs = new Set([...speechVerbs, ...speech.participles].filter((word) => !sources.has(word)));
  return {
    quotes: new Map(Object.entries(quotes)),
    cueWords: new Set([...verbs, ...sources, ...phrases.keys()]),
    verbs,
    participles: set(speech.participles),
    auxiliaries: set(speech.auxiliaries),
    passiveMarkers: set(speech.passiveMarkers),
    passiveAfter: set(speech.passiveAfter),
    phrases,
    invertingVerbs: speech.invertingVerbs && set([...speech.invertingVerbs, ...speech.accordingTo]),
    listenerVerbs: set(speech.listenerVerbs),
    accordingTo: set(speech.accordingTo),
    sourceBefore: set(speech.sourceBefore),
    closingSource: set(speech.closingSource),
    pronouns: set(speech.pronouns),
    pronounsFollowVerb: speech.pronounsFollowVerb,
    dropsPronouns: speech.dropsPronouns,
    determiners: set(speech.determiners),
    listenerWords: set(speech.listenerWords),
    prepositions: set(speech.prepositions),
    claimOpeners: set(speech.claimOpeners),
    openerAfterComma: speech.openerAfterComma,
    commaOpensClaim: speech.commaOpensClaim,
    bareClaim: speech.bareClaim,
    ...extra,
  };
}

const ENGLISH_CUES = compile(ENGLISH_SPEECH, SPEECH_VERBS, ENGLISH_QUOTES, {
  nameConnectors: NAME_CONNECTORS,
  capitalizesNouns: false,
  memberNouns: ROLE_NOUNS,
  functionWords: STOP_WORDS,
});
const compiled = new WeakMap<Language, SpeechCues>();

/** The speech cues of the story's language; null is English. */
export function speechCuesFor(language: Language | null): SpeechCues {
  if (!language) return ENGLISH_CUES;
  let cues = compiled.get(language);
  if (!cues) {
    const { words } = language;
    cues = compile(words.speech, words.speechVerbs, words.quotes, {
      nameConnectors: language.sets.nameConnectors,
      capitalizesNouns: words.capitalizesNouns,
      memberNouns: language.sets.personTitles,
      functionWords: language.stopWords,
    });
    compiled.set(language, cues);
  }
  return cues;
}

/** Letters and apostrophes, straight or curly: "qu’il", "d'après", "aujourd’hui" are one word each. */
const isWordCharacter = codePointClass(/^[\p{L}'’]$/u);
const APOSTROPHES = "'’";
const EDGE_APOSTROPHES = /^['’]+|['’]+$/gu;

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
  const bounds = wordRuns(text, isWordCharacter);
  for (let k = 0; k < bounds.length; k += 2) {
    const word = text.slice(bounds[k]!, bounds[k + 1]!).toLowerCase();
    if (cues.cueWords.has(word) || cues.cueWords.has(word.replace(EDGE_APOSTROPHES, '').replaceAll('’', "'"))) return true;
  }
  return false;
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
    if (reading) found.push({ ...reading, words: token.lower, start: token.start, end: token.end, first: i, last: i });
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
  // "„…“, so ein Sprecher": only after a claim, never "so groß".
  if (cues.closingSource.has(lower)) return AFTER_CLAIM.test(text.slice(Math.max(0, token.start - 3), token.start)) ? { kind: 'closing', opens } : null;
  if (!cues.verbs.has(lower) || text[token.start - 1] === '-') return null;
  const next = tokens[i + 1];
  if (next && cues.passiveAfter.has(next.lower) && /^\s+$/u.test(text.slice(token.end, next.start))) return null;
  const voice = voiceOf(text, tokens, i, cues);
  if (voice?.passive || (cues.participles.has(lower) && !voice)) return null;
  return { kind: 'verb', opens: voice?.at ?? token.start };
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
