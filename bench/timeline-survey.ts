// The timeline on pages nobody tuned it for: every corpus page's story through the popup's own
// pipeline (extraction, language, published day), then its timeline entries, each with the
// sentence it came from, for reading by hand. The pipeline's output (text, language,
// published) is cached, so a change to the timeline is re-read in seconds.
// Run: npx tsx bench/timeline-survey.ts [--rebuild] [--inputs FILE] > entries.jsonl
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readChunkFromPackages } from '../cli/language-chunks.ts';
import { findTimeline } from '../src/dates/find-timeline.ts';
import { articleFromText, buildDigestWithLanguage } from '../src/digest/build-digest.ts';
import { articleFromHtml } from '../src/digest/digest-html.ts';
import { splitSentences } from '../src/text/split-sentences.ts';
import { corpusRoot, extractionPages, readabilityPages, webPagePaths } from './lib/corpus-pages.ts';
import { decodeHtml } from '../src/extract/decode-html.ts';

/** The date relative phrases resolve against when a page has no published day. */
const NOW = new Date('2026-12-01T12:00:00Z');
/** The story languages the timeline reads. */
const LANGUAGES = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']);
/** How many characters of a sentence are shown beside its date. */
const SENTENCE_CHARS = 240;

interface StoryInput {
  id: string;
  language: string | null;
  published: string | null;
  text: string;
}

async function storyFromArticle(id: string, article: ReturnType<typeof articleFromHtml>): Promise<StoryInput> {
  const digest = await buildDigestWithLanguage(article, { now: NOW }, readChunkFromPackages);
  return { id, language: digest.language, published: digest.published, text: digest.text };
}

async function buildInputs(): Promise<StoryInput[]> {
  const stories: StoryInput[] = [];
  const pages = [
    ...webPagePaths().map((path) => ({ id: `web-pages/${path.split('/').pop() ?? path}`, read: () => decodeHtml(readFileSync(path)) })),
    ...extractionPages().map((page) => ({ id: page.id, read: () => page.html })),
    ...readabilityPages().map((page) => ({ id: page.id, read: () => page.html })),
  ];
  for (const page of pages) {
    try {
      stories.push(await storyFromArticle(page.id, articleFromHtml(page.read(), null)));
    } catch (error) {
      process.stderr.write(`${page.id}: ${String(error)}\n`);
    }
  }
  const cnndm = readFileSync(join(corpusRoot, 'cnndm/dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of cnndm) {
    const record = JSON.parse(line) as { id: string; article: string };
    stories.push(await storyFromArticle(`cnndm/${record.id}`, articleFromText(record.article, null)));
  }
  return stories.filter((story) => story.language !== null && LANGUAGES.has(story.language));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rebuild: { type: 'boolean', default: false }, inputs: { type: 'string', default: '/tmp/timeline-survey/inputs.jsonl' } } });
  const path = values.inputs;
  if (values.rebuild || !existsSync(path)) {
    const stories = await buildInputs();
    writeFileSync(path, stories.map((story) => JSON.stringify(story)).join('\n') + '\n');
  }
  const stories = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as StoryInput);
  stories.forEach((story, index) => {
    const sentences = splitSentences(story.text);
    const timeline = findTimeline(story.text, { published: story.published, now: NOW, sentences, language: story.language });
    for (const entry of timeline) {
      const sentence = entry.sentence ? story.text.slice(entry.sentence.start, entry.sentence.end) : story.text.slice(Math.max(0, entry.start - 80), entry.end + 80);
      const row = {
        page: story.id,
        half: index % 2 === 0 ? 'odd' : 'even',
        language: story.language,
        published: story.published,
        date: entry.date,
        phrase: entry.phrase,
        sentence: sentence.replace(/\s+/g, ' ').slice(0, SENTENCE_CHARS),
      };
      process.stdout.write(`${JSON.stringify(row)}\n`);
    }
  });
}

await main();
