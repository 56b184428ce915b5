// Words ending in a period that need not end a sentence. Intl.Segmenter splits after
// them ("Mr.|Smith", "the U.S.|Department"), so the splitter re-joins such pieces; each
// class says when a period after it still ends the sentence.

/** Titles: always followed by a name, never the end of a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt',
  'col', 'capt', 'cpt', 'cmdr', 'sgt', 'maj', 'adm', 'pres', 'supt', 'det', 'insp', 'hon', 'rev',
  'fr', 'mt', 'ft', 'pvt', 'cpl', 'atty', 'amb', 'sec', 'gens', 'reps', 'rt',
]);

/** Never sentence-final in news prose ("e.g.", "vs.", "approx."). */
export const MID_SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'dept', 'est', 'ave', 'blvd', 'orig', 'incl', 'excl',
]);

/** Followed by a number when they abbreviate ("No. 1", "Vol. 3"); "said no." ends one. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'fig', 'ch', 'art', 'para', 'pp', 'p', 'op', 'ex',
]);

/**
 * May end a sentence or go on ("Acme Inc. said", "joined Acme Inc. She"; "on Jan. 5",
 * "at 5 p.m. Monday"): a new sentence starts only where a typical opening word follows.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'bros', 'llc', 'plc', 'jr', 'sr', 'st', 'rd', 'etc', 'a.m', 'p.m',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * Abbreviations of the other languages readers bring, matched as written: lower-cased,
 * several would read as English words or state codes that do end sentences ("CA.",
 * "Generation Z."). Each never ends a sentence in its own language's news prose. ("Sr."
 * is English's too, where it may end one: it stays with the ambiguous ones.)
 */
export const WRITTEN_ABBREVIATIONS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  // "z. B." (for example), "bzw." (or rather), "Mio." / "Mrd." (million, billion), "Nr.", "Hr."
  de: ['z', 'z.B', 'bzw', 'u.a', 'd.h', 'vgl', 'ggf', 'evtl', 'inkl', 'sog', 'ca', 'Mio', 'Mrd', 'Nr', 'Hr', 'Str'],
  fr: ['p.ex', 'env', 'Mlle'],
  es: ['Sra', 'Srta', 'Dña', 'aprox', 'núm', 'pág'],
  it: ['Sig', 'Sig.ra', 'pag', 'ca'],
  pt: ['Sra', 'Dra', 'aprox', 'pág'],
  nl: ['bijv', 'o.a', 'dhr', 'mevr', 'd.w.z', 'resp', 'ca'],
};
export const WRITTEN_ABBREVIATIONS: ReadonlySet<string> = new Set(Object.values(WRITTEN_ABBREVIATIONS_BY_LANGUAGE).flat());

/**
 * German words before an ordinal ("des 19. Jahrhunderts", "zum 6. Mal", "im 16. und 17.
 * Jahrhundert"): after them the number's period marks the ordinal, and the capitalized
 * noun that follows goes on the sentence.
 */
export const ORDINAL_DETERMINERS: readonly string[] = ['des', 'dem', 'im', 'zum', 'vom', 'zur', 'beim', 'ins'];

/** Dotted acronyms ("U.S.", "U.N.") end a sentence only when a new one visibly starts. */
export const DOTTED_ACRONYM = /(?:^|[^\p{L}])(?:\p{L}\.){2,}$/u;

/** A lone initial ("John F. Kennedy"). */
export const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;

/** Words that usually open a new sentence, so an ambiguous period before them ends one. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'after', 'before',
  'as', 'its', 'his', 'her', 'their', 'our', 'there', 'here', 'meanwhile', 'however', 'for',
  'officials', 'police', 'some', 'many', 'most', 'no', 'not', 'what', 'who', 'why', 'how', 'one',
  'two', 'then', 'now', 'since', 'despite', 'although', 'both', 'each', 'my', 'your', 'last',
  'earlier', 'later', 'according', 'still', 'also', 'today', 'yesterday',
]);
