// Letters less their accents, for lists written without them or with them only sometimes.

/** Anything outside printable ASCII: only such a word can carry an accent. */
const NON_ASCII = /[^ -~]/u;
/** The marks NFD splits off a letter: accents, cedillas, the dot of "İ". */
const COMBINING_MARKS = /\p{M}/gu;

/** "são paulo" → "sao paulo", "zürich" → "zurich"; a plain ASCII word as it is. */
export function withoutAccents(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(COMBINING_MARKS, '') : word;
}
