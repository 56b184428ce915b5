import { STOP_WORDS } from '../text/stop-words.ts';
import { foldWord } from '../text/tokenize-words.ts';

/** One word of a sentence, folded for matching, with the cues the salience model reads. */
export interface StoryToken {
  /** Lowercased and inflection-folded: the identity used for coverage. */
  key: string;
  stopWord: boolean;
  /** Capitalized somewhere other than the sentence start: a name, in cased text. */
  capitalized: boolean;
  number: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LEADING_CAPITAL = /^\p{Lu}/u;
const DIGITS = /^\p{N}+$/u;

/** The words of one sentence as story tokens, in order. */
export function storyTokens(sentence: string): StoryToken[] {
  const tokens: StoryToken[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    tokens.push({
      key: foldWord(lower),
      stopWord: STOP_WORDS.has(lower),
      capitalized: tokens.length > 0 && LEADING_CAPITAL.test(match[0]),
      number: DIGITS.test(lower),
    });
  }
  return tokens;
}
