import { expect, test } from 'vitest';
import { squeezeWhitespace } from '../../src/text/squeeze-whitespace.ts';

test('runs of whitespace become one space, none at the ends', () => {
  expect(squeezeWhitespace('\n  The  harbor\tbridge \n')).toBe('The harbor bridge');
});

test('characters a page wrote decomposed read as their composed form', () => {
  // "Über" with U+0308 COMBINING DIAERESIS; Bengali YYA (U+09DF), whose composed form is YA and NUKTA.
  expect(squeezeWhitespace('U\u0308ber  die Bru\u0308cke')).toBe('\u00DCber die Br\u00FCcke');
  expect(squeezeWhitespace('\u09DF')).toBe('\u09AF\u09BC');
});

test('marks a reader never sees are dropped, so words stay whole', () => {
  // Soft hyphens where a word may break, a zero-width space, a word joiner, a stray byte-order mark.
  expect(squeezeWhitespace('Die Gesell\u00ADschaft der Ha\u00ADfen\u00ADstadt')).toBe('Die Gesellschaft der Hafenstadt');
  expect(squeezeWhitespace('\uFEFFRead\u200Bme and\u2060 go')).toBe('Readme and go');
});

test('the zero-width joiner of an emoji sequence stays', () => {
  expect(squeezeWhitespace('Team \u{1F469}\u200D\u{1F4BB} wins')).toBe('Team \u{1F469}\u200D\u{1F4BB} wins');
});
