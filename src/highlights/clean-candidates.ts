// Sentences a highlight must never be: page furniture readers skip (prompts, credits,
// captions), and scraps that mean nothing without the sentence before them. Each cue is one
// named pattern or test, its words in the tables of candidate-words.ts (English, the
// language of the highlights benchmark). ASCII-only patterns go without the `u` flag:
// case-insensitive unicode matching is several times slower, and these run on every sentence.
import { countWords } from '../text/tokenize-words.ts';
import type { Sentence } from '../types.ts';
import { anyOf } from '../text/word-pattern.ts';
import {
  BACK_REFERENCES_BY_LANGUAGE,
  CALL_TO_ACTION_OPENINGS,
  CAPTION_LABELS,
  CHANNEL_ACTS,
  CHANNELS,
  COUNTED_WIDGETS,
  DISCLOSURES,
  PICTURE_AGENCIES,
  PICTURE_POSITIONS,
  POSITION_MODIFIERS,
  PROMPT_OPENINGS,
  PROMPT_TARGETS,
  PROMPT_VERBS,
  RIGHTS_MARKS,
  RIGHTS_WORDS,
  SCRAP_SUBJECTS,
  SCRAP_VERBS,
  SECTION_LABELS,
  SPEECH_VERBS,
  TAG_SUBJECTS,
  TAG_VERBS,
  WIDGET_LEFTOVERS,
  WIRE_SERVICES,
} from './candidate-words.ts';

// ---- Furniture: each pattern alone says the sentence is the page's, not the story's. ----

/** A prompt to look elsewhere, the whole sentence: "Read more here", "Scroll down for video". */
const PROMPT = new RegExp(String.raw`^\s*${anyOf(PROMPT_VERBS)}\b.{0,40}\b${anyOf(PROMPT_TARGETS)}\b[\s.:!»›>-]*$`, 'iu');
/** An opening that makes the sentence a prompt whatever follows: "Scroll down to see …". */
const PROMPT_OPENING = new RegExp(String.raw`^\s*${anyOf(PROMPT_OPENINGS)}\b`, 'i');
/** A prompt to subscribe, follow or share: "Sign up for …", "Follow us on …". */
const CALL_TO_ACTION = new RegExp(String.raw`^\s*${anyOf(CALL_TO_ACTION_OPENINGS)}\b`, 'iu');
/** A channel and the act asked for it: "Our newsletter … straight to your inbox". */
const CHANNEL_PROMPT = new RegExp(String.raw`\b${anyOf(CHANNELS)}\b.{0,40}\b${anyOf(CHANNEL_ACTS)}\b`, 'i');
/** A section label alone: "Related", "Most read:". */
const SECTION_LABEL = new RegExp(String.raw`^\s*${anyOf(SECTION_LABELS)}\b[\s:.]*$`, 'iu');
/** A caption or credit label before a colon: "Photo: …", "Pictured: …". */
const CAPTION_OR_CREDIT_LABEL = new RegExp(String.raw`^\s*${anyOf(CAPTION_LABELS)}\s*:`, 'iu');
/** A picture agency closing the line: "… Getty Images". */
const AGENCY_CREDIT = new RegExp(String.raw`\b${anyOf(PICTURE_AGENCIES)}\b[\s).]*$`, 'i');
/** A rights notice: "Copyright 2025 …", "© …". */
const RIGHTS_NOTICE = new RegExp(String.raw`^\s*(?:${anyOf(RIGHTS_WORDS)}\b|${anyOf(RIGHTS_MARKS)})`, 'iu');
/** What sharing and comment widgets leave behind: "Email to a friend", "Comments (12)". */
const WIDGET_LEFTOVER = new RegExp(String.raw`\b(?:${anyOf(WIDGET_LEFTOVERS)}|${anyOf(COUNTED_WIDGETS)}\s+\(\d+\))`, 'i');
/** An affiliate or sponsorship disclosure. */
const DISCLOSURE = new RegExp(String.raw`\b${anyOf(DISCLOSURES)}\b`, 'i');
/** A dateline standing alone: "WASHINGTON (CNN) --", "LONDON, England (Reuters) -". */
const LONE_DATELINE = /^[\p{Lu}\s.,'-]+(?:\(\s*[\p{L}\s]+\s*\))?\s*[-–—:]*\s*$/u;
/**
 * A photo caption run into the text, pointing at the picture: "Smith (left) with his wife",
 * "( pictured )", a tabloid habit that survives text extraction.
 */
const CAPTION_POINTER = new RegExp(
  String.raw`\(\s*(?:${anyOf(POSITION_MODIFIERS)}[\s-]+)?${anyOf(PICTURE_POSITIONS)}\b[^)]{0,40}\)`,
  'iu',
);

const FURNITURE_PATTERNS: readonly RegExp[] = [
  PROMPT, PROMPT_OPENING, CALL_TO_ACTION, CHANNEL_PROMPT, SECTION_LABEL, CAPTION_OR_CREDIT_LABEL, AGENCY_CREDIT, RIGHTS_NOTICE,
  WIDGET_LEFTOVER, DISCLOSURE, LONE_DATELINE, CAPTION_POINTER,
];

// ---- Shape: what a sentence that stands alone looks like. ----

const MIN_WORDS = 4;
/**
 * Prose ends with punctuation; lines without it are headings, captions, list items and
 * credits. (Costs nothing measurable on the dev set.)
 */
const TERMINAL_PUNCTUATION = /[.!?…](?:\s*(?:''|['"’”»)\]]))*\s*$/u;
/**
 * A question is a hook, not news; a sentence ending in a colon introduces what follows.
 * Neither says anything on its own.
 */
const QUESTION_OR_LEAD_IN_ENDING = /[?:]\s*(?:''|['"’”»)])*\s*$/u;

// ---- Captions labelled by a colon. ----

/**
 * A caption's label: one to three words and a colon opening the sentence ("Jungle fever: A
 * model wears ..."). Speech ("He said: ...") has a verb before the colon and stays.
 */
const CAPTION_LABEL = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s*:\s+\p{Lu}/u;
const SPEECH_BEFORE_COLON = new RegExp(String.raw`\b${anyOf(SPEECH_VERBS)}\s*:`, 'iu');

const isCaptionWithLabel = (sentence: string): boolean => CAPTION_LABEL.test(sentence) && !SPEECH_BEFORE_COLON.test(sentence);

// ---- Scraps that lean on the sentence before. ----

/** Quote marks a sentence may open with, the PTB backtick and the German, French and Swiss marks among them. */
const OPENING_QUOTES = "['\"‘“`„‚«»‹›]*";
/** Speech tags and pronoun-led scraps, the whole sentence: "He said.", "she added .", "It was.". */
const DANGLING_FRAGMENT = new RegExp(
  String.raw`^\s*${OPENING_QUOTES}\s*${anyOf(SCRAP_SUBJECTS)}\s+(?:${anyOf(SCRAP_VERBS)}|told\s+\w+)\b[\s.!?'"’”]*$`,
  'iu',
);
/** A short quote closed by a speech tag ("'It was,' he said."): the quote leans on context. */
const SPEECH_TAG_ENDING = new RegExp(String.raw`\b${anyOf(TAG_SUBJECTS)}\s+${anyOf(TAG_VERBS)}[\s.!?'"’”]*$`, 'iu');
const MAX_TAGGED_SCRAP_WORDS = 6;
/**
 * The tail of a quotation split across sentences: it closes a quote it never opened
 * (`I saw a couple cars fall," he said.`), so it means little without the sentence before.
 */
const MID_QUOTE_FRAGMENT = /^[^"“”`]*[\p{L}\p{N}.,!?…]["”]|^[^`"“]*\S\s*''/u;
/** Cheap gate before the fragment pattern, which backtracks over quote-free sentences. */
const QUOTE_MARK = /["”']/u;

const isTaggedScrap = (sentence: string, words: number): boolean => words <= MAX_TAGGED_SCRAP_WORDS && SPEECH_TAG_ENDING.test(sentence);
const closesUnopenedQuote = (sentence: string): boolean => QUOTE_MARK.test(sentence) && MID_QUOTE_FRAGMENT.test(sentence);

/**
 * Openings that point back at the sentence before: a pronoun or a connective. Such a
 * sentence reads well as a highlight only right after the one it leans on. One pattern per
 * language; the word must end there (a lookahead: \b reads "ò" as no letter).
 */
const anaphoricOpening = (words: readonly string[]): RegExp =>
  new RegExp(String.raw`^\s*${OPENING_QUOTES}\s*${anyOf(words)}(?![\p{L}\p{N}_])`, 'iu');
const ANAPHORIC_OPENING_BY_LANGUAGE: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(BACK_REFERENCES_BY_LANGUAGE).map(([language, words]) => [language, anaphoricOpening(words)]),
);
const ANAPHORIC_OPENING = ANAPHORIC_OPENING_BY_LANGUAGE.get('en')!;

// ---- The dateline opening a story: "( CNN ) --", "BAGHDAD, Iraq (CNN) --", "NEW YORK —". ----
// Wires of other languages put the date in it too: "Madrid, 5 mar (EFE).-", "(ANSA) - ROMA,
// 28 LUG -", "WASHINGTON, DEC 5 -".

/** A region after the place: ", Iraq", ", New Mexico". */
const DATELINE_REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)?`;
/** The day the dateline was filed, day and month either way round: ", 5 mar", ", 28 LUG", ", DEC 5", ", 3 Mar. 2024". */
const FILING_DAY = String.raw`,\s*(?:\d{1,2}\.?\s+\p{L}{3,10}\.?|\p{L}{3,10}\.?\s+\d{1,2})(?:\s+\d{4})?`;
/** The filing day where a dateline may give one. */
const DATELINE_DAY = String.raw`(?:${FILING_DAY})?`;
/** A place written in capitals: "BAGHDAD", "NEW YORK", "ROMA". */
const PLACE_IN_CAPITALS = String.raw`[\p{Lu}.'-]{2,}(?:\s+[\p{Lu}.'-]{2,})*`;
/** The place before a wire's credit, in capitals: "BAGHDAD, Iraq", "WASHINGTON". */
const PLACE_BEFORE_WIRE = String.raw`${PLACE_IN_CAPITALS}${DATELINE_REGION}${DATELINE_DAY}`;
/** A place in plain case before the day and a wire's credit: "Madrid, 5 mar (EFE)". The day makes it a dateline. */
const PLACE_AND_DAY_BEFORE_WIRE = String.raw`\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+)*${FILING_DAY}`;
/** The wire's name in brackets: "(CNN)", "(Reuters)", "(AP Photo)". */
const WIRE_IN_BRACKETS = String.raw`\(\s*${anyOf(WIRE_SERVICES)}(?:\s+\p{L}+){0,2}\s*\)`;
/** The wire's credit, a dash or colon perhaps after it: "(CNN) --", "(Reuters) -", "(EFE).-", "(AP Photo):". */
const WIRE_CREDIT = String.raw`${WIRE_IN_BRACKETS}\.?\s*(?:--|[-–—:])?\s*`;
/** The wire first, then the place and day: "(ANSA) - ROMA, 28 LUG - ". */
const WIRE_BEFORE_PLACE = String.raw`${WIRE_IN_BRACKETS}\s*[-–—]\s*${PLACE_IN_CAPITALS}${DATELINE_DAY}\s*(?:--|[-–—])\s*`;
/**
 * A place in capitals without a wire: it counts only before a dash and a capital ("NEW YORK — The …",
 * "WASHINGTON, DEC 5 - La …"). A hyphen needs a space before it: "ZDH-Generalsekretär" is one word.
 */
const PLACE_BEFORE_DASH = String.raw`\p{Lu}{2,}(?:[\s.'-]+\p{Lu}{2,})*${DATELINE_REGION}${DATELINE_DAY}(?:\s*(?:--|[–—])|\s+-)\s*(?=\p{Lu})`;
/** It names the wire or the place, not the news, so a highlight starts after it. */
const LEADING_DATELINE = new RegExp(
  // The wire-first form is tried first: the wire's credit alone would stop before its place.
  String.raw`^${WIRE_BEFORE_PLACE}|^(?:(?:${PLACE_BEFORE_WIRE}|${PLACE_AND_DAY_BEFORE_WIRE})\s*)?${WIRE_CREDIT}|^${PLACE_BEFORE_DASH}`,
  'u',
);

/**
 * True when the sentence is page furniture or cannot stand alone as a highlight.
 * `words` is its word count when the caller has already counted them.
 */
export function isNotStory(sentence: string, words = countWords(sentence)): boolean {
  if (words < MIN_WORDS || !TERMINAL_PUNCTUATION.test(sentence) || QUESTION_OR_LEAD_IN_ENDING.test(sentence)) return true;
  if (isCaptionWithLabel(sentence)) return true;
  if (DANGLING_FRAGMENT.test(sentence) || closesUnopenedQuote(sentence) || isTaggedScrap(sentence, words)) return true;
  return FURNITURE_PATTERNS.some((pattern) => pattern.test(sentence));
}

/**
 * True when the sentence opens by pointing back at the one before ("He said …", "But …",
 * "Er sagte …"), in the story's language; English words where it has no table.
 */
export function leansOnPrevious(sentence: string, language: string | null = null): boolean {
  return (ANAPHORIC_OPENING_BY_LANGUAGE.get(language ?? 'en') ?? ANAPHORIC_OPENING).test(sentence);
}

/** The sentence without a leading wire dateline; the same object when it has none. */
export function trimDateline(sentence: Sentence): Sentence {
  const dateline = LEADING_DATELINE.exec(sentence.text)?.[0];
  if (!dateline || dateline.length === sentence.text.length) return sentence;
  const start = sentence.start + dateline.length;
  return { ...sentence, text: sentence.text.slice(dateline.length), start };
}

/**
 * The story's sentences with the dateline trimmed off the first sentence of prose: datelines
 * open stories only, though a headline line (no closing punctuation) may stand before them.
 */
export function trimStoryDateline(sentences: readonly Sentence[]): Sentence[] {
  const opening = sentences.findIndex((sentence) => TERMINAL_PUNCTUATION.test(sentence.text));
  return sentences.map((sentence, index) => (index === opening ? trimDateline(sentence) : sentence));
}

/**
 * The sentences worth ranking: story prose a reader can understand on its own, with the
 * opening dateline trimmed off (offsets move with it).
 */
export function cleanCandidates(sentences: readonly Sentence[]): Sentence[] {
  return trimStoryDateline(sentences).filter((sentence) => !isNotStory(sentence.text));
}
