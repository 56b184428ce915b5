import type { Sentence } from '../types.ts';
import { countWords } from '../text/tokenize-words.ts';

// Page furniture that readers skip and a highlight must never be: prompts, credits,
// captions. Matched against the whole sentence, so story sentences that merely mention
// a video or a photo stay. ASCII-only patterns go without the `u` flag: case-insensitive
// unicode matching is several times slower, and these run on every sentence.
const NOT_STORY_PATTERNS: readonly RegExp[] = [
  /^\s*(?:read|see|watch|click|tap|scroll(?:\s+down)?)\b.{0,40}\b(?:more|here|below|video|story|stories|gallery|pictures?|photos?|full)\b[\s.:!»›>-]*$/iu,
  /^\s*scroll\s+down\b/i,
  /^\s*(?:sign\s+up|subscribe|follow\s+(?:us|me|him|her)|like\s+us|share\s+(?:this|on)|join\s+(?:us|our)|download\s+(?:our|the)\s+app|get\s+(?:our|the)\s+(?:newsletter|app))\b/iu,
  /\b(?:newsletter|podcast)s?\b.{0,40}\b(?:sign\s+up|subscribe|inbox)\b/i,
  /^\s*(?:related|advertisement|sponsored|trending|most\s+(?:read|popular)|recommended|more\s+on\s+this|editor'?s\s+note)\b[\s:.]*$/iu,
  /^\s*(?:photo|image|picture|video|credit|source|caption|file\s+photo|pictured|above|below|left|right|top|inset|main\s+picture)\s*:/iu,
  /\b(?:getty\s+images|ap\s+photo|reuters\s*\/|afp\s+photo|shutterstock|epa\s+photo)\b[\s).]*$/i,
  /^\s*(?:all\s+rights\s+reserved|copyright\b|©)/iu,
  /\b(?:e-?mail\s+to\s+a\s+friend|permalink|comments?\s+\(\d+\))/i,
  /\b(?:has\s+been\s+compensated|paid\s+partnership|contains\s+affiliate\s+links?|earn\s+(?:a\s+)?commission)\b/i,
];

// Photo captions run into the text: they point at the picture ("Smith (left) with his
// wife", "( pictured )"), a tabloid habit that survives text extraction.
const CAPTION_POINTER =
  /\(\s*(?:(?:second|far|centre|center|front|back|top|bottom)[\s-]+)?(?:left|right|centre|center|pictured|above|below|top|bottom|inset|front|middle|file\s+(?:photo|picture|image))\b[^)]{0,40}\)/iu;
// A caption's label: one to three words and a colon opening the sentence ("Jungle fever: A
// model wears ..."). Speech ("He said: ...") has a verb before the colon and stays.
const CAPTION_LABEL = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s*:\s+\p{Lu}/u;
const SPEECH_BEFORE_COLON = /\b(?:said|says|added|adds|told|asked|wrote|explained|insisted|warned|declared)\s*:/iu;

// A dateline standing alone: "WASHINGTON (CNN) --", "LONDON, England (Reuters) -".
const LONE_DATELINE = /^[\p{Lu}\s.,'-]+(?:\(\s*[\p{L}\s]+\s*\))?\s*[-–—:]*\s*$/u;

// Speech tags and pronoun-led scraps that mean nothing without the sentence before them:
// "He said.", "she added .", "It was.".
const DANGLING_FRAGMENT =
  /^\s*['"‘“`]*\s*(?:he|she|they|it|i|we|this|that|officials?|police)\s+(?:said|added|says|adds|explained|continued|told\s+\w+|wrote|noted|was|is|did)\b[\s.!?'"’”]*$/iu;

// Openings that point back at the sentence before: a pronoun or a connective. Such a
// sentence reads well as a highlight only right after the one it leans on.
const ANAPHORIC_OPENING =
  /^\s*['"‘“`]*\s*(?:he|she|they|it|this|these|those|his|her|their|its|but|and|so|however|meanwhile|also|then|that|yet|still)\b/iu;

// A short quote closed by a speech tag ("'It was,' he said."): the quote leans on context.
const SPEECH_TAG_ENDING =
  /\b(?:he|she|they|i|we|police|officials?)\s+(?:said|added|says|adds|explained|continued|wrote)[\s.!?'"’”]*$/iu;
const MAX_TAGGED_SCRAP_WORDS = 6;

// A dateline opening the first sentence: "( CNN ) --", "BAGHDAD, Iraq (CNN) --",
// "LONDON (Reuters) -", "NEW YORK —". It names the wire or the place, not the news, so a
// highlight starts after it. A place alone counts only in capitals and before a dash.
const LEADING_DATELINE = new RegExp(
  [
    String.raw`^(?:[\p{Lu}.'-]{2,}(?:\s+[\p{Lu}.'-]{2,})*(?:,\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)?\s*)?`,
    String.raw`\(\s*(?:CNN|cnn|Reuters|reuters|AP|AFP|UPI|Bloomberg|EW\.com)(?:\s+\p{L}+){0,2}\s*\)\s*(?:--|[-–—:])?\s*`,
    String.raw`|^\p{Lu}{2,}(?:[\s.'-]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)?\s*(?:--|[–—])\s*(?=\p{Lu})`,
  ].join(''),
  'u',
);

// The tail of a quotation split across sentences: it closes a quote it never opened
// (`I saw a couple cars fall," he said.`), so it means little without the sentence before.
const MID_QUOTE_FRAGMENT = /^[^"“”`]*[\p{L}\p{N}.,!?…]["”]|^[^`"“]*\S\s*''/u;

// Cheap gate before the fragment pattern, which backtracks over quote-free sentences.
const QUOTE_MARK = /["”']/u;

// A question is a hook, not news; a sentence ending in a colon introduces what follows.
// Neither says anything on its own.
const QUESTION_OR_LEAD_IN_ENDING = /[?:]\s*(?:''|['"’”»)])*\s*$/u;

const MIN_WORDS = 4;
// Prose ends with punctuation; lines without it are headings, captions, list items and
// credits. (Costs nothing measurable on the dev set.)
const TERMINAL_PUNCTUATION = /[.!?…](?:\s*(?:''|['"’”»)\]]))*\s*$/u;

/**
 * True when the sentence is page furniture or cannot stand alone as a highlight.
 * `words` is its word count when the caller has already counted them.
 */
export function isNotStory(sentence: string, words = countWords(sentence)): boolean {
  if (words < MIN_WORDS) return true;
  if (!TERMINAL_PUNCTUATION.test(sentence)) return true;
  if (LONE_DATELINE.test(sentence)) return true;
  if (CAPTION_POINTER.test(sentence)) return true;
  if (CAPTION_LABEL.test(sentence) && !SPEECH_BEFORE_COLON.test(sentence)) return true;
  if (DANGLING_FRAGMENT.test(sentence)) return true;
  if (QUOTE_MARK.test(sentence) && MID_QUOTE_FRAGMENT.test(sentence)) return true;
  if (words <= MAX_TAGGED_SCRAP_WORDS && SPEECH_TAG_ENDING.test(sentence)) return true;
  if (QUESTION_OR_LEAD_IN_ENDING.test(sentence)) return true;
  return NOT_STORY_PATTERNS.some((pattern) => pattern.test(sentence));
}

/** True when the sentence opens by pointing back at the one before ("He said …", "But …"). */
export function leansOnPrevious(sentence: string): boolean {
  return ANAPHORIC_OPENING.test(sentence);
}

/** The sentence without a leading wire dateline; the same object when it has none. */
export function trimDateline(sentence: Sentence): Sentence {
  const dateline = LEADING_DATELINE.exec(sentence.text)?.[0];
  if (!dateline || dateline.length === sentence.text.length) return sentence;
  const start = sentence.start + dateline.length;
  return { ...sentence, text: sentence.text.slice(dateline.length), start };
}

/** The story's sentences with the dateline trimmed off the first; datelines open stories only. */
export function trimStoryDateline(sentences: readonly Sentence[]): Sentence[] {
  return sentences.map((sentence, index) => (index === 0 ? trimDateline(sentence) : sentence));
}

/**
 * The sentences worth ranking: story prose a reader can understand on its own, with the
 * opening dateline trimmed off (offsets move with it).
 */
export function cleanCandidates(sentences: readonly Sentence[]): Sentence[] {
  return trimStoryDateline(sentences).filter((sentence) => !isNotStory(sentence.text));
}
