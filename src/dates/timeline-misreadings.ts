// Date words that, where they stand, are something else: a part of the day ("am Morgen",
// "de la mañana"), a day that recurs or any such day ("jeden Freitag", "every Saturday",
// "on a Sunday", "le vendredi", "Friday nights"), a weekday that is a title ("„Freitag“")
// or a surname ("Anna Freitag"),
// yesterday or tomorrow as an era ("the world of tomorrow", "der Feind von gestern"),
// another event's day ("that same Friday"), a day after another event
// ("the next year", "am folgenden Tag"), a stretch ("over the past year"), a name that
// holds a weekday or a month ("Black Friday", "Welt am Sonntag", "Plaza de Mayo"), a month
// that is a verb, a modal or a name ("they march", "Intel may", "Julio César"), a range
// misread ("July 23-August 8"). Each test reads one cue from the language's words
// (timeline-words.ts).
import type * as chrono from 'chrono-node';
import { wholeWords } from '../text/word-pattern.ts';
import { fullMonthNames } from './month-names.ts';
import { FULL_WEEKDAY_NAMES } from './weekday-names.ts';
import type { TimelineWords } from './timeline-words.ts';

/** The shortest abbreviation of a month name: "Jun", "mar". */
const MONTH_ABBREVIATION_LETTERS = 3;
/** How far around a phrase its determiners, recurring words and names are read. */
const CONTEXT_CHARS = 30;
/** Where a sentence begins: nothing before, or the end of the one before. */
const SENTENCE_START = /(?:^|[.!?:;\n"“«(])\s*$/u;
const WORD = /\p{L}+/gu;
/** What comes before a sentence's first word, as a pattern to build with: nothing, or the end of the one before. */
const SENTENCE_OPENING = '(?:^|[.!?:;\\n"“«(]\\s*)';
const UPPERCASE = /^\p{Lu}/u;
/** A phrase opening with a number. */
const OPENS_WITH_DIGIT = /^\d/;
/** The word right before a phrase, with a dot after it if abbreviated: "July ", "Jul. ". */
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;
const LOWERCASE = /^\p{Ll}+$/u;
/** A phrase's first word: the weekday of a weekday phrase ("Friday night"). */
const FIRST_WORD = /^\p{L}+(?:-\p{L}+)*/u;
/** A capitalized word right before a phrase. */
const NAME_BEFORE = /\p{Lu}[\p{L}-]*\s+$/u;
const OPENING_QUOTE = /^["“„«‘‚'»]$/u;
const CLOSING_QUOTE = /^["”“»’'«]$/u;

/** One language's misreading patterns, built once from its words. */
export interface MisreadingPatterns {
  /** A day-part word within a phrase ("Morgen"), and the determiner that makes it one, ending the text before its end. */
  dayPart: { word: RegExp; afterDeterminer: RegExp } | null;
  /** A recurring word, up to two words before the phrase: "every", "jeden", "immer am". */
  every: RegExp | null;
  /** Names that hold a weekday or a month. */
  namedDays: RegExp | null;
  /** A day, month or year after another event, ending the text at the phrase's end: "the next year", "am folgenden Tag". */
  following: RegExp;
  /** A stretch: a lead ending the text before the phrase ("over the"), and the phrase a span word and a unit ("past year"). */
  stretch: { lead: RegExp; phrase: RegExp } | null;
  /** An indefinite article right before a weekday: "on a Sunday", "un domingo". */
  indefinite: RegExp;
  /** A count of weeks back, in words, right before a weekday: "hace dos lunes", "vor zwei Sonntagen" name a weekday weeks before the publication's, not its nearest. */
  counted: RegExp | null;
  /** A word tying a weekday to another event, right before it: "that same Friday", "ese mismo viernes". */
  sameDay: RegExp;
  /**
   * A day word alone that is an era where it stands: the day word as the whole phrase, the
   * link ending the text before it and a "from … on" word right after it, or a comparison
   * with another day word before or after it.
   */
  era: { day: RegExp; link: RegExp | null; from: RegExp; comparedAfter: RegExp; comparedBefore: RegExp } | null;
  /** Words that make a weekday a habit or a day counted in a month, right before it ("le vendredi", "the first Monday") or right after it ("Friday nights"). */
  habitual: { before: RegExp; after: RegExp | null };
  /** A preposition or a word pointing back or ahead before a month: "in", "for", "last", "since". */
  monthLead: RegExp;
  /** The language's full month names, lowercase. */
  fullMonths: readonly string[];
  capitalizedMonths: boolean;
  monthFirst: boolean;
  /** Where a weekday that names a day takes a lead: the capitalized word right before a bare weekday, the weekday a name's part ("Jennifer Montag"). */
  nameBefore: RegExp | null;
}

export function misreadingPatterns(words: TimelineWords, language: string): MisreadingPatterns {
  const { dayPart } = words;
  return {
    dayPart:
      dayPart.words.length > 0
        ? { word: new RegExp(wholeWords(dayPart.words), 'iu'), afterDeterminer: new RegExp(`${wholeWords(dayPart.determiners)}\\s+(?:\\p{L}+\\s+)?${wholeWords(dayPart.words)}$`, 'iu') }
        : null,
    every: words.every.length > 0 ? new RegExp(`${wholeWords(words.every)}\\s+(?:\\p{L}+\\s+){0,2}$`, 'iu') : null,
    namedDays: words.namedDays.length > 0 ? new RegExp(wholeWords(words.namedDays), 'giu') : null,
    following: new RegExp(`${wholeWords(words.following)}$`, 'iu'),
    stretch:
      words.stretchLeads.length > 0
        ? { lead: new RegExp(`${wholeWords(words.stretchLeads)}\\s+$`, 'iu'), phrase: new RegExp(`^${wholeWords(words.spanWords)}\\s+${wholeWords(words.durationUnits)}$`, 'iu') }
        : null,
    // Right before the weekday, lowercase or opening a sentence: "Serie A on Saturday" and "a statement Friday" name a day.
    indefinite: new RegExp(`(?:${wholeWords(words.indefinite)}|${SENTENCE_OPENING}${wholeWords(words.indefinite.map(capitalized))})\\s+$`, 'u'),
    sameDay: new RegExp(`${wholeWords(words.sameDay)}\\s+$`, 'iu'),
    counted: words.agoLeads.length > 0 ? new RegExp(`${wholeWords(words.agoLeads)}\\s+${wholeWords(words.counts)}\\s+$`, 'iu') : null,
    era:
      words.eras.days.length > 0
        ? {
            day: new RegExp(`^${wholeWords(words.eras.days)}$`, 'iu'),
            link: words.eras.links.length > 0 ? new RegExp(`${wholeWords(words.eras.links)}\\s+$`, 'iu') : null,
            from: new RegExp(`^\\s+${wholeWords(words.eras.from)}`, 'iu'),
            comparedAfter: new RegExp(`${wholeWords(words.eras.days)}\\s+${wholeWords(words.eras.than)}\\s*$`, 'iu'),
            comparedBefore: new RegExp(`^\\s*${wholeWords(words.eras.than)}\\s+${wholeWords(words.eras.days)}`, 'iu'),
          }
        : null,
    habitual: {
      before: new RegExp(`${wholeWords(words.habitualWeekday.before)}\\s+$`, 'iu'),
      after: words.habitualWeekday.after.length > 0 ? new RegExp(`^\\s+${wholeWords(words.habitualWeekday.after)}`, 'iu') : null,
    },
    monthLead: new RegExp(`${wholeWords([...words.prepositions, ...words.durationLeads, ...words.bounds, ...words.backward, ...words.forward])}\\s+$`, 'iu'),
    fullMonths: fullMonthNames(language),
    capitalizedMonths: words.capitalizedMonths,
    monthFirst: words.monthFirst,
    nameBefore: words.weekdayTakesLead ? NAME_BEFORE : null,
  };
}

/** Whether the date phrase at `index` is, where it stands, no date. */
export function isMisreading(text: string, index: number, phrase: string, components: chrono.ParsedComponents, patterns: MisreadingPatterns): boolean {
  const before = text.slice(Math.max(0, index - CONTEXT_CHARS), index);
  const weekdayAlone = components.isCertain('weekday') && !components.isCertain('day') && !components.isCertain('month');
  return (
    isDayPart(text, index, phrase, patterns) ||
    isEra(text, index, phrase, patterns) ||
    recurs(text, index, patterns) ||
    (weekdayAlone && namesNoNearWeekday(text, index, phrase, patterns)) ||
    patterns.following.test(`${before}${phrase}`) ||
    ((patterns.stretch?.lead.test(before) ?? false) && (patterns.stretch?.phrase.test(phrase) ?? false)) ||
    holdsName(text, index, phrase, patterns) ||
    isMonthWord(before, phrase, components, patterns) ||
    isAnotherMonthsDay(before, phrase, patterns)
  );
}

/**
 * A weekday alone that names no weekday near the publication: any such day ("on a
 * Sunday"), another event's ("that same Friday"), one weeks back ("hace dos lunes"), a
 * habit ("le vendredi", "Friday nights"), a title („Freitag“), a surname ("Anna Freitag").
 */
function namesNoNearWeekday(text: string, index: number, phrase: string, patterns: MisreadingPatterns): boolean {
  const before = text.slice(Math.max(0, index - CONTEXT_CHARS), index);
  return (
    patterns.indefinite.test(before) ||
    patterns.sameDay.test(before) ||
    (patterns.counted?.test(before) ?? false) ||
    isHabitual(text, index, phrase, patterns) ||
    isQuoted(text, index, phrase) ||
    followsAName(before, phrase, patterns)
  );
}

/**
 * "Dritte wurde Jennifer Montag": where a weekday that names a day takes a preposition or a
 * determiner ("am Montag"), a bare one right after a capitalized word is a name's last part.
 * Not after a sentence's first word, nor after a preposition ("– Am Samstag").
 */
function followsAName(before: string, phrase: string, patterns: MisreadingPatterns): boolean {
  const bare = FULL_WEEKDAY_NAMES.has(phrase.match(FIRST_WORD)?.[0].toLowerCase() ?? '');
  const name = bare && patterns.nameBefore ? before.match(patterns.nameBefore) : null;
  if (!name) return false;
  return !SENTENCE_START.test(before.slice(0, name.index)) && !patterns.monthLead.test(name[0]);
}

/**
 * "the world of tomorrow", "der Arbeitsmarkt von gestern", "erinnerte mich an gestern"
 * ("von morgen an" is a day), "lieber morgen als übermorgen", "mejor hoy que mañana": an
 * era, no day.
 */
function isEra(text: string, index: number, phrase: string, patterns: MisreadingPatterns): boolean {
  const { era } = patterns;
  if (!era?.day.test(phrase)) return false;
  const before = text.slice(Math.max(0, index - CONTEXT_CHARS), index);
  const after = text.slice(index + phrase.length, index + phrase.length + CONTEXT_CHARS);
  const linked = (era.link?.test(before) ?? false) && !era.from.test(after);
  return linked || era.comparedAfter.test(before) || era.comparedBefore.test(after);
}

/** A recurring word up to two words before the date phrase at `index`: "every Saturday", "jedes Jahr im Dezember", "chaque année en décembre". */
export function recurs(text: string, index: number, patterns: MisreadingPatterns): boolean {
  return patterns.every?.test(text.slice(Math.max(0, index - CONTEXT_CHARS), index)) ?? false;
}

/** "le vendredi", "il sabato mattina", "los viernes", "the first Monday", "Friday nights": a weekday any week has, no day of the story. */
function isHabitual(text: string, index: number, phrase: string, patterns: MisreadingPatterns): boolean {
  const weekdayEnd = index + (phrase.match(FIRST_WORD)?.[0].length ?? 0);
  return patterns.habitual.before.test(text.slice(Math.max(0, index - CONTEXT_CHARS), index)) || (patterns.habitual.after?.test(text.slice(weekdayEnd)) ?? false);
}

/** A weekday alone between quotation marks is a title or a name: the weekly „Freitag“, a song "Monday". */
function isQuoted(text: string, index: number, phrase: string): boolean {
  return OPENING_QUOTE.test(text.charAt(index - 1)) && CLOSING_QUOTE.test(text.charAt(index + phrase.length));
}

/**
 * Where months come first, a day number right after a month name is that month's: chrono
 * reads "July 23-August 8" as "23-August", August 23, and leaves the July before it. The
 * phrase is misread; the range gives no entry rather than a wrong day. (Where days come
 * first, "del Dos de Mayo 3 de mayo" is a name and a date.)
 */
function isAnotherMonthsDay(before: string, phrase: string, patterns: MisreadingPatterns): boolean {
  const word = patterns.monthFirst && OPENS_WITH_DIGIT.test(phrase) ? before.match(WORD_BEFORE)?.[1] : undefined;
  return word !== undefined && isMonthName(word, patterns.fullMonths);
}

/** "am Morgen", "jedem Morgen", "de la mañana": after a determiner, the day word is a part of the day, not tomorrow. */
function isDayPart(text: string, index: number, phrase: string, patterns: MisreadingPatterns): boolean {
  const word = patterns.dayPart && phrase.match(patterns.dayPart.word);
  if (!patterns.dayPart || !word) return false;
  const wordEnd = index + (word.index ?? 0) + word[0].length;
  return patterns.dayPart.afterDeterminer.test(text.slice(Math.max(0, wordEnd - CONTEXT_CHARS), wordEnd));
}

/** "Black Friday", "Welt am Sonntag": the weekday is part of a name that overlaps the phrase. */
function holdsName(text: string, index: number, phrase: string, patterns: MisreadingPatterns): boolean {
  if (!patterns.namedDays) return false;
  const from = Math.max(0, index - CONTEXT_CHARS);
  const end = index + phrase.length;
  return [...text.slice(from, end + CONTEXT_CHARS).matchAll(patterns.namedDays)].some((name) => from + name.index < end && index < from + name.index + name[0].length);
}

/**
 * A month alone, with no day, is a date only under its full name ("mar" is the sea, "Jun"
 * a name), written as the language writes months: lowercase where months are capitalized
 * it is a verb or a modal ("they march", "Intel may") unless a preposition leads it ("in
 * june" of a lowercased text); capitalized inside a sentence where months are lowercase it
 * is a name ("Julio César", "Plaza de Mayo", "sur Mars").
 */
function isMonthWord(before: string, phrase: string, components: chrono.ParsedComponents, patterns: MisreadingPatterns): boolean {
  if (!components.isCertain('month') || components.isCertain('day')) return false;
  const monthWord = (phrase.match(WORD) ?? []).find((word) => isMonthName(word, patterns.fullMonths));
  if (!monthWord) return false;
  if (!patterns.fullMonths.includes(monthWord.toLowerCase())) return true;
  const lead = `${before}${phrase.slice(0, phrase.indexOf(monthWord))}`;
  if (patterns.capitalizedMonths) return LOWERCASE.test(monthWord) && !patterns.monthLead.test(lead);
  return UPPERCASE.test(monthWord) && !SENTENCE_START.test(lead);
}

/** A month of the language, by its full name or an abbreviation of it ("Jun", "mar"). */
function isMonthName(word: string, fullMonths: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return lower.length >= MONTH_ABBREVIATION_LETTERS && fullMonths.some((month) => month.startsWith(lower));
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
