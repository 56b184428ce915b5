// How far each kind of clue is trusted. Structured data the publisher writes for machines
// beats a <time> element, which beats date-like text; text near the headline and in a
// date-named element beats text in comments and sidebars.
import type { DateCandidate } from '../types.ts';
import { IMAGE_HINT_PREFIX } from './collect-meta-dates.ts';
import { SCRIPT_HINT_PREFIX } from './collect-script-dates.ts';
import { DESCRIPTOR_PARENT, parseDomHint } from './date-hint.ts';

/** JSON-LD types whose dates are someone else's, not the page's. */
const FOREIGN_JSON_LD_TYPE = /comment|review|rating|person|organization|event|offer|product|answer|video.?object|image.?object|breadcrumb/i;
/** Page state in inline scripts: better than nothing, worse than anything printed. */
const SCRIPT_SCORE = 3;
/** A day in the share image's path: above text the story merely mentions, below any dated line. */
const IMAGE_SCORE = 30;
const JSON_LD_PUBLISHED_KEY = /\.date(?:Published|Modified)$/;
/** Meta names that are the publication date in some widespread convention. */
const STRONG_META_NAME =
  /^(?:article:published_time|og:published_time|og:article:published_time|article:published|itemprop:datepublished|datepublished|pubdate|publishdate|publish[-_]date|publication[-_]date|published[-_]date|date\.published|article[._]published|article_date_original|parsely-pub-date|sailthru\.date|dc\.date\.issued|dcterms\.issued|dc\.date\.created|dcterms\.created|citation_publication_date|citation_date|original-publish-date|cxenseparse:recs:publishtime|article:modified_time|og:updated_time|itemprop:datemodified|datemodified|dcterms\.modified|last-modified|lastmod)$/;
/**
 * Bare "date" names: some CMSs (TYPO3 among them) fill them with the last edit, so they
 * count no more than a dated element by the headline.
 */
const GENERIC_META_NAME = /^(?:date|dc\.date|dcterms\.date)$/;
/** Elements (or their parents) whose names say they hold a date or a byline. */
const DATE_ISH_DESCRIPTOR = /date|time|publish|posted|byline|dateline|datum|fecha|stamp|meta|info|author|subline/i;

/** Letters after a date (past its clock time): the sentence it sits in goes on. */
const SENTENCE_GOES_ON = /\p{L}/u;

const NEAR_HEADLINE_CHARS = 400;
const CLOSE_TO_HEADLINE_CHARS = 1500;
const FAR_FROM_HEADLINE_CHARS = 5000;

/** A date element repeated this often is a list of other items (related posts, archives). */
const LIST_REPEATS = 3;
const LIST_PENALTY = 20;
const LAST_RESORT_SCORE = 1;

/**
 * An id is unique on the page: a number in it (`#post-3583`) numbers one item of a list,
 * whose items differ only there. (A number in a class names a style: `col-8`, `h2`.)
 */
const ELEMENT_ID = /#[^\s<]+/g;
const DIGITS = /\d+/g;

/** True when the candidate's element repeats down the page (a list of items). */
export function isListItem(candidate: DateCandidate, context: ScoreContext): boolean {
  if (context.laterRepeats.has(candidate)) return true;
  const key = listKey(candidate);
  return key !== null && (context.descriptorCounts.get(key) ?? 0) >= LIST_REPEATS;
}

/** What the items of one list share: the element's description, item numbers left out. */
function listKey(candidate: DateCandidate): string | null {
  return parseDomHint(candidate.hint)?.descriptor.replace(ELEMENT_ID, (id) => id.replace(DIGITS, '0')) ?? null;
}

/** What scoring one candidate needs to know about the others. */
export interface ScoreContext {
  /** How many DOM candidates share each element description (see listKey): lists repeat one. */
  descriptorCounts: ReadonlyMap<string, number>;
  /** Meta/microdata repeating an earlier name with another value: list items' dates. */
  laterRepeats: ReadonlySet<DateCandidate>;
}

export function scoreContext(candidates: readonly DateCandidate[]): ScoreContext {
  const descriptorCounts = new Map<string, number>();
  const firstMetaValue = new Map<string, string>();
  const laterRepeats = new Set<DateCandidate>();
  for (const candidate of candidates) {
    const key = listKey(candidate);
    if (key) descriptorCounts.set(key, (descriptorCounts.get(key) ?? 0) + 1);
    if (candidate.source !== 'meta' || candidate.hint === null) continue;
    const first = firstMetaValue.get(candidate.hint);
    if (first === undefined) firstMetaValue.set(candidate.hint, candidate.value);
    else if (first !== candidate.value) laterRepeats.add(candidate);
  }
  return { descriptorCounts, laterRepeats };
}

/**
 * A date inside a running sentence well down the story ("the law passed on 28 July 2022
 * and…"), with no label and in no date-named element of its own, is an event the story
 * tells of, never when the page was written: better no date than that one. Only the
 * element holding the sentence is read for a name: the container around it names the
 * whole story ("div.artikelinfo-detail"), not a date. A dateline alone on its line
 * ("Hamburg, 2. Mai 2022") is no such mention, wherever it sits.
 */
export function isMentionInStory(candidate: DateCandidate, textAfterDate: string): boolean {
  const hint = candidate.source === 'visible-text' ? parseDomHint(candidate.hint) : null;
  if (!hint?.prose || candidate.kind !== null || DATE_ISH_DESCRIPTOR.test(ownDescriptor(hint.descriptor))) return false;
  return hint.distance !== null && hint.distance > CLOSE_TO_HEADLINE_CHARS && SENTENCE_GOES_ON.test(textAfterDate);
}

/** The element's own part of a descriptor (`p.meta < div.story` → `p.meta`). */
function ownDescriptor(descriptor: string): string {
  return descriptor.split(DESCRIPTOR_PARENT)[0] ?? '';
}

/** A date printed right by the headline (above or below it): the story's own dateline, if any. */
export function isByHeadline(candidate: DateCandidate): boolean {
  const distance = parseDomHint(candidate.hint)?.distance ?? null;
  return distance !== null && Math.abs(distance) <= NEAR_HEADLINE_CHARS;
}

/**
 * How far each source is trusted before its own cues count: structured data the publisher
 * writes for machines first, a <time> element next, date-like text last.
 */
const SOURCE_SCORE = {
  jsonLdPublished: 100,
  /** A CMS's creation stamp often predates the story's publication by days. */
  jsonLdCreated: 92,
  strongMeta: 95,
  url: 88,
  /** Bare "date" names (see GENERIC_META_NAME). */
  genericMeta: 80,
  otherMeta: 75,
  timeElement: 72,
  visibleText: 50,
  /** Someone else's words: a comment's date nearly never dates the page. */
  comment: 5,
} as const;

/** What a DOM date's place on the page and its element's names add to its source's score. */
const DOM_CUE = {
  aside: -35,
  dateNamed: 10,
  publishedNamed: 8,
  prose: -12,
  nearHeadline: 15,
  /** Well above the headline is the site's header: its clock, its ticker. */
  aboveHeadline: -5,
  closeToHeadline: 6,
  farFromHeadline: -10,
  elsewhere: -5,
} as const;
/** Element names of hAtom's and WordPress's first-publication date. */
const PUBLISHED_DESCRIPTOR = /pubdate|published/;

/** A reliability score for a candidate, 0 when it should not count at all. */
export function scoreCandidate(candidate: DateCandidate, context: ScoreContext): number {
  switch (candidate.source) {
    case 'json-ld':
      if (FOREIGN_JSON_LD_TYPE.test(candidate.hint ?? '')) return 0;
      return JSON_LD_PUBLISHED_KEY.test(candidate.hint ?? '') ? SOURCE_SCORE.jsonLdPublished : SOURCE_SCORE.jsonLdCreated;
    case 'meta':
      return metaScore(candidate, context);
    case 'url':
      return SOURCE_SCORE.url;
    case 'time-element':
      return domScore(candidate, SOURCE_SCORE.timeElement, context);
    case 'visible-text':
      return domScore(candidate, SOURCE_SCORE.visibleText, context);
  }
}

function metaScore(candidate: DateCandidate, context: ScoreContext): number {
  const name = candidate.hint ?? '';
  if (name.startsWith(SCRIPT_HINT_PREFIX)) return SCRIPT_SCORE;
  if (name.startsWith(IMAGE_HINT_PREFIX)) return IMAGE_SCORE;
  if (context.laterRepeats.has(candidate)) return SOURCE_SCORE.otherMeta - LIST_PENALTY;
  if (STRONG_META_NAME.test(name)) return SOURCE_SCORE.strongMeta;
  return GENERIC_META_NAME.test(name) ? SOURCE_SCORE.genericMeta : SOURCE_SCORE.otherMeta;
}

function domScore(candidate: DateCandidate, base: number, context: ScoreContext): number {
  const hint = parseDomHint(candidate.hint);
  if (!hint) return base;
  if (hint.zone === 'comment') return SOURCE_SCORE.comment;
  let score = hint.zone === 'aside' ? base + DOM_CUE.aside : base;
  if (isListItem(candidate, context)) score -= LIST_PENALTY;
  if (DATE_ISH_DESCRIPTOR.test(hint.descriptor)) score += DOM_CUE.dateNamed;
  if (candidate.kind === 'published' || PUBLISHED_DESCRIPTOR.test(hint.descriptor)) score += DOM_CUE.publishedNamed;
  if (hint.prose) score += DOM_CUE.prose;
  if (hint.distance !== null) score += headlineCue(hint.distance);
  // Outside comments, even a sidebar's date beats knowing nothing.
  return Math.max(score, LAST_RESORT_SCORE);
}

/** What the distance from the headline (negative: above it) says of a date. */
function headlineCue(signedDistance: number): number {
  const distance = Math.abs(signedDistance);
  if (distance <= NEAR_HEADLINE_CHARS) return DOM_CUE.nearHeadline;
  if (distance <= CLOSE_TO_HEADLINE_CHARS) return signedDistance < 0 ? DOM_CUE.aboveHeadline : DOM_CUE.closeToHeadline;
  return distance > FAR_FROM_HEADLINE_CHARS ? DOM_CUE.farFromHeadline : DOM_CUE.elsewhere;
}
