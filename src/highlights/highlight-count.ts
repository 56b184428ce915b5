// Three highlights suit a typical news story: the human highlights of the CNN/DailyMail
// dev set number 3.3 on average for stories under 400 words and 3.7 above. A brief earns
// fewer, a long feature a few more. Bounds follow the options page (1–7).
const MIN_HIGHLIGHTS = 1;
const MAX_HIGHLIGHTS = 7;
const TYPICAL_HIGHLIGHTS = 3;
/** Up to this many words a story is short: one highlight per SHORT_WORDS_PER_HIGHLIGHT. */
const SHORT_STORY_WORDS = 300;
const SHORT_WORDS_PER_HIGHLIGHT = 100;
/** Past this many words a story is long: one more highlight per LONG_WORDS_PER_HIGHLIGHT. */
const LONG_STORY_WORDS = 1200;
const LONG_WORDS_PER_HIGHLIGHT = 800;

/** How many highlights a story of `wordCount` words deserves when the user set none. */
export function highlightCount(wordCount: number): number {
  const words = Number.isFinite(wordCount) ? Math.max(0, wordCount) : 0;
  let count = TYPICAL_HIGHLIGHTS;
  if (words < SHORT_STORY_WORDS) count = Math.ceil(words / SHORT_WORDS_PER_HIGHLIGHT);
  else if (words > LONG_STORY_WORDS) {
    count = TYPICAL_HIGHLIGHTS + Math.ceil((words - LONG_STORY_WORDS) / LONG_WORDS_PER_HIGHLIGHT);
  }
  return Math.min(MAX_HIGHLIGHTS, Math.max(MIN_HIGHLIGHTS, count));
}

/** The count to rank for: the reader's fixed number, or 'auto' for one fitting the story's length. */
export function highlightCountFor(setting: number | 'auto', wordCount: number): number {
  return setting === 'auto' ? highlightCount(wordCount) : setting;
}
