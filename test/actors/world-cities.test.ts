import { describe, expect, test } from 'vitest';
import { isWorldCity } from '../../src/actors/world-cities.ts';
import { withoutAccents } from '../../src/text/without-accents.ts';

describe('world cities, accents written or not', () => {
  test.each(['são paulo', 'sao paulo', 'zürich', 'zurich', 'kraków', 'krakow'])('%s is a city', (name) => {
    expect(isWorldCity(name)).toBe(true);
  });

  test('an ordinary word is none, accents or not', () => {
    expect(isWorldCity('bridge')).toBe(false);
    expect(isWorldCity('brîdge')).toBe(false);
  });

  test('accents come off letters, and plain words stay as they are', () => {
    expect(withoutAccents('İstanbul'.toLowerCase())).toBe('istanbul');
    expect(withoutAccents('çağlayan')).toBe('caglayan');
    expect(withoutAccents('plain words')).toBe('plain words');
  });
});
