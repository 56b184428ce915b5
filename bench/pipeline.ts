// `npm run bench` (part 1): per-stage time over every page of the readability and
// extraction corpora, and the whole digest after extraction as a ratio of
// Readability's own time on the same page, measured in the same run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { forgetCachedKeys } from '../src/cached-per-key.ts';
import { buildDigest } from '../src/digest/build-digest.ts';
import { ExtractionError, extractArticle } from '../src/extract/extract-article.ts';
import { parseHtml } from '../src/extract/parse-html.ts';
import type { StageTimer } from '../src/stage-timer.ts';
import { bundleSizes } from '../scripts/bundle-sizes.ts';
import { extractionPages, readabilityPages, type CorpusPage } from './lib/corpus-pages.ts';
import { median, percentile } from './lib/stats.ts';

/** Each page runs this many times, each with cold word caches; a stage's time on a page is its median over the runs. */
const RUNS = 3;
const DIGEST_STAGES = ['sentences', 'timestamps', 'highlights', 'actors', 'quotes', 'timeline'];
const RATIO_TARGET = 0.3;
const NOW = new Date('2026-01-01T00:00:00Z');

interface PageTimes {
  id: string;
  stages: Record<string, number>;
  readabilityAlone: number;
  digest: number;
}

function timePage(page: CorpusPage): PageTimes | null {
  const runs: Array<Record<string, number>> = [];
  for (let run = 0; run < RUNS; run++) {
    const stages: Record<string, number> = {};
    const stage: StageTimer = (name, fn) => {
      const start = performance.now();
      try {
        return fn();
      } finally {
        stages[name] = (stages[name] ?? 0) + performance.now() - start;
      }
    };
    // Every run reads the page as a just-started worker would: no word answered from a cache.
    forgetCachedKeys();
    const doc = stage('parse', () => parseHtml(page.html));
    // Baseline: Readability alone, as a reader-mode button would run it.
    stage('readabilityAlone', () => new Readability(doc.cloneNode(true) as Document).parse());
    let article;
    try {
      article = extractArticle(doc, { url: null, stage });
    } catch (error) {
      if (error instanceof ExtractionError) return null;
      throw error;
    }
    const start = performance.now();
    buildDigest(article, { now: NOW, stage });
    stages.digest = performance.now() - start;
    runs.push(stages);
  }
  const medianOf = (name: string) => median(runs.map((r) => r[name] ?? 0));
  const names = Object.keys(runs[0] ?? {});
  const stages = Object.fromEntries(names.map((name) => [name, medianOf(name)]));
  return { id: page.id, stages, readabilityAlone: medianOf('readabilityAlone'), digest: medianOf('digest') };
}

const pages = [...readabilityPages(), ...extractionPages()];
// Warm up the JIT and the libraries' lazy tables so the first pages aren't charged for it.
for (const page of pages.slice(0, 5)) timePage(page);

const results = pages.map(timePage).filter((r): r is PageTimes => r !== null);
const row = (label: string, values: number[]) =>
  `${label.padEnd(22)} ${median(values).toFixed(2).padStart(8)} ${percentile(values, 95).toFixed(2).padStart(8)}`;

console.log(`Pipeline over ${results.length} of ${pages.length} corpus pages (readability + extraction; ${pages.length - results.length} had no article), median of ${RUNS} runs per page, ms`);
console.log(`${'stage'.padEnd(22)} ${'median'.padStart(8)} ${'p95'.padStart(8)}`);
for (const name of ['parse', 'readerable', 'metadata', 'clone', 'readability', 'prose check', 'text']) {
  console.log(row(name, results.map((r) => r.stages[name] ?? 0)));
}
for (const name of DIGEST_STAGES) console.log(row(name, results.map((r) => r.stages[name] ?? 0)));
console.log(row('digest (all language)', results.map((r) => r.digest)));
console.log(row('Readability alone', results.map((r) => r.readabilityAlone)));

const ratios = results.map((r) => r.digest / r.readabilityAlone);
const total = (pick: (r: PageTimes) => number) => results.reduce((sum, r) => sum + pick(r), 0);
const totalRatio = total((r) => r.digest) / total((r) => r.readabilityAlone);
console.log(`\nDigest after extraction ÷ Readability alone (baseline, same run):`);
console.log(`  per page: median ${median(ratios).toFixed(2)}, p95 ${percentile(ratios, 95).toFixed(2)}`);
console.log(`  over the corpus: ${totalRatio.toFixed(2)}  (target ≤ ${RATIO_TARGET}: ${totalRatio <= RATIO_TARGET ? 'met' : 'NOT met'})`);
const slowest = [...results].sort((a, b) => b.digest / b.readabilityAlone - a.digest / a.readabilityAlone).slice(0, 5);
console.log(`  highest ratios: ${slowest.map((r) => `${r.id} ${(r.digest / r.readabilityAlone).toFixed(2)}`).join(', ')}`);

const dist = resolve(import.meta.dirname, '../dist');
if (existsSync(resolve(dist, 'inject.js'))) {
  const sizes = bundleSizes(dist);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const click = sizes.popup.gzip + sizes.background.gzip;
  console.log(
    `\nBundles (gzip): injected ${kb(sizes.injected.gzip)} KB (budget 40); popup ${kb(sizes.popup.gzip)} KB + worker with the engines ${kb(sizes.background.gzip)} KB = ${kb(click)} KB (budget 400)`,
  );
  const chunks = Object.entries(sizes.languages).map(([name, bytes]) => `${name} ${kb(bytes.gzip)}`);
  console.log(`Language chunks (gzip, each fetched only for a story in that language; budget 250 KB each): ${chunks.join(', ')} KB`);
} else {
  console.log('\nBundles: run npm run build first to measure them');
}
console.log(`Memory: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
