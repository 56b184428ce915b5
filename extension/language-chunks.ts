// The language chunks as the extension ships them: files under languages/, read by the
// worker only for a story in that language.
import browser from 'webextension-polyfill';
import type { ChunkReader } from '../src/language/language-data.ts';

export const readChunkFromExtension: ChunkReader = async (name) => {
  const response = await fetch(browser.runtime.getURL(`languages/${name}.json`));
  return response.ok ? ((await response.json()) as unknown) : null;
};
