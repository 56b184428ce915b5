// The span-level mention finder: every person, organization, place and
// nationality named in a text, with offsets. findActors and the benchmark share it.
import { alignLists } from './align-lists.ts';
import { classifyName } from './classify-name.ts';
import { commonNounAcronyms } from './common-acronyms.ts';
import type { TextSpan } from '../types.ts';
import type { Mention } from './mention.ts';
import { isNameToken, lineStarts, nameChunks, sentenceIndexes, sentenceStarts, shoutedTokens, titleCasedTokens, type NameChunk } from './name-chunks.ts';
import { employerTitleStart, isNationOf, isPersonTitle, leadingNation, lower, titleEnd } from './titles.ts';
import { tokenize, type Token } from './tokenize.ts';
import { looksCommon, nameClass, ORG_HEADS, PLACE_HEADS, type NameClass } from './word-classes.ts';
import { HEAD_BINDERS, HONORIFICS, NAME_CONNECTORS, ORG_OPENERS, PLACE_OPENERS, WEAK_CONNECTORS } from './word-lists.ts';

export type { Mention, MentionKind } from './mention.ts';

const NUMBER = /^[.-]?\d+(?:[-.,/:]\d+)*$/;
/** A win-loss record: "10-0", "7-4-1". */
const WIN_LOSS = /^\d{1,2}(?:-\d{1,2}){1,2}$/u;
const LINE = /[^\n]+/gu;
/** What a copyright line says. */
const COPYRIGHT = /©|\bcopyright\s+(?:\(c\)|\d{4})|\ball rights reserved\b/iu;
/** A token of punctuation only. */
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
/** A word in capitals: "WHO", "NATO". */
const ACRONYM_WORD = /^\p{Lu}[\p{Lu}\p{N}&.]+$/u;
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
}

/** Every name in `text`, in text order, with offsets into `text`. */
export function findMentions(text: string): Mention[] {
  const tokens = tokenize(text);
  const starts = sentenceStarts(tokens, text);
  const sentenceOf = sentenceIndexes(tokens, text);
  const shouted = shoutedTokens(tokens, sentenceOf);
  const inKnownPhrase = knownPhrases(tokens, shouted);
  // In a headline in capitals or in title case, only words that are not ordinary ones are names.
  const newLine = lineStarts(tokens, text);
  const titled = titleCasedTokens(tokens, newLine);
  const caseSaysNothing = (i: number): boolean => shouted[i] === true || titled[i] === true;
  const nameTokens = tokens.map((token, i) => inKnownPhrase[i] === true || isNameToken(token, caseSaysNothing(i), tokens[i + 1], tokens[i - 1]));
  const namedMidSentence = new Set(
    tokens.filter((_, i) => nameTokens[i] && !starts[i] && !shouted[i]).map((token) => token.lower),
  );
  const chunks = nameChunks(tokens, nameTokens, newLine)
    .flatMap((chunk) => splitAtWeakConnectors(chunk, tokens))
    .flatMap((chunk) => splitPersonOf(chunk, tokens));
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
    writtenLower: new Set(tokens.filter((token) => !token.capitalized && LOWER_WORD.test(token.text)).map((token) => token.lower)),
  };
  return alignLists(chunks.flatMap((chunk) => toMentions(chunk, facts)), text);
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

function resultsSentences(chunks: NameChunk[], tokens: Token[], sentenceOf: number[]): Set<number> {
  const pairs = new Map<number, number>();
  for (const chunk of chunks) {
    if (!NUMBER.test(tokens[chunk.last + 1]?.text ?? '')) continue;
    const sentence = sentenceOf[chunk.first] ?? -1;
    pairs.set(sentence, (pairs.get(sentence) ?? 0) + 1);
  }
  return new Set([...pairs].filter(([, n]) => n >= 2).map(([sentence]) => sentence));
}

/** "Surrey 429-7" beside other scores, or a table row: "CHICAGO 71 64 .526 10". */
function isResultsRow(facts: TextFacts, first: number, last: number): boolean {
  const { tokens } = facts;
  if (isSeededTeam(tokens, first)) return true;
  if (!NUMBER.test(tokens[last + 1]?.text ?? '')) return false;
  return facts.resultsSentences.has(facts.sentenceOf[first] ?? -1) || NUMBER.test(tokens[last + 2]?.text ?? '');
}

/** "No. 1 Cherry Creek": a seed before the name makes it a team. */
function isSeededTeam(tokens: Token[], first: number): boolean {
  return NUMBER.test(tokens[first - 1]?.text ?? '') && lower(tokens, first - 2) === '.' && lower(tokens, first - 3) === 'no';
}

/** "Cherry Creek (10-0)", "Pettite (19-7)": a win-loss record after the name, a team's or a pitcher's. */
function hasRecord(tokens: Token[], last: number): boolean {
  return tokens[last + 1]?.text === '(' && WIN_LOSS.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ')';
}

/**
 * "Germany and France" is two names; "Procter & Gamble Co", "Bank of the West" and
 * "Center on Poverty and Inequality" are one: once an organization's head has bound
 * what follows it ("Office for", "Institute of"), "and" joins the fields it names.
 */
function splitAtWeakConnectors(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  const head = lower(tokens, chunk.last);
  if (ORG_HEADS.has(head) || PLACE_HEADS.has(head)) return splitAtAndThe(chunk, tokens);
  const parts: NameChunk[] = [];
  let first = chunk.first;
  let headBound = false;
  for (let i = chunk.first + 1; i < chunk.last; i++) {
    const word = lower(tokens, i);
    const afterHead = ORG_HEADS.has(lower(tokens, i - 1));
    if (afterHead && HEAD_BINDERS.has(word)) headBound = true;
    if (!WEAK_CONNECTORS.has(word) || (word === '&' && i - first === 1 && chunk.last - i === 1)) continue;
    // "Center for Multicultural Affairs", "Committee for ...": an organization's head binds what follows.
    if ((afterHead && word !== 'and') || (headBound && word === 'and')) continue;
    parts.push({ first, last: i - 1 });
    first = i + 1;
    headBound = false;
  }
  parts.push({ first, last: chunk.last });
  return parts;
}

/**
 * "Westfield High School and the Westfield Police Department", "England and the Channel
 * Isles": "and the" joins two names, even where a head closes the second.
 */
function splitAtAndThe(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  for (let i = chunk.first + 1; i < chunk.last - 1; i++) {
    if (lower(tokens, i) === 'and' && lower(tokens, i + 1) === 'the') {
      return [{ first: chunk.first, last: i - 1 }, ...splitAtAndThe({ first: i + 2, last: chunk.last }, tokens)];
    }
  }
  return [chunk];
}

/**
 * "Corey Scher of New York", "Luccioni of Mila": a person's name before "of" is a name
 * of its own, and so is the place or employer after it. Before "of" stands a full name
 * opening with a known first name, or one word that is neither an ordinary word nor a
 * known name of another kind; no title or head ("Secretary of State", "Bank of America",
 * "Mary Queen of Scots", "Gulf of Mexico" stay whole).
 */
function splitPersonOf(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  for (let i = chunk.first + 1; i < chunk.last; i++) {
    if (lower(tokens, i) !== 'of') continue;
    return namesPersonBefore(tokens, chunk.first, i) ? [{ first: chunk.first, last: i - 1 }, { first: i + 1, last: chunk.last }] : [chunk];
  }
  return [chunk];
}

const PERSON_NAME_CLASSES: ReadonlySet<NameClass | null> = new Set(['person', 'first-name', 'last-name', null]);

function namesPersonBefore(tokens: Token[], chunkFirst: number, of: number): boolean {
  // "Sen. Tim Scott of South Carolina": the title before the name is no part of it.
  const title = titleEnd({ first: chunkFirst, last: of - 1 }, tokens);
  const first = title >= 0 ? title + 1 : chunkFirst;
  if (first >= of) return false;
  for (let j = first; j < of; j++) if (!mayNamePerson(lower(tokens, j))) return false;
  if (of - first > 1) return nameClass(lower(tokens, first)) === 'first-name';
  const word = lower(tokens, first);
  return PERSON_NAME_CLASSES.has(nameClass(word)) && !looksCommon(word) && !ACRONYM_WORD.test(tokens[first]?.text ?? '');
}

/** No title, head, opener or connector: "Secretary", "Ministry", "Gulf", "von". */
function mayNamePerson(word: string): boolean {
  return !isPersonTitle(word) && !ORG_HEADS.has(word) && !PLACE_HEADS.has(word) && !NAME_CONNECTORS.has(word) && !PLACE_OPENERS.has(word) && !ORG_OPENERS.has(word);
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
  if (nation) return [...toMentions({ first: chunk.first, last: chunk.first }, facts), ...toMentions({ first: chunk.first + 1, last: chunk.last }, facts)];
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

function toMention(chunk: NameChunk, facts: TextFacts): Mention | null {
  const { tokens, text } = facts;
  let { first } = chunk;
  const { last } = chunk;
  const head = lower(tokens, last);
  let title: string | null = null;
  const isInstitution = ORG_HEADS.has(head) || PLACE_HEADS.has(head) || facts.inKnownPhrase[first];
  const titleLast = isInstitution ? -1 : titleEnd(chunk, tokens);
  // "Major League Baseball": a title word opening an organization's name is no title.
  const namesOrganization =
    titleLast >= first && tokens.slice(titleLast + 1, last + 1).some((t) => ORG_HEADS.has(t.lower));
  const end = namesOrganization ? -1 : titleLast;
  if (end >= first) {
    title = text.slice(tokens[first]?.start, tokens[end]?.end);
    first = end + 1;
  } else {
    // A capitalized ordinary word opening a sentence is no name: "Meanwhile", "Officials".
    while (
      first <= last &&
      facts.opensSentence(first) &&
      !facts.inKnownPhrase[first] &&
      looksCommon(lower(tokens, first)) &&
      !nameClass(lower(tokens, first))
    ) {
      first++;
      while (first <= last && NAME_CONNECTORS.has(lower(tokens, first))) first++;
    }
  }
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  if (!firstToken || !lastToken || first > last) return null;
  if (first === last && (isLabel(facts, first) || (title === null && isCommonNoun(facts, first)))) return null;
  const verdict = classifyName({
    words: wordsOf(tokens.slice(first, last + 1)),
    surface: text.slice(firstToken.start, lastToken.end),
    titled: title !== null || afterHonorific(tokens, chunk.first),
    // Words dropped from the chunk ("Major" opening a sentence) are no context.
    before: title === null ? tokens.slice(Math.max(0, chunk.first - 3), chunk.first).map((t) => t.lower) : [],
    after: tokens.slice(last + 1, last + 3).map((t) => t.lower),
    resultsRow: isResultsRow(facts, first, last),
    record: hasRecord(tokens, last),
    shouted: facts.shouted[first] === true,
  });
  if (!verdict) return null;
  const { kind, guessed, evidence } = verdict;
  const mention: Mention = { start: firstToken.start, end: lastToken.end, kind, text: text.slice(firstToken.start, lastToken.end), title, guessed, evidence };
  const inCopyright = facts.copyrightLines.some((line) => mention.start >= line.start && mention.end <= line.end);
  return fillsLine(facts, chunk.first, last) || inCopyright ? { ...mention, furniture: true } : mention;
}

/** The text's copyright lines ("IPSO Regulated Copyright ©2023 Express Newspapers."): the page's footer. */
function copyrightLines(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const line of text.matchAll(LINE)) {
    if (COPYRIGHT.test(line[0])) spans.push({ start: line.index, end: line.index + line[0].length });
  }
  return spans;
}

/** Do tokens first..last, with punctuation around them, fill their line? */
function fillsLine(facts: TextFacts, first: number, last: number): boolean {
  const { tokens, newLine } = facts;
  let begin = first;
  while (begin > 0 && !newLine[begin] && PUNCTUATION.test(tokens[begin - 1]?.text ?? '')) begin--;
  let end = last + 1;
  while (end < tokens.length && !newLine[end] && PUNCTUATION.test(tokens[end]?.text ?? '')) end++;
  return newLine[begin] === true && (end >= tokens.length || newLine[end] === true);
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
export function namesInstitution(tokens: Token[], i: number): boolean {
  return lower(tokens, i - 1) === 'the' && tokens[i]?.capitalized === true && ORG_HEADS.has(lower(tokens, i));
}

/** "Mr. Powers", "Dr Bradshaw": a courtesy title, never part of the chunk, stands just before it. */
function afterHonorific(tokens: Token[], first: number): boolean {
  const before = lower(tokens, first - 1) === '.' ? first - 2 : first - 1;
  return HONORIFICS.has(lower(tokens, before));
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
