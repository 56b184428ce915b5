import { expect, test } from 'vitest';
import { decodeHtml } from '../../src/extract/decode-html.ts';

const page = (charset: string, body: string) => `<html><head><meta charset="${charset}"></head><body>${body}</body></html>`;
/** Bytes from ASCII strings and raw byte values. */
const bytes = (...parts: Array<string | number>): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'number' ? [part] : [...part].map((c) => c.charCodeAt(0)))));

test.each([
  ['UTF-8 as declared', new TextEncoder().encode(page('utf-8', 'Prüfung')), 'Prüfung'],
  ['Latin-1 as declared', bytes('<meta charset="iso-8859-1"><p>Pr', 0xfc, 'fung</p>'), 'Prüfung'],
  ['UTF-8 bytes that claim to be Latin-1', new TextEncoder().encode(page('iso-8859-1', 'Prüfung')), 'Prüfung'],
  ['undeclared windows-1252', bytes('<p>caf', 0xe9, ' ', 0x93, 'quoted', 0x94, '</p>'), 'café “quoted”'],
  ['a UTF-8 byte order mark', bytes(0xef, 0xbb, 0xbf, '<p>Gr', 0xc3, 0xbc, 0xc3, 0x9f, 'e</p>'), 'Grüße'],
])('%s', (_, input, expected) => {
  expect(decodeHtml(input)).toContain(expected);
});
