// Titles before a person's name ("Foreign Minister"), the employer before a
// title ("Duke President ..."), a title's field ("Planning Minister"), a title that
// names an office and no one ("the Deputy Premier"), and nations leading a name
// ("Australian Tom Moody").
import { EVENT_HEADS } from './extra-names.ts';
import type { NameChunk } from './name-chunks.ts';
import type { Token } from './tokenize.ts';
import { isCommonWord, isCountry, looksCommon, nameClass, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, type NameClass } from './word-classes.ts';
import { HONORIFICS, NAME_CONNECTORS, PERSON_TITLES, TITLE_AFFIXES, TITLE_MODIFIERS } from './word-lists.ts';

export function lower(tokens: Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/** "Mr. Powers", "Dr Bradshaw": a courtesy title, never part of the chunk, stands just before it, with or without its period. */
export function afterHonorific(tokens: Token[], first: number): boolean {
  const before = lower(tokens, first - 1) === '.' ? first - 2 : first - 1;
  return HONORIFICS.has(lower(tokens, before));
}

/** A title before a person's name, with its affixes: "president", "president-elect", "attorney-general". */
export function isPersonTitle(word: string): boolean {
  return PERSON_TITLES.has(word) || (word.includes('-') && PERSON_TITLES.has(word.replace(TITLE_AFFIXES, '')));
}

/**
 * Index of the last token of a leading title ("Foreign Minister", "Sen.", "Secretary of
 * State"), or -1: a run of title words, their modifiers, nations and "of" that holds a title.
 */
export function titleEnd(chunk: NameChunk, tokens: Token[]): number {
  let end = -1;
  for (let i = chunk.first; i < chunk.last; i++) {
    const word = lower(tokens, i);
    if (word === '.' && end === i - 1) end = i;
    else if (isPersonTitle(word) || pluralTitleBeforeName(tokens, i)) end = i;
    else if (TITLE_MODIFIERS.has(word) || isNationOf(word)) {
      // "Secretary of State": a modifier after the title's "of" belongs to the title.
      if (end >= 0 && lower(tokens, i - 1) === 'of') end = i;
    } else if (!(word === 'of' && i > chunk.first)) break;
  }
  return end;
}

/** "Princes William and Harry": a title in the plural before a first name ("Queens Park Rangers" has none). */
export function pluralTitleBeforeName(tokens: Token[], i: number): boolean {
  const word = lower(tokens, i);
  return word.endsWith('s') && isPersonTitle(word.slice(0, -1)) && nameClass(lower(tokens, i + 1)) === 'first-name';
}

/** Most name words a job noun may stand before: "Prosecutor Fatou Bom Bensouda". */
const MAX_NAME_AFTER_JOB = 3;
/** Classes of a job word that is a person's name itself ("Mason", "Taylor"). */
const NAMES_OF_PEOPLE: ReadonlySet<NameClass | null> = new Set(['person', 'first-name', 'last-name']);

/** A job noun that may stand as a title: not a person's name itself ("Mason") nor a plural ("Queens"). */
function isJobWord(word: string): boolean {
  return ROLE_NOUNS.has(word) && !NAMES_OF_PEOPLE.has(nameClass(word)) && !word.endsWith('s');
}

/**
 * "Prosecutor Adaeze Okonkwo", "Economist Tunde Bakare": a noun for a job before two or three
 * name words is the person's title, whatever their first name. Not a noun that is a name itself
 * ("Mason"), a plural ("Queens Park Rangers"), or one before an ordinary word ("Singer World Series").
 */
export function isJobBeforeName(chunk: NameChunk, tokens: Token[]): boolean {
  const word = lower(tokens, chunk.first);
  const names = chunk.last - chunk.first;
  if (!isJobWord(word) || names < 2 || names > MAX_NAME_AFTER_JOB) return false;
  const rest = tokens.slice(chunk.first + 1, chunk.last + 1);
  return !isCommonWord(rest[0]?.lower ?? '') && rest.every((token) => token.capitalized && !ORG_HEADS.has(token.lower) && !PLACE_HEADS.has(token.lower));
}

/**
 * Where a title starts after an employer's name ("Microsoft | Chief Executive Satya
 * Nadella"), or -1. The name after the title must look like a person's full name.
 */
export function employerTitleStart(chunk: NameChunk, tokens: Token[]): number {
  for (let t = chunk.first + 1; t < chunk.last; t++) {
    if (!(isPersonTitle(lower(tokens, t)) || jobBeforeFullName(tokens, t, chunk.last)) || NAME_CONNECTORS.has(lower(tokens, t - 1))) continue;
    let start = t;
    // "Attorney General William Barr", "Lt. Col. Alexander Vindman": a title before the title,
    // with its abbreviation's period, is part of it.
    for (;;) {
      if (start > chunk.first && partOfTitle(lower(tokens, start - 1))) start--;
      else if (start - 1 > chunk.first && lower(tokens, start - 1) === '.' && isPersonTitle(lower(tokens, start - 2))) start -= 2;
      else break;
    }
    if (start === chunk.first) return -1;
    const nameLength = chunk.last - t;
    const firstName = nameClass(lower(tokens, t + 1)) === 'first-name';
    if (nameLength >= 2 || firstName) return start;
  }
  return -1;
}

/**
 * "NASA Administrator Jim Bridenstine": a job noun the lists know, before a known first name
 * and one or two more words, is a title there, as a title word is.
 */
function jobBeforeFullName(tokens: Token[], t: number, last: number): boolean {
  const word = lower(tokens, t);
  const names = last - t;
  return isJobWord(word) && names >= 2 && names <= MAX_NAME_AFTER_JOB && nameClass(lower(tokens, t + 1)) === 'first-name';
}

/** A word a title may open with: "Attorney" (a title), "Deputy" (a modifier), "Indian" (a nation). */
function partOfTitle(word: string): boolean {
  return TITLE_MODIFIERS.has(word) || isNationOf(word) || isPersonTitle(word);
}

/** Longest nationality read before a name, in words: "New Zealander Tim Weston". */
const MAX_NATION_WORDS = 2;

/**
 * How many words of nationality open the chunk before a name that stands on its own
 * ("Australian Tom Moody", "British ISIS", "New Zealander Tim Weston"), or 0 (not "Iraqi
 * Army", not "West Indian").
 */
export function leadingNation(chunk: NameChunk, tokens: Token[]): number {
  for (let n = Math.min(MAX_NATION_WORDS, chunk.last - chunk.first); n >= 1; n--) {
    const words = tokens.slice(chunk.first, chunk.first + n).map((t) => t.lower);
    if (nameClass(words.join(' ')) === 'nationality') return namesOnItsOwn(chunk.first + n, chunk, tokens) ? n : 0;
  }
  return 0;
}

/** Does the rest of the chunk, from `from`, name someone or something on its own? */
function namesOnItsOwn(from: number, chunk: NameChunk, tokens: Token[]): boolean {
  const next = lower(tokens, from);
  // "Palestinian President Yasser Arafat": the nation belongs to the title.
  if (NAME_CONNECTORS.has(next) || isPersonTitle(next) || TITLE_MODIFIERS.has(next)) return false;
  const rest = tokens.slice(from, chunk.last + 1).map((t) => t.lower);
  const head = rest.at(-1) ?? '';
  if (ORG_HEADS.has(head) || PLACE_HEADS.has(head) || EVENT_HEADS.has(head) || nameClass(rest.join(' ')) === 'nationality') return false;
  const second = nameClass(rest[0] ?? '');
  return second === 'first-name' || second === 'person' || second === 'organization' || rest.length >= 2 || /^\p{Lu}{2,}$/u.test(tokens[from]?.text ?? '');
}

/** "Palestinian President", "U.S. Secretary": a nation may lead a title. */
export function isNationOf(word: string): boolean {
  const kind = nameClass(word);
  return kind === 'nationality' || (kind === 'place' && isCountry(word));
}

/**
 * "Planning Minister Jackie Trad", "District Attorney Robert Zapf": one ordinary word before a
 * title names the office's field, not an employer, unless the text also names it on its own
 * ("Apple said …" beside "Apple Chief Executive Tim Cook"): `namedAlone` holds the words it names so.
 */
export function isPortfolio(tokens: Token[], first: number, titleStart: number, namedAlone: ReadonlySet<string>): boolean {
  const word = lower(tokens, first);
  // Written in capitals, it is an acronym ("NHS Chief …"), not an ordinary word.
  const inCapitals = (tokens[first]?.text ?? '') === word.toUpperCase();
  return titleStart === first + 1 && looksCommon(word) && !nameClass(word) && !inCapitals && !namedAlone.has(word);
}

/**
 * "Prime Minister", "the Deputy Premier", "the Governor": a title with no name after it names
 * an office, not a person by name. A lone title word without "the" may be a surname ("King said"),
 * unless commas set it after a name, as the title of the name before ("Ann Lee, Director, Acme").
 */
export function namesOfficeOnly(chunk: NameChunk, tokens: Token[]): boolean {
  if (!isPersonTitle(lower(tokens, chunk.last))) return false;
  for (let i = chunk.first; i < chunk.last; i++) {
    const word = lower(tokens, i);
    if (word !== '.' && !isPersonTitle(word) && !TITLE_MODIFIERS.has(word)) return false;
  }
  return chunk.last > chunk.first || lower(tokens, chunk.first - 1) === 'the' || isAppositiveTitle(chunk, tokens);
}

/** Punctuation that closes an appositive: "Ann Lee, Director, said" or "… by Ann Lee, Director." */
const APPOSITIVE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';']);

/** A title word between a name's comma and a closing comma or stop: "Ann Lee, Director, Acme". */
function isAppositiveTitle(chunk: NameChunk, tokens: Token[]): boolean {
  return lower(tokens, chunk.first - 1) === ',' && tokens[chunk.first - 2]?.capitalized === true && APPOSITIVE_CLOSERS.has(lower(tokens, chunk.last + 1));
}
