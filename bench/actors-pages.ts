// The Key actors box as a reader sees it, on the hand-made actor lists in
// ../shared/corpus/actors: each page's digest through the CLI's own pipeline, scored by
// the corpus's score-actors.mjs, for the whole file and for its odd and even pages.
// Alone (in-process, for quick looks): npx tsx bench/actors-pages.ts [--list] [--page SUBSTRING]
// npm run bench:actors scores the CLI's --batch output itself (cliActors).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { readChunkFromPackages } from '../cli/language-chunks.ts';
import { digestHtmlWithLanguage } from '../src/digest/digest-html.ts';
import { decodeHtml } from '../src/extract/decode-html.ts';

export const ACTORS_DIR = join(import.meta.dirname, '../../shared/corpus/actors');
const CORPUS = join(ACTORS_DIR, '..');
/** The pages were listed in December 2026; the date only bounds relative dates, not actors. */
const NOW = new Date('2026-12-01T12:00:00Z');

export interface GoldActor {
  name: string;
  kind: string;
  aliases?: string[];
  key?: boolean;
}

export interface GoldPage {
  page: string;
  url: string | null;
  lang: string | null;
  title: string;
  actors: GoldActor[];
  other?: string[];
}

export interface ShownActor {
  name: string;
  kind: string;
}

interface Totals {
  chips: number;
  right: number;
  'wrong kind': number;
  'not actor': number;
  junk: number;
  duplicate: number;
  key: number;
  keyShown: number;
}

interface Scorer {
  scoreActors(gold: GoldPage[], shown: Map<string, ShownActor[]>): { totals: Totals; chips: Array<{ page: string; name: string; kind: string; verdict: string }> };
  describe(result: { totals: Totals }): string;
  normalizeName(name: string): string;
  SHOWN: number;
}

/** The corpus's own scorer, read from ../shared (never copied). */
export async function loadScorer(): Promise<Scorer> {
  return (await import(join(ACTORS_DIR, 'score-actors.mjs'))) as Scorer;
}

export function readGold(file: string): GoldPage[] {
  return JSON.parse(readFileSync(join(ACTORS_DIR, file), 'utf8')) as GoldPage[];
}

/** Each page's actors in the order the popup shows them. */
export async function ourActors(gold: GoldPage[]): Promise<Map<string, ShownActor[]>> {
  const shown = new Map<string, ShownActor[]>();
  for (const page of gold) {
    const html = decodeHtml(readFileSync(join(CORPUS, page.page)));
    const digest = await digestHtmlWithLanguage(html, page.url, { now: NOW, highlights: 'auto' }, readChunkFromPackages);
    shown.set(page.page, digest.actors.map(({ name, kind }) => ({ name, kind })));
  }
  return shown;
}

const ROOT = join(import.meta.dirname, '..');

/** Each page's actors as `npm run summarize -- --batch` prints them: the figure the issue asks for. */
export function cliActors(gold: GoldPage[]): Map<string, ShownActor[]> {
  const input = gold.map((page) => JSON.stringify({ id: page.page, file: join(CORPUS, page.page), url: page.url })).join('\n');
  const output = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'cli/summarize.ts'), '--batch', '-'], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const shown = new Map<string, ShownActor[]>();
  for (const line of output.split('\n')) {
    if (!line.trim()) continue;
    const digest = JSON.parse(line) as { id: string; actors?: ShownActor[]; error?: string };
    if (digest.error) throw new Error(`${digest.id}: ${digest.error}`);
    shown.set(digest.id, (digest.actors ?? []).map(({ name, kind }) => ({ name, kind })));
  }
  return shown;
}

type CompromiseKind = 'person' | 'organization' | 'place';

/** compromise alone on the same story text: its people, organizations and places, top 10 by count. */
export async function compromiseActors(gold: GoldPage[]): Promise<Map<string, ShownActor[]>> {
  const shown = new Map<string, ShownActor[]>();
  for (const page of gold) {
    const { articleFromHtml } = await import('../src/digest/digest-html.ts');
    const { text } = articleFromHtml(decodeHtml(readFileSync(join(CORPUS, page.page))), page.url);
    const doc = nlp(text);
    const counts = new Map<string, { name: string; kind: CompromiseKind; n: number }>();
    const add = (names: string[], kind: CompromiseKind): void => {
      for (const raw of names) {
        const name = raw.replace(/[’']s$/u, '').replace(/[^\p{L}\p{N}]+$/u, '').trim();
        if (!name) continue;
        const key = name.toLowerCase();
        const entry = counts.get(key) ?? { name, kind, n: 0 };
        entry.n++;
        counts.set(key, entry);
      }
    };
    add(doc.people().out('array') as string[], 'person');
    add(doc.organizations().out('array') as string[], 'organization');
    add(doc.places().out('array') as string[], 'place');
    shown.set(page.page, [...counts.values()].sort((a, b) => b.n - a.n).map(({ name, kind }) => ({ name, kind })));
  }
  return shown;
}

/** The odd (1st, 3rd, …) and even pages of a file, to check that a change helps both halves. */
export function halves<T>(items: T[]): { odd: T[]; even: T[] } {
  return { odd: items.filter((_, i) => i % 2 === 0), even: items.filter((_, i) => i % 2 === 1) };
}

async function main(): Promise<void> {
  const scorer = await loadScorer();
  const list = process.argv.includes('--list');
  const only = process.argv[process.argv.indexOf('--page') + 1];
  for (const file of ['dev-en.json', 'dev-xx.json']) {
    const gold = readGold(file).filter((page) => !process.argv.includes('--page') || page.page.includes(only ?? ''));
    const shown = await ourActors(gold);
    const { odd, even } = halves(gold);
    console.log(`${file}: ${scorer.describe(scorer.scoreActors(gold, shown))}`);
    console.log(`  odd:  ${scorer.describe(scorer.scoreActors(odd, shown))}`);
    console.log(`  even: ${scorer.describe(scorer.scoreActors(even, shown))}`);
    if (!list) continue;
    const result = scorer.scoreActors(gold, shown);
    for (const chip of result.chips) if (chip.verdict !== 'right') console.log(`    ${chip.verdict}\t${chip.name.replace(/\n/g, '⏎')}\t${chip.kind}\t${chip.page}`);
    for (const page of gold) {
      const names = new Set((shown.get(page.page) ?? []).slice(0, scorer.SHOWN).map((a) => scorer.normalizeName(a.name)));
      for (const actor of page.actors.filter((a) => a.key)) {
        const forms = [actor.name, ...(actor.aliases ?? [])].map(scorer.normalizeName);
        if (!forms.some((f) => names.has(f) || [...names].some((n) => n.length >= 4 && (` ${f} `.includes(` ${n} `) || ` ${n} `.includes(` ${f} `))))) {
          console.log(`    missed key\t${actor.name}\t${actor.kind}\t${page.page}`);
        }
      }
    }
  }
}

if (process.argv[1] === import.meta.filename) await main();
