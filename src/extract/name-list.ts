// Names as a byline prints them: "Jo Lind", "Jo Lind und Ana Ruiz", "Jo Lind, dpa". Read
// by the byline and stamp lines (page-furniture.ts), after an opening like "Von" or beside a
// timestamp.

/** A word of a name: capitalized ("Lind", "Jean-Luc", "O’Neil") or an initial ("R."). */
const NAME_WORD = /^\p{Lu}[\p{L}’'.-]*$/u;
/** Words that sit inside names or join them: "Ursula von der Leyen", "Jo Lind und Ana Ruiz". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'do', 'dos', 'das', 'zu', 'ten', 'ter', 'y',
  'und', 'and', 'et', 'e', 'en', '&',
]);
/** A name is a few words (one name between commas): more reads as a title or a sentence. */
const NAME_MAX_WORDS = 6;
/** A few names, joined: "Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz". */
const NAMES_MAX_WORDS = 12;
/** An agency's short code after the author's name: "Jo Lind, dpa". */
const AGENCY_CODE = /^\p{L}{2,5}$/u;

/**
 * Names, joined by commas or "und"/"and": "Jo Lind", "Jo Lind und Ana Ruiz", "Volkmar
 * Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR"; an agency's code may close them
 * ("Jo Lind, dpa"). Two words at least: one capitalized word after "von" is as likely a noun.
 */
export function isNameList(text: string): boolean {
  const groups = text.split(/\s*,\s*/u).map((group) => group.split(/\s+/).filter(Boolean));
  const last = groups.at(-1) ?? [];
  const names = groups.length > 1 && last.length === 1 && AGENCY_CODE.test(last[0]!) ? groups.slice(0, -1) : groups;
  const words = names.flat();
  if ((names[0]?.length ?? 0) < 2 || words.length > NAMES_MAX_WORDS) return false;
  return names.every(isName);
}

/** One name: capitalized at both ends, particles between ("Ursula von der Leyen"). */
function isName(words: readonly string[]): boolean {
  const capitalized = (word: string | undefined): boolean => word !== undefined && NAME_WORD.test(word);
  return words.length <= NAME_MAX_WORDS && capitalized(words[0]) && capitalized(words.at(-1)) && words.every((word) => capitalized(word) || NAME_PARTICLES.has(word));
}

/** One to three capitalized words: a place or a desk beside a timestamp ("Wien", "Breuninger-Meeting"). */
export function isShortName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 3 && words.every((word) => NAME_WORD.test(word));
}
