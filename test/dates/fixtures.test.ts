import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectDateCandidates } from '../../src/dates/collect-date-candidates.ts';
import { resolveTimestamps } from '../../src/dates/resolve-timestamps.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import type { Timestamps } from '../../src/types.ts';

// Small pages written after the structure of real pages in the dates corpus, each with the
// timestamps a reader should see, in expected.json beside them.
const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOW = new Date('2026-01-01T00:00:00Z');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, Timestamps & { url: string | null }>;

describe('timestamps on real-page fixtures', () => {
  test.each(Object.entries(expected))('%s', (file, { url, published, updated }) => {
    const doc = parseHtml(readFileSync(join(FIXTURES, file), 'utf8'));
    expect(resolveTimestamps(collectDateCandidates(doc, url), { url, now: NOW })).toEqual({ published, updated });
  });
});
