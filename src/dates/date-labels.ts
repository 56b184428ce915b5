// The words pages print next to a date to say what it is, per language. Shared by the
// injected collector (kept small) and the resolver.
import { alternation } from './date-words.ts';

/** How far back (in characters) a label such as "Updated" is looked for before a date. */
export const LABEL_CONTEXT_CHARS = 48;

/** Words meaning "last changed". */
const UPDATED_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['updated', 'update', 'last updated', 'last-updated', 'lastupdated', 'last modified', 'last changed', 'modified', 'revised', 'datemodified'],
  de: ['aktualisiert', 'geändert', 'geaendert', 'zuletzt', 'änderung', 'aenderung', 'letzte änderung', 'letzte aenderung', 'stand:'],
  fr: ['mis à jour', 'mise à jour'],
  es: ['actualizado', 'actualización'],
  pt: ['atualizado'],
  nl: ['bijgewerkt'],
  it: ['aggiornato'],
};

/** Words meaning "first put out". */
const PUBLISHED_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['published', 'publication', 'posted', 'released', 'datepublished', 'pubdate'],
  de: ['erschienen', 'veröffentlicht', 'veroeffentlicht', 'publiziert', 'erstellt'],
  fr: ['publié'],
  es: ['publicado', 'publicación'],
  pt: ['publicado'],
  nl: ['gepubliceerd', 'geplaatst'],
  it: ['pubblicato'],
};

/**
 * Participles closing the clause after its date, in languages that put the verb last: "Dieser
 * Beitrag wurde am 3. Mai 2020 um 9:15 Uhr veröffentlicht", "werd op 3 mei 2020 gepubliceerd".
 */
const CLOSING_PUBLISHED_WORDS: Readonly<Record<string, readonly string[]>> = {
  de: ['veröffentlicht', 'veroeffentlicht', 'publiziert', 'erschienen', 'erstellt'],
  nl: ['gepubliceerd', 'geplaatst'],
};
const CLOSING_UPDATED_WORDS: Readonly<Record<string, readonly string[]>> = {
  de: ['aktualisiert', 'geändert', 'geaendert'],
  nl: ['bijgewerkt'],
};

/**
 * Words meaning "in force from", "valid since": the day a rule, a filing or a notice takes
 * effect, not the day the page was written.
 */
const IN_FORCE_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Not 'effective' alone: the adjective ("five effective ways") may precede a byline's date.
  en: ['effective date', 'effective from', 'effective as of', 'effective since', 'effective:', 'valid from', 'valid since', 'in force since', 'in force from', 'in effect since'],
  de: ['gültig seit', 'gültig ab', 'gueltig seit', 'gueltig ab', 'in kraft seit', 'in kraft ab', 'wirksam ab', 'wirksam seit'],
  fr: ['en vigueur depuis le', 'en vigueur le', 'en vigueur à partir du', 'valable à partir du'],
  es: ['vigente desde', 'en vigor desde', 'vigencia desde'],
  pt: ['vigente desde', 'em vigor desde', 'válido a partir de'],
  nl: ['geldig vanaf', 'geldig sinds', 'van kracht sinds', 'van kracht vanaf'],
  it: ['in vigore dal', 'valido dal'],
};

/**
 * Words saying the date is the reader's own day and time ("Aktuelles Datum und Uhrzeit:",
 * "Today is"): a widget's clock, telling when the page was served, not when it was written.
 */
const NOW_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['current date', 'current time', 'today is', 'it is now'],
  de: ['aktuelles datum', 'aktuelle zeit', 'aktuelle uhrzeit', 'heute ist'],
  fr: ['date du jour', 'nous sommes le'],
  es: ['fecha actual', 'hora actual', 'hoy es'],
  pt: ['data atual', 'hora atual', 'hoje é'],
  nl: ['huidige datum', 'vandaag is'],
  it: ['data odierna', 'oggi è'],
};

/** A label word standing alone: not inside a longer word ("unpublished" is no label). */
const asWord = (table: Readonly<Record<string, readonly string[]>>): RegExp =>
  new RegExp(`(?<!\\p{L})(?:${alternation(table)})(?!\\p{L})`, 'giu');

/** Label words meaning "last changed", in the languages the corpus shows. */
export const UPDATED_LABEL = asWord(UPDATED_WORDS);
/** Label words meaning "first put out". */
export const PUBLISHED_LABEL = asWord(PUBLISHED_WORDS);

const CLOSING_PUBLISHED_LABEL = asWord(CLOSING_PUBLISHED_WORDS);
const CLOSING_UPDATED_LABEL = asWord(CLOSING_UPDATED_WORDS);
/** The clause after a date ends at a sentence's or a clause's mark. */
const CLAUSE_END = /[.;!?](?=\s|$)|[,(](?=\s*\p{L})/u;

/** Label words meaning "in force from": the date is when something takes effect. */
export const IN_FORCE_LABEL = asWord(IN_FORCE_WORDS);

/** Label words meaning "now": the date is the reader's current day. */
export const NOW_LABEL = asWord(NOW_WORDS);

export type DateLabel = 'published' | 'updated' | 'in-force' | 'now';

/** Labels saying a date is not the page's own: when something takes effect, the reader's current day. */
export function isForeignLabel(label: DateLabel | null): label is 'in-force' | 'now' {
  return label === 'in-force' || label === 'now';
}

/** Which label, if any, is nearest the end of `context` (the text just before a date). */
export function labelKind(context: string): DateLabel | null {
  const positions: [DateLabel, number][] = [
    ['published', lastIndex(context, PUBLISHED_LABEL)],
    ['updated', lastIndex(context, UPDATED_LABEL)],
    ['in-force', lastIndex(context, IN_FORCE_LABEL)],
    ['now', lastIndex(context, NOW_LABEL)],
  ];
  const [label, at] = positions.reduce((nearest, position) => (position[1] > nearest[1] ? position : nearest));
  return at < 0 ? null : label;
}

function lastIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

/**
 * The label a participle closing the date's clause gives it (see CLOSING_PUBLISHED_WORDS):
 * `after` is the text right after the date, its clock time included.
 */
export function closingLabelKind(after: string): 'published' | 'updated' | null {
  const end = after.search(CLAUSE_END);
  const clause = after.slice(0, end < 0 ? LABEL_CONTEXT_CHARS : Math.min(end, LABEL_CONTEXT_CHARS));
  const published = lastIndex(clause, CLOSING_PUBLISHED_LABEL);
  const updated = lastIndex(clause, CLOSING_UPDATED_LABEL);
  if (published < 0 && updated < 0) return null;
  return published > updated ? 'published' : 'updated';
}
