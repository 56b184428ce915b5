// CoNLL-2003 reading and entity-level scoring for the key actors bench.
import { readFileSync } from 'node:fs';

export type EntityType = 'PER' | 'ORG' | 'LOC';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

export interface ConllSentence {
  tokens: string[];
  /** The sentence as one text: tokens joined by single spaces. */
  text: string;
  /** Character offset of each token in `text`. */
  offsets: number[];
  gold: Entity[];
}

/** An entity as an inclusive token range. */
export interface Entity {
  type: EntityType;
  first: number;
  last: number;
}

/** A predicted span in characters, before it is mapped to tokens. */
export interface CharSpan {
  start: number;
  end: number;
  type: EntityType;
}

function isEntityType(value: string): value is EntityType {
  return value === 'PER' || value === 'ORG' || value === 'LOC';
}

/** Reads `TOKEN POS CHUNK TAG` lines (IOB2), blank line between sentences. MISC is dropped. */
export function readConll(path: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length > 0 && rows[0]?.[0] !== '-DOCSTART-') sentences.push(toSentence(rows));
    rows = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') flush();
    else rows.push(line.trim().split(/\s+/));
  }
  flush();
  return sentences;
}

function toSentence(rows: string[][]): ConllSentence {
  const tokens = rows.map((row) => row[0] ?? '');
  const offsets: number[] = [];
  let position = 0;
  for (const token of tokens) {
    offsets.push(position);
    position += token.length + 1;
  }
  const gold: Entity[] = [];
  rows.forEach((row, i) => {
    const tag = row.at(-1) ?? 'O';
    const [prefix, type = ''] = tag.split('-');
    const open = gold.at(-1);
    if (prefix === 'I' && open && open.type === type && open.last === i - 1) open.last = i;
    else if ((prefix === 'B' || prefix === 'I') && isEntityType(type)) gold.push({ type, first: i, last: i });
  });
  return { tokens, text: tokens.join(' '), offsets, gold };
}

/** Maps a character span to the tokens it covers; null when it covers none. */
export function toEntity(sentence: ConllSentence, span: CharSpan): Entity | null {
  const { offsets, tokens } = sentence;
  let first = -1;
  let last = -1;
  offsets.forEach((start, i) => {
    const end = start + (tokens[i]?.length ?? 0);
    if (end > span.start && start < span.end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : { type: span.type, first, last };
}

export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export function emptyCounts(): Record<EntityType | 'ALL', Counts> {
  const zero = (): Counts => ({ truePositives: 0, predicted: 0, gold: 0 });
  return { ALL: zero(), PER: zero(), ORG: zero(), LOC: zero() };
}

const key = (e: Entity): string => `${e.type}:${e.first}:${e.last}`;

/** Adds one sentence's exact-match counts; returns the misses and false alarms. */
export function score(
  counts: Record<EntityType | 'ALL', Counts>,
  gold: Entity[],
  predicted: Entity[],
): { missed: Entity[]; spurious: Entity[] } {
  const unique = [...new Map(predicted.map((e) => [key(e), e])).values()];
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(unique.map(key));
  for (const e of gold) {
    counts[e.type].gold++;
    counts.ALL.gold++;
  }
  for (const e of unique) {
    counts[e.type].predicted++;
    counts.ALL.predicted++;
    if (goldKeys.has(key(e))) {
      counts[e.type].truePositives++;
      counts.ALL.truePositives++;
    }
  }
  return { missed: gold.filter((e) => !predictedKeys.has(key(e))), spurious: unique.filter((e) => !goldKeys.has(key(e))) };
}

export function f1(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted ? counts.truePositives / counts.predicted : 0;
  const recall = counts.gold ? counts.truePositives / counts.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
