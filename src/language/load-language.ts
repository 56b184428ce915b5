// Loads a story's language data on demand: its own chunk and the shared names chunk,
// read through the glue's reader, checked, and turned into lookup sets once.
import { FUNCTION_WORDS } from './data/function-words.ts';
import { CHUNKED_LANGUAGES, NAMES_CHUNK, isLanguageData, isNamesData, type ChunkReader } from './language-data.ts';
import { bareLanguage, languageFrom, type Language } from './language.ts';

/** English is the core's own language: its knowledge is built in, not loaded. */
const CORE_LANGUAGE = 'en';

const loading = new Map<string, Promise<Language | null>>();

/**
 * The language's word knowledge: its chunk's for the languages that have one, a bare one
 * for others (only names some list vouches for are shown). Null for English, built into
 * the core, and for an unknown language.
 */
export function loadLanguage(code: string | null, read: ChunkReader): Promise<Language | null> {
  if (!code || code === CORE_LANGUAGE) return Promise.resolve(null);
  let pending = loading.get(code);
  if (!pending) {
    pending = readLanguage(code, read);
    loading.set(code, pending);
    // A failed read may succeed later (a worker woken mid-update): do not remember it.
    void pending.then((language) => {
      if (!language) loading.delete(code);
    });
  }
  return pending;
}

async function readLanguage(code: string, read: ChunkReader): Promise<Language | null> {
  try {
    const chunked = CHUNKED_LANGUAGES.includes(code);
    const [data, names] = await Promise.all([chunked ? read(code) : null, read(NAMES_CHUNK)]);
    if (!isNamesData(names)) return null;
    if (!chunked) return bareLanguage(code, (FUNCTION_WORDS[code] ?? '').split(' ').filter(Boolean), names);
    return isLanguageData(data) ? languageFrom(data, names) : null;
  } catch {
    return null;
  }
}
