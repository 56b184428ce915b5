// Words ending in a period that rarely end a sentence. Intl.Segmenter splits after
// them ("Mr.|Smith", "the U.S.|Department"), so the splitter re-joins such pieces.

/** Titles and abbreviations always followed by more of the same sentence. */
export const NON_TERMINAL_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt',
  'maj', 'adm', 'cmdr', 'pres', 'supt', 'det', 'insp', 'hon', 'rev', 'fr', 'sr', 'jr', 'st', 'mt',
  'ft', 'no', 'nos', 'vs', 'v', 'etc', 'approx', 'dept', 'est', 'fig', 'vol', 'ch', 'art', 'para',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'ave', 'blvd', 'rd', 'inc', 'corp', 'co', 'ltd', 'bros', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/** Dotted acronyms ("U.S.", "U.N.") end a sentence only when a new one visibly starts. */
export const DOTTED_ACRONYM = /(?:^|[^\p{L}])(?:\p{Lu}\.){2,}$/u;

/** A lone initial ("John F. Kennedy"). */
export const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;

/** Words that usually open a new sentence, so a dotted acronym before them ends one. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'after', 'before',
  'as', 'its', 'his', 'her', 'their', 'our', 'there', 'here', 'meanwhile', 'however', 'for',
  'officials', 'some', 'many', 'most', 'no', 'not', 'what', 'who', 'why', 'how', 'one', 'two',
]);
