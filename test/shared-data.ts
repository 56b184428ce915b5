// Paths into ../shared, the read-only real data beside the project.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const sharedRoot = resolve(import.meta.dirname, '../../shared');
export const seedDir = join(sharedRoot, 'fixtures/seed');

export interface SeedExpectation {
  title: string;
  pages: Record<string, { published: string; updated: string; siteName?: string }>;
  actors: {
    mustInclude: Array<{ name: string; kind: string; aliases?: string[] }>;
    mustNotInclude: string[];
  };
  timeline: Array<{ text: string; resolvesTo: string }>;
}

export const seedExpected = JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) as SeedExpectation;
export const seedPage = (file: string): string => readFileSync(join(seedDir, file), 'utf8');
export const seedPublisherHighlights = readFileSync(join(seedDir, 'highlights.txt'), 'utf8').trim().split('\n');
/** Published April 2025; "now" is fixed so relative dates never drift. */
export const SEED_NOW = new Date('2025-04-20T12:00:00Z');
