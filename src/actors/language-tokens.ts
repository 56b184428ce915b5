// Tokens as the mention finder for other languages reads them: elided articles split off
// the names written against them, and a quotation mark opening a sentence.
import { startsUpperCase, type Token } from './tokenize.ts';

/** An elided word written against a name: "l’Assemblée", "d’Armor", "L’Italia" (which words elide is the language's). */
const ELISION = /^(\p{L}{1,6})['’](?=\p{Lu})/u;
/** An elided word as splitElisions leaves it, closed by its apostrophe: "l’", "d’", "dell'". */
export const ELIDED_APOSTROPHE = /['’]$/u;
/**
 * An elided word, capitalized as a sentence's first, written against an ordinary word:
 * "L’azienda ha replicato", "L’entreprise Michelin". The capital is the sentence's; the word
 * after the apostrophe is in lower case, as the language writes it, and names nothing.
 */
const ELISION_OPENING_SENTENCE = /^(\p{Lu}\p{Ll}{0,5})['’](?=\p{Ll})/u;

/**
 * Splits an elided article off the name it is written against, and off the ordinary word a
 * sentence opens with (which then reads as written: in lower case).
 */
export function splitElisions(tokens: Token[], elisions: ReadonlySet<string>): Token[] {
  if (elisions.size === 0) return tokens;
  const split: Token[] = [];
  for (const token of tokens) {
    // Most tokens hold no apostrophe: the test is cheaper than the pattern.
    const elided = token.text.includes('’') || token.text.includes("'") ? (ELISION.exec(token.text) ?? ELISION_OPENING_SENTENCE.exec(token.text)) : null;
    if (!elided?.[1] || !elisions.has(elided[1].toLowerCase())) {
      split.push(token);
      continue;
    }
    // The match holds the article and its apostrophe; the name follows.
    const cut = token.start + elided[0].length;
    const article = elided[0];
    const rest = token.text.slice(elided[0].length);
    split.push({ text: article, lower: article.toLowerCase(), capitalized: false, start: token.start, end: cut });
    split.push({ text: rest, lower: rest.toLowerCase(), capitalized: startsUpperCase(rest), start: cut, end: token.end });
  }
  return split;
}

/** Marks that open a quotation in any language: the word after one opens a sentence. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['„', '«', '»', '‹', '›', '‚', '“', '"']);

export function afterQuotationMarks(tokens: Token[], starts: boolean[]): boolean[] {
  return starts.map((start, i) => start || OPENING_MARKS.has(tokens[i - 1]?.text ?? ''));
}
