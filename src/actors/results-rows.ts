// Names in rows of results, tables and fixture lists ("Surrey 429-7", "CHICAGO 71 64",
// "No. 1 Cherry Creek (10-0)"): teams, whatever their words name elsewhere.
import type { NameChunk } from './name-chunks.ts';
import { lower } from './titles.ts';
import type { Token } from './tokenize.ts';

const NUMBER = /^[.-]?\d+(?:[-.,/:]\d+)*$/;
/** A win-loss record: "10-0", "7-4-1". */
const WIN_LOSS = /^\d{1,2}(?:-\d{1,2}){1,2}$/u;

/**
 * Labels of a match report's lines of players, each with the minute of a goal or a card:
 * "Goals: Tomlin 50, Bamford 66", "Booked: Ayala 34". Their names are people's, not teams'.
 */
const PLAYER_LINE_LABELS: ReadonlySet<string> = new Set(['goals', 'goal', 'scorers', 'scorer', 'booked', 'bookings', 'subs', 'substitutes']);

/** Words that join items of a list: "Halo 3 and Fallout 3", "Windows 10 or 11". */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', '&']);

/** The sentences holding two or more "Name 12" pairs: a results row or a table (not a line of players). */
export function resultsSentences(chunks: NameChunk[], tokens: Token[], sentenceOf: number[]): Set<number> {
  const pairs = new Map<number, number>();
  for (const chunk of chunks) {
    if (!NUMBER.test(tokens[chunk.last + 1]?.text ?? '')) continue;
    if (inNumberedList(tokens, chunk)) continue;
    const sentence = sentenceOf[chunk.first] ?? -1;
    pairs.set(sentence, (pairs.get(sentence) ?? 0) + 1);
  }
  const playerLines = playerLineSentences(tokens, sentenceOf);
  return new Set([...pairs].filter(([sentence, n]) => n >= 2 && !playerLines.has(sentence)).map(([sentence]) => sentence));
}

/**
 * "including Halo 3 and Fallout 3": names with numbers joined by "and" are titles or models
 * in a list; a row of results sets its names and scores side by side, and its "and" joins two
 * innings' scores ("Somerset 83 and 174").
 */
function inNumberedList(tokens: Token[], chunk: NameChunk): boolean {
  const joinsNext = LIST_JOINERS.has(lower(tokens, chunk.last + 2)) && tokens[chunk.last + 3]?.capitalized === true;
  const joinsPrevious = LIST_JOINERS.has(lower(tokens, chunk.first - 1)) && NUMBER.test(tokens[chunk.first - 2]?.text ?? '') && tokens[chunk.first - 3]?.capitalized === true;
  return joinsNext || joinsPrevious;
}

/** The sentences opening with a label of players ("Goals:", "Booked:"). */
function playerLineSentences(tokens: Token[], sentenceOf: number[]): Set<number> {
  const lines = new Set<number>();
  tokens.forEach((token, i) => {
    const opens = i === 0 || sentenceOf[i] !== sentenceOf[i - 1];
    if (opens && PLAYER_LINE_LABELS.has(token.lower) && tokens[i + 1]?.text === ':') lines.add(sentenceOf[i] ?? -1);
  });
  return lines;
}

/**
 * "Surrey 429-7" beside other scores, a table row ("CHICAGO 71 64 .526 10"), or a seed
 * ("No. 1 Cherry Creek"). `inResults`: the name's sentence is one of resultsSentences.
 */
export function isResultsRow(tokens: Token[], first: number, last: number, inResults: boolean): boolean {
  if (isSeededTeam(tokens, first)) return true;
  if (!NUMBER.test(tokens[last + 1]?.text ?? '')) return false;
  return inResults || NUMBER.test(tokens[last + 2]?.text ?? '');
}

/** "No. 1 Cherry Creek": a seed before the name makes it a team. */
function isSeededTeam(tokens: Token[], first: number): boolean {
  return NUMBER.test(tokens[first - 1]?.text ?? '') && lower(tokens, first - 2) === '.' && lower(tokens, first - 3) === 'no';
}

/** A match's score: "2-1", "42-36", "6-4". */
const SCORE = /^\d{1,3}-\d{1,3}$/u;
/** Number words a margin may open with: "by nine wickets", "by an innings". */
const MARGIN_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
]);
/** Verbs reporting a win, then the loser: "Leeds beat Hull 2-1", "Surrey thrashed Kent by an innings". */
const WIN_VERBS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'thrashed', 'edged', 'downed', 'routed', 'crushed', 'hammered',
  'trounced', 'overcame', 'stunned', 'outclassed', 'whitewashed',
]);
/** Words between such a verb and the other side: "lost to", "drew with", "fell to". */
const RESULT_LINKS: ReadonlySet<string> = new Set(['to', 'with', 'against']);
/** Verbs a side's score follows: "Leeds won 3-1", "Hull lost 2-0". */
const SCORE_VERBS: ReadonlySet<string> = new Set(['won', 'wins', 'lost', 'loses', 'drew', 'draw', 'draws', 'tied', 'led', 'trailed']);
/** Words joining a score to the other side: "a 2-0 defeat by Hull", "won 3-1 against Leeds", "beaten 2-0 by Hull". */
const SCORE_LINKS: ReadonlySet<string> = new Set(['by', 'to', 'over', 'against', 'with']);
/** How far before its link a score may stand: "beaten 2-0 by", "a 2-0 defeat by". */
const SCORE_BEFORE_LINK = 2;
/** Verbs a link follows: "lost to Leeds 1-0", "drew with Hull 2-2". */
const LINKED_RESULT_VERBS: ReadonlySet<string> = new Set(['lost', 'loses', 'fell', 'drew', 'draw', 'tied', 'won']);

/**
 * A side in a sentence that reports a match's result, a score or a margin closing it:
 * "Leeds beat Hull 2-1", "lost to Leeds 1-0", "Somerset beat Essex by six wickets". A person
 * beats another so too ("Murray beat Federer 6-4"): classify-name reads it only for a town.
 */
export function isMatchSide(tokens: Token[], first: number, last: number): boolean {
  // The loser, after the verb: the margin follows the name.
  if (resultVerbEndsAt(tokens, first - 1) && marginAt(tokens, last + 1)) return true;
  // The other side, after a score and its link: "a 2-0 defeat by Hull", "beaten 2-0 by Hull".
  if (SCORE_LINKS.has(lower(tokens, first - 1)) && scoreBefore(tokens, first - 1)) return true;
  // A side before a verb its score follows: "Leeds won 3-1", "Leeds drew 1-1 with Hull".
  if (SCORE_VERBS.has(lower(tokens, last + 1)) && SCORE.test(tokens[last + 2]?.text ?? '')) return true;
  // The winner, before it: the margin follows the other side's capitalized words.
  const verbEnd = resultVerbStartsAt(tokens, last + 1);
  if (verbEnd < 0) return false;
  let other = verbEnd + 1;
  while (tokens[other]?.capitalized === true) other++;
  return other > verbEnd + 1 && marginAt(tokens, other);
}

/** A result's verb, alone or with its link, ends at token `i`. */
function resultVerbEndsAt(tokens: Token[], i: number): boolean {
  const word = lower(tokens, i);
  if (RESULT_LINKS.has(word)) return LINKED_RESULT_VERBS.has(lower(tokens, i - 1));
  return WIN_VERBS.has(word);
}

/** Where a result's verb that starts at token `i` ends (its link included), or -1. */
function resultVerbStartsAt(tokens: Token[], i: number): number {
  const word = lower(tokens, i);
  if (LINKED_RESULT_VERBS.has(word) && RESULT_LINKS.has(lower(tokens, i + 1))) return i + 1;
  return WIN_VERBS.has(word) ? i : -1;
}

/** A score stands in the few tokens before token `link`. */
function scoreBefore(tokens: Token[], link: number): boolean {
  for (let i = link - 1; i >= Math.max(0, link - SCORE_BEFORE_LINK); i--) if (SCORE.test(tokens[i]?.text ?? '')) return true;
  return false;
}

/** A score ("2-1") or a margin ("by 188 runs", "by an innings") at token `i`. */
function marginAt(tokens: Token[], i: number): boolean {
  if (SCORE.test(tokens[i]?.text ?? '')) return true;
  const amount = lower(tokens, i + 1);
  return lower(tokens, i) === 'by' && (NUMBER.test(amount) || MARGIN_WORDS.has(amount));
}

/** The word a schedule writes between the visitors and the hosts: "Boston at Chicago". */
const FIXTURE_AT = 'at';

/**
 * A side of a fixture list's line, "Boston at Chicago", "KANSAS CITY AT DETROIT": its
 * sentence is the two names and "at" between them, nothing more (a closing period aside).
 * "She lives in Leeds at Hull's expense" is no such line. `sentenceOf` numbers each token's sentence.
 */
export function isFixtureSide(tokens: Token[], first: number, last: number, sentenceOf: readonly number[]): boolean {
  // Most names have no "at" beside them: only those are worth reading their whole line for.
  if (lower(tokens, last + 1) !== FIXTURE_AT && lower(tokens, first - 1) !== FIXTURE_AT) return false;
  const sentence = sentenceOf[first];
  const inSentence = (i: number): boolean => i >= 0 && i < tokens.length && sentenceOf[i] === sentence;
  let end = last + 1;
  while (inSentence(end)) end++;
  let start = first - 1;
  while (inSentence(start)) start--;
  const lineStart = start + 1;
  const lineEnd = tokens[end - 1]?.text === '.' ? end - 2 : end - 1;
  // The name opens the line and the other side closes it, or the other way round.
  const other = lineStart === first ? { at: last + 1, from: last + 2, to: lineEnd } : { at: first - 1, from: lineStart, to: first - 2 };
  if (lower(tokens, other.at) !== FIXTURE_AT || (lineStart !== first && last !== lineEnd) || other.from > other.to) return false;
  for (let i = other.from; i <= other.to; i++) if (tokens[i]?.capitalized !== true) return false;
  return true;
}

/** "Cherry Creek (10-0)", "Pettite (19-7)": a win-loss record after the name, a team's or a pitcher's. */
export function hasRecord(tokens: Token[], last: number): boolean {
  return tokens[last + 1]?.text === '(' && WIN_LOSS.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ')';
}
