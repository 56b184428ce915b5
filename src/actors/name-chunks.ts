// Candidate names: runs of capitalized tokens, joined across connectors
// ("Bank of England"), with abbreviation periods kept ("St. Louis", "Acme Inc.").
import { HAS_DIGIT } from './name-facts.ts';
import { isPersonTitle } from './titles.ts';
import { POSSESSIVE_CLITIC, type Token } from './tokenize.ts';
import { isStateCode } from './addresses.ts';
import { isLetter } from '../text/word-runs.ts';
import { isCommonWord, looksCommon, nameClass, ORG_HEADS, PLACE_HEADS } from './word-classes.ts';
import { CAPITALIZED_FUNCTION_WORDS, LEGAL_FORMS, NAME_ABBREVIATIONS, NAME_CONNECTORS, NAMESAKE_TITLES, NEVER_NAMES } from './word-lists.ts';

/** A run of tokens `first..last` (inclusive) that may be a name. */
export interface NameChunk {
  first: number;
  last: number;
}

/** A word in capitals: "WHO", "NATO", "A&E". */
export const ACRONYM_WORD = /^\p{Lu}[\p{Lu}\p{N}&.]+$/u;
const SHOUTED_WORD = /^[\p{Lu}\p{N}.&'’-]*\p{Lu}[\p{Lu}\p{N}.&'’-]*$/u;
const WORD = /\p{L}/u;
const SENTENCE_END = /^[.!?]$/;
const OPENERS = /^(?:[.!?:;"“”‘’'([—–-]|``|'')$/;
/** "# Das …", "2 Das …", "• Die …", "**An …": a heading's, a list's or an emphasis's marks, or an item's number, opening a line: the word after them opens the item. */
const LIST_MARK = /^(?:#{1,6}|[*•·▪►]|\p{N}{1,3})$/u;
const INITIAL = /^\p{Lu}$/u;
/** A word a model's letter may follow: capitalized, not in capitals, no digit ("One" in "Xbox One S"; not "W" or "PCT" in a table's header). */
const MODEL_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_LAST_PART = /-\p{Ll}+$/u;
const CONTRACTION_TAIL = /^['’](?:re|ve|ll|d|m|t)$/iu;
/** "I’ve", "I'd": the tokenizer keeps a lone letter's apostrophe word whole ("O'Neill"), so the pronoun's contractions arrive as one token. */
const PRONOUN_CONTRACTION = /^I['’](?:m|d|ve|ll)$/u;

/** Scans only the gap: searching on from `from` would cross whole paragraphs per token. */
function newlineBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 0x0a) return true;
  return false;
}

/** Per token: does it open a new line (a paragraph, heading or list item)? Names never run across one. */
export function lineStarts(tokens: Token[], text: string): boolean[] {
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    return !previous || newlineBetween(text, previous.end, token.start);
  });
}

/** The longest token OPENERS takes: two characters ("``"). */
const MAX_OPENER_LENGTH = 2;

/**
 * Does a token read as LIST_MARK? Asked of every token: a word opening with a letter is none
 * (every mark opens with "#", a bullet or a digit), and the pattern runs only on the rest.
 */
function isListMark(text: string): boolean {
  return !isLetter(text.codePointAt(0) ?? 0) && LIST_MARK.test(text);
}

/**
 * Per token: does a sentence (or a heading, list item, quotation) start here? `newLine` is
 * lineStarts' answer, passed by a caller that has it already.
 */
export function sentenceStarts(tokens: Token[], text: string, newLine = lineStarts(tokens, text)): boolean[] {
  // Each token's list-mark test, once: every token reads the one before it, and a run of marks is read back.
  const listMark = tokens.map((token) => isListMark(token.text));
  return tokens.map((_, i) => {
    if (newLine[i] === true) return true;
    const previous = tokens[i - 1]!;
    if (previous.text.length <= MAX_OPENER_LENGTH && OPENERS.test(previous.text)) return true;
    let mark = i - 1;
    while (mark > 0 && listMark[mark] === true && newLine[mark] !== true) mark--;
    return listMark[mark] === true && newLine[mark] === true;
  });
}

/** Per token: the index of the sentence (or line) it belongs to; `newLine` as for sentenceStarts. */
export function sentenceIndexes(tokens: Token[], text: string, newLine = lineStarts(tokens, text)): number[] {
  let sentence = 0;
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    if (previous && (isSentenceEnd(previous.text) || newLine[i] === true)) sentence++;
    return sentence;
  });
}

/** A token of one sentence-closing mark (SENTENCE_END), tested by length first: most tokens are words. */
function isSentenceEnd(text: string): boolean {
  return text.length === 1 && SENTENCE_END.test(text);
}

/**
 * Per token: is it inside a sentence written in capitals (a headline)? There,
 * capitals say nothing, so only words that are not ordinary words count as names.
 */
export function shoutedTokens(tokens: Token[], sentenceOf: number[]): boolean[] {
  const shouted = new Array<boolean>(tokens.length).fill(false);
  let begin = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && sentenceOf[i] === sentenceOf[i - 1]) continue;
    if (isShouted(tokens, begin, i)) shouted.fill(true, begin, i);
    begin = i;
  }
  return shouted;
}

/**
 * Per token: is it on a line written in title case, a headline ("Facebook Finally Puts a
 * Price on Privacy")? There, as in capitals, an initial capital says nothing. `newLine`
 * from lineStarts: a headline is a line of its own, and a sentence may end at "Corp.".
 */
export function titleCasedTokens(tokens: Token[], newLine: boolean[]): boolean[] {
  const titled = new Array<boolean>(tokens.length).fill(false);
  let begin = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !newLine[i]) continue;
    if (isTitleCased(tokens, begin, i)) titled.fill(true, begin, i);
    begin = i;
  }
  return titled;
}

/** Words of this many letters or more are capitalized in a title-case headline; shorter ones may not be ("a", "on", "the"). */
const TITLE_CASE_WORD = 4;
/** A headline needs this many such words, and as many ordinary words capitalized among them, to tell it from a run of names. */
const MIN_TITLE_CASE_WORDS = 3;

/** Title case leaves short function words in lower case ("a", "on", "the"): a run of capitalized names has none. */
const SHORT_LOWER_WORD = /^\p{Ll}{2,3}$/u;

/**
 * A headline's function word: in lower case in most styles ("on"), capitalized in some
 * ("Biden Is Focused On Trump"), but never capitalized inside a run of names.
 */
function isHeadlineFunctionWord(token: Token, first: boolean): boolean {
  return SHORT_LOWER_WORD.test(token.text) || (!first && token.capitalized && CAPITALIZED_FUNCTION_WORDS.has(token.lower));
}

function isTitleCased(tokens: Token[], begin: number, end: number): boolean {
  let words = 0;
  let ordinary = 0;
  let shortLower = false;
  for (let i = begin; i < end; i++) {
    const token = tokens[i]!;
    if (isHeadlineFunctionWord(token, i === begin)) shortLower = true;
    if (token.text.length < TITLE_CASE_WORD || !WORD.test(token.text)) continue;
    if (!token.capitalized) return false;
    words++;
    if (isCommonWord(token.lower)) ordinary++;
  }
  return shortLower && words >= MIN_TITLE_CASE_WORDS && ordinary >= MIN_TITLE_CASE_WORDS;
}

/** Are most words of tokens[begin, end) in capitals? */
function isShouted(tokens: Token[], begin: number, end: number): boolean {
  let words = 0;
  let loud = 0;
  for (let i = begin; i < end; i++) {
    const { text } = tokens[i]!;
    if (text.length <= 1) continue;
    // Most words open with a lower-case ASCII letter: a word, and not a loud one.
    const first = text.charCodeAt(0);
    const lowerAscii = first >= 0x61 && first <= 0x7a;
    if (!lowerAscii && !WORD.test(text)) continue;
    words++;
    if (!lowerAscii && SHOUTED_WORD.test(text)) loud++;
  }
  return words >= 2 && loud / words >= 0.6;
}

/**
 * May `token` be part of a name? `next` is the token after it, `previous` and `beforePrevious`
 * the two before: a lone letter is a name only as an initial ("J."), a model's letter ("Xbox
 * One S") or before a possessive, and "A." or "I." only inside a name ("Alfred A. Knopf").
 */
/**
 * Doctorates written with periods, as the tokenizer splits them: "Ph.D." is "Ph", ".", "D", ".".
 * Each first part, with the letter that closes it.
 */
const DOTTED_DEGREES: ReadonlyMap<string, string> = new Map([['ph', 'd'], ['psy', 'd'], ['pharm', 'd']]);

/** "Ann Pike, Ph.D.": either part of a dotted doctorate is no name ("Ph" had been a person). */
function inDottedDegree(token: Token, next: Token | undefined, previous: Token | undefined, beforePrevious: Token | undefined): boolean {
  if (next?.text === '.' && DOTTED_DEGREES.has(token.lower)) return true;
  return previous?.text === '.' && beforePrevious !== undefined && DOTTED_DEGREES.get(beforePrevious.lower) === token.lower;
}

export function isNameToken(token: Token, shouted: boolean, next: Token | undefined, previous?: Token, beforePrevious?: Token): boolean {
  if (!token.capitalized) return false;
  const { lower } = token;
  const initial = INITIAL.test(token.text);
  const middleInitial = initial && next?.text === '.' && previous?.capitalized === true;
  if (HAS_DIGIT.test(token.text) || (NEVER_NAMES.has(lower) && !middleInitial) || inDottedDegree(token, next, previous, beforePrevious)) return false;
  // "July-August", "Monday-Friday": a span of months or days.
  if (lower.includes('-') && lower.split('-').every((part) => NEVER_NAMES.has(part))) return false;
  // A lone capital is an initial ("F."), a letter that ends a name before its possessive ("Malcolm
  // X's"), or a model's letter after two words of a name ("the Xbox One S and …", not "Vitamin C").
  if (initial && next?.text !== '.' && !POSSESSIVE_CLITIC.test(next?.text ?? '') && !isModelLetter(next, previous, beforePrevious)) return false;
  if ((next && CONTRACTION_TAIL.test(next.text)) || PRONOUN_CONTRACTION.test(token.text)) return false;
  // "EXPERT", "WOW": an ordinary word in capitals in ordinary text is emphasis, not an acronym.
  if (!shouted && token.text.length >= 3 && token.text === token.text.toUpperCase() && isCommonWord(lower) && !nameClass(lower)) return false;
  // "Amman-bound", "Blue-chip": a compound ending in a lower-case word describes; it names nothing
  // (but "President-elect" before a name is its title).
  if (LOWER_LAST_PART.test(token.text) && !nameClass(lower) && !(isPersonTitle(lower) && next?.capitalized)) return false;
  if (!shouted) return true;
  return nameClass(lower) !== null || (!looksCommon(lower) && !NAME_CONNECTORS.has(lower));
}

/** A lone capital after two words of a name, the second capitalized and not in capitals ("One" in "the Xbox One S"), is a model's letter. */
function isModelLetter(next: Token | undefined, previous: Token | undefined, beforePrevious: Token | undefined): boolean {
  return previous !== undefined && MODEL_NAME_WORD.test(previous.text) && beforePrevious?.capitalized === true && next?.text !== '/' && !INITIAL.test(next?.text ?? '');
}

/**
 * Finds runs of name tokens; `nameTokens[i]` says whether token i may be part of a name,
 * `newLine[i]` whether it opens a line: "Facebook\n\nWest Mercia Police" is two names.
 */
export function nameChunks(tokens: Token[], nameTokens: boolean[], newLine: boolean[]): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameTokens[i]) {
      i++;
      continue;
    }
    let last = i;
    // May token j join the name that ends before it?
    const joins = (j: number): boolean => nameTokens[j] === true && !newLine[j];
    for (;;) {
      const next = tokens[last + 1];
      if (!next || newLine[last + 1]) break;
      const current = tokens[last];
      // The period of "St." or "J." belongs to the name only when written against it.
      if (next.text === '.' && current && next.start === current.end && keepsPeriod(current.text)) {
        const initial = INITIAL.test(current.text);
        // An initial opening the name is one ("M. Butcher"); one closing words of a name may end the sentence.
        if (joins(last + 2) && !(initial && last > i && endsSentence(tokens, last))) {
          last += 2;
          continue;
        }
        // A lone initial closing the name leaves its period to the sentence ("the Xbox One X."); "St." and an
        // initial standing alone ("J.") keep it.
        if (!initial || last === i) last++;
        break;
      }
      if (joins(last + 1)) {
        last++;
        continue;
      }
      // "St Mary's Hospital", "King's College": a possessive inside an institution's name.
      const afterPossessive = institutionAfterPossessive(tokens, last, joins);
      if (afterPossessive > last) {
        last = afterPossessive;
        continue;
      }
      // "Monsters, Inc.": a company's suffix after a comma closes the company's name; in capitals
      // "CO" there is Colorado's postal code ("Denver, CO"), the town's address (addresses.ts).
      if (next.text === ',' && joins(last + 2) && isCompanySuffix(tokens[last + 2]) && !isStateCode(tokens[last + 2]?.text ?? '')) {
        last += 2;
        continue;
      }
      // One or two connectors between names: "Bank of England", "Joost van der Westhuizen".
      const connectors = connectorRun(tokens, last + 1, newLine);
      if (connectors === 0 || !joins(last + 1 + connectors)) break;
      last += connectors + 1;
    }
    chunks.push({ first: i, last });
    i = last + 1;
  }
  return chunks;
}

/**
 * Is the period after the initial at `i` the sentence's end? Not after a first name or
 * another initial ("John F. Kennedy", "J. R. Tolkien"); elsewhere, when an ordinary
 * word follows it ("the Xbox One S. Then it …").
 */
function endsSentence(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 2]?.lower ?? '';
  const beforeClass = before ? nameClass(before.lower) : null;
  if (!before || before.text === '.' || beforeClass === 'first-name' || beforeClass === 'person') return false;
  return looksCommon(after) && !nameClass(after);
}

/** Owners an institution's name is written for, before its possessive: a saint ("St Mary's"), a namesake's title ("King's College"), a people ("Children's Hospital"). */
const SAINTS: ReadonlySet<string> = new Set(['st', 'saint']);
const OWNER_GROUPS: ReadonlySet<string> = new Set(['children', 'women', 'men', 'people']);
/** Heads of places named for a saint beside organizations' and places' own: "St James's Park", "St Mary's Abbey". */
const VENUE_HEADS: ReadonlySet<string> = new Set(['park', 'abbey', 'chapel', 'infirmary', 'square']);
/** The most words an institution's name runs after its possessive: "Children's Research Hospital". */
const MAX_WORDS_AFTER_POSSESSIVE = 3;

/**
 * "St Mary's Hospital", "King's College London", "St. Jude's Children's Research Hospital": where
 * the word at `last` is a saint's name, a namesake's title or a people, and its possessive is
 * followed by capitalized words (another owner's possessive among them) that hold an
 * institution's head, the last of those words; else `last`. Any other owner keeps its own name
 * ("Trump's White House", "Apple's App Store").
 */
function institutionAfterPossessive(tokens: Token[], last: number, joins: (j: number) => boolean): number {
  if (!ownsInstitution(tokens, last) || !possessiveAt(tokens, last + 1)) return last;
  let end = last;
  let words = 0;
  let head = false;
  for (let j = last + 2; words < MAX_WORDS_AFTER_POSSESSIVE && joins(j); j++) {
    const word = tokens[j]?.lower ?? '';
    words++;
    head ||= ORG_HEADS.has(word) || PLACE_HEADS.has(word) || VENUE_HEADS.has(word);
    if (head) end = j;
    // "Children's" inside the name: another owner's possessive, then the name goes on.
    if (!head && OWNER_GROUPS.has(word) && possessiveAt(tokens, j + 1)) j++;
  }
  return end;
}

/** The word at `i` names a saint ("St Mary", "St. Jude"), a namesake's title or a people. */
function ownsInstitution(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? '';
  const saint = (j: number): boolean => SAINTS.has(tokens[j]?.lower ?? '');
  return saint(i - 1) || (tokens[i - 1]?.text === '.' && saint(i - 2)) || NAMESAKE_TITLES.has(word) || OWNER_GROUPS.has(word);
}

/** A possessive "'s" written against the word before it at token `i`. */
function possessiveAt(tokens: Token[], i: number): boolean {
  const clitic = tokens[i];
  return clitic !== undefined && POSSESSIVE_CLITIC.test(clitic.text) && clitic.start === tokens[i - 1]?.end;
}

function connectorRun(tokens: Token[], from: number, newLine: boolean[]): number {
  let n = 0;
  while (n < 2 && !newLine[from + n] && NAME_CONNECTORS.has(tokens[from + n]?.lower ?? '')) n++;
  // "from Venezuela for The Guardian": a capitalized "The" after a connector opens a name of its
  // own; inside one name it is written in lower case ("Society for the Blind"). After "of" it may
  // be the name's ("Museum of The Moving Image").
  if (n === 2 && tokens[from + 1]?.text === 'The' && tokens[from]?.lower !== 'of') return 0;
  return n;
}

/**
 * "Inc", "Ltd", "Corp": a legal form written as an abbreviation, which closes a company's name
 * even after a comma ("Kestrel, Inc."). A whole word ("Limited") or capitals that are also a
 * region ("SA") do not join across the comma.
 */
export function isCompanySuffix(token: Token | undefined): boolean {
  return token !== undefined && NAME_ABBREVIATIONS.has(token.lower) && LEGAL_FORMS.has(token.lower);
}

function keepsPeriod(word: string): boolean {
  return INITIAL.test(word) || NAME_ABBREVIATIONS.has(word.toLowerCase());
}
