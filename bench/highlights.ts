// Highlight quality and speed on ../shared/corpus/cnndm/dev.jsonl: Lead-3, TextRank, a
// greedy oracle and ours, all on the same sentence splitter, scored with rouge-score's
// ROUGE-1/2/Lsum F1; per text_format group too; ROUGE on the seed story; median time
// to split and rank a 1,000-word article. Run: npm run bench:highlights
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Sentence } from '../src/types.ts';
import { cleanCandidates } from '../src/highlights/clean-candidates.ts';
import { rankHighlights, rankHighlightsWith } from '../src/highlights/rank-highlights.ts';
import { type CoverageOptions, DEFAULT_COVERAGE_OPTIONS } from '../src/highlights/select-by-coverage.ts';
import { splitSentences } from '../src/text/split-sentences.ts';
import { type RougeScores, scoreRouge } from './rouge.ts';
import { textRank } from './textrank.ts';

const SHARED = join(import.meta.dirname, '../../shared');
const DEV_SET = join(SHARED, 'corpus/cnndm/dev.jsonl');
const SEED = join(SHARED, 'fixtures/seed');
const COUNT = 3;
const TIMING_WORDS = 1000;
const TIMING_RUNS = 20;

interface Article {
  id: string;
  article: string;
  highlights: string[];
  text_format: string;
}

type System = (text: string, sentences: Sentence[]) => string[];

const SYSTEMS: Record<string, System> = {
  'Lead-3': (_text, sentences) => sentences.slice(0, COUNT).map((sentence) => sentence.text),
  TextRank: (_text, sentences) =>
    textRank(sentences.map((sentence) => sentence.text), COUNT).map((index) => sentences[index]!.text),
  ours: (text, sentences) =>
    rankHighlights({ text, sentences, title: null, count: COUNT }).map((highlight) => highlight.text),
};

// What each selection idea adds: ours with one of them switched off.
const ABLATIONS: Record<string, Partial<CoverageOptions>> = {
  'no lead rule': { keepLead: false },
  'no phrases': { phraseWeight: 0 },
  'no length cost': { wordsPerHighlight: 1e6 },
};

// Short labels for the corpus's text_format descriptions.
function formatGroup(textFormat: string): string {
  if (textFormat.includes('lowercased')) return 'ptb-lowercased';
  if (textFormat.startsWith('PTB')) return 'ptb-cased';
  if (textFormat.includes('paragraphs')) return 'raw-paragraphs';
  return 'raw';
}

/** Greedy extractive oracle: the sentences that add most ROUGE-1 + ROUGE-2 against the reference. */
function oracle(reference: readonly string[], sentences: readonly string[]): string[] {
  const picked: number[] = [];
  for (let step = 0; step < COUNT; step++) {
    let best = -1;
    let bestGain = -1;
    sentences.forEach((_, index) => {
      if (picked.includes(index)) return;
      const trial = [...picked, index].sort((a, b) => a - b).map((i) => sentences[i]!);
      const scores = scoreRouge(reference, trial);
      const gain = scores.rouge1 + scores.rouge2;
      if (gain > bestGain) {
        best = index;
        bestGain = gain;
      }
    });
    if (best < 0) break;
    picked.push(best);
  }
  return picked.sort((a, b) => a - b).map((index) => sentences[index]!);
}

function mean(scores: readonly RougeScores[]): RougeScores {
  const sum = (key: keyof RougeScores) => (100 * scores.reduce((total, s) => total + s[key], 0)) / scores.length;
  return { rouge1: sum('rouge1'), rouge2: sum('rouge2'), rougeLsum: sum('rougeLsum') };
}

function formatScores(label: string, scores: RougeScores): string {
  const cells = [scores.rouge1, scores.rouge2, scores.rougeLsum].map((value) => value.toFixed(2).padStart(6));
  return `  ${label.padEnd(14)} ${cells.join(' ')}`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The article's first TIMING_WORDS words, or null when it is shorter. */
function firstWords(text: string): string | null {
  const words = [...text.matchAll(/\S+/g)];
  const last = words[TIMING_WORDS - 1];
  return last ? text.slice(0, last.index + last[0].length) : null;
}

const articles: Article[] = readFileSync(DEV_SET, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Article);

const systemNames = [...Object.keys(SYSTEMS), 'oracle'];
const results = new Map<string, Map<string, RougeScores[]>>(); // group → system → scores
for (const article of articles) {
  const sentences = splitSentences(article.article);
  for (const group of ['all', formatGroup(article.text_format)]) {
    if (!results.has(group)) results.set(group, new Map(systemNames.map((name) => [name, []])));
    const bySystem = results.get(group)!;
    for (const [name, system] of Object.entries(SYSTEMS)) {
      bySystem.get(name)!.push(scoreRouge(article.highlights, system(article.article, sentences)));
    }
    bySystem.get('oracle')!.push(
      scoreRouge(article.highlights, oracle(article.highlights, sentences.map((sentence) => sentence.text))),
    );
  }
}

console.log(`cnndm dev: ${articles.length} articles, ${COUNT} sentences each; ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1`);
for (const [group, bySystem] of [...results].sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)))) {
  console.log(`${group} (n=${bySystem.get('ours')!.length})`);
  for (const [name, scores] of bySystem) console.log(formatScores(name, mean(scores)));
}
const all = results.get('all')!;
const lead = mean(all.get('Lead-3')!);
const ours = mean(all.get('ours')!);
console.log(
  `ours − Lead-3: R1 ${(ours.rouge1 - lead.rouge1).toFixed(2)}, R2 ${(ours.rouge2 - lead.rouge2).toFixed(2)}, ` +
    `RLsum ${(ours.rougeLsum - lead.rougeLsum).toFixed(2)} (target: R1 ≥ +2.00, R2 and RLsum ≥ 0)`,
);

console.log('ablations (all articles)');
const cleanLead = articles.map((article) => {
  const picks = cleanCandidates(splitSentences(article.article)).slice(0, COUNT);
  return scoreRouge(article.highlights, picks.map((sentence) => sentence.text));
});
console.log(formatScores('Lead-3 cleaned', mean(cleanLead)));
for (const [label, change] of Object.entries(ABLATIONS)) {
  const options = { ...DEFAULT_COVERAGE_OPTIONS, ...change };
  const scores = articles.map((article) => {
    const sentences = splitSentences(article.article);
    const picks = rankHighlightsWith({ text: article.article, sentences, title: null, count: COUNT }, options);
    return scoreRouge(article.highlights, picks.map((highlight) => highlight.text));
  });
  console.log(formatScores(label, mean(scores)));
}

const seedStory = readFileSync(join(SEED, 'story.txt'), 'utf8');
const seedReference = readFileSync(join(SEED, 'highlights.txt'), 'utf8').split('\n');
const seedSentences = splitSentences(seedStory);
// The seed page's headline, as the extractor reads it from <h1>.
const seedTitle = 'Chinese officials admit to orchestrating cyberattacks on US infrastructure';
console.log('seed story');
for (const [name, system] of Object.entries(SYSTEMS)) {
  console.log(formatScores(name, mean([scoreRouge(seedReference, system(seedStory, seedSentences))])));
}
const seedWithTitle = rankHighlights({ text: seedStory, sentences: seedSentences, title: seedTitle, count: COUNT });
console.log(formatScores('ours+title', mean([scoreRouge(seedReference, seedWithTitle.map((h) => h.text))])));

const timingTexts = articles.map((article) => firstWords(article.article)).filter((text) => text !== null);
// Wall time suffers when other jobs share the machine; CPU time much less, so both print.
const wallTimes: number[] = [];
const cpuTimes: number[] = [];
for (let run = 0; run < TIMING_RUNS; run++) {
  for (const text of timingTexts) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    rankHighlights({ text, sentences: splitSentences(text), title: null, count: COUNT });
    const cpu = process.cpuUsage(cpuStarted);
    wallTimes.push(performance.now() - started);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
}
console.log(
  `split + rank, ${TIMING_WORDS}-word article: median ${median(wallTimes).toFixed(2)} ms wall, ` +
    `${median(cpuTimes).toFixed(2)} ms CPU (${timingTexts.length} articles × ${TIMING_RUNS} runs; ` +
    `load average ${loadavg()[0]!.toFixed(1)})`,
);
