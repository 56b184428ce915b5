import { STOP_WORDS } from '../text/stop-words.ts';
import { foldWord } from '../text/tokenize-words.ts';
import { wordRuns } from '../text/word-runs.ts';

/** One word of a sentence, folded for matching, with the cues the salience model reads. */
export interface StoryToken {
  /** Lowercased and inflection-folded: the identity used for coverage. */
  key: string;
  stopWord: boolean;
  /** Capitalized somewhere other than the sentence start: a name, in cased text. */
  capitalized: boolean;
  number: boolean;
}

const DIGITS = /^\p{N}+$/u;

/** The words of one sentence as story tokens, in order. */
export function storyTokens(sentence: string): StoryToken[] {
  // Lowercasing once per sentence, not per word: this runs on every word of a story.
  // Same offsets only while lowercasing keeps lengths, which a few letters (İ) do not.
  const lower = sentence.toLowerCase();
  const aligned = lower.length === sentence.length;
  const tokens: StoryToken[] = [];
  const bounds = wordRuns(sentence);
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    const word = aligned ? lower.slice(start, end) : sentence.slice(start, end).toLowerCase();
    tokens.push({
      key: foldWord(word),
      stopWord: STOP_WORDS.has(word),
      capitalized: tokens.length > 0 && word.charAt(0) !== sentence.charAt(start),
      number: isNumber(word),
    });
  }
  return tokens;
}

/** True for a word of digits; an ASCII first character settles most words without a regex. */
function isNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x80 && (first < 0x30 || first > 0x39)) return false;
  return DIGITS.test(word);
}
