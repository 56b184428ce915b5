// Furniture cues read from a line's words, in the tables of furniture-phrases.ts: a
// control's label, a label introducing other stories, a prompt to subscribe, a credit, a
// post's metadata, a site's notice under every story. Only short lines: running prose is
// never furniture.
import type { TextBlock } from './article-text.ts';
import { endsLikeSentence, isRunningProse, isShortLine, wordsIn } from './block-shape.ts';
import { isLabelLine, isLinkLine } from './furniture-by-markup.ts';
import {
  ACCOUNT_WORDS,
  ADVERTISING_LABELS,
  CALL_TO_ACTION_OPENINGS,
  COMMENT_VENUE_WORDS,
  COMMENTING_WORDS,
  CONTROL_LABELS,
  COOKIE_NOTICE_PHRASES,
  COUNTER_WORDS,
  MEDIA_CREDIT_OPENINGS,
  MEDIA_LABELS,
  NEWSLETTER_OWNERS,
  NEWSLETTER_WORDS,
  OPEN_LICENCES,
  OTHER_STORIES_LABELS,
  PAGE_NOTICE_PHRASES,
  POST_META_LABELS,
  POST_META_VERBS,
  PRESS_CONTACT_LABELS,
  PUBLICATION_WORDS,
  READ_MORE_LABELS,
  READING_TIME_WORDS,
  RIGHTS_NOTICES,
  SITE_NOTICE_PHRASES,
  TEXT_CREDIT_LABELS,
  TRANSLATION_CREDIT_OPENINGS,
} from './furniture-phrases.ts';
import { hostOf } from '../digest/host-of.ts';
import { afterLastProse, indicesWhere, outsideStoryBody, type FurnitureRule } from './furniture-rules-api.ts';
import { containsPhrase, isOnlyPhrases, mentionsPhrase, normalizeLine, openingPhrase, phraseTable, type PhraseTable } from './phrase-match.ts';

const ADVERTISING = phraseTable(ADVERTISING_LABELS);
const CONTROLS_AND_ADVERTISING = phraseTable({ ...prefixed('control', CONTROL_LABELS), ...prefixed('ad', ADVERTISING_LABELS) });
const OTHER_STORIES = phraseTable(OTHER_STORIES_LABELS);
const CALLS_TO_ACTION = phraseTable(CALL_TO_ACTION_OPENINGS);
const PUBLICATION = new Set(Object.values(PUBLICATION_WORDS).flat());
const MEDIA = phraseTable(MEDIA_LABELS);
const MEDIA_WORDS = new Set(Object.values(MEDIA_LABELS).flat());
const MEDIA_CREDITS = phraseTable(MEDIA_CREDIT_OPENINGS);
const TEXT_CREDITS = phraseTable(TEXT_CREDIT_LABELS);
const TRANSLATION_CREDITS = phraseTable(TRANSLATION_CREDIT_OPENINGS);
/** A media label and its colon inside a line: "… Fotos: Ana Ruiz". */
const MEDIA_LABEL_AND_COLON = new RegExp(`(?:^|[^\\p{L}])(?:${[...MEDIA_WORDS].map(escapeRegExp).join('|')})\\s*:`, 'u');
const POST_META = phraseTable(POST_META_LABELS);
const POST_META_VERB = phraseTable(POST_META_VERBS);
const READING_TIME = Object.values(READING_TIME_WORDS).flat();
const RIGHTS = Object.values(RIGHTS_NOTICES).flat();
const RIGHTS_TABLE = phraseTable(RIGHTS_NOTICES);
const LICENCES = Object.values(OPEN_LICENCES).flat();
const COMMENTING = Object.values(COMMENTING_WORDS).flat();
const ACCOUNT = Object.values(ACCOUNT_WORDS).flat();
const COMMENT_VENUES = Object.values(COMMENT_VENUE_WORDS).flat();
const SITE_NOTICES = Object.values(SITE_NOTICE_PHRASES).flat();
const SITE_NOTICE_TABLE = phraseTable(SITE_NOTICE_PHRASES);
const COOKIE_NOTICES = Object.values(COOKIE_NOTICE_PHRASES).flat();
const PAGE_NOTICES = Object.values(PAGE_NOTICE_PHRASES).flat();
const PRESS_CONTACTS = phraseTable(PRESS_CONTACT_LABELS);
/** A contact block is a few lines: a desk, a name, phones, addresses, links. */
const CONTACT_BLOCK_LINES = 12;
const READ_MORE = Object.values(READ_MORE_LABELS).flat();
const COUNTERS = new Set(Object.values(COUNTER_WORDS).flat());
const NEWSLETTERS = Object.values(NEWSLETTER_WORDS).flat();
const NEWSLETTER_OWNER_WORDS = new Set(Object.values(NEWSLETTER_OWNERS).flat());
/** A counter is a few words and its numbers. */
const COUNTER_LINE_WORDS = 8;
const DIGIT = /\d/u;
const WORDS = /[\p{L}’']+/gu;
/** The copyright sign opening a line: "© Jane Doe", "(c) 2026 Harbor Ledger". */
const COPYRIGHT_OPENING = /^\s*(?:©|\(c\)\s)/iu;
/** The copyright sign or word, in any language: "© 2026 Harbor Ledger", "Copyright Harbor Ledger". */
const COPYRIGHT_MARK = /©|\(c\)\s*\d{4}|\bcopyright\b/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Two tables' languages under distinct keys, to file them as one. */
function prefixed(prefix: string, table: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(table).map(([language, words]) => [`${prefix}:${language}`, words]));
}

/** What may sit between a label and the text it labels: "Related: …", "ANZEIGE – …". */
const LABEL_SEPARATOR = /^\s*[:|–—\-»›>]/u;
const COLON_NEXT = /^\s*:/u;
/** A figure's number after its label, then a colon or a full stop: "Figure 3: …", "Abb. 4. …". */
const FIGURE_NUMBER_NEXT = /^\.?\s*\d{1,3}[a-z]?\s*[:.]\s/u;
const TRAILING_MARKS = /[\s\p{P}]+$/u;
const LEADING_SEPARATORS = /^[\s:.\-–—|»›>]+/u;
/** "(Image: GETTY)", "(Photo: AP)" closing a caption. */
const TRAILING_CREDIT = /\(\s*(\p{L}+)s?\s*:[^()]{1,60}\)\s*$/u;
/**
 * A credit closing a caption after its last sentence, without brackets: "… in Taipei.
 * Photo: AP", "… Schuljahr. Foto: Andina". Its label is the captured word; a name of a few
 * words follows, not a sentence.
 */
const CLOSING_CREDIT = /[.!?…]["'”’»)]*\s+(\p{L}+)\s*:\s*[^.!?:;]{1,40}$/u;
/** "Image 3 of 12", "1 / 23": a gallery's counter. */
const GALLERY_COUNTER = /^(?:\p{L}+\s+)?\d+\s*(?:of|von|de|di|van|\/)\s*\/?\s*\d+$/iu;
/**
 * Marks a read-more link may carry after its label: "mehr •••", "Read more ›". Not a full
 * stop: "… links. More." closes a sentence, a notice's own.
 */
const TRAILING_SYMBOLS = /[\s\p{S}•›»>…]+$/u;
/** What ends a teaser's blurb before its read-more link: a sentence's end or a cut ("…"). */
const BLURB_END = /[.!?…]["'”’»)]*\s*$/u;
/** A caption or credit is a line or two. */
const CREDIT_WORDS = 25;
/** A prompt or a notice is a sentence or two. */
const NOTICE_WORDS = 40;

const opensWith = (block: TextBlock, phrases: PhraseTable): string | null => openingPhrase(block.line, phrases);

/** Only control labels: "Share Tweet Email", "Advertisement", "Comments (3)", "About the author". */
export const controlLabels: FurnitureRule = {
  name: 'control labels',
  find: (blocks) => indicesWhere(blocks, (block) => isShortLine(block) && isOnlyPhrases(block.line, CONTROLS_AND_ADVERTISING)),
};

/** An ad slot's label before the ad's own words: "ANZEIGE – Heute mal ausgehen?". */
export const advertising: FurnitureRule = {
  name: 'advertising',
  find: (blocks) =>
    indicesWhere(blocks, (block) => {
      const line = block.line;
      const label = wordsIn(block) <= NOTICE_WORDS ? openingPhrase(line, ADVERTISING) : null;
      return label !== null && LABEL_SEPARATOR.test(line.slice(label.length));
    }),
};

/**
 * Links to other stories: a label line ("Related", "Lesen Sie auch") with the run of
 * short linked lines after it, or of the short items of a list under it that each hold a
 * link ("YouTubers must unionize, <a>no matter what Google says</a>"); or a line opening with
 * such a label whose rest is a link.
 */
export const otherStories: FurnitureRule = {
  name: 'other stories',
  find: (blocks) => {
    const found: number[] = [];
    blocks.forEach((block, index) => {
      const label = isShortLine(block) ? opensWith(block, OTHER_STORIES) : null;
      if (!label) return;
      const rest = block.line.slice(label.length).replace(LEADING_SEPARATORS, '').replace(TRAILING_MARKS, '');
      // A label alone may be a question ("Schon gelesen?"); a label line is a few words.
      const labelLine = rest === '' || isLabelLine(block);
      if (labelLine || isLinkLine(block)) found.push(index);
      if (!labelLine) return;
      for (let next = index + 1; next < blocks.length && (isLinkLine(blocks[next]!) || isLinkedItem(blocks[next]!)); next++) found.push(next);
    });
    return found;
  },
};

/** A short list item holding a link: a teaser line in a list of other stories. */
const isLinkedItem = (block: TextBlock): boolean => block.listItem && !block.tableCell && block.linkChars > 0 && isShortLine(block);

/**
 * A teaser for another page: a blurb of a sentence or two closed by a read-more link
 * ("… Hier finden Sie Antworten auf viele Fragen. mehr"), with the teaser's title when a
 * short heading or link line stands right above it. The label must be linked and follow a
 * sentence's end or a cut, so a sentence ending "… immer mehr" stays.
 */
export const teaserBlurbs: FurnitureRule = {
  name: 'teaser blurbs',
  find: (blocks) =>
    indicesWhere(blocks, (block) => wordsIn(block) <= NOTICE_WORDS && readMoreLabelAtEnd(block) !== null).flatMap((index) => {
      const title = blocks[index - 1];
      return title && isShortLine(title) && (title.heading || isLinkLine(title)) ? [index - 1, index] : [index];
    }),
};

/** The read-more label closing the block after its blurb, when link text can hold it; else null. */
function readMoreLabelAtEnd(block: TextBlock): string | null {
  const line = block.line.replace(TRAILING_SYMBOLS, '');
  for (const label of READ_MORE) {
    if (!line.endsWith(label) || label.replace(/\s+/g, '').length > block.linkChars) continue;
    const before = line.slice(0, -label.length);
    if (BLURB_END.test(before) && before.trim() !== '') return label;
  }
  return null;
}

/**
 * A short prompt to act on the publication: "Sign up for our newsletter", "Folgen Sie uns auf
 * Twitter", or one naming the site by its address's name ("Subscribe to LEDGER and stay
 * informed" on ledger.example).
 */
export const callsToAction: FurnitureRule = {
  name: 'calls to action',
  find: (blocks, context) => {
    const site = context.url ? siteName(context.url) : null;
    return indicesWhere(
      blocks,
      (block) => wordsIn(block) <= NOTICE_WORDS && opensWith(block, CALLS_TO_ACTION) !== null && mentionsPublication(block, site),
    );
  },
};

/**
 * A line that names the site's own newsletter, a sentence or two: "Lust auf Rezepte? Melden
 * Sie sich für unseren Newsletter an!", "Mit unserem Newsletter erhalten Sie monatlich …",
 * "Sie haben sich soeben zu unserem Newsletter angemeldet." A newsletter without an owner's
 * word ("Extra-Newsletter an Mitglieder") may be the story's subject: it stays.
 */
export const newsletterPrompts: FurnitureRule = {
  name: 'newsletter prompts',
  find: (blocks) =>
    indicesWhere(blocks, (block) => wordsIn(block) <= NOTICE_WORDS && mentionsPhrase(block.line, NEWSLETTERS) && (block.line.match(WORDS) ?? []).some((word) => NEWSLETTER_OWNER_WORDS.has(word))),
};

/**
 * A counter and nothing else: "Post Views: 22", "(Visited 215 times, 55 visits today)", "1.234
 * Aufrufe"; or one a page set in two lines, its number alone beside its words ("3.409" /
 * "letture"): a line of counter words next to a line that is a number.
 */
export const counters: FurnitureRule = {
  name: 'counters',
  find: (blocks) =>
    indicesWhere(blocks, (block, index) => {
      if (NUMBER_ONLY.test(block.text)) return [blocks[index - 1], blocks[index + 1]].some((next) => next !== undefined && isCounterWords(next));
      if (!isCounterWords(block)) return false;
      return DIGIT.test(block.line) || [blocks[index - 1], blocks[index + 1]].some((next) => next !== undefined && NUMBER_ONLY.test(next.text));
    }),
};

/** A few words, all counters' ("views", "Aufrufe", "letture"), and perhaps numbers. */
function isCounterWords(block: TextBlock): boolean {
  const words = block.line.match(WORDS) ?? [];
  return words.length > 0 && words.length <= COUNTER_LINE_WORDS && words.every((word) => COUNTERS.has(word));
}
/** A count as the line's whole text: "22", "3.409", "1,2K". */
const NUMBER_ONLY = /^\d+(?:[.,]\d+)*\s*[KkMm]?$/u;

/**
 * "Sign up for a free account" in a how-to is the story's; "sign up for our newsletter" is the
 * site's, and so is a prompt naming the site itself (`site`, see siteName).
 */
function mentionsPublication(block: TextBlock, site: string | null): boolean {
  const line = block.line;
  if (line.includes('@')) return true;
  const words = line.split(/[^\p{L}\p{N}]+/u);
  return words.some((word, index) => word === site || PUBLICATION.has(word) || PUBLICATION.has(`${word} ${words[index + 1] ?? ''}`));
}

/**
 * The name in a page's address, lower-cased: "wired" of www.wired.com, "bbc" of www.bbc.co.uk.
 * Null for an address without one, or a name too short to tell from a word.
 */
export function siteName(url: string): string | null {
  const labels = hostOf(url)?.toLowerCase().split('.');
  if (!labels) return null;
  const topLevel = labels.pop() ?? '';
  // Under a country's domain a registry may sell names one level down: bbc.co.uk, abc.net.au.
  if (topLevel.length === COUNTRY_DOMAIN_CHARS && labels.length >= 2 && REGISTRY_LABELS.has(labels.at(-1)!)) labels.pop();
  const name = labels.at(-1);
  return name !== undefined && name.length >= MIN_SITE_NAME_CHARS && SITE_NAME.test(name) ? name : null;
}
const COUNTRY_DOMAIN_CHARS = 2;
/** Second-level labels of countries' registries: co.uk, com.au, org.br, gov.uk, ac.jp, ne.jp, or.at, gv.at. */
const REGISTRY_LABELS = new Set(['co', 'com', 'org', 'net', 'gov', 'edu', 'ac', 'ne', 'or', 'go', 'gv', 'nic']);
/** A name in an address this short ("ap", "n") may be any word's. */
const MIN_SITE_NAME_CHARS = 3;
/** A name a prompt can write as a word: letters and digits, no hyphen. */
const SITE_NAME = /^[\p{L}\p{N}]+$/u;

/**
 * A credit or caption line. For pictures: "Photo: AP", "(Image: GETTY)" at its end, "Image 3
 * of 12", "Image copyright EPA", "© Jane Doe / Agency". For the words: "Text: Jo Lind Fotos:
 * Ana Ruiz", "Traduit de l'anglais".
 */
export const credits: FurnitureRule = {
  name: 'credits',
  find: (blocks) => indicesWhere(blocks, (block) => !block.tableCell && wordsIn(block) <= CREDIT_WORDS && (isMediaCredit(block) || isTextCredit(block))),
};

/** A credit's or caption's label and what follows it, a credit at the end, a counter, a © opening. */
function isMediaCredit(block: TextBlock): boolean {
  const line = block.line;
  const label = openingPhrase(line, MEDIA);
  const afterLabel = label === null ? null : line.slice(label.length);
  if (afterLabel !== null && (COLON_NEXT.test(afterLabel) || FIGURE_NUMBER_NEXT.test(afterLabel))) return true;
  const trailing = (TRAILING_CREDIT.exec(block.text) ?? CLOSING_CREDIT.exec(block.text))?.[1]?.toLowerCase();
  if (trailing !== undefined && MEDIA_WORDS.has(trailing)) return true;
  return openingPhrase(line, MEDIA_CREDITS) !== null || GALLERY_COUNTER.test(line) || isCopyrightCredit(block.text);
}

/**
 * A credit for the words, not the pictures: the words' label and a picture's after it ("Text:
 * Jo Lind Fotos: Ana Ruiz", "Words: Jo Lind, Photos: Ana Ruiz"), or a translation's credit
 * that is no sentence ("Traduit de l'anglais", "Übersetzt von: Jo Lind"). "Text:" alone may
 * introduce a document the story quotes: it stays.
 */
function isTextCredit(block: TextBlock): boolean {
  const line = block.line;
  const label = openingPhrase(line, TEXT_CREDITS);
  if (label !== null && COLON_NEXT.test(line.slice(label.length)) && MEDIA_LABEL_AND_COLON.test(line.slice(label.length))) return true;
  return !endsLikeSentence(block.text) && openingPhrase(line, TRANSLATION_CREDITS) !== null;
}

/**
 * A line opening with the copyright sign that is not a sentence: a picture's credit
 * ("© Jane Doe / Harbor Ledger"). A sentence after the sign may be a caption or the story's
 * dek glued to the credit: it stays.
 */
const isCopyrightCredit = (text: string): boolean => COPYRIGHT_OPENING.test(text) && !endsLikeSentence(text);

/** A post's own metadata: "Filed under: …", "Tags: …", "Posted on March 30, 2015 by Admin". */
export const postMeta: FurnitureRule = {
  name: 'post metadata',
  find: (blocks) =>
    indicesWhere(
      blocks,
      (block) =>
        isShortLine(block) &&
        (opensWith(block, POST_META) !== null || (!endsLikeSentence(block.text) && opensWith(block, POST_META_VERB) !== null)),
    ),
};

/** "4 min read", "Lesezeit: 3 Minuten". */
export const readingTime: FurnitureRule = {
  name: 'reading time',
  find: (blocks) => indicesWhere(blocks, (block) => isLabelLine(block) && containsPhrase(block.line, READING_TIME)),
};

/**
 * After the story's last paragraph of prose, a short line noticing the page's rights: "©
 * 2026 Harbor Ledger", "Harbor Ledger, all rights reserved", "Text: CC BY 4.0", a line
 * whose every sentence is the notice ("© 2026 Harbor Ledger Inc. All Rights Reserved.",
 * "Copyright @ 2026 The Ledger."), or a sentence putting the text under an open licence
 * ("This text is published under CC BY-SA 4.0."). Another sentence about rights stays: a
 * wire service closes its copy with its terms ("… may not be published, broadcast,
 * rewritten or redistributed."), and names no open licence. A credit inside the story is
 * read by media credits.
 */
export const rightsNotices: FurnitureRule = {
  name: 'rights notices',
  find: (blocks) =>
    afterLastProse(
      blocks,
      (block) => isShortLine(block) && (namesOpenLicence(block) || isNoticeSentences(block.text) || (!endsLikeSentence(block.text) && isRightsLine(block))),
    ),
};

const namesOpenLicence = (block: TextBlock): boolean => containsPhrase(block.line, LICENCES);
const isRightsLine = (block: TextBlock): boolean => COPYRIGHT_MARK.test(block.text) || containsPhrase(block.line, RIGHTS);

/**
 * A sentence claiming the copyright: the sign, or the word with a sign or a year after it
 * ("© Harbor Ledger.", "Copyright © 2026 Harbor Ledger Inc.", "Copyright @ 2026 The
 * Ledger."). The word alone opens a story's sentence too ("Copyright law changed.").
 */
const COPYRIGHT_SENTENCE = /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|@)?\s*\d{4}|copyright\s*©)/iu;
/** Where one sentence of a line ends and the next opens. */
const SENTENCE_BREAK = /(?<=[.!?])\s+/u;

/**
 * A line that is the rights notice and nothing else, sentence by sentence: each claims the
 * copyright or says "All rights reserved." (RIGHTS_NOTICES). Its full stops make it look
 * like a sentence, but it says nothing of the story; a sentence of terms after it keeps it.
 */
const isNoticeSentences = (text: string): boolean =>
  text.split(SENTENCE_BREAK).every((sentence) => COPYRIGHT_SENTENCE.test(sentence) || isOnlyPhrases(normalizeLine(sentence), RIGHTS_TABLE));

/**
 * After the story's last paragraph of prose, a sentence or two the site prints under every
 * story: that commenting needs an account ("You must be logged in to post a comment") or is
 * moderated, a prompt to rate the article, a disclaimer that the views are the author's. A
 * line that is the notice's words and nothing else ("(Alle Angaben ohne Gewähr)") is one
 * wherever it stands.
 */
export const siteNotices: FurnitureRule = {
  name: 'site notices',
  find: (blocks) => [
    ...afterLastProse(blocks, (block) => wordsIn(block) <= NOTICE_WORDS && (isCommentingNotice(block.line) || mentionsPhrase(block.line, SITE_NOTICES))),
    ...indicesWhere(blocks, (block) => isShortLine(block) && isOnlyPhrases(block.line, SITE_NOTICE_TABLE)),
  ],
};

/** A line naming commenting and an account, its moderation or where it goes: the comment box's notice. */
const isCommentingNotice = (line: string): boolean =>
  mentionsPhrase(line, COMMENTING) && (mentionsPhrase(line, ACCOUNT) || mentionsPhrase(line, COMMENT_VENUES));

/**
 * The site's cookie notice, a sentence or two where a page frames its story (in its header
 * or after its last paragraph of prose): "Diese Website verwendet Cookies. Wenn du die
 * Website weiterhin nutzt, stimmst du zu." Inside the story, a report on cookies stays.
 */
export const cookieNotices: FurnitureRule = {
  name: 'cookie notices',
  find: (blocks) => outsideStoryBody(blocks, (block) => wordsIn(block) <= NOTICE_WORDS && mentionsPhrase(block.line, COOKIE_NOTICES)),
};

/**
 * A sentence or two the page prints where it could not show something: "Dein Browser ist
 * leider veraltet.", "Besuchen Sie die Webseite, um dieses Element zu sehen." Anywhere: an
 * embed's placeholder stands where the embed stood, inside the story.
 */
export const pageNotices: FurnitureRule = {
  name: 'page notices',
  find: (blocks) => indicesWhere(blocks, (block) => wordsIn(block) <= NOTICE_WORDS && mentionsPhrase(block.line, PAGE_NOTICES)),
};

/**
 * Outside the story's prose, after its last paragraph or before its first (an info box beside
 * the headline), a contact block: its label alone ("Pressekontakt:", "Rückfragen
 * bitte an:", "Kontakt", "Media contact") and the short lines under it that are no sentence
 * (desk, name, phone, address, links), up to a heading or a sentence. Left in, the press
 * officer becomes a key actor. A fact box's "Contact: +49 …" is no label alone and stays.
 */
export const pressContacts: FurnitureRule = {
  name: 'press contacts',
  find: (blocks) => {
    const found: number[] = [];
    const firstProse = blocks.findIndex(isRunningProse);
    const labels = indicesWhere(blocks, (block, index) => index < firstProse && isPressContactLabel(block)).concat(afterLastProse(blocks, isPressContactLabel));
    for (const label of labels) {
      found.push(label);
      for (let next = label + 1; next < blocks.length && next <= label + CONTACT_BLOCK_LINES && isContactLine(blocks[next]!); next++) found.push(next);
    }
    return found;
  },
};

function isPressContactLabel(block: TextBlock): boolean {
  const label = isShortLine(block) ? opensWith(block, PRESS_CONTACTS) : null;
  return label !== null && block.line.slice(label.length).replace(TRAILING_MARKS, '') === '';
}

/** A line of a contact block: short, no sentence, no heading (a heading opens what follows). */
const isContactLine = (block: TextBlock): boolean => !block.heading && !block.tableCell && isShortLine(block) && !endsLikeSentence(block.text);
