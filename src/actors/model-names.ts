// Products' models: named, but acting in nothing ("Xbox One S", "Lumo Pad Pro", "PS4 Pro").
// A model's name is kind other, never a chip.
import { HAS_DIGIT } from './name-facts.ts';
import { lower } from './titles.ts';
import type { Token } from './tokenize.ts';
import { nameClass } from './word-classes.ts';
import { MODEL_WORDS } from './word-lists.ts';

/** A lone capital closing a name: "Xbox One S", "Lumo Pad X". */
const CLOSING_LETTER = /\s\p{Lu}$/u;

/** Fewest words of a model's name closed by a letter: "Xbox One S"; "Michiel B" is a person's, shortened. */
const MIN_LETTER_MODEL_WORDS = 3;

/**
 * A product's model, not an actor: a name closed by a model word or a model's letter ("Lumo Pad
 * Pro", "Xbox One X"), unless a first name opens it ("Malcolm X").
 */
export function namesModel(words: string[], surface: string): boolean {
  const closed = MODEL_WORDS.has(words.at(-1) ?? '') || (words.length >= MIN_LETTER_MODEL_WORDS && CLOSING_LETTER.test(surface));
  return closed && nameClass(words[0] ?? '') !== 'first-name';
}

/** A line's capitals closing a name of two words or more: "Vexor RTX", not "Henry VIII". */
const CLOSING_CAPITALS = /\s(?![IVXLCDM]+$)\p{Lu}{2,5}$/u;
/**
 * A number that designates a model or a road ("4090" of "RTX 4090", "44" of "NH 44"): two
 * digits or more, no score's or share's marks ("9", "3.5", "12-4").
 */
export const DESIGNATION_NUMBER = /^\d{2,}$/u;

/**
 * "Vexor RTX 4090": a name closed by capitals, then a model's number, is a product's model. A
 * person's name never closes with capitals, and a team's row of results is read apart.
 */
export function namesModelNumber(surface: string, next: string): boolean {
  return CLOSING_CAPITALS.test(surface) && DESIGNATION_NUMBER.test(next);
}

/** "PlayStation 4 Pro", "PS4 Pro": a model word after a model's number closes a product's name (and "PlayStation" is the product's). */
export function isModelAfterNumber(tokens: Token[], i: number): boolean {
  return MODEL_WORDS.has(lower(tokens, i)) && HAS_DIGIT.test(tokens[i - 1]?.text ?? '');
}
