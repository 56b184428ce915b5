// Products and works named like organizations: "Xbox", "Minecraft", "IBM Watson". A product
// acts in nothing: its mentions take the kind 'other', and the box shows no chip for it.
import { codePointBefore, codePointClass, width } from '../text/word-runs.ts';
import type { Mention } from './mention.ts';
import { nameClass, ORG_HEADS } from './word-classes.ts';
import { MODEL_WORDS, NUMBER_WORDS } from './word-lists.ts';
import {
  COPY_NOUNS,
  LONG_NAME_PRODUCT_NOUNS,
  PRODUCT_HEADS,
  PRODUCT_NOUNS_AFTER,
  PRODUCT_NOUNS_BEFORE,
  RUN_VERBS,
  USE_VERBS,
} from './product-words.ts';

/**
 * "AMD Polaris GPU", "Tor Browser", "Arduino IDE": a name closed by a product's noun names the
 * product, unless the noun is also an organization's head or a place opens the name (a paper:
 * "Athens Messenger").
 */
export function closesWithProductNoun(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  return words.length > 1 && PRODUCT_HEADS.has(last) && !ORG_HEADS.has(last) && nameClass(words[0] ?? '') !== 'place';
}

/**
 * A model's designation after a product line's name: "4" of "PlayStation 4", "360" of "Xbox
 * 360", "S24" of "Galaxy S24" ("One" of "Xbox One" is a number word). No year: "Tokyo 2020" is an event.
 */
const DESIGNATION = /^(?:\d{1,3}|\p{Lu}\d{1,3})$/u;
/** Capitals only: "BBC One" is a channel of the BBC, not a model of it. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** The word after a mention, on its line: a name's context never crosses a line break. */
const NEXT_WORD = /^[^\S\n]+([\p{L}\d][\p{L}\d-]*)/u;
/** A designation and the model word closing it after a mention: "PlayStation| 4 Pro". */
const DESIGNATION_THEN_WORD = /^[^\S\n]+(\d{1,3})[^\S\n]+(\p{L}+)/u;
/**
 * A number after a name, as a numbered series writes it ("Windows 10", "Section 8"): not a
 * decimal, a score or a range ("Golden 32.3", "Leeds 2-1"), an ordinal ("Southwest 117th Avenue"), nor a
 * result row's ("Leeds 2 Hull 1").
 */
const SERIES_NUMBER = /^[^\S\n]+(\d{1,3})(?![\p{L}\d])(?![.,:/–-]\d)(?![^\S\n]+\p{Lu})/u;
const POSSESSIVE = /^['’]s?\b/u;
/** Up to three lower-case words right before a mention, on its line. */
const WORDS_BEFORE = /((?:\p{Ll}[\p{Ll}-]*[^\S\n]+){1,3})$/u;
/** The characters a match of WORDS_BEFORE is made of: lower-case letters, hyphens, and spaces other than a line break. */
const inWordsBefore = codePointClass(/^(?:[\p{Ll}-]|[^\S\n])$/u);

/**
 * WORDS_BEFORE's words at the end of `before` ('' for none). Anchored at the end only, the
 * pattern is tried from every start; no match can open before the run of its own characters
 * that closes `before`, so it is run on that run alone: the same match, found in a few
 * characters instead of sixty, before every mention of every story.
 */
export function wordsBefore(before: string): string {
  let start = before.length;
  for (let code = codePointBefore(before, start); code !== undefined && inWordsBefore(code); code = codePointBefore(before, start)) start -= width(code);
  return WORDS_BEFORE.exec(before.slice(start))?.[1] ?? '';
}

/** Share of a name's mentions that must read as a product for all of them to: half or more. */
const PRODUCT_SHARE = 0.5;
/** Different numbers after one name that make it a numbered series: "Windows 10 … Windows 11". */
const SERIES_NUMBERS = 2;

/**
 * "the Xbox interface … the Xbox store … Xbox One X": every mention of a name most of whose
 * mentions read as a product's takes the kind 'other'. A lone cue among many mentions of a
 * firm ("a TikTok update" in a story about the company) leaves it an actor.
 */
export function withProducts(mentions: Mention[], text: string): Mention[] {
  const lines = productLines(mentions, text);
  const cued = new Map<string, { product: number; all: number }>();
  for (const m of mentions) {
    if (m.kind === 'other' || m.kind === 'nationality') continue;
    const key = m.text.toLowerCase();
    const tally = cued.get(key) ?? { product: 0, all: 0 };
    tally.all++;
    if (lines.has(m.text.split(' ')[0] ?? '') || readsAsProduct(m, text)) tally.product++;
    cued.set(key, tally);
  }
  const isProduct = (m: Mention): boolean => {
    const tally = cued.get(m.text.toLowerCase());
    return tally !== undefined && tally.product >= PRODUCT_SHARE * tally.all;
  };
  // "PlayStation VR … no VR support", "the Arduino IDE … the desktop IDE": the last word of a
  // product's name, standing alone, is the product's, as a surname is its person's.
  const parts = new Set(
    mentions.filter((m) => m.text.includes(' ') && (isProduct(m) || (m.kind === 'other' && closesWithProductNoun(m.text.toLowerCase().split(' '))))).map((m) => m.text.split(' ').at(-1)),
  );
  const readAsProduct = (m: Mention): boolean => m.kind !== 'other' && (isProduct(m) || parts.has(m.text));
  return mentions.map((m) => (readAsProduct(m) ? { ...m, kind: 'other', guessed: false, evidence: 'sure' } : m));
}

/**
 * Product lines: names the story writes with a model's designation after them. In a model's
 * name of three words or more ("Xbox One X"), or before a number and a model word
 * ("PlayStation 4 Pro"), or before two different numbers ("Windows 10 … Windows 11", "Section
 * 8 … Section 9"). A maker's name stands before the line's, not before a number ("Samsung
 * Galaxy S24"); a network's acronym before its channel ("BBC One") and a place's name are left out.
 */
function productLines(mentions: readonly Mention[], text: string): Set<string> {
  const lines = new Set<string>();
  const numbers = new Map<string, Set<string>>();
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + 40);
    const words = m.text.split(' ');
    const [line = '', designation = ''] = words;
    const modelOfThree = m.kind === 'other' && words.length >= 3 && (DESIGNATION.test(designation) || NUMBER_WORDS.has(designation.toLowerCase()));
    const closer = DESIGNATION_THEN_WORD.exec(after)?.[2]?.toLowerCase() ?? '';
    if (modelOfThree) lines.add(line);
    else if (words.length === 1 && MODEL_WORDS.has(closer)) lines.add(m.text);
    const number = words.length === 1 ? SERIES_NUMBER.exec(after)?.[1] : undefined;
    if (number) numbers.set(m.text, (numbers.get(m.text) ?? new Set()).add(number));
  }
  for (const [name, seen] of numbers) if (seen.size >= SERIES_NUMBERS) lines.add(name);
  return new Set([...lines].filter((line) => !ACRONYM.test(line) && /^\p{Lu}/u.test(line) && nameClass(line.toLowerCase()) !== 'place'));
}

/**
 * One mention's cue that it names a product: a product's noun after it ("the Minecraft
 * protocol") or before it ("the online game Minecraft"), "versions of" before it, or a verb
 * of use ("installed Windows", "runs on Android").
 */
function readsAsProduct(m: Mention, text: string): boolean {
  // "the UK version of the show": a place is where the product is sold, never the product.
  if (m.kind === 'place') return false;
  const after = text.slice(m.end, m.end + 40);
  const next = POSSESSIVE.test(after) ? '' : (NEXT_WORD.exec(after)?.[1] ?? '');
  if (PRODUCT_NOUNS_AFTER.has(next) || (LONG_NAME_PRODUCT_NOUNS.has(next) && m.text.includes(' '))) return true;
  const before = wordsBefore(text.slice(Math.max(0, m.start - 60), m.start)).trim().split(/\s+/u);
  const [previous = '', second = ''] = [...before].reverse();
  if (PRODUCT_NOUNS_BEFORE.has(previous) || USE_VERBS.has(previous)) return true;
  // "runs on Android"; not a name the lists know as a firm: "the ad ran on Fox News" names the broadcaster.
  if (previous === 'on' && RUN_VERBS.has(second) && nameClass(m.text.toLowerCase()) !== 'organization') return true;
  // "a younger version of Mr Lane" is the person, not a copy of a product.
  if (m.kind === 'person') return false;
  const ofWhat = previous === 'the' ? before.at(-3) : second;
  return (previous === 'of' || (previous === 'the' && second === 'of')) && COPY_NOUNS.has(ofWhat ?? '');
}
