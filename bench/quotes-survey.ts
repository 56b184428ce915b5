// Who said what on pages nobody tuned it for: every corpus page's story through the popup's
// own pipeline (extraction, language, actors, quotes), then each quote the digest finds with
// its credited speaker and the sentence it stands in, for judging by hand. Prints only; it
// scores nothing. The extracted articles are cached, so a change to the quote rules is re-read
// in seconds.
// Run: npx tsx bench/quotes-survey.ts [--rebuild] [--cache FILE] [--lang de] > quotes.jsonl
//      npx tsx bench/quotes-survey.ts --counts   (quotes per language and speaker kind, odd | even)
//      npx tsx bench/quotes-survey.ts --missed   (quotations in a sentence with a speech word, credited to no one)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readChunkFromPackages } from '../cli/language-chunks.ts';
import { articleFromText, buildDigestWithLanguage } from '../src/digest/build-digest.ts';
import { articleFromHtml } from '../src/digest/digest-html.ts';
import { decodeHtml } from '../src/extract/decode-html.ts';
import { findQuotations } from '../src/actors/find-quotations.ts';
import { mayHoldCue } from '../src/actors/find-cues.ts';
import { speechCuesFor } from '../src/actors/speech-cues.ts';
import { loadLanguage } from '../src/language/load-language.ts';
import { splitSentences } from '../src/text/split-sentences.ts';
import type { ExtractedArticle, Quote, Sentence } from '../src/types.ts';
import { corpusRoot, extractionPages, readabilityPages, webPagePaths } from './lib/corpus-pages.ts';

/** The date relative phrases resolve against; it bounds dates only, not quotes. */
const NOW = new Date('2026-12-01T12:00:00Z');
/** The story languages the quote rules have tables for. */
const LANGUAGES = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']);
/** How many characters of a quote's sentences are shown beside it. */
const SENTENCE_CHARS = 400;
/** How many characters of the sentence before are shown (its end, nearest the quote). */
const PREVIOUS_CHARS = 200;

interface CachedArticle {
  id: string;
  /** The page's place in the survey's list: odd (1st, 3rd, …) or even. */
  half: 'odd' | 'even';
  article: ExtractedArticle;
}

/** Each web page's URL, from the sets that point to it (news-meta, dates): extraction reads it. */
function webPageUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  for (const file of ['news-meta/dev.jsonl', 'dates/dev.jsonl']) {
    for (const line of readFileSync(join(corpusRoot, file), 'utf8').split('\n').filter(Boolean)) {
      const { page, url } = JSON.parse(line) as { page: string; url: string | null };
      if (url && !urls.has(page)) urls.set(page, url);
    }
  }
  return urls;
}

function extractAll(): CachedArticle[] {
  const urls = webPageUrls();
  const pages: Array<{ id: string; read: () => ExtractedArticle }> = [
    ...webPagePaths().map((path) => {
      const id = `web-pages/${path.split('/').pop() ?? path}`;
      return { id, read: () => articleFromHtml(decodeHtml(readFileSync(path)), urls.get(id) ?? null) };
    }),
    ...readabilityPages().map((page) => ({ id: page.id, read: () => articleFromHtml(page.html, null) })),
    ...extractionPages().map((page) => ({ id: page.id, read: () => articleFromHtml(page.html, null) })),
    ...readFileSync(join(corpusRoot, 'cnndm/dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; article: string })
      .map((record) => ({ id: `cnndm/${record.id}`, read: () => articleFromText(record.article, null) })),
  ];
  const articles: CachedArticle[] = [];
  pages.forEach((page, index) => {
    try {
      articles.push({ id: page.id, half: index % 2 === 0 ? 'odd' : 'even', article: page.read() });
    } catch (error) {
      process.stderr.write(`${page.id}: ${String(error)}\n`);
    }
  });
  return articles;
}

function readCache(path: string, rebuild: boolean): CachedArticle[] {
  if (rebuild || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, extractAll().map((entry) => JSON.stringify(entry)).join('\n') + '\n');
  }
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CachedArticle);
}

/** One quote as the survey prints it. */
interface Row {
  page: string;
  half: 'odd' | 'even';
  language: string;
  speaker: string;
  kind: string;
  /** The quote's offset in the story: the same quote in two runs of the survey. */
  at: number;
  quote: string;
  sentence: string;
  /** The sentence before, where a pronoun's person or a lone quotation's speaker is named. */
  previous: string;
}

/** The text of the sentences a quote touches, with the quote's words marked ⟦…⟧. */
function sentenceOf(text: string, sentences: readonly Sentence[], start: number, end: number): string {
  const touched = sentences.filter((s) => s.start < Math.max(end, start + 1) && s.end > start);
  const from = touched[0]?.start ?? start;
  const to = touched.at(-1)?.end ?? end;
  const marked = `${text.slice(from, start)}⟦${text.slice(start, end)}⟧${text.slice(end, to)}`;
  return marked.replace(/\s+/gu, ' ').slice(0, SENTENCE_CHARS);
}

/** The sentence before the one a quote opens in, shortened. */
function previousSentence(text: string, sentences: readonly Sentence[], start: number): string {
  const index = sentences.findIndex((s) => s.end > start);
  const previous = index > 0 ? sentences[index - 1]! : null;
  return previous ? text.slice(previous.start, previous.end).replace(/\s+/gu, ' ').slice(-PREVIOUS_CHARS) : '';
}

async function surveyRows(articles: readonly CachedArticle[], only: string | undefined, missed: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { id, half, article } of articles) {
    const digest = await buildDigestWithLanguage(article, { now: NOW, highlights: 'auto' }, readChunkFromPackages);
    const language = digest.language ?? '';
    if (!LANGUAGES.has(language) || (only && language !== only)) continue;
    const kinds = new Map(digest.actors.map((actor) => [actor.name, actor.kind]));
    const sentences = splitSentences(digest.text);
    const quotes = missed ? await uncredited(digest.text, sentences, language, digest.quotes) : digest.quotes;
    for (const quote of quotes) {
      rows.push({
        page: id,
        half,
        language,
        speaker: quote.speaker,
        kind: kinds.get(quote.speaker) ?? '?',
        at: quote.start,
        quote: quote.text.replace(/\s+/gu, ' ').slice(0, 120),
        sentence: sentenceOf(digest.text, sentences, quote.start, quote.end),
        previous: previousSentence(digest.text, sentences, quote.start),
      });
    }
  }
  return rows;
}

/**
 * The quotations no quote covers, in sentences holding a word that may cue speech: where a
 * speaker may have been missed. Each is given as a quote whose speaker is '—'.
 */
async function uncredited(text: string, sentences: readonly Sentence[], code: string, quotes: readonly Quote[]): Promise<Quote[]> {
  const speech = speechCuesFor(code === 'en' ? null : await loadLanguage(code, readChunkFromPackages));
  const cued = sentences.filter((sentence) => mayHoldCue(sentence, speech));
  return findQuotations(text, sentences, speech.quotes)
    .filter(({ inner }) => !quotes.some((q) => q.start < inner.end && q.end > inner.start))
    .filter(({ inner }) => cued.some((s) => s.start < inner.end && s.end > inner.start))
    .map(({ inner }) => ({ speaker: '—', text: text.slice(inner.start, inner.end), start: inner.start, end: inner.end }));
}

/** Quotes per language and speaker kind, odd | even: a quick look at what a change moved. */
function printCounts(rows: readonly Row[]): void {
  const counts = new Map<string, { odd: number; even: number }>();
  for (const row of rows) {
    for (const key of [`${row.language} all`, `${row.language} ${row.kind}`]) {
      const count = counts.get(key) ?? { odd: 0, even: 0 };
      count[row.half]++;
      counts.set(key, count);
    }
  }
  for (const [key, { odd, even }] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${key.padEnd(20)} ${String(odd + even).padStart(5)} (${odd} | ${even})`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rebuild: { type: 'boolean', default: false },
      counts: { type: 'boolean', default: false },
      missed: { type: 'boolean', default: false },
      cache: { type: 'string', default: '/tmp/quotes-survey/articles.jsonl' },
      lang: { type: 'string' },
    },
  });
  const rows = await surveyRows(readCache(values.cache, values.rebuild), values.lang, values.missed);
  if (values.counts) printCounts(rows);
  else for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
}

await main();
