// Timestamps accuracy on ../shared/corpus: published day on dates/dev.jsonl, published vs
// updated on dates/dev-unit-pairs.jsonl, and news-meta/dev.jsonl dates as a second check,
// each beside Readability's own publishedTime measured in the same run; then the misses and
// the time spent collecting (in-page work) and resolving. Run: npm run bench:dates
import { performance } from 'node:perf_hooks';
import { collectDateCandidates } from '../src/dates/collect-date-candidates.ts';
import { explainTimestamps, type ExplainedTimestamps } from '../src/dates/resolve-timestamps.ts';
import { parseHtml } from '../src/extract/parse-html.ts';
import type { DateCandidate } from '../src/types.ts';
import { type DateCase, loadDevSet, loadNewsMeta, loadUnitPairs, readPage } from './dates-corpus.ts';
import { dayOfPublishedTime, readabilityPublishedTime } from './dates-readability-baseline.ts';

const NOW = new Date();
/** Each timing is the best of a few runs: GC pauses and JIT warm-up are not the code's cost. */
const TIMING_RUNS = 3;
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface PageResult {
  candidates: DateCandidate[];
  readability: string | null;
  collectMs: number;
  bytes: number;
}

interface Outcome {
  item: DateCase;
  got: string | null;
  ok: boolean;
  baselineGot: string | null;
  baselineOk: boolean;
  explained: ExplainedTimestamps;
}

const pages = new Map<string, PageResult>();
const resolveTimes: number[] = [];

function readOnce(item: DateCase): PageResult {
  const cached = pages.get(item.page);
  if (cached) return cached;
  const html = readPage(item.page);
  const doc = parseHtml(html);
  const [candidates, collectMs] = bestOf(() => collectDateCandidates(doc, item.url));
  const result = { candidates, readability: readabilityPublishedTime(doc), collectMs, bytes: html.length };
  pages.set(item.page, result);
  return result;
}

function evaluate(item: DateCase): Outcome {
  const page = readOnce(item);
  const candidates = item.markupOnly ? page.candidates.filter((c) => c.source !== 'visible-text') : page.candidates;
  const [explained, resolveMs] = bestOf(() => explainTimestamps(candidates, { url: item.url, now: NOW }));
  resolveTimes.push(resolveMs);
  const answer = item.wants === 'updated' ? explained.updated ?? explained.published : explained.published;
  const got = formatDay(answer, item.outputFormat);
  const baselineGot = formatDay(dayOfPublishedTime(page.readability), item.outputFormat);
  return { item, got, ok: got === item.expected, baselineGot, baselineOk: baselineGot === item.expected, explained };
}

function bestOf<T>(run: () => T): [T, number] {
  let result = run();
  let best = Infinity;
  for (let i = 0; i < TIMING_RUNS; i++) {
    const started = performance.now();
    result = run();
    best = Math.min(best, performance.now() - started);
  }
  return [result, best];
}

/** The day part, or htmldate's `%d %B %Y` when a case asks for it. */
function formatDay(iso: string | null, outputFormat: string | null): string | null {
  const day = iso?.slice(0, 10) ?? null;
  const m = day?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m || outputFormat !== '%d %B %Y') return day;
  return `${m[3]} ${ENGLISH_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

function describeWinner(outcome: Outcome): string {
  const from = outcome.item.wants === 'updated' ? outcome.explained.updatedFrom ?? outcome.explained.publishedFrom : outcome.explained.publishedFrom;
  if (!from) return 'no date';
  const value = from.candidate.value.replace(/\s+/g, ' ').slice(0, 70);
  return `${from.candidate.source} [${from.candidate.hint ?? ''}] "${value}" score ${from.score}`;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const devSet = loadDevSet();
const newsMeta = loadNewsMeta();
// Each set's odd and even lines apart: a change is kept only when it helps both halves.
const lineParity = (items: DateCase[], parity: number) => items.filter((_, index) => index % 2 === parity);
const sets: [string, DateCase[]][] = [
  ['dates/dev.jsonl (published day)', devSet],
  ['  odd lines', lineParity(devSet, 0)],
  ['  even lines', lineParity(devSet, 1)],
  ['dates/dev-unit-pairs.jsonl', loadUnitPairs()],
  ['news-meta/dev.jsonl (date)', newsMeta],
  ['  odd lines', lineParity(newsMeta, 0)],
  ['  even lines', lineParity(newsMeta, 1)],
];
const results = sets.map(([name, items]) => [name, items.map(evaluate)] as const);

console.log('\nTimestamps accuracy (day part; expected null = no date reported)\n');
console.log(`${'set'.padEnd(34)}${'pages'.padStart(6)}${'ours'.padStart(16)}${'Readability'.padStart(16)}`);
for (const [name, outcomes] of results) {
  const ours = outcomes.filter((o) => o.ok).length;
  const base = outcomes.filter((o) => o.baselineOk).length;
  console.log(
    `${name.padEnd(34)}${String(outcomes.length).padStart(6)}${`${ours} ${percent(ours, outcomes.length)}`.padStart(16)}${`${base} ${percent(base, outcomes.length)}`.padStart(16)}`,
  );
}

for (const [name, outcomes] of results) {
  if (name.startsWith(' ')) continue;
  const misses = outcomes.filter((o) => !o.ok);
  console.log(`\nMisses on ${name}: ${misses.length}`);
  for (const miss of misses) {
    const mode = miss.item.wants === 'updated' ? ' (wants updated)' : miss.item.markupOnly ? ' (markup only)' : '';
    console.log(`  ${miss.item.url}${mode}\n    expected ${miss.item.expected} got ${miss.got} ← ${describeWinner(miss)}  [${miss.item.page}]`);
  }
}

const collectTimes = [...pages.values()].map((page) => page.collectMs);
const biggest = [...pages.values()].sort((a, b) => b.bytes - a.bytes)[0];
console.log(`\nSpeed per page, best of ${TIMING_RUNS} runs (linkedom in Node; a browser DOM is faster)`);
console.log(`  collect: median ${quantile(collectTimes, 0.5).toFixed(2)} ms, p95 ${quantile(collectTimes, 0.95).toFixed(2)} ms, biggest page (${Math.round((biggest?.bytes ?? 0) / 1024)} KB) ${biggest?.collectMs.toFixed(2)} ms`);
console.log(`  resolve: median ${quantile(resolveTimes, 0.5).toFixed(3)} ms, p95 ${quantile(resolveTimes, 0.95).toFixed(3)} ms, max ${Math.max(...resolveTimes).toFixed(2)} ms`);
