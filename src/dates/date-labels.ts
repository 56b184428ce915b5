// The words pages print next to a date to say what it is, per language. Shared by the
// injected collector (kept small) and the resolver.
import { alternation } from './date-words.ts';

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

/** A label word standing alone: not inside a longer word ("unpublished" is no label). */
const asWord = (table: Readonly<Record<string, readonly string[]>>): RegExp =>
  new RegExp(`(?<!\\p{L})(?:${alternation(table)})(?!\\p{L})`, 'giu');

/** Label words meaning "last changed", in the languages the corpus shows. */
export const UPDATED_LABEL = asWord(UPDATED_WORDS);
/** Label words meaning "first put out". */
export const PUBLISHED_LABEL = asWord(PUBLISHED_WORDS);

/** Which label, if any, is nearest the end of `context` (the text just before a date). */
export function labelKind(context: string): 'published' | 'updated' | null {
  const updated = lastIndex(context, UPDATED_LABEL);
  const published = lastIndex(context, PUBLISHED_LABEL);
  if (updated < 0 && published < 0) return null;
  return updated > published ? 'updated' : 'published';
}

function lastIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}
