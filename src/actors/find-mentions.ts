// The span-level mention finder: every person, organization, place and
// nationality named in a text, with offsets. findActors and the benchmark share it.
import type { TextSpan } from '../types.ts';
import { alignLists } from './align-lists.ts';
import { splitCaptionRunOns } from './caption-run-ons.ts';
import { classifyName } from './classify-name.ts';
import { commonNounAcronyms } from './common-acronyms.ts';
import type { Mention, MentionKind } from './mention.ts';
import { isModelAfterNumber } from './model-names.ts';
import { PLACE_ALIASES } from './place-aliases.ts';
import { ACRONYM_WORD, isCompanySuffix, isNameToken, lineStarts, nameChunks, sentenceIndexes, sentenceStarts, shoutedTokens, titleCasedTokens, type NameChunk } from './name-chunks.ts';
import { definedAcronyms } from './defined-acronyms.ts';
import { copyrightLines, fillsLine, inPictureCredit } from './page-furniture.ts';
import { inQuotedTerm } from './quoted-terms.ts';
import { hasRecord, isFixtureSide, isMatchSide, isResultsRow, resultsSentences } from './results-rows.ts';
import { splitChunk } from './split-chunks.ts';
import { withAddresses } from './addresses.ts';
import { afterHonorific, employerTitleStart, isJobBeforeName, isNationOf, isPortfolio, leadingNation, lower, namesOfficeOnly, pluralTitleBeforeName, titleEnd } from './titles.ts';
import { tokenize, type Token } from './tokenize.ts';
import { looksCommon, nameClass, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS } from './word-classes.ts';
import { CLOSED_CLASS_WORDS, COURTESY_TITLES, NAME_CONNECTORS, PLACE_OPENERS, TITLE_MODIFIERS } from './word-lists.ts';

export type { Mention, MentionKind } from './mention.ts';

/** A word in lower-case letters. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
/** Longest known multi-word name looked up, in tokens ("Bosnia and Herzegovina"). */
const MAX_PHRASE_TOKENS = 4;

/** What the whole text says about its tokens, computed once. */
interface TextFacts {
  tokens: Token[];
  text: string;
  /** Token i opens a sentence and the text never capitalizes it mid-sentence. */
  opensSentence: (i: number) => boolean;
  /** Token i is part of a known multi-word name ("New York", "South Africa"). */
  inKnownPhrase: boolean[];
  /** Sentences holding two or more "Name 12" pairs: a results row or a table. */
  resultsSentences: ReadonlySet<number>;
  sentenceOf: number[];
  /** Token i is in a sentence written in capitals. */
  shouted: boolean[];
  /** Token i opens a line. */
  newLine: boolean[];
  /** Words the text also writes in lower case: "zopiclone" makes "Zopiclone" a common noun. */
  writtenLower: ReadonlySet<string>;
  /** Acronyms the text uses as common nouns: "an AI program", "her GP". */
  commonAcronyms: ReadonlySet<string>;
  /** The spans of the text's copyright lines. */
  copyrightLines: readonly TextSpan[];
  /** Words the text capitalizes mid-sentence as a name of one word ("Apple said …"). */
  namedAlone: ReadonlySet<string>;
}

/** Every name in `text`, in text order, with offsets into `text`. */
export function findMentions(text: string): Mention[] {
  const tokens = tokenize(text);
  // Where lines open, found once and read by the sentence and the title-case passes.
  const newLine = lineStarts(tokens, text);
  const starts = sentenceStarts(tokens, text, newLine);
  const sentenceOf = sentenceIndexes(tokens, text, newLine);
  const shouted = shoutedTokens(tokens, sentenceOf);
  const inKnownPhrase = knownPhrases(tokens, shouted);
  // In a headline in capitals or in title case, only words that are not ordinary ones are names.
  const titled = titleCasedTokens(tokens, newLine);
  const caseSaysNothing = (i: number): boolean => shouted[i] === true || titled[i] === true;
  const defined = definedAcronyms(tokens);
  const nameTokens = tokens.map(
    (token, i) => inKnownPhrase[i] === true || defined.has(token.text) || isNameToken(token, caseSaysNothing(i), tokens[i + 1], tokens[i - 1], tokens[i - 2]),
  );
  const namedMidSentence = new Set(
    tokens.filter((token, i) => nameTokens[i] && !starts[i] && !shouted[i] && !CLOSED_CLASS_WORDS.has(token.lower)).map((token) => token.lower),
  );
  const runs: NameChunk[] = [];
  for (const chunk of nameChunks(tokens, nameTokens, newLine)) runs.push(...splitChunk(chunk, tokens));
  const chunks = splitCaptionRunOns(runs, tokens);
  const facts: TextFacts = {
    tokens,
    text,
    opensSentence: (i) => starts[i] === true && !namedMidSentence.has(lower(tokens, i)),
    inKnownPhrase,
    resultsSentences: resultsSentences(chunks, tokens, sentenceOf),
    sentenceOf,
    shouted,
    newLine,
    commonAcronyms: commonNounAcronyms(tokens),
    copyrightLines: copyrightLines(text),
    writtenLower: lowerCaseWords(tokens),
    namedAlone: new Set(tokens.filter((token, i) => nameTokens[i] && !starts[i] && !nameTokens[i - 1] && !nameTokens[i + 1]).map((token) => token.lower)),
  };
  // Loops, not flatMap, over every chunk of the text (see splitChunk).
  const mentions: Mention[] = [];
  for (const chunk of chunks) mentions.push(...toMentions(chunk, facts));
  return alignLists(withAddresses(mentions, text), text);
}

/** The words the text writes in lower case. */
function lowerCaseWords(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  for (const token of tokens) {
    // "al-Assad" opens in lower case and is a name's word all the same (tokenize's `capitalized`).
    if (token.capitalized) continue;
    const first = token.text.charCodeAt(0);
    // Most words open with a lower-case ASCII letter: no pattern needed for them.
    const lowerAscii = first >= 0x61 && first <= 0x7a;
    if (lowerAscii || (first >= 0x80 && token.lower === token.text && LOWER_WORD.test(token.text))) words.add(token.lower);
  }
  return words;
}

/** Marks the tokens of capitalized multi-word names the lexicon knows, longest first. */
function knownPhrases(tokens: Token[], shouted: boolean[]): boolean[] {
  const marked = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]?.capitalized) continue;
    for (let n = MAX_PHRASE_TOKENS; n >= 2; n--) {
      if (!tokens[i + n - 1]?.capitalized) continue;
      const span = tokens.slice(i, i + n);
      const kind = nameClass(wordsOf(span).join(' '));
      if (kind === null || kind === 'first-name' || kind === 'last-name') continue;
      // Outside headlines every word of the name but connectors must be capitalized.
      if (!shouted[i] && span.some((t) => !t.capitalized && !NAME_CONNECTORS.has(t.lower) && t.text !== '.')) continue;
      marked.fill(true, i, i + n);
      i += n - 1;
      break;
    }
  }
  return marked;
}

/**
 * The chunk's names: an employer before a title is a name of its own ("Duke" in
 * "Duke President Richard Brodhead"), and so is a nation inside a title
 * ("Palestinian" in "Palestinian President Yasser Arafat").
 */
function toMentions(chunk: NameChunk, facts: TextFacts): Mention[] {
  let titleStart = employerTitleStart(chunk, facts.tokens);
  // "New Jersey Gov. Chris Christie": the employer keeps its known name whole.
  while (titleStart > chunk.first && facts.inKnownPhrase[titleStart] && facts.inKnownPhrase[titleStart - 1]) titleStart++;
  // Opening a sentence, the word before the title may be any ("When President …"): read below.
  if (titleStart > chunk.first && !facts.opensSentence(chunk.first) && isPortfolio(facts.tokens, chunk.first, titleStart, facts.namedAlone)) {
    const field = facts.tokens[chunk.first]?.text ?? '';
    return toMentions({ first: titleStart, last: chunk.last }, facts).map((m) => (m.title ? { ...m, title: `${field} ${m.title}` } : m));
  }
  if (titleStart > chunk.first) {
    const employer = toMentions({ first: chunk.first, last: titleStart - 1 }, facts);
    const named = toMentions({ first: titleStart, last: chunk.last }, facts);
    const employerName = employer.at(-1)?.text;
    return [
      ...employer,
      ...named.map((m) => (m.title && employerName ? { ...m, title: `${m.title}, ${employerName}` } : m)),
    ];
  }
  const nation = leadingNation(chunk, facts.tokens);
  if (nation > 0) {
    const nameFirst = chunk.first + nation;
    return [...toMentions({ first: chunk.first, last: nameFirst - 1 }, facts), ...toMentions({ first: nameFirst, last: chunk.last }, facts)];
  }
  const mention = toMention(chunk, facts);
  if (!mention?.title) return mention ? [mention] : [];
  const { tokens, text } = facts;
  const nations: Mention[] = [];
  for (let i = chunk.first; i < chunk.last && (tokens[i]?.end ?? Infinity) <= mention.start; i++) {
    const token = tokens[i];
    if (!token || !isNationOf(lower(tokens, i))) continue;
    const kind = nameClass(lower(tokens, i)) === 'nationality' ? 'nationality' : 'place';
    nations.push({ start: token.start, end: token.end, kind, text: text.slice(token.start, token.end), title: null, guessed: false, evidence: 'sure' });
  }
  return [...nations, mention];
}

/** The words a cited publication's title follows: "in The New Yorker", "told The Australian". */
const CITED_AFTER: ReadonlySet<string> = new Set(['in', 'for', 'to', 'by', 'from', 'with', 'at', 'on', 'told', 'via']);

/**
 * "in The New Yorker", "a column in The Australian": "The" capitalized inside a sentence opens a
 * title, a publication's, before words that would otherwise name a people or a place. `name` is
 * the name's words as classifyName read them.
 */
function namesTitle(kind: MentionKind, facts: TextFacts, first: number, name: string): boolean {
  const the = first - 1;
  if (facts.tokens[the]?.text !== 'The' || facts.opensSentence(the) || facts.newLine[the] || facts.shouted[the] === true) return false;
  // Where a publication is cited: after a preposition or "told" ("The Briton finished …" is a person).
  if (!CITED_AFTER.has(facts.tokens[the - 1]?.lower ?? '')) return false;
  // A place the lists know stays one ("The Hague", "The Bronx"); a people's word or a guessed place does not.
  return kind === 'nationality' || (kind === 'place' && nameClass(name) !== 'place' && !PLACE_ALIASES.has(name));
}

function toMention(chunk: NameChunk, facts: TextFacts): Mention | null {
  const { tokens, text } = facts;
  if (namesOfficeOnly(chunk, tokens)) return null;
  const { last } = chunk;
  // "When President Biden …": the sentence's opening word goes before a title is looked for.
  let first = afterOpeningWords(facts, chunk.first, last, true);
  const titled = { first, last };
  const head = lower(tokens, last);
  let title: string | null = null;
  const isInstitution = ORG_HEADS.has(head) || PLACE_HEADS.has(head) || facts.inKnownPhrase[first];
  const listedTitle = isInstitution ? -1 : titleEnd(titled, tokens);
  const titleLast = listedTitle < 0 && !isInstitution && isJobBeforeName(titled, tokens) ? first : listedTitle;
  // "Major League Baseball": a title word opening an organization's name is no title.
  const namesOrganization =
    titleLast >= first && tokens.slice(titleLast + 1, last + 1).some((t) => ORG_HEADS.has(t.lower));
  const end = namesOrganization ? -1 : titleLast;
  if (end >= first) {
    // "Prince of Wales", "Mayor of London Sadiq Khan": a title of a place is an office. With a
    // person's name after it, the office is the title; alone it names no one by name.
    const nameAfterOffice = lower(tokens, end + 1) === 'of' ? afterOfficePlace(tokens, end + 2, last) : end + 1;
    if (nameAfterOffice > last) return null;
    // "Princes William and Harry": a title in the plural is neither one's role.
    title = pluralTitleBeforeName(tokens, end) ? null : text.slice(tokens[first]?.start, tokens[nameAfterOffice - 1]?.end);
    first = nameAfterOffice;
  } else {
    first = afterOpeningWords(facts, first, last, false);
  }
  // A dropped opening word leaves the comma after it ("Monsters, Inc." opening a sentence): no name opens with one.
  while (first <= last && tokens[first]?.text === ',') first++;
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  if (!firstToken || !lastToken || first > last) return null;
  if (first === last && (isLabel(facts, first) || isModelAfterNumber(tokens, first) || (title === null && isCommonNoun(facts, first)))) return null;
  if (isBareSuffix(tokens, first, last)) return null;
  const words = wordsOf(tokens.slice(first, last + 1));
  const verdict = classifyName({
    words,
    surface: text.slice(firstToken.start, lastToken.end),
    titled: title !== null || afterHonorific(tokens, chunk.first),
    // Words dropped from the chunk ("Major" opening a sentence) are no context.
    before: title === null ? wordsBefore(facts, chunk.first) : [],
    after: wordsAfter(facts, last),
    resultsRow: isResultsRow(tokens, first, last, facts.resultsSentences.has(facts.sentenceOf[first] ?? -1)),
    record: hasRecord(tokens, last),
    matchSide: isMatchSide(tokens, first, last) || isFixtureSide(tokens, first, last, facts.sentenceOf),
    shouted: facts.shouted[first] === true,
    inLead: facts.sentenceOf[first] === 0,
    workplace: afterJobAt(tokens, chunk.first),
  });
  if (!verdict) return null;
  const publication = namesTitle(verdict.kind, facts, first, words.join(' '));
  const { guessed, evidence } = publication ? { guessed: false, evidence: 'sure' as const } : verdict;
  const kind = isModelAfterNumber(tokens, last + 2) ? 'other' : publication ? 'organization' : verdict.kind;
  // "Miss Hayley Sandiford": a form of address makes a person, and says no role.
  const role = title !== null && COURTESY_TITLES.has(title.toLowerCase().replace(/\.$/u, '')) ? null : title;
  const mention: Mention = { start: firstToken.start, end: lastToken.end, kind, text: text.slice(firstToken.start, lastToken.end), title: role, guessed, evidence };
  if (verdict.townBody === true) mention.townBody = true;
  const inCopyright = facts.copyrightLines.some((line) => mention.start >= line.start && mention.end <= line.end);
  const furniture = fillsLine(tokens, facts.newLine, chunk.first, last) || inCopyright || inPictureCredit(text, mention);
  // Set on the new mention, not spread into a copy: a key added to a spread copy is slow on Node 20's V8 (placed-mentions.ts).
  if (furniture) mention.furniture = true;
  else if (inQuotedTerm(text, mention)) mention.quotedTerm = true;
  return mention;
}

/**
 * Where the name starts once the capitalized ordinary words opening its sentence are dropped
 * ("Meanwhile", "Officials", "When"): they are no name. With `titlesStay`, a title or its
 * modifier stops the dropping ("Former President …"), to be read as the title it is.
 */
function afterOpeningWords(facts: TextFacts, from: number, last: number, titlesStay: boolean): number {
  let first = from;
  while (first <= last && isOpeningWord(facts, first, last, titlesStay)) {
    first++;
    while (first <= last && NAME_CONNECTORS.has(lower(facts.tokens, first))) first++;
  }
  return first;
}

/**
 * Is token i an ordinary word opening its sentence, no part of the name that runs to `last`
 * (afterOpeningWords)? A function of its own, not a closure made on every name.
 */
function isOpeningWord(facts: TextFacts, i: number, last: number, titlesStay: boolean): boolean {
  const { tokens } = facts;
  const word = lower(tokens, i);
  if (titlesStay && (TITLE_MODIFIERS.has(word) || titleEnd({ first: i, last }, tokens) >= i)) return false;
  return facts.opensSentence(i) && !facts.inKnownPhrase[i] && looksCommon(word) && !nameClass(word) && !opensInstitutionName(tokens, i, last);
}

/** An adjective's ending: "National", "Federal", "Royal", "Central". */
const ADJECTIVE_ENDING = /al$/u;
/** Nouns that say a body's reach as its adjectives do: "World Meteorological Organization". */
const SCOPE_NOUNS: ReadonlySet<string> = new Set(['world']);

/**
 * "South Wales Police", "National Health Service" opening a sentence: a place's opener before
 * a name ("South Wales"), or an adjective or a noun of reach before two or more words closed by
 * an institution's head, opens the name rather than the sentence.
 */
function opensInstitutionName(tokens: Token[], first: number, last: number): boolean {
  const word = lower(tokens, first);
  if (PLACE_OPENERS.has(word)) return tokens.slice(first + 1, last + 1).some((t) => !looksCommon(t.lower) || nameClass(t.lower) !== null);
  return last - first >= 2 && ORG_HEADS.has(lower(tokens, last)) && (ADJECTIVE_ENDING.test(word) || SCOPE_NOUNS.has(word));
}

/** Longest place or organization a title's "of" names: "New York" in "Mayor of New York Eric Adams". */
const MAX_OFFICE_PLACE_TOKENS = 3;

/**
 * The token after what an office's "of" names, from `from` ("the" skipped); past `last` when
 * none follows. That is a place or a body the lists know ("Mayor of New York Eric Adams"), or
 * the office's field, ordinary words and their connectors, before a name of two words or more
 * ("Director of Public Prosecutions Ann Pike"); else one word ("Minister of Finance Ann Pike").
 */
function afterOfficePlace(tokens: Token[], from: number, last: number): number {
  const start = lower(tokens, from) === 'the' ? from + 1 : from;
  for (let n = Math.min(MAX_OFFICE_PLACE_TOKENS, last - start); n >= 2; n--) {
    const kind = nameClass(wordsOf(tokens.slice(start, start + n)).join(' '));
    if (kind === 'place' || kind === 'organization') return start + n;
  }
  let field = start;
  while (field < last && (NAME_CONNECTORS.has(lower(tokens, field)) || (looksCommon(lower(tokens, field)) && nameClass(lower(tokens, field)) === null))) field++;
  return field > start + 1 && last - field >= 1 ? field : start + 1;
}

/** Words read as a name's context: this many before it, one fewer after it. */
const CONTEXT_WORDS = 3;

/** The lower-cased words before token `first`, on its line: a heading's last word ("… meets Maharashtra CM") is no context of a name opening the next paragraph. */
function wordsBefore(facts: TextFacts, first: number): string[] {
  let from = first;
  // Steps back while the token it stands on does not open the line.
  while (from > 0 && first - from < CONTEXT_WORDS && !facts.newLine[from]) from--;
  return facts.tokens.slice(from, first).map((t) => t.lower);
}

/**
 * "one of his editors at Velvora": a job in lower case, then "at", before the name at `first`. A
 * capitalized one is a name's word, no job ("Hosting Cook at Dreamforce", "One Lucky Lady at Kempton").
 */
function afterJobAt(tokens: Token[], first: number): boolean {
  const job = tokens[first - 2];
  return tokens[first - 1]?.lower === 'at' && job !== undefined && !job.capitalized && ROLE_NOUNS.has(job.lower);
}

/** The lower-cased words after token `last`, up to the end of its line. */
function wordsAfter(facts: TextFacts, last: number): string[] {
  const words: string[] = [];
  for (let i = last + 1; i < last + CONTEXT_WORDS && i < facts.tokens.length && !facts.newLine[i]; i++) words.push(lower(facts.tokens, i));
  return words;
}

/**
 * A word that labels rather than names: "Scorers:", "Note:" opening a line, or an
 * unknown word standing alone on its line ("Email", "Share" in a page's menu).
 */
function isLabel(facts: TextFacts, i: number): boolean {
  const next = facts.tokens[i + 1];
  const aloneOnLine = facts.newLine[i] === true && (!next || facts.newLine[i + 1] === true);
  return (aloneOnLine || (facts.opensSentence(i) && next?.text === ':')) && !nameClass(lower(facts.tokens, i));
}

/** "Monsters, Inc.": a company's suffix standing alone (its period aside) names no company. */
function isBareSuffix(tokens: Token[], first: number, last: number): boolean {
  const alone = first === last || (last === first + 1 && tokens[last]?.text === '.');
  return alone && isCompanySuffix(tokens[first]);
}

/**
 * An unknown word the text also writes in lower case is a common noun ("Zopiclone"
 * beside "zopiclone"); not so an acronym ("WHO" beside "who"), unless the text uses
 * it as one elsewhere ("an AI program").
 */
function isCommonNoun(facts: TextFacts, i: number): boolean {
  const token = facts.tokens[i];
  if (token && facts.commonAcronyms.has(token.text)) return true;
  if (!token || !facts.writtenLower.has(token.lower) || ACRONYM_WORD.test(token.text)) return false;
  return !nameClass(token.lower) && !afterHonorific(facts.tokens, i) && !namesInstitution(facts.tokens, i);
}

/** "the Government", "the Centre": an institution's head, capitalized after "the", names the one the story means. */
function namesInstitution(tokens: Token[], i: number): boolean {
  return lower(tokens, i - 1) === 'the' && tokens[i]?.capitalized === true && ORG_HEADS.has(lower(tokens, i));
}

/** Lower-cased words with abbreviation periods glued back on ("st.", "louis"). */
function wordsOf(tokens: Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    const word = token.lower;
    if (word === '.' && words.length > 0) words[words.length - 1] += '.';
    else words.push(word);
  }
  return words;
}
