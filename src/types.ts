// Plain, JSON-safe data that crosses every boundary: page → popup → core → UI/CLI.

/** A half-open range of UTF-16 offsets into a digest's `text`. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Sentence extends TextSpan {
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence sits in. */
  paragraph: number;
}

/** Where a candidate timestamp was read from; the resolver weighs them by reliability. */
export type DateSource =
  | 'json-ld'
  | 'meta'
  | 'time-element'
  | 'visible-text'
  | 'url';

/** A raw timestamp clue read from the page's DOM; parsed later by the core. */
export interface DateCandidate {
  source: DateSource;
  /** The raw value: an ISO string, a meta content, or visible text. */
  value: string;
  /** What the page itself says the date is (a JSON-LD key, a meta name, a nearby label). */
  hint: string | null;
  /** The page's own label for it, when one is known. */
  kind: 'published' | 'updated' | null;
}

/** What a page says about itself, carried unchanged from extraction to digest. */
export interface PageMetadata {
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}

/** What the script injected on click returns: DOM work only, no language work. */
export interface ExtractedArticle extends PageMetadata {
  excerpt: string | null;
  /** The article's plain text: paragraphs separated by a blank line. */
  text: string;
  /** The page's own highlights list, removed from `text`. */
  publisherHighlights: string[];
  dateCandidates: DateCandidate[];
  /** Readability's `isProbablyReaderable` verdict on the live page. */
  readerable: boolean;
}

export interface Highlight extends TextSpan {
  text: string;
}

export type ActorKind = 'person' | 'organization' | 'place';

export interface Actor {
  name: string;
  kind: ActorKind;
  role: string | null;
  /** Every mention, aliases included, most important actor first in the list. */
  mentions: TextSpan[];
}

export interface Quote extends TextSpan {
  speaker: string;
  text: string;
}

export interface TimelineEntry extends TextSpan {
  /** ISO date as precise as the phrase: `2024-12` for "In December". */
  date: string;
  phrase: string;
  /** The sentence that mentions the date, shown beside it in the popup. */
  sentence: TextSpan | null;
}

export interface Timestamps {
  /** ISO 8601 exactly as precise as the page: with offset, bare wall-clock, or bare day. */
  published: string | null;
  updated: string | null;
}

/** The part of a digest built without the language engines: cheap enough for the popup itself. */
export interface StoryDigest extends PageMetadata, Timestamps {
  wordCount: number;
  readingMinutes: number;
  text: string;
  highlights: Highlight[];
  publisherHighlights: string[];
}

export interface Digest extends StoryDigest {
  /**
   * The story's language as a primary subtag ("de"): the page's `lang` checked against the
   * text, or detected from it. The worker works it out; the popup's story part needs none.
   */
  language: string | null;
  actors: Actor[];
  quotes: Quote[];
  timeline: TimelineEntry[];
  summary: string;
}
