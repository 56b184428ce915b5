// Per-language words the grounding check reads: day names (dates), spelled-out numbers,
// and words that open a sentence without naming anything. Lower case; the languages are
// those Chrome's on-device summarizer writes, plus German for the UI's own language.

/** Day names: a gist that says "on Monday" must find Monday in the story. */
export const DAY_NAMES: ReadonlySet<string> = new Set([
  // English
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // German
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  // Spanish
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  // French
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);

/**
 * Spelled-out numbers with their value: "three officials" is grounded by "three" or "3" in
 * the story. "One" and "ein" are left out: far more often an article or pronoun than a count.
 */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (word, i): [string, string] => [word, String(i + 2)],
  ),
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map(
    (word, i): [string, string] => [word, String((i + 2) * 10)],
  ),
  ...['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'].map(
    (word, i): [string, string] => [word, String(i + 2)],
  ),
  ...['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'].map(
    (word, i): [string, string] => [word, String((i + 2) * 10)],
  ),
  ...['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'].map(
    (word, i): [string, string] => [word, String(i + 2)],
  ),
]);

/** Magnitudes have no single value to compare: the word itself must be in the story. */
export const MAGNITUDE_WORDS: ReadonlySet<string> = new Set([
  'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion',
  'hundert', 'tausend', 'million', 'millionen', 'milliarde', 'milliarden', 'billion', 'billionen',
  'cien', 'ciento', 'cientos', 'mil', 'millón', 'millones',
]);

/**
 * Words that open a sentence in upper case without naming anyone. A sentence's first word
 * is also taken as ordinary when the story uses it in lower case.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'there',
  'in', 'on', 'at', 'after', 'before', 'as', 'but', 'and', 'while', 'when', 'however', 'meanwhile', 'according',
  'both', 'some', 'many', 'several',
  // German
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'es', 'er', 'sie', 'wir',
  'im', 'am', 'nach', 'vor', 'laut', 'doch', 'aber', 'und', 'dabei', 'zudem',
  // Spanish
  'el', 'la', 'los', 'las', 'un', 'una', 'en', 'tras', 'según', 'pero', 'y',
  // French
  'le', 'les', 'une', 'selon', 'après', 'mais', 'et',
]);
