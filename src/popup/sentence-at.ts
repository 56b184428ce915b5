import { splitSentences } from '../text/split-sentences.ts';
import type { Sentence, TextSpan } from '../types.ts';

const cache = new WeakMap<object, Sentence[]>();

/** The sentence of `text` that holds `span`, for context on hover and focus. */
export function sentenceAt(owner: object, text: string, span: TextSpan): Sentence | null {
  let sentences = cache.get(owner);
  if (!sentences) {
    sentences = splitSentences(text);
    cache.set(owner, sentences);
  }
  return sentences.find((s) => s.start <= span.start && span.end <= s.end) ?? null;
}
