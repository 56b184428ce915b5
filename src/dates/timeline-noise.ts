// Phrases chrono reads as dates that name no day, month or year of the story: the
// publication moment restated, a measure of time, a stretch of time, a point counted from
// another event, a week. Each test reads one cue, from the language's words (timeline-words.ts).
import type * as chrono from 'chrono-node';
import { wholeWords } from '../text/word-pattern.ts';
import type { TimelineWords } from './timeline-words.ts';
import { FULL_WEEKDAY_NAMES } from './weekday-names.ts';

/** Digits alone ("3/4", "12") are fractions and scores far more often than dates. */
const BARE_NUMBERS = /^[\d\s.,:/-]+$/;
const FULL_NUMERIC_DATE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./]\d{1,2}[./]\d{4}$/;
/** A clock time alone, with at most one word before it ("de 20h", "at 5 pm"): a time, not a day. */
const TIME_OF_DAY = /^(?:\p{L}+\s+)?\d{1,2}(?:[:.h]\d{2}|\s*(?:h|uhr|am|pm|a\.m\.|p\.m\.))$/iu;
const LETTERS = /\p{L}+(?:-\p{L}+)*/gu;
/** A digit: a clock time is written in them. */
const DIGIT = /\d/;
/**
 * A phrase closed by a lone letter ("in a" read as "in a year"): a letter is no unit of
 * time. Also glued to "in": chrono's German reads the name "Ina" as "in a", a year on.
 */
const SINGLE_LETTER_UNIT = /(?:\s|^in)\p{L}$/iu;

/** One language's noise patterns, built once from its words. */
export interface NoisePatterns {
  /** The whole phrase restates the publication moment: "today", "heute Abend". */
  saysNow: RegExp;
  /** The whole phrase is how long, not when: "for two days", "seit zwei Wochen", "de 26 años". */
  measure: RegExp;
  /** The whole phrase is made of span words, counts and a plural unit: "the last three weeks", "vor Jahren". */
  unitRun: RegExp;
  /** The whole phrase is a unit behind a preposition or article, without a count: "in the day". */
  bareUnit: RegExp;
  /** A word that makes plural units a stretch: "last", "vergangenen", "derniers". */
  spanWord: RegExp;
  /** A count, in words or digits. */
  count: RegExp;
  /** The phrase ends with a word that counts it from another event: "two years later", "a week after". */
  anchored: RegExp;
  /** The week as a unit: "last week", "vor zwei Wochen", "la semaine dernière". */
  weekUnit: RegExp;
  /** A count that names no number: "a few", "wenigen", "quelques". */
  vagueCount: RegExp;
}

export function noisePatterns(words: TimelineWords): NoisePatterns {
  const count = `(?:${wholeWords(words.counts)}|\\d+(?:[.,]\\d+)?)`;
  const approx = words.approximators.length > 0 ? `(?:${wholeWords(words.approximators)}\\s+)?` : '';
  const filler = words.countFillers.length > 0 ? `(?:${wholeWords(words.countFillers)}\\s+)?` : '';
  const measured = `${approx}${count}\\s+${filler}${wholeWords(words.durationUnits)}`;
  const lead = wholeWords([...words.durationLeads, ...words.articles, ...words.agoLeads]);
  const spanParts = wholeWords([...words.durationLeads, ...words.articles, ...words.agoLeads, ...words.spanWords, ...words.counts, ...words.approximators]);
  const singularUnits = words.durationUnits.filter((unit) => !words.pluralUnits.includes(unit));
  return {
    saysNow: new RegExp(`^${wholeWords(words.now)}$`, 'iu'),
    measure: new RegExp(`^${wholeWords(words.durationLeads)}\\s+${measured}(?:\\s+${wholeWords(words.and)}\\s+${measured})*$`, 'iu'),
    unitRun: new RegExp(`^(?:(?:${spanParts}|\\d+)\\s+)*${wholeWords(words.pluralUnits)}(?:\\s+${wholeWords(words.spanWords)})?$`, 'iu'),
    bareUnit: new RegExp(`^(?:${lead}\\s+)+${wholeWords(singularUnits)}$`, 'iu'),
    spanWord: new RegExp(wholeWords(words.spanWords), 'iu'),
    count: new RegExp(`${wholeWords(words.counts)}|\\d`, 'iu'),
    anchored: new RegExp(`${wholeWords(words.anchors)}$`, 'iu'),
    weekUnit: new RegExp(wholeWords(words.weekUnits), 'iu'),
    vagueCount: new RegExp(wholeWords(words.vagueCounts), 'iu'),
  };
}

/** Whether a phrase chrono read names no date of the story. */
export function isNoise(phrase: string, components: chrono.ParsedComponents, patterns: NoisePatterns): boolean {
  return (
    patterns.saysNow.test(phrase) ||
    patterns.measure.test(phrase) ||
    isStretch(phrase, patterns) ||
    patterns.bareUnit.test(phrase) ||
    patterns.anchored.test(phrase) ||
    SINGLE_LETTER_UNIT.test(phrase) ||
    TIME_OF_DAY.test(phrase) ||
    isWeekdayAbbreviation(phrase, components) ||
    isWeek(phrase, components, patterns) ||
    isVagueDay(phrase, components, patterns) ||
    countsSeconds(phrase, components) ||
    (BARE_NUMBERS.test(phrase) && !FULL_NUMERIC_DATE.test(phrase))
  );
}

/**
 * Plural units with a span word, or with no count at all, are a stretch of time, not a
 * date: "the last three weeks", "in den vergangenen Jahren", "vor Jahren". A count alone
 * keeps its point: "vor zwei Jahren" is a year.
 */
function isStretch(phrase: string, patterns: NoisePatterns): boolean {
  return patterns.unitRun.test(phrase) && (patterns.spanWord.test(phrase) || !patterns.count.test(phrase));
}

/**
 * A weekday alone, written short ("Mo", "zo", "mar", "Sun"), is a word of the language
 * far more often than a date: a weekday counts only under its full name.
 */
function isWeekdayAbbreviation(phrase: string, components: chrono.ParsedComponents): boolean {
  if (!components.isCertain('weekday') || components.isCertain('day') || components.isCertain('month')) return false;
  return !(phrase.toLowerCase().match(LETTERS) ?? []).some((word) => FULL_WEEKDAY_NAMES.has(word));
}

/**
 * A phrase counted in weeks names a week, not a day: chrono reads "last week", "vor zwei
 * Wochen", "la semaine dernière" as the publication's weekday a week or two before, a
 * precise day the story never gave. The timeline shows days, months and years, so such a
 * phrase gives no entry (no entry beats a wrong one). A weekday in the phrase names its
 * day: "vorige week dinsdag".
 */
function isWeek(phrase: string, components: chrono.ParsedComponents, patterns: NoisePatterns): boolean {
  return patterns.weekUnit.test(phrase) && !components.isCertain('weekday');
}

/**
 * A day counted with no number names no day: chrono reads "vor wenigen Tagen", "a few days
 * ago", "il y a quelques jours" as a day two or three before the publication, precise
 * where the story is not. (A year counted so, "a few years ago", keeps its year: the
 * timeline shows a year as roughly as the story gives it.)
 */
function isVagueDay(phrase: string, components: chrono.ParsedComponents, patterns: NoisePatterns): boolean {
  return components.isCertain('day') && patterns.vagueCount.test(phrase);
}

/**
 * A phrase read to the second without a digit counts seconds from the publication: it
 * restates the publication moment, as "now" does. chrono's English reads "lasts" as "last
 * s", the second before ("Nothing lasts forever").
 */
function countsSeconds(phrase: string, components: chrono.ParsedComponents): boolean {
  return components.isCertain('second') && !DIGIT.test(phrase);
}
