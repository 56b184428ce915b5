// Which way a date printed without its year leans from the publication (timeline-year.ts
// Direction), read from the words by it and from the clause that holds it. Each cue is one
// of the language's word tables (timeline-words.ts).
import { wholeWords } from '../text/word-pattern.ts';
import type { TimelineWords } from './timeline-words.ts';
import type { Direction } from './timeline-year.ts';
import { FULL_WEEKDAY_NAMES } from './weekday-names.ts';

/** Where the clause holding a date begins and ends: at the punctuation around it (and at a subordinator, LeanPatterns.clauseBreak). */
const CLAUSE_BREAK = /[,;:.!?\n]/g;
/** A date set before a comma ("Le 10 octobre, Yves Lévy a été nommé"): its clause is the one after the comma. */
const FRONTED_COMMA = /^\s*,/;
/** How far around a date its clause is read for a future or past verb. */
const CLAUSE_CHARS = 120;
/** How far before a date its leading words ("next", "am", "el pasado") are read. */
export const LEAD_CHARS = 16;
/** The end of a sentence within a date's leading words: the words before it are the sentence before's ("… fino al 2027. Sabato"). */
const SENTENCE_END = /[.!?…]["”»)]?\s+|\n/g;
/** The word right after a phrase, which may point back or ahead: "le 31 août dernier", "el 24 de enero pasado". */
const NEXT_WORD = /^\s+\p{L}+/u;
/** The word right before a phrase. */
const WORD_BEFORE = /\p{L}+\s+$/u;
/** A phrase's first word. */
const FIRST_WORD = /^\p{L}+(?:-\p{L}+)*/u;
const WORD = /\p{L}+/gu;
/** The first word after a phrase, with nothing but spaces before it. */
const FIRST_AFTER = /^\s+(\p{L}+)/u;
const UPPERCASE = /^\p{Lu}/u;
/** The fewest letters before a verb ending: a shorter word with that ending is no verb ("era", "red"). */
const MIN_STEM_LETTERS = 3;

/** Verb endings of a tense, and words with such an ending that are no verb. */
interface VerbEndings {
  endings: readonly string[];
  except: ReadonlySet<string>;
}

/** One language's lean patterns, built once from its words. */
export interface LeanPatterns {
  /** A word by the date points forward: "next", "nächsten", "demain". */
  forward: RegExp;
  /** A day word after a determiner, a part of the day and no pointer: "de la mañana de este lunes", "am Morgen". */
  dayPart: RegExp | null;
  /** A word by the date points back: "last", "pasado", "dernier". */
  backward: RegExp;
  /** A word before the date puts it in the past: "since", "seit". */
  since: RegExp;
  /**
   * Where the `since` word also means "from", a word closing the range a date opens, in the
   * phrase or right after it: "desde" … "hasta". Null where it never does.
   */
  sinceRangeEnd: RegExp | null;
  /** A word by the date makes it a bound: "until", "bis", "hasta". */
  bound: RegExp;
  /** A participle right after the date makes it a plan's: "für Mai geplante". Null where the language has none. */
  plannedAfter: RegExp | null;
  /** The clause holding the date tells a habit: "usually", "meist", "chaque année". */
  habitual: RegExp;
  /** The clause leading to the date speaks of the future: "will", "wird", "va". */
  future: RegExp;
  /** Verb endings of the future tense: "tendrá", "terrà". */
  futureEndings: VerbEndings;
  /** The words a date that opens its clause may stand behind: its preposition alone ("Im", "En"), or nothing. */
  clauseOpening: RegExp;
  /** Where the clause holding the date begins or ends: punctuation, or a subordinator ("that", "dass", "que"). */
  clauseBreak: RegExp;
  /** What puts the clause holding the date in the past: "was", "wurde", "votó". */
  past: VerbEndings & { words: ReadonlySet<string> };
  /** A weekday named as this week's: "este martes", "ce mardi". */
  thisWeekday: RegExp;
}

export function leanPatterns(words: TimelineWords): LeanPatterns {
  return {
    forward: new RegExp(wholeWords(words.forward), 'iu'),
    dayPart:
      words.dayPart.words.length > 0
        ? new RegExp(`${wholeWords(words.dayPart.determiners)}\\s+(?:\\p{L}+\\s+)?${wholeWords(words.dayPart.words)}`, 'giu')
        : null,
    backward: new RegExp(wholeWords(words.backward), 'iu'),
    since: new RegExp(wholeWords(words.since), 'iu'),
    sinceRangeEnd: words.sinceRangeEnds.length > 0 ? new RegExp(wholeWords(words.sinceRangeEnds), 'iu') : null,
    bound: new RegExp(wholeWords(words.bounds), 'iu'),
    plannedAfter: words.plannedAfter.length > 0 ? new RegExp(`^\\s+${wholeWords(words.plannedAfter)}`, 'iu') : null,
    habitual: new RegExp(wholeWords(words.habitual), 'iu'),
    future: new RegExp(wholeWords(words.future), 'iu'),
    futureEndings: { endings: words.futureEndings.endings, except: new Set(words.futureEndings.except) },
    clauseOpening: new RegExp(`^\\s*(?:${wholeWords(words.prepositions)}\\s*)?$`, 'iu'),
    clauseBreak: new RegExp(`${CLAUSE_BREAK.source}|${wholeWords(words.subordinators)}`, 'giu'),
    past: { words: new Set(words.past.words), endings: words.past.endings, except: new Set(words.past.except) },
    thisWeekday: new RegExp(`${wholeWords(words.thisWeek)}\\s+${wholeWords(FULL_WEEKDAY_NAMES)}`, 'iu'),
  };
}

/**
 * Which way the date phrase at `index` leans from the publication (timeline-year.ts
 * Direction): after or before when a word attached to it names the next or the last
 * ("next Friday", "afgelopen dinsdag"); the nearest side for a plan's ("für Mai geplant");
 * ahead or back when a word near it points there;
 * the nearest side for this week's day ("este martes"); future when the clause leading
 * to it speaks of the future; the nearest side for a bound ("until April 5" may have
 * passed or not); past when its clause speaks of the past; future when it opens its clause
 * and a future verb comes right after it ("Im Dezember wird"); else unmarked.
 */
export function leanOf(text: string, index: number, phrase: string, patterns: LeanPatterns): Direction {
  const lead = leadingWords(text, index);
  const around = `${lead}${phrase}`;
  const next = text.slice(index + phrase.length).match(NEXT_WORD)?.[0] ?? '';
  const attached = wordsAttached(lead, phrase, next);
  if (patterns.forward.test(attached)) return 'after';
  if (patterns.backward.test(attached)) return 'before';
  // A plan's date may have passed (the plan called off) or lie ahead: "die für Januar geplante Maßnahme" in a story of February.
  if (patterns.plannedAfter?.test(text.slice(index + phrase.length)) ?? false) return 'nearest';
  if (patterns.forward.test(withoutDayParts(around, patterns)) || patterns.forward.test(next)) return 'ahead';
  const { before, after } = clauseAround(text, index, index + phrase.length, patterns.clauseBreak);
  const future = patterns.future.test(before) || hasVerbEnding(before, patterns.futureEndings);
  if (patterns.backward.test(around) || patterns.backward.test(next) || (patterns.since.test(around) && !meansFrom(around, next, future, patterns))) return 'back';
  // This week's day is the nearest whatever the tense: "anunciará este martes" in a story of Wednesday is the day before.
  if (patterns.thisWeekday.test(around)) return 'nearest';
  if (future) return 'future';
  if (patterns.bound.test(around)) return 'nearest';
  if (speaksOfPast(`${before} ${after}`, patterns.past)) return 'past';
  return opensWithFutureVerb(before, after, patterns) ? 'future' : 'unmarked';
}

/**
 * Whether the clause holding the date phrase at `index` tells a habit ("Meist beginnt die
 * Ernte Ende Oktober", "usually opens on Tuesday"): a date without its year there recurs,
 * no day of the story.
 */
export function inHabitClause(text: string, index: number, phrase: string, patterns: LeanPatterns): boolean {
  const { before, after } = clauseAround(text, index, index + phrase.length, patterns.clauseBreak);
  return patterns.habitual.test(`${before} ${after}`);
}

/**
 * A "since" word that means "from", as Spanish "desde" and Italian "dal" may: the date
 * opens a range ("desde el 16 hasta el 20 de mayo", "dal 16 al 20 maggio": the range's end
 * in chrono's phrase or right after it) or its clause speaks of the future ("resterà
 * aperta dal 16 aprile"). English "since" and German "seit" never do.
 */
function meansFrom(around: string, next: string, future: boolean, patterns: LeanPatterns): boolean {
  const { since, sinceRangeEnd } = patterns;
  if (!sinceRangeEnd || !since.test(around)) return false;
  return future || sinceRangeEnd.test(`${around.slice(around.search(since))}${next}`);
}

/**
 * The phrase with the words attached to it: the word after it ("terça-feira passada", "le
 * 31 août dernier"), and the word before a phrase that opens with its weekday ("afgelopen
 * dinsdag"); a word before a preposition is not the weekday's ("later on Friday").
 */
function wordsAttached(lead: string, phrase: string, next: string): string {
  const opensWithWeekday = FULL_WEEKDAY_NAMES.has(phrase.match(FIRST_WORD)?.[0].toLowerCase() ?? '');
  return `${opensWithWeekday ? (lead.match(WORD_BEFORE)?.[0] ?? '') : ''}${phrase}${next}`;
}

/** The words without the parts of the day they name: the morning of "de la mañana" is no tomorrow. */
function withoutDayParts(words: string, patterns: LeanPatterns): string {
  return patterns.dayPart ? words.replace(patterns.dayPart, ' ') : words;
}

/** The words right before a date, in its own sentence: a bound or a "next" closing the sentence before is not the date's. */
function leadingWords(text: string, index: number): string {
  const lead = text.slice(Math.max(0, index - LEAD_CHARS), index);
  const sentenceStart = Math.max(0, ...[...lead.matchAll(SENTENCE_END)].map((end) => end.index + end[0].length));
  return lead.slice(sentenceStart);
}

/** The clause holding a phrase, before it and after it: up to the breaks around it. */
function clauseAround(text: string, start: number, end: number, clauseBreak: RegExp): { before: string; after: string } {
  const before = text.slice(Math.max(0, start - CLAUSE_CHARS), start);
  const clauseStart = Math.max(0, ...[...before.matchAll(clauseBreak)].map((m) => m.index + m[0].length));
  const after = text.slice(end, end + CLAUSE_CHARS);
  const breaks = [...after.matchAll(clauseBreak)].map((m) => m.index);
  const clauseEnd = (FRONTED_COMMA.test(after) ? breaks[1] : breaks[0]) ?? after.length;
  return { before: before.slice(clauseStart), after: after.slice(0, clauseEnd) };
}

/**
 * A date that opens its clause, and right after it a future verb: "Im Dezember wird der Rat
 * entscheiden", "In december zal de raad", "En diciembre votará el consejo". German and
 * Dutch put the clause's finite verb second, right after a date set first, so that verb
 * gives its tense. Only that word: further on, "werden" is the passive's ("angepasst werden
 * muss") and "geplant" a comparison's ("früher als geplant").
 */
function opensWithFutureVerb(before: string, after: string, patterns: LeanPatterns): boolean {
  const verb = after.match(FIRST_AFTER)?.[1] ?? '';
  return patterns.clauseOpening.test(before) && verb !== '' && (patterns.future.test(verb) || hasVerbEnding(verb, patterns.futureEndings));
}

/** A past word or a verb's past ending among a clause's words: "was", "wurde", "voted", "votó". */
function speaksOfPast(clause: string, past: LeanPatterns['past']): boolean {
  return (clause.toLowerCase().match(WORD) ?? []).some((word) => past.words.has(word)) || hasVerbEnding(clause, past);
}

/**
 * A word of the clause ending as a verb of the tense does ("votó", "tendrá"), long enough
 * to be a verb and none of the words that only look like one. A capitalized word inside
 * the clause is a name, whatever its ending ("Alfred A. Knopf"); the clause's first word
 * may be a verb opening its sentence ("Votó el consejo").
 */
function hasVerbEnding(clause: string, tense: VerbEndings): boolean {
  return (clause.match(WORD) ?? []).some((word, position) => {
    const lower = word.toLowerCase();
    if (position > 0 && UPPERCASE.test(word)) return false;
    return !tense.except.has(lower) && tense.endings.some((ending) => lower.length >= ending.length + MIN_STEM_LETTERS && lower.endsWith(ending));
  });
}
