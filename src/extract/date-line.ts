// A line that is only a timestamp: "Updated Apr 14, 2025, 12:00 AM", "Erstellt am Dienstag
// 6. Mai 2014", "segunda-feira, 22 de janeiro de 2018 às 0:13". Readability keeps such
// lines above or below the story; they carry the page's dates, which the date collector
// reads from the page itself, and no story text.
import { monthFromName } from '../dates/month-names.ts';
import { AMBIGUOUS_ZONE_ABBREVIATIONS, OFFSET_BY_ZONE_ABBREVIATION } from '../dates/time-zone-abbreviations.ts';
import { WEEKDAY_NAMES } from '../dates/weekday-names.ts';

/** Words that label a timestamp or join its parts, per language. */
const TIMESTAMP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['updated', 'published', 'posted', 'first', 'last', 'modified', 'edited', 'date', 'on', 'at', 'of', 'the', 'today', 'yesterday', 'st', 'nd', 'rd', 'th'],
  de: [
    'aktualisiert', 'veröffentlicht', 'publiziert', 'erstellt', 'erschienen', 'stand', 'zuletzt', 'geändert', 'am', 'um', 'uhr', 'vom', 'den', 'heute', 'gestern',
    'erstveröffentlichung', 'veröffentlichung', 'aktualisierung', 'letzte',
  ],
  fr: ['publié', 'publiée', 'mis', 'mise', 'à', 'jour', 'modifié', 'actualisé', 'le', 'du', 'h', 'er', 'aujourd', 'hui', 'hier'],
  es: ['publicado', 'actualizado', 'el', 'a', 'las', 'la', 'de', 'del', 'hs', 'hoy', 'ayer'],
  pt: ['publicado', 'postado', 'atualizado', 'em', 'às', 'as', 'de', 'do', 'h', 'hoje', 'ontem', 'feira'],
  nl: ['gepubliceerd', 'bijgewerkt', 'geplaatst', 'op', 'om', 'uur', 'vandaag', 'gisteren'],
  it: ['pubblicato', 'aggiornato', 'il', 'alle', 'ore', 'oggi', 'ieri'],
};
const TIMESTAMP_WORD_SET: ReadonlySet<string> = new Set([
  ...Object.values(TIMESTAMP_WORDS).flat(),
  ...[...Object.keys(OFFSET_BY_ZONE_ABBREVIATION), ...AMBIGUOUS_ZONE_ABBREVIATIONS].map((zone) => zone.toLowerCase()),
]);
/** "a.m.", "p.m.", "am", "pm": read before the words are split. */
const MERIDIEM = /\b[ap]\.?m\.?(?![\p{L}])/giu;
/** Day, month and year in digits: 10.04.2025, 2025-04-10, 4/10/25. A phone number (158-23-2012) is not one. */
const NUMERIC_DATE = /(?<![\d./-])(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?(?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![\d/-])/u;
/** A clock time: 19:42, 18h02. */
const CLOCK_TIME = /(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/u;
const WORDS = /\p{L}+/gu;

/** True for text made only of dates, times and the words that label them. */
export function isDateOnly(text: string): boolean {
  const words = text.toLowerCase().replace(MERIDIEM, ' ').match(WORDS) ?? [];
  const namesMonth = words.some((word) => monthFromName(word) !== null);
  if (!namesMonth && !NUMERIC_DATE.test(text) && !CLOCK_TIME.test(text)) return false;
  return /\d/.test(text) && words.every((word) => TIMESTAMP_WORD_SET.has(word) || WEEKDAY_NAMES.has(word) || monthFromName(word) !== null);
}

/**
 * A timestamp's label alone, its date in the next line: "Erstveröffentlichung", "Letzte
 * Aktualisierung", "Published". Only timestamp words, no digit.
 */
export function isTimestampLabel(text: string): boolean {
  const words = text.toLowerCase().match(WORDS) ?? [];
  return words.length > 0 && !/\d/.test(text) && words.every((word) => TIMESTAMP_WORD_SET.has(word));
}
