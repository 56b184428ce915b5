// Word segmentation rather than splitting on spaces, so CJK and Thai pages count too.
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Words per minute of an average adult reader of news prose. */
export const READING_WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}
