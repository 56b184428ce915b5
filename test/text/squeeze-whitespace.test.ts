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
