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

/** "Cherry Creek (10-0)", "Pettite (19-7)": a win-loss record after the name, a team's or a pitcher's. */
export function hasRecord(tokens: Token[], last: number): boolean {
  return tokens[last + 1]?.text === '(' && WIN_LOSS.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ')';
}
