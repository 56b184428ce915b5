// The terminal entry point: `npm run --silent summarize -- [options] <input>`.
// Same core as the popup; the output formats are a contract other tools rely on.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { articleFromText, buildDigestWithLanguage, type DigestOptions } from '../src/digest/build-digest.ts';
import { digestHtmlWithLanguage } from '../src/digest/digest-html.ts';
import { errorMessage } from '../src/error-message.ts';
import { decodeHtml } from '../src/extract/decode-html.ts';
import { DEFAULT_PREFS } from '../src/popup/user-prefs.ts';
import type { Digest } from '../src/types.ts';
import { readChunkFromPackages } from './language-chunks.ts';
import { readHtmlInput, readTextInput } from './read-input.ts';

const USAGE = `Usage: npm run --silent summarize -- [options] <file | url | ->
  --json            print the digest as one JSON object
  --markdown        print the summary as Markdown
  --text            the input is plain text, not HTML
  --url URL         the page's address when reading a file
  --highlights N    how many highlights, 1-20 (default: by the story's length, as the popup)
  --batch FILE      JSONL in ({"id", "html"|"text"|"file", "url"?}), JSONL out`;

interface BatchLine {
  id?: unknown;
  html?: unknown;
  text?: unknown;
  file?: unknown;
  url?: unknown;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      text: { type: 'boolean', default: false },
      url: { type: 'string' },
      highlights: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const highlights = highlightSetting(values.highlights);
  const options: DigestOptions = {
    now: new Date(),
    highlights,
    summaryFormat: values.markdown ? 'markdown' : 'text',
  };
  if (values.batch) return runBatch(values.batch, options, values.text);

  const input = positionals[0];
  if (!input) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const url = values.url ?? (/^https?:\/\//i.test(input) ? input : null);
  const digest = values.text
    ? await digestText(await readTextInput(input), url, options)
    : await digestHtmlWithLanguage(await readHtmlInput(input), url, options, readChunkFromPackages);
  process.stdout.write(values.json ? `${JSON.stringify(digest)}\n` : digest.summary);
  return 0;
}

/** The popup's default ('auto': a count that fits the story's length), or the fixed count asked for. */
function highlightSetting(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return DEFAULT_PREFS.highlights;
  const count = Number(value);
  if (!(Number.isInteger(count) && count >= 1 && count <= 20)) throw new Error('--highlights takes a whole number from 1 to 20, or auto');
  return count;
}

/** One process for many documents; one bad document never stops the batch. */
async function runBatch(path: string, options: DigestOptions, textMode: boolean): Promise<number> {
  const lines = createInterface({ input: path === '-' ? process.stdin : createReadStream(path), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let id: unknown = lineNumber;
    try {
      const record = JSON.parse(line) as BatchLine;
      id = record.id ?? lineNumber;
      const digest = await digestBatchLine(record, options, textMode);
      process.stdout.write(`${JSON.stringify({ id, ...digest })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ id, error: errorMessage(error) })}\n`);
    }
  }
  return 0;
}

function digestText(text: string, url: string | null, options: DigestOptions): Promise<Digest> {
  return buildDigestWithLanguage(articleFromText(text, url), options, readChunkFromPackages);
}

async function digestBatchLine(record: BatchLine, options: DigestOptions, textMode: boolean): Promise<Digest> {
  const url = typeof record.url === 'string' ? record.url : null;
  if (typeof record.text === 'string') return digestText(record.text, url, options);
  if (typeof record.html === 'string') {
    return textMode ? digestText(record.html, url, options) : digestHtmlWithLanguage(record.html, url, options, readChunkFromPackages);
  }
  if (typeof record.file === 'string') {
    const bytes = await readFile(record.file);
    return textMode
      ? digestText(new TextDecoder().decode(bytes), url, options)
      : digestHtmlWithLanguage(decodeHtml(bytes), url, options, readChunkFromPackages);
  }
  throw new Error('each line needs "html", "text" or "file"');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`summarize: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  },
);
