// The date sets of ../shared/corpus, read as they are: pages decoded with their declared charset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../src/extract/decode-html.ts';

export const CORPUS = join(import.meta.dirname, '../../shared/corpus');

export interface DateCase {
  url: string;
  /** Path under the corpus folder. */
  page: string;
  /** `YYYY-MM-DD`, or a formatted day for `outputformat`; null = no date should be found. */
  expected: string | null;
  /** What is asked: the first publication, or the latest update (published when none). */
  wants: 'published' | 'updated';
  /** htmldate's non-extensive mode: markup only, no free-text scan. */
  markupOnly: boolean;
  outputFormat: string | null;
}

interface UnitPairOptions {
  original_date?: boolean;
  extensive_search?: boolean;
  outputformat?: string;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function loadDevSet(): DateCase[] {
  return readJsonl<{ url: string; page: string; expected_date: string | null }>('dates/dev.jsonl').map((row) => ({
    url: row.url, page: row.page, expected: row.expected_date, wants: 'published', markupOnly: false, outputFormat: null,
  }));
}

/**
 * htmldate's real-world test pairs. `original_date: false` asks for the latest update
 * (published when there is none); `true` and no option ask for the first publication.
 * `extensive_search: false` is htmldate without its free-text scan: markup sources only.
 */
export function loadUnitPairs(): DateCase[] {
  type Row = { url: string; page: string; expected_date: string | null; options: UnitPairOptions };
  return readJsonl<Row>('dates/dev-unit-pairs.jsonl').map((row) => ({
    url: row.url,
    page: row.page,
    expected: row.expected_date,
    wants: row.options.original_date === false ? 'updated' : 'published',
    markupOnly: row.options.extensive_search === false,
    outputFormat: row.options.outputformat ?? null,
  }));
}

export function loadNewsMeta(): DateCase[] {
  return readJsonl<{ url: string; page: string; date: string | null }>('news-meta/dev.jsonl').map((row) => ({
    url: row.url, page: row.page, expected: row.date, wants: 'published', markupOnly: false, outputFormat: null,
  }));
}

export function readPage(page: string): string {
  return decodeHtml(new Uint8Array(readFileSync(join(CORPUS, page))));
}
