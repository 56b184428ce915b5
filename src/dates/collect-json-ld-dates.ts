// JSON-LD dates: raw values of the schema.org date keys, wherever they nest (@graph,
// arrays, an Article inside a WebPage). The hint names the key and the object's @type
// so the resolver can tell an article's date from a comment's.
import type { DateCandidate } from '../types.ts';

const KIND_BY_JSON_LD_KEY: Readonly<Record<string, DateCandidate['kind']>> = {
  datePublished: 'published',
  dateCreated: 'published',
  uploadDate: 'published',
  dateModified: 'updated',
};
/** Sloppy JSON-LD (trailing commas, raw newlines) fails JSON.parse; read the keys directly. */
const RAW_JSON_LD_DATE = /"(datePublished|dateCreated|uploadDate|dateModified)"\s*:\s*"([^"]{6,40})"/g;
const MAX_DEPTH = 12;

export function collectJsonLdDates(scripts: readonly Element[]): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    const data = parseJson(text);
    if (data === undefined) candidates.push(...readRawKeys(text));
    else walk(data, null, 0, candidates);
  }
  return candidates;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function walk(node: unknown, parentType: string | null, depth: number, out: DateCandidate[]): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, parentType, depth + 1, out);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = typeName(record['@type']) ?? parentType;
  for (const [key, value] of Object.entries(record)) {
    const kind = KIND_BY_JSON_LD_KEY[key];
    if (kind !== undefined && typeof value === 'string') {
      out.push({ source: 'json-ld', value, hint: `${type ?? 'Thing'}.${key}`, kind });
    } else {
      walk(value, type, depth + 1, out);
    }
  }
}

function typeName(type: unknown): string | null {
  if (typeof type === 'string') return type;
  if (Array.isArray(type) && typeof type[0] === 'string') return type[0];
  return null;
}

function readRawKeys(text: string): DateCandidate[] {
  return [...text.matchAll(RAW_JSON_LD_DATE)].map((m) => ({
    source: 'json-ld' as const,
    value: m[2] ?? '',
    hint: `Thing.${m[1] ?? ''}`,
    kind: KIND_BY_JSON_LD_KEY[m[1] ?? ''] ?? null,
  }));
}
