// `web-ext lint` on the Firefox build: Mozilla's own validator must report no errors.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const firefoxBuild = resolve(root, 'dist-firefox');
const webExt = resolve(root, 'node_modules/.bin/web-ext');

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: Array<{ code: string; message: string; file?: string }>;
  warnings: Array<{ code: string; file?: string }>;
}

test.runIf(existsSync(resolve(firefoxBuild, 'manifest.json')) && existsSync(webExt))(
  'web-ext lint reports 0 errors on dist-firefox/',
  () => {
    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    let output: string;
    try {
      output = execFileSync(webExt, ['lint', '--source-dir', firefoxBuild, '--output=json', '--no-config-discovery'], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output) as LintReport;
    console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
    expect(report.errors).toEqual([]);
    // The only accepted warnings: innerHTML inside Readability (inject.js, on a cloned document)
    // and inside Preact's unused dangerouslySetInnerHTML path (a lint rule forbids using it).
    for (const warning of report.warnings) expect(warning.code).toBe('UNSAFE_VAR_ASSIGNMENT');
  },
  120_000,
);
