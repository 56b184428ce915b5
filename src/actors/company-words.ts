// Words that name a company and nothing else (@cspell/dict-companies, see data/build-companies.ts),
// unpacked once for the English mention finder and every other language's word knowledge.
import { unpackWords } from '../text/packed-words.ts';
import { COMPANIES } from './data/companies.ts';

export const COMPANY_WORDS: ReadonlySet<string> = new Set(unpackWords(COMPANIES));
