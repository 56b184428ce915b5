// Words found by a hand-written scan instead of `matchAll(/[\p{L}\p{N}]+/gu)`: a regex
// match object per word costs several times the word's few characters, and this runs
// on every word of a story in several stages. Each code point is classified once, by
// the same Unicode property regex, so the runs are the ones the regex finds.

/** Says whether a code point belongs to a class of characters. */
export type CodePointTest = (code: number) => boolean;

/**
 * The test for a one-character class such as `/^[\p{L}\p{N}]$/u`, remembering its answer
 * for each BMP code point (0 unknown, 1 no, 2 yes); astral ones, rare, ask the regex.
 */
export function codePointClass(pattern: RegExp): CodePointTest {
  const memo = new Uint8Array(0x10000);
  return (code) => {
    if (code > 0xffff) return pattern.test(String.fromCodePoint(code));
    if (memo[code] === 0) memo[code] = pattern.test(String.fromCharCode(code)) ? 2 : 1;
    return memo[code] === 2;
  };
}

/** `\p{L}`: a letter in any script. */
export const isLetter = codePointClass(/^\p{L}$/u);

/** `[\p{L}\p{N}]`: a letter or a number in any script. */
export const isLetterOrNumber = codePointClass(/^[\p{L}\p{N}]$/u);

/** `[\p{L}']`: a letter in any script, or an ASCII apostrophe. */
export const isLetterOrApostrophe = codePointClass(/^[\p{L}']$/u);

/**
 * The maximal runs of code points passing `test`, as flat offsets into `text`:
 * [start, end, start, end, …], in order; only the first `maxRuns` of them, where a
 * caller reads a sample ("the first 600 words"), so the rest of the text is not scanned.
 */
export function wordRuns(text: string, test: CodePointTest = isLetterOrNumber, maxRuns = Infinity): number[] {
  const bounds: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    // A lone surrogate comes back as itself, a code point in no letter class, as with /u.
    const code = text.codePointAt(i)!;
    if (test(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      bounds.push(start, i);
      start = -1;
      if (bounds.length / 2 >= maxRuns) return bounds;
    }
    i += width(code);
  }
  if (start >= 0) bounds.push(start, text.length);
  return bounds;
}

/** The code point ending just before `at` (a surrogate pair read whole, as /u reads it), if any. */
export function codePointBefore(text: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2);
  }
  return low;
}

/** How many UTF-16 code units a code point takes. */
export function width(code: number): number {
  return code > 0xffff ? 2 : 1;
}
