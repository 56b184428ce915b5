// Every visible corpus page through `summarize --batch`, one process: each line a
// digest or a clear error, never a crash.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { extractionPages, readabilityPages, webPagePaths } from '../../bench/lib/corpus-pages.ts';

const root = resolve(import.meta.dirname, '../..');

test('every corpus page gives a digest or an error line, with 0 crashes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-batch-'));
  // The extraction pages ship gzipped; the batch reads plain files, so they are unpacked to a temp dir.
  const extraction = extractionPages().map((page, i) => {
    const path = join(dir, `extraction-${i}.html`);
    writeFileSync(path, page.html);
    return path;
  });
  const files = [...readabilityPages().map((page) => page.path), ...extraction, ...webPagePaths()];
  const input = join(dir, 'batch.jsonl');
  writeFileSync(input, files.map((file, id) => JSON.stringify({ id, file })).join('\n'));

  const output = execFileSync('npm', ['run', '--silent', 'summarize', '--', '--batch', input], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const lines = output.trim().split('\n').map((line) => JSON.parse(line) as { id: number; error?: string; summary?: string });
  expect(lines.map((line) => line.id)).toEqual(files.map((_, id) => id));
  const errors = lines.filter((line) => line.error !== undefined);
  const digests = lines.filter((line) => typeof line.summary === 'string');
  console.log(`${files.length} pages: ${digests.length} digests, ${errors.length} clear errors`);
  expect(digests.length + errors.length).toBe(files.length);
  for (const { error } of errors) expect(error).toMatch(/^(No story text was found|This page is too (large|deeply nested))/);
  expect(digests.length).toBeGreaterThan(files.length * 0.9);
}, 900_000);
