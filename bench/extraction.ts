// Story text against the reference: `npm run bench:extraction`.
// 1. extraction/ dev: token precision, recall and F1 against `articleBody` (bag of words, and
//    the benchmark's own 4-token shingles), for the story text the popup and CLI use, beside
//    Readability alone and Defuddle on the same parsed page, in the same run; odd and even
//    pages apart, so a rule fitted to some pages shows as a gap between the halves.
// 2. news-meta dev: how many `with_snippets` the text keeps and how many `without_snippets`
//    it leaves out, for the same three extractors, on all pages and on odd and even pages.
// 3. `--blocks`: the ends of each story text for a survey by eye of the furniture left in it,
//    Readability's test pages included (see benchBlocks).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { articleText } from '../src/extract/article-text.ts';
import { decodeHtml } from '../src/extract/decode-html.ts';
import { extractArticle, MAX_ELEMENTS } from '../src/extract/extract-article.ts';
import { parseHtml } from '../src/extract/parse-html.ts';
import { prepareHtml } from '../src/extract/prepare-html.ts';
import type { FurnitureRule } from '../src/extract/furniture-rules-api.ts';
import { FURNITURE_RULES } from '../src/extract/furniture-rules.ts';
import { cleanByline } from '../src/extract/page-furniture.ts';
import { takePublisherHighlights } from '../src/extract/publisher-highlights.ts';
import { storyText } from '../src/extract/story-text.ts';
import { INVISIBLE_MARKS } from '../src/text/squeeze-whitespace.ts';
import { corpusRoot, readabilityPages } from './lib/corpus-pages.ts';
import { overlap, scoreOverlaps, type Overlap } from './lib/text-overlap.ts';

const EXTRACTORS = ['ours', 'Readability alone', 'Defuddle'] as const;
type Extractor = (typeof EXTRACTORS)[number];
type Texts = Record<Extractor, string>;
/** Pass `--misses` to list the pages where ours loses most against Readability alone. */
const SHOW_MISSES = process.argv.includes('--misses');

/** The three extractions of one page, each from its own copy of the same parsed document. */
async function extractAll(html: string, url: string | null): Promise<Texts> {
  const doc = parseHtml(prepareHtml(html));
  // The publisher's own highlights list leaves the text but is shown beside it: still kept.
  const ours = safely(() => {
    const article = extractArticle(doc, { url });
    return [article.text, ...article.publisherHighlights].join('\n\n');
  });
  const readability = safely(() => {
    const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node }).parse();
    return parsed?.content ? articleText(parsed.content) : '';
  });
  let defuddle = '';
  // Defuddle logs (and survives) the broken JSON-LD many pages carry: not this bench's news.
  const log = console.error;
  console.error = () => undefined;
  try {
    const result = await Defuddle(doc.cloneNode(true) as Document, url ?? undefined);
    // linkedom builds no body for a bare fragment: the content goes into a whole document.
    defuddle = articleText(parseHtml(`<!DOCTYPE html><html><body>${result.content}</body></html>`).body);
  } catch {
    // Defuddle gives up on a few pages: it then extracted nothing.
  } finally {
    console.error = log;
  }
  return { ours, 'Readability alone': readability, Defuddle: defuddle };
}

function safely(read: () => string): string {
  try {
    return read();
  } catch {
    return '';
  }
}

interface ExtractionCase {
  id: string;
  url: string;
  reference: string;
  html: string;
}

function extractionCases(): ExtractionCase[] {
  const dir = join(corpusRoot, 'extraction');
  const truth = JSON.parse(readFileSync(join(dir, 'dev-ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { articleBody, url }]) => ({
      id,
      url,
      reference: articleBody,
      html: decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))),
    }));
}

const three = (value: number): string => value.toFixed(3);

async function benchExtraction(): Promise<void> {
  const cases = extractionCases();
  const results: Array<{ id: string; words: Record<Extractor, Overlap>; shingles: Record<Extractor, Overlap> }> = [];
  for (const item of cases) {
    const texts = await extractAll(item.html, item.url);
    const score = (n: number) => Object.fromEntries(EXTRACTORS.map((name) => [name, overlap(item.reference, texts[name], n)])) as Record<Extractor, Overlap>;
    results.push({ id: item.id, words: score(1), shingles: score(4) });
  }
  const halves: Array<[string, (index: number) => boolean]> = [
    ['all', () => true],
    ['odd pages', (index) => index % 2 === 0],
    ['even pages', (index) => index % 2 === 1],
  ];
  console.log(`\nStory text on extraction/ dev (${cases.length} pages): precision / recall / F1 against articleBody`);
  for (const [unit, key] of [['bag of words', 'words'], ['4-token shingles (the benchmark\'s evaluate.py)', 'shingles']] as const) {
    console.log(`\n  ${unit}`);
    console.log(`  ${'pages'.padEnd(12)}${EXTRACTORS.map((name) => name.padStart(26)).join('')}`);
    for (const [label, keep] of halves) {
      const picked = results.filter((_, index) => keep(index));
      const cells = EXTRACTORS.map((name) => {
        const { precision, recall, f1 } = scoreOverlaps(picked.map((r) => r[key][name]));
        return `${three(precision)} ${three(recall)} ${three(f1)}`.padStart(26);
      });
      console.log(`  ${`${label} (${picked.length})`.padEnd(12)}${cells.join('')}`);
    }
  }
  console.log('\n  targets (bag of words, all): F1 ≥ 0.960, recall ≥ 0.985');
  if (SHOW_MISSES) {
    const recallLoss = (r: (typeof results)[number]) => recallOf(r.words['Readability alone']) - recallOf(r.words.ours);
    console.log('\n  pages where ours recalls least against Readability alone:');
    for (const r of [...results].sort((a, b) => recallLoss(b) - recallLoss(a)).slice(0, 12)) {
      console.log(`    ${r.id.slice(0, 12)} recall ours ${three(recallOf(r.words.ours))} Readability ${three(recallOf(r.words['Readability alone']))}; precision ours ${three(precisionOf(r.words.ours))} Readability ${three(precisionOf(r.words['Readability alone']))}`);
    }
  }
}

const recallOf = (o: Overlap): number => scoreOverlaps([o]).recall;
const precisionOf = (o: Overlap): number => scoreOverlaps([o]).precision;

interface NewsMetaRow {
  url: string;
  page: string;
  with_snippets: string[] | null;
  without_snippets: string[] | null;
}

/**
 * Text as read: whitespace squeezed and the invisible marks squeezeWhitespace drops (soft
 * hyphens, zero-width spaces) dropped too, on both sides. Some snippets were copied from pages with their soft hyphens
 * ("einge\u00ADführt"), which a reader never sees and the story text no longer holds.
 */
const squeeze = (text: string): string => text.replace(INVISIBLE_MARKS, '').replace(/\s+/g, ' ').trim();

/** Kept and gone counts of one extractor on a set of pages. */
interface SnippetCounts {
  kept: number;
  gone: number;
  withCount: number;
  withoutCount: number;
}

async function benchSnippets(): Promise<void> {
  const rows = readFileSync(join(corpusRoot, 'news-meta/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as NewsMetaRow);
  // Per extractor, per half: odd pages (1st, 3rd, …) and even pages, as for extraction/ dev.
  const counts = Object.fromEntries(
    EXTRACTORS.map((name) => [name, [0, 1].map((): SnippetCounts => ({ kept: 0, gone: 0, withCount: 0, withoutCount: 0 }))]),
  ) as Record<Extractor, SnippetCounts[]>;
  const lost: string[] = [];
  const leaked: string[] = [];
  for (const [index, row] of rows.entries()) {
    const html = decodeHtml(new Uint8Array(readFileSync(join(corpusRoot, row.page))));
    const texts = await extractAll(html, row.url);
    const squeezed = Object.fromEntries(EXTRACTORS.map((name) => [name, squeeze(texts[name])])) as Texts;
    const half = index % 2;
    for (const snippet of row.with_snippets ?? []) {
      for (const name of EXTRACTORS) {
        counts[name][half]!.withCount++;
        if (squeezed[name].includes(squeeze(snippet))) counts[name][half]!.kept++;
      }
      if (!squeezed.ours.includes(squeeze(snippet)) && squeezed['Readability alone'].includes(squeeze(snippet))) lost.push(`${row.page} "${snippet}"`);
    }
    for (const snippet of row.without_snippets ?? []) {
      for (const name of EXTRACTORS) {
        counts[name][half]!.withoutCount++;
        if (!squeezed[name].includes(squeeze(snippet))) counts[name][half]!.gone++;
      }
      if (squeezed.ours.includes(squeeze(snippet))) leaked.push(`${row.page} "${snippet}"`);
    }
  }
  const [odd, even] = counts.ours;
  const cell = (name: Extractor, key: 'kept' | 'gone'): string => {
    const [a, b] = counts[name];
    return `${a![key] + b![key]} (${a![key]} | ${b![key]})`.padStart(24);
  };
  console.log(`\nnews-meta dev (${rows.length} pages): snippets the story text must keep and must leave out, all (odd | even pages)`);
  console.log(`  ${''.padEnd(36)}${EXTRACTORS.map((name) => name.padStart(24)).join('')}`);
  console.log(`  ${`with_snippets kept (${odd!.withCount} | ${even!.withCount})`.padEnd(36)}${EXTRACTORS.map((name) => cell(name, 'kept')).join('')}`);
  console.log(`  ${`without_snippets gone (${odd!.withoutCount} | ${even!.withoutCount})`.padEnd(36)}${EXTRACTORS.map((name) => cell(name, 'gone')).join('')}`);
  console.log(`\n  kept by Readability alone but lost by ours: ${lost.length}`);
  for (const line of lost.slice(0, SHOW_MISSES ? 100 : 10)) console.log(`    ${line}`);
  if (SHOW_MISSES) {
    console.log(`\n  left in by ours: ${leaked.length}`);
    for (const line of leaked) console.log(`    ${line}`);
  }
}

/**
 * `--rules`: each furniture rule's part, left out one at a time, on both halves: a rule
 * that helps one half and hurts the other is fitted to pages, not to the web.
 */
function benchRules(): void {
  const cases = extractionCases();
  const variants: Array<[string, readonly FurnitureRule[] | null]> = [
    ['all rules', FURNITURE_RULES],
    ['no rules', []],
    ...FURNITURE_RULES.map((left): [string, readonly FurnitureRule[]] => [`without ${left.name}`, FURNITURE_RULES.filter((rule) => rule !== left)]),
  ];
  const overlaps = variants.map(() => [] as Overlap[]);
  for (const item of cases) {
    const doc = parseHtml(prepareHtml(item.html));
    const clone = doc.cloneNode(true) as Document;
    takePublisherHighlights(clone);
    const parsed = new Readability<Node>(clone, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node, keepClasses: true }).parse();
    const title = parsed?.title ?? null;
    const byline = cleanByline(parsed?.byline ?? null);
    variants.forEach(([, rules], index) => {
      const text = parsed?.content && rules ? storyText(parsed.content, { title, byline, url: item.url, rules }) : '';
      overlaps[index]!.push(overlap(item.reference, text));
    });
  }
  console.log(`\nFurniture rules on extraction/ dev, bag of words: F1 (recall) on odd | even pages`);
  variants.forEach(([name], index) => {
    const half = (parity: number) => scoreOverlaps(overlaps[index]!.filter((_, k) => k % 2 === parity));
    const [odd, even] = [half(0), half(1)];
    console.log(`  ${name.padEnd(28)} ${three(odd.f1)} (${three(odd.recall)}) | ${three(even.f1)} (${three(even.recall)})`);
  });
}

/** The survey's view of a story: its first and last blocks, and every short one between. */
const SURVEY_FIRST = 3;
const SURVEY_LAST = 5;
const SURVEY_SHORT_WORDS = 12;

/**
 * `--blocks`: for every page of news-meta, dates, extraction dev and Readability's tests, its language, its half
 * (odd or even line of its set) and the blocks of its story text where furniture is left: the
 * first three, the last five and every short one (fewer than 12 words). For judging by eye, per
 * language and half, what the rules leave; prints, scores nothing.
 */
function benchBlocks(): void {
  const rows = (file: string) =>
    readFileSync(join(corpusRoot, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { url: string; page: string });
  const pages: Array<{ id: string; url: string; half: number; html: () => string }> = [];
  const seen = new Set<string>();
  for (const file of ['news-meta/dev.jsonl', 'dates/dev.jsonl']) {
    rows(file).forEach((row, index) => {
      if (seen.has(row.page)) return;
      seen.add(row.page);
      pages.push({ id: row.page, url: row.url, half: index % 2, html: () => decodeHtml(new Uint8Array(readFileSync(join(corpusRoot, row.page)))) });
    });
  }
  extractionCases().forEach((item, index) => pages.push({ id: `extraction/${item.id.slice(0, 12)}`, url: item.url, half: index % 2, html: () => item.html }));
  // Readability's own harness reads its test pages at this stand-in address.
  const readability = readabilityPages().sort((a, b) => a.id.localeCompare(b.id));
  readability.forEach((page, index) => pages.push({ id: page.id, url: 'http://fakehost/test/page.html', half: index % 2, html: () => page.html }));
  for (const page of pages) {
    const article = safelyExtract(page.html(), page.url);
    if (!article) continue;
    const blocks = article.text.split('\n\n');
    console.log(`=== ${page.id} ${page.half === 0 ? 'odd' : 'even'} ${article.lang ?? '?'} (${blocks.length} blocks)`);
    blocks.forEach((text, index) => {
      const shown = index < SURVEY_FIRST || index >= blocks.length - SURVEY_LAST || text.split(/\s+/).length < SURVEY_SHORT_WORDS;
      if (shown) console.log(`  [${index}] ${text}`);
    });
  }
}

function safelyExtract(html: string, url: string): { text: string; lang: string | null } | null {
  try {
    return extractArticle(parseHtml(prepareHtml(html)), { url });
  } catch {
    return null;
  }
}

if (process.argv.includes('--blocks')) {
  benchBlocks();
} else if (process.argv.includes('--rules')) {
  benchRules();
} else {
  await benchExtraction();
  await benchSnippets();
}
