// Key actors bench. First the box as a reader sees it: the first 10 actors of the CLI's
// --batch digests of the hand-listed pages in ../shared/corpus/actors (English and other
// languages), scored by the corpus's score-actors.mjs, whole file and odd/even halves,
// beside compromise alone (its people, organizations and places, top 10 by count). Then
// entity-level exact-span precision/recall/F1 for PER, ORG and LOC on CoNLL-2003
// eng.testa (MISC not scored), compromise alone beside our engine in the same run; then
// findActors' time on a 1,000-word article and the gzip size the engine adds to a bundle.
// Run: npm run bench:actors [-- --errors]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import nlp from 'compromise';
import { findActors } from '../src/actors/find-actors.ts';
import { findMentions, type MentionKind } from '../src/actors/find-mentions.ts';
import { findQuotes } from '../src/actors/find-quotes.ts';
import { splitSentences } from '../src/text/split-sentences.ts';
import { readChunkFromPackages } from '../cli/language-chunks.ts';
import { articleFromHtml } from '../src/digest/digest-html.ts';
import { decodeHtml } from '../src/extract/decode-html.ts';
import { loadLanguage } from '../src/language/load-language.ts';
import { compromiseEntities } from './actors-compromise.ts';
import { cliActors, compromiseActors, halves, loadScorer, readGold } from './actors-pages.ts';
import {
  ENTITY_TYPES,
  emptyCounts,
  f1,
  readConll,
  score,
  toEntity,
  type CharSpan,
  type ConllSentence,
  type Entity,
  type EntityType,
} from './actors-conll.ts';

const ROOT = join(import.meta.dirname, '..');
const CONLL = join(ROOT, '../shared/corpus/conll2003/eng.testa');
const CNNDM = join(ROOT, '../shared/corpus/cnndm/dev.jsonl');
const ARTICLE_WORDS = 1000;
const TIMING_RUNS = 21;
const SHOW_ERRORS = process.argv.includes('--errors');

const TYPE_OF_KIND: Record<MentionKind, EntityType | null> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  nationality: null,
  other: null,
};

function ourEntities(text: string): CharSpan[] {
  return findMentions(text).flatMap((m) => {
    const type = TYPE_OF_KIND[m.kind];
    return type ? [{ start: m.start, end: m.end, type }] : [];
  });
}

function evaluate(sentences: ConllSentence[], system: (text: string) => CharSpan[]) {
  const counts = emptyCounts();
  const errors: Array<{ kind: 'missed' | 'spurious'; entity: Entity; sentence: ConllSentence }> = [];
  const started = performance.now();
  for (const sentence of sentences) {
    const predicted = system(sentence.text).flatMap((span) => toEntity(sentence, span) ?? []);
    const { missed, spurious } = score(counts, sentence.gold, predicted);
    for (const entity of missed) errors.push({ kind: 'missed', entity, sentence });
    for (const entity of spurious) errors.push({ kind: 'spurious', entity, sentence });
  }
  return { counts, errors, seconds: (performance.now() - started) / 1000 };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function report(name: string, result: ReturnType<typeof evaluate>): void {
  const cells = (['ALL', ...ENTITY_TYPES] as const).map((type) => {
    const { precision, recall, f1: f } = f1(result.counts[type]);
    return `${type} P ${pct(precision)} R ${pct(recall)} F1 ${pct(f)}`;
  });
  console.log(`${name.padEnd(11)} ${cells.join(' | ')}   (${result.seconds.toFixed(1)} s)`);
}

function spanText(sentence: ConllSentence, e: Entity): string {
  return sentence.tokens.slice(e.first, e.last + 1).join(' ');
}

function printErrors(result: ReturnType<typeof evaluate>): void {
  const tally = new Map<string, number>();
  for (const { kind, entity, sentence } of result.errors) {
    const label = `${kind} ${entity.type} ${spanText(sentence, entity)}`;
    tally.set(label, (tally.get(label) ?? 0) + 1);
  }
  for (const [label, n] of [...tally].sort((a, b) => b[1] - a[1]).slice(0, 150)) console.log(`${String(n).padStart(4)} ${label}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Mean process CPU time per run (all threads, GC included): less sensitive to other work on the machine. */
function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  for (let i = 0; i < TIMING_RUNS; i++) run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / TIMING_RUNS;
}

/** Warm-up runs before timing: the engines' per-word caches and the JIT settle over a worker's first stories. */
const WARM_UP_RUNS = 3;
/** A worker that has read a few stories: its caches hold their words and the JIT has compiled the engines. */
const SETTLED_RUNS = 30;

function timeMs(run: () => void, warmUp = WARM_UP_RUNS): number {
  for (let i = 0; i < warmUp; i++) run();
  const times: number[] = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The first raw-text CNN/DM article of at least 1,000 words, cut to 1,000 words. */
function thousandWordArticle(): string {
  for (const line of readFileSync(CNNDM, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { article?: string; text_format?: string };
    const words = record.article?.split(/\s+/) ?? [];
    if (words.length >= ARTICLE_WORDS && !/ 's /.test(record.article ?? '')) return words.slice(0, ARTICLE_WORDS).join(' ');
  }
  throw new Error('no 1,000-word article in cnndm/dev.jsonl');
}

async function gzipKb(entry: string): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length / 1024;
}

// The German chunk is loaded first, as a worker loads it once per life: the garbage of its
// build in Node is collected while the other figures run, not during the German timing.
const loadStarted = performance.now();
const de = await loadLanguage('de', readChunkFromPackages);
const deLoadMs = performance.now() - loadStarted;

const scorer = await loadScorer();
console.log('Key actors as shown (first 10 chips per page; score-actors.mjs):');
for (const file of ['dev-en.json', 'dev-xx.json']) {
  const gold = readGold(file);
  const ours = cliActors(gold);
  const alone = await compromiseActors(gold);
  const { odd, even } = halves(gold);
  console.log(`  ${file} (${gold.length} pages)`);
  console.log(`    ours (CLI --batch)   ${scorer.describe(scorer.scoreActors(gold, ours))}`);
  console.log(`      odd pages          ${scorer.describe(scorer.scoreActors(odd, ours))}`);
  console.log(`      even pages         ${scorer.describe(scorer.scoreActors(even, ours))}`);
  console.log(`    compromise, top 10   ${scorer.describe(scorer.scoreActors(gold, alone))}`);
}

const sentences = readConll(CONLL);
console.log(`CoNLL-2003 eng.testa: ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.gold.length, 0)} PER/ORG/LOC entities (exact span, entity level)`);
const baseline = evaluate(sentences, compromiseEntities);
const ours = evaluate(sentences, ourEntities);
report('compromise', baseline);
report('ours', ours);
if (SHOW_ERRORS) printErrors(ours);

const article = thousandWordArticle();
const articleSentences = splitSentences(article);
const actorsMs = timeMs(() => findActors({ text: article, sentences: articleSentences, title: null, highlights: [] }));
const actors = findActors({ text: article, sentences: articleSentences, title: null, highlights: [] });
const quotesMs = timeMs(() => findQuotes({ text: article, sentences: articleSentences, actors }));
const compromiseMs = timeMs(() => nlp(article).people());
const actorsCpu = cpuMs(() => findActors({ text: article, sentences: articleSentences, title: null, highlights: [] }));
console.log(`1,000-word article: findActors ${actorsMs.toFixed(2)} ms, findQuotes ${quotesMs.toFixed(2)} ms (median wall time of ${TIMING_RUNS}; findActors ${actorsCpu.toFixed(2)} ms process CPU per run, all threads incl. GC); compromise's own parse ${compromiseMs.toFixed(1)} ms`);

// The same on German: stories of actors/dev-xx.json run together to 1,000 words, read with the
// German chunk loaded at the start (its one-time load timed apart, as a worker pays it once per life).
const germanTexts = readGold('dev-xx.json')
  .filter((page) => page.lang?.startsWith('de'))
  .map((page) => articleFromHtml(decodeHtml(readFileSync(join(ROOT, '../shared/corpus', page.page))), page.url).text);
const germanWords: string[] = [];
let germanPagesTimed = 0;
while (germanWords.length < ARTICLE_WORDS && germanPagesTimed < germanTexts.length) germanWords.push(...germanTexts[germanPagesTimed++]!.split(/\s+/));
const german = germanWords.slice(0, ARTICLE_WORDS).join(' ');
const germanSentences = splitSentences(german);
const germanActorsAndQuotes = (): { actorsMs: number; quotesMs: number } => {
  const actorsMs = timeMs(() => findActors({ text: german, sentences: germanSentences, title: null, highlights: [], language: de }));
  const found = findActors({ text: german, sentences: germanSentences, title: null, highlights: [], language: de });
  return { actorsMs, quotesMs: timeMs(() => findQuotes({ text: german, sentences: germanSentences, actors: found, language: de })) };
};
// A worker's very first German story, read once: every word's lookups are new to the engine's
// caches and its German paths are not yet compiled. One sample, so noisy, but what a reader waits.
const firstStarted = performance.now();
findQuotes({ text: german, sentences: germanSentences, actors: findActors({ text: german, sentences: germanSentences, title: null, highlights: [], language: de }), language: de });
const deFirstMs = performance.now() - firstStarted;
// A worker's first German stories: the engine has read nothing in German but this story before.
const { actorsMs: deActorsMs, quotesMs: deQuotesMs } = germanActorsAndQuotes();
const deActors = findActors({ text: german, sentences: germanSentences, title: null, highlights: [], language: de });
// Then timed as the English figure is: English's engine has read CoNLL's sentences before its
// timing; the German one reads the German dev pages the timed text does not use.
for (const text of germanTexts.slice(germanPagesTimed)) {
  const sentences = splitSentences(text);
  const read = findActors({ text, sentences, title: null, highlights: [], language: de });
  findQuotes({ text, sentences, actors: read, language: de });
}
const deRead = germanActorsAndQuotes();
const settled = (run: () => void): number => timeMs(run, SETTLED_RUNS);
const enSettled = settled(() => findActors({ text: article, sentences: articleSentences, title: null, highlights: [] })) + settled(() => findQuotes({ text: article, sentences: articleSentences, actors }));
const deSettled =
  settled(() => findActors({ text: german, sentences: germanSentences, title: null, highlights: [], language: de })) +
  settled(() => findQuotes({ text: german, sentences: germanSentences, actors: deActors, language: de }));
console.log(
  `actors + quotes per 1,000 words (budget 6 ms), median of ${TIMING_RUNS} after ${WARM_UP_RUNS} warm-up runs: English ${(actorsMs + quotesMs).toFixed(2)} ms, ` +
    `German ${deFirstMs.toFixed(1)} ms on a worker's very first German story (one run, cold caches), ` +
    `${(deActorsMs + deQuotesMs).toFixed(2)} ms (findActors ${deActorsMs.toFixed(2)} + findQuotes ${deQuotesMs.toFixed(2)}) on its first German stories, ` +
    `${(deRead.actorsMs + deRead.quotesMs).toFixed(2)} ms after it has read the other ${germanTexts.length - germanPagesTimed} German dev pages (as English has read CoNLL); ` +
    `after ${SETTLED_RUNS} runs (a worker that has read a few stories): English ${enSettled.toFixed(2)} ms, German ${deSettled.toFixed(2)} ms. ` +
    `The German chunk's first load and build in Node: ${deLoadMs.toFixed(0)} ms, once per process`,
);

const engine = await gzipKb(`export { findActors } from './src/actors/find-actors.ts';`);
const compromiseOnly = await gzipKb(`import nlp from 'compromise'; export default nlp;`);
console.log(`gzip (esbuild, minified): findActors bundle ${engine.toFixed(1)} KB, compromise's lexicon snapshot included; compromise itself would be ${compromiseOnly.toFixed(1)} KB`);
