// Names in rows of results, tables and fixture lists ("Surrey 429-7", "CHICAGO 71 64",
// "No. 1 Cherry Creek (10-0)"): teams, whatever their words name elsewhere.
import type { NameChunk } from './name-chunks.ts';
import { lower } from './titles.ts';
import type { Token } from './tokenize.ts';

const NUMBER = /^[.-]?\d+(?:[-.,/:]\d+)*$/;
/** A win-loss record: "10-0", "7-4-1". */
const WIN_LOSS = /^\d{1,2}(?:-\d{1,2}){1,2}$/u;

/** The sentences holding two or more "Name 12" pairs: a results row or a table. */
export function resultsSentences(chunks: NameChunk[], tokens: Token[], sentenceOf: number[]): Set<number> {
  const pairs = new Map<number, number>();
  for (const chunk of chunks) {
    if (!NUMBER.test(tokens[chunk.last + 1]?.text ?? '')) continue;
    const sentence = sentenceOf[chunk.first] ?? -1;
    pairs.set(sentence, (pairs.get(sentence) ?? 0) + 1);
  }
  return new Set([...pairs].filter(([, n]) => n >= 2).map(([sentence]) => sentence));
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
