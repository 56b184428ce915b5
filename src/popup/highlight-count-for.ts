import { countWords } from '../digest/word-count.ts';
import { highlightCount } from '../highlights/highlight-count.ts';
import type { HighlightSetting } from './user-prefs.ts';

/** How many highlights to ask buildDigest for: the reader's fixed number, or one fitting the story's length. */
export function highlightCountFor(setting: HighlightSetting, text: string): number {
  return setting === 'auto' ? highlightCount(countWords(text)) : setting;
}
