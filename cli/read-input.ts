import { readFile } from 'node:fs/promises';
import { decodeHtml } from '../src/extract/decode-html.ts';

const HTTP_URL = /^https?:\/\//i;
const CONTENT_TYPE_CHARSET = /charset=([\w.:-]+)/i;

/** Reads an HTML file path, an http(s) URL, or "-" (stdin), honouring its declared charset. */
export async function readHtmlInput(input: string): Promise<string> {
  if (input === '-') return decodeHtml(await readStdin());
  if (HTTP_URL.test(input)) {
    const response = await fetch(input, { redirect: 'follow' });
    if (!response.ok) throw new Error(`${input}: HTTP ${response.status}`);
    const charset = response.headers.get('content-type')?.match(CONTENT_TYPE_CHARSET)?.[1] ?? null;
    return decodeHtml(new Uint8Array(await response.arrayBuffer()), charset);
  }
  return decodeHtml(await readFile(input));
}

/** Reads plain text from a path or "-"; always UTF-8. */
export async function readTextInput(input: string): Promise<string> {
  const bytes = input === '-' ? await readStdin() : await readFile(input);
  return new TextDecoder('utf-8').decode(bytes);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
