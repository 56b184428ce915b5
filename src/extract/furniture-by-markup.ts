// Furniture cues read from the markup: what the page names an element, where it sits, how
// much of it is links.
import type { ElementMark, TextBlock } from './article-text.ts';
import { AUTHOR_NAME, isAuthorBox } from './author-box.ts';
import { endsLikeSentence, isRunningProse, isShortLine, linkDensity, wordsIn } from './block-shape.ts';
import { afterLastProse, indicesWhere, lastStoryProse, outsideStoryBody, type FurnitureRule } from './furniture-rules-api.ts';
import { normalizeLine } from './phrase-match.ts';

/** Roles and names by which markup says an element moves the reader elsewhere. */
const NAVIGATION_NAMES = new Set(['navigation', 'menu', 'menubar', 'menuitem', 'tablist', 'toolbar', 'search', 'breadcrumb', 'breadcrumbs']);
/**
 * Class and id words publishers give the furniture they place inside an article: the
 * boxes for sharing, newsletters and other stories, bylines, media captions, credits and
 * copyright lines, calls to action and offers ("cta", "upsell"), and a control's passing
 * notice ("toast", "snackbar": "Story saved"). Whole words only (`share-bar` → share, bar).
 * Not "paywall" nor "premium": publishers name the story's own body so when it is behind one.
 */
const FURNITURE_NAMES = new Set([
  'share', 'sharing', 'social', 'newsletter', 'subscribe', 'subscription', 'signup', 'related', 'recommended', 'recirculation', 'promo',
  'byline', 'caption', 'credit', 'credits', 'copyright', 'tags', 'breadcrumb', 'breadcrumbs', 'cta', 'upsell', 'toast',
  'snackbar',
]);
/**
 * A class word may compound a furniture name with more words ("relatedlinks",
 * "newsletterform"). Only names this long are read as such an opening: a shorter one opens
 * other words by chance ("tags" opens "tagstyle", a generated class).
 */
const MIN_COMPOUNDED_NAME = 7;
const COMPOUNDED_FURNITURE_NAMES = [...FURNITURE_NAMES].filter((name) => name.length >= MIN_COMPOUNDED_NAME);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * Class and id words by which a page names the line of its post's metadata: who posted it,
 * when, where it is filed ("entry-meta", "post__meta", WordPress's "postmetadata").
 */
const METADATA_NAMES = new Set(['meta', 'metadata', 'metainfo', 'postmeta', 'postmetadata', 'entrymeta', 'articlemeta']);
/**
 * The tag, class and id word by which a page names the foot of its article ("entry-footer",
 * "article-footer-box", `<footer>`): the tags, the document's details, its links to print or
 * download it. Inside a quote the element names the quote's source, so only after the story.
 */
const isFoot = taggedOrNamed('footer');
/** Class, id and role words by which a page names a control set as a button: a link drawn as one, a follow or vote box. */
const BUTTON_NAMES = new Set(['button', 'btn']);
/**
 * Words naming a button that opens or closes a section (an accordion's or a disclosure's
 * toggle, `<a class="collapsed" role="button">`): its words are the section's title.
 */
const DISCLOSURE_NAMES = new Set(['collapse', 'collapsed', 'accordion', 'toggle', 'expand', 'expanded', 'expander']);
/** A line this link-heavy is a link, not text that cites one. */
const LINK_LINE_DENSITY = 0.6;
/** A line this link-heavy is one link and nothing else: a teaser for another page. */
const WHOLE_LINK_DENSITY = 0.9;
/** A menu or a list of other stories is at least this many links in a row. */
const MIN_LINK_RUN = 3;
/** A label line introducing a list is a few words. */
const LABEL_WORDS = 6;
const URL_ONLY = /^https?:\/\/\S+$/i;
/** Arrows that open a link to elsewhere: ">>", ">>>", "->", "→", "▶", "►", "➡", "⇒". */
const ARROW_OPENING = /^\s*(?:>{2,}|->|[→▶►➡⇒])/u;
/** An address as the line's whole text: "http://amzn.to/x", "www.example.org", "example.org", "desk@example.org". */
const ADDRESS_ONLY = /^(?:https?:\/\/\S+|[\p{L}\p{N}.-]+\.\p{L}{2,}(?:\/\S*)?|\S+@\S+\.\p{L}{2,})$/iu;
const LETTER = /\p{L}/u;
/**
 * The class words (as split, see ElementMark) by which a page hides an element from sight
 * but not from screen readers ("sr-only", "visually-hidden", "screen-reader-text", Drupal's
 * "element-invisible"), or hides it completely ("hidecompletely"). Not "hidden" alone:
 * "hidden-xs", "label-hidden" hide it on small screens only, or hide a field's label.
 */
const HIDDEN_FROM_SIGHT = /(?:^|\s)(?:sr only|visually hidden|visuallyhidden|screen reader text|element invisible|hidecompletely)(?:\s|$)/u;
/** What parts the links of a bar: a bar, a middle dot or a bullet with spaces around it. */
const LINK_BAR_SEPARATOR = /\s[|·•]\s/u;
/** A file's size as the line's whole text, its type perhaps before it: "123 KB", "(PDF, 1,2 MB)". */
const FILE_SIZE_ONLY = /^\(?(?:\p{L}{2,4}\s*[,|·–-]?\s*)?\d+(?:[.,]\d+)?\s*[KMG]B\)?$/iu;
/** A caption is a line or two; a credit may stand beside it in the picture's box. */
const CAPTION_WORDS = 25;
/** Pictures' boxes holding this share of the article's words are its story: a gallery told in captions. */
const GALLERY_SHARE = 0.5;
/** An empty section: its heading and one line ("Opinions", "You've reached the end"). */
const SHELL_LINES = 2;
/** A template repeats its slots; a story repeats a line at most once (a pull quote). */
const TEMPLATE_REPEATS = 3;

const isNamed = (mark: ElementMark, names: ReadonlySet<string>): boolean => mark.names.some((word) => names.has(word));
/** An element that is the tag `word`, or has it among its class and id words: `<footer>`, "article-footer". */
function taggedOrNamed(word: string): (mark: ElementMark) => boolean {
  return (mark) => mark.tag === word || mark.names.includes(word);
}

/**
 * Inside an element the markup names as navigation (`<nav>`, role="menu",
 * aria-label="Breadcrumbs") that holds no running prose.
 */
export const navigation: FurnitureRule = {
  name: 'navigation',
  find: (blocks) => inFurnitureBoxes(blocks, (mark) => mark.tag === 'nav' || isNamed(mark, NAVIGATION_NAMES)),
};

/**
 * Inside an element the page names as hidden from sight (see HIDDEN_FROM_SIGHT): text for
 * screen readers only, a control's or a box's label and its end mark ("Video", "End of the
 * video", "Loading…", "Gallery with 4 pictures"), not what a reader sees of the story.
 */
export const screenReaderText: FurnitureRule = {
  name: 'screen reader text',
  find: (blocks) => indicesWhere(blocks, (block) => block.path.some((mark) => HIDDEN_FROM_SIGHT.test(mark.names.join(' ')))),
};

/**
 * A short line inside an element the page names a button (see BUTTON_NAMES) that holds no
 * running prose: a control's label or count, not the story's words ("GET THE QUIZ: INSTANT
 * DOWNLOAD!", "+ FOLLOW", "Edit Story", "mehr...", a vote count "0"). A button that opens a
 * section of the story (see DISCLOSURE_NAMES) shows that section's title, which stays.
 */
export const buttons: FurnitureRule = {
  name: 'buttons',
  find: (blocks) =>
    inFurnitureBoxes(blocks, (mark) => isNamed(mark, BUTTON_NAMES)).filter((index) => {
      const block = blocks[index]!;
      return isShortLine(block) && !block.path.some((mark) => isNamed(mark, DISCLOSURE_NAMES));
    }),
};

/**
 * Inside an element whose class or id names it furniture (a share bar, a newsletter box,
 * a caption, an author's box) and that holds no running prose: a post's own classes
 * ("tag-social", "category-related") name the whole story, which is prose.
 */
export const namedFurniture: FurnitureRule = {
  name: 'named furniture',
  find: (blocks) => {
    const lastProse = blocks.findLastIndex(isRunningProse);
    // After the story "author" alone names the author's box ("post-author"): the wrappers it names around a headline are above.
    const isBox = (mark: ElementMark, index: number): boolean => isNamedFurniture(mark) || isAuthorBox(mark) || (index > lastProse && mark.names.includes(AUTHOR_NAME));
    return inFurnitureBoxes(blocks, isBox).filter((index) => !inFigureCaption(blocks[index]!));
  },
};

/**
 * Where a page frames its story (in its header or after its last paragraph of prose), the
 * lines that are no sentence inside an element named for the post's metadata (see
 * METADATA_NAMES) that holds no running prose: "February 4, 2026 • words by Jo Lind", "Online
 * seit heute, 12.09 Uhr", "Von R. R. am 07.08.2026 gespeichert unter Hafen". The timestamp and
 * byline rules read such lines by their words; the box names them in any wording. A sentence
 * there (a dek set beside the date) stays, and so do a box's lines inside the story's body: a
 * recipe's times and servings in a box so named are the recipe's.
 */
export const metadataBoxes: FurnitureRule = {
  name: 'metadata boxes',
  find: (blocks) => {
    const inBoxes = new Set(inFurnitureBoxes(blocks, (mark) => isNamed(mark, METADATA_NAMES)));
    return outsideStoryBody(blocks, (block) => !endsLikeSentence(block.text)).filter((index) => inBoxes.has(index));
  },
};

/**
 * After the story's last paragraph of prose, the lines inside the article's foot (see
 * isFoot) that holds no running prose: "Document details", "Authors", "The article as
 * PDF". Readability drops most pages' footers; a footer nested in the article's own box stays.
 */
export const articleFooters: FurnitureRule = {
  name: 'article footers',
  find: (blocks) => {
    const inFooters = new Set(inFurnitureBoxes(blocks, isFoot));
    return afterLastProse(blocks, () => true).filter((index) => inFooters.has(index));
  },
};

/**
 * A class or id word that is a furniture name, a numbered one (a theme's variants: "cta3",
 * "share2"), or opens with a long one ("relatedlinks").
 */
const isNamedFurniture = (mark: ElementMark): boolean =>
  mark.names.some(
    (word) =>
      FURNITURE_NAMES.has(word) ||
      FURNITURE_NAMES.has(word.replace(VARIANT_NUMBER, '')) ||
      COMPOUNDED_FURNITURE_NAMES.some((name) => word.length > name.length && word.startsWith(name)),
  );
/** The number a theme puts after a class name to tell its variants apart: "cta3", "share_2" (split off as "2"). */
const VARIANT_NUMBER = /(?<=\p{L})\d+$/u;

/**
 * Inside a <figcaption>: the article is a gallery, whose captions are its story (article-text
 * reads them only then), so their "caption" class names no furniture.
 */
const inFigureCaption = (block: TextBlock): boolean => block.path.some((mark) => mark.tag === 'figcaption');

/** Blocks inside an element `isBox` accepts (for the block at `index`), unless that element holds running prose. */
function inFurnitureBoxes(blocks: readonly TextBlock[], isBox: (mark: ElementMark, index: number) => boolean): number[] {
  const holdsProse = new Set(blocks.filter(isRunningProse).flatMap((block) => block.path));
  return indicesWhere(blocks, (block, index) => block.path.some((mark) => isBox(mark, index) && !holdsProse.has(mark)));
}

/**
 * A picture's caption set without a <figcaption>: the text of a box that opens with a
 * picture and holds a line or two besides (its caption, perhaps its credit), as in
 * `<div><img><p>The bridge at dusk</p></div>` or `<a><img></a><br>The bridge at dusk`. Text
 * before the picture (an emoji's line, a paragraph a picture floats in) makes it no
 * picture's box; boxes holding most of the article are a gallery, whose captions are its story.
 */
export const pictureCaptions: FurnitureRule = {
  name: 'picture captions',
  find: (blocks) => {
    const boxes = new Set(blocks.flatMap((block) => (block.tableCell ? [] : (block.path.findLast(isPictureBox) ?? []))));
    const words = (indices: readonly number[]): number => indices.reduce((sum, index) => sum + blocks[index]!.words, 0);
    const captions = [
      ...new Set(
        [...boxes].map((box) => indicesWhere(blocks, (block) => block.path.includes(box))).filter((inBox) => words(inBox) <= CAPTION_WORDS).flat(),
      ),
    ];
    const all = words(blocks.map((_, index) => index));
    return words(captions) > GALLERY_SHARE * all ? [] : captions;
  },
};

/**
 * An element that opens with a picture and is no paragraph the picture floats in, nor a
 * quote that shows its speaker's portrait.
 */
const isPictureBox = (mark: ElementMark): boolean => mark.opensWithPicture && !TEXT_BOX_TAGS.has(mark.tag);
const TEXT_BOX_TAGS = new Set(['p', 'blockquote']);

/**
 * Lines that are not sentences inside the article's head before the story's first paragraph
 * of prose (a `<header>`, or an element with the class or id word "header": "article-header",
 * "infobox header"): the headline, kicker, byline, date and the document's details sit there.
 * (A dek or lead there is a sentence and stays; a head further down opens a section of the story.)
 */
export const articleHeader: FurnitureRule = {
  name: 'article header',
  find: (blocks) => {
    const firstProse = blocks.findIndex(isRunningProse);
    return indicesWhere(
      blocks,
      (block, index) => (firstProse < 0 || index < firstProse) && !endsLikeSentence(block.text) && block.path.some(isHead),
    );
  },
};
const isHead = taggedOrNamed('header');

/** Three or more short lines in a row that are mostly link text (a menu, a list of other stories), with their label. */
export const linkRuns: FurnitureRule = {
  name: 'link runs',
  find: (blocks) => {
    const found: number[] = [];
    let start = 0;
    for (let index = 0; index <= blocks.length; index++) {
      if (index < blocks.length && isLinkLine(blocks[index]!)) continue;
      if (index - start >= MIN_LINK_RUN) {
        for (let k = start; k < index; k++) found.push(k);
        const label = blocks[start - 1];
        if (label && isLabelLine(label)) found.push(start - 1);
      }
      start = index + 1;
    }
    return found;
  },
};

/**
 * After the story's last paragraph of prose, a short line that is a link and nothing else
 * (a teaser for another story, "Diskussion im Forum"): the story is over. Not an address
 * (a source the story names) nor a list item (a list of products or sources the story gives).
 */
export const trailingLinks: FurnitureRule = {
  name: 'trailing links',
  find: (blocks) =>
    afterLastProse(
      blocks,
      (block) => !block.tableCell && !block.listItem && isShortLine(block) && linkDensity(block) >= WHOLE_LINK_DENSITY && !ADDRESS_ONLY.test(block.text),
    ),
};

/**
 * A short line that is one link and nothing else, opened by an arrow (">>> Zulieferer
 * profitiert vom Aufschwung", "→ Alle Ergebnisse"), anywhere in the story: a teaser for
 * another page set between the story's paragraphs. The arrow tells it from a linked line the
 * story gives as its own (a document's title); a guillemet opens quotes, so it is no arrow.
 */
export const arrowLinks: FurnitureRule = {
  name: 'arrow links',
  find: (blocks) => indicesWhere(blocks, (block) => !block.tableCell && isShortLine(block) && linkDensity(block) >= WHOLE_LINK_DENSITY && ARROW_OPENING.test(block.text)),
};

/**
 * A short line that is one link and nothing else, in capital letters ("A LONG HISTORY OF THE
 * BRIDGE'S REPAIRS"), anywhere in the story, not a heading: a teaser for another story that
 * the page shouts between the story's paragraphs. A document the story links by its title is
 * written as titles are; a heading in capitals opens the story's own section.
 */
export const shoutedLinks: FurnitureRule = {
  name: 'shouted links',
  find: (blocks) =>
    indicesWhere(blocks, (block) => !block.tableCell && !block.heading && isShortLine(block) && linkDensity(block) >= WHOLE_LINK_DENSITY && isShouted(block.text)),
};

/** Shouting is a few words at least, their cased letters nearly all capitals ("AMAs" still shouts). */
const SHOUTED_WORDS = 3;
const SHOUTED_CAPITALS_SHARE = 0.9;
const CAPITAL = /\p{Lu}/gu;
const SMALL_LETTER = /\p{Ll}/gu;

function isShouted(text: string): boolean {
  const capitals = text.match(CAPITAL)?.length ?? 0;
  const small = text.match(SMALL_LETTER)?.length ?? 0;
  return text.split(/\s+/u).length >= SHOUTED_WORDS && capitals > 0 && capitals / (capitals + small) >= SHOUTED_CAPITALS_SHARE;
}

/**
 * A short line of links set side by side, parted by bars or dots ("Print | Send | Report an
 * error", "Press kit - all releases | Subscribe to the feed"), or a label and the link it
 * labels ("READ MORE | Council delays the vote"), anywhere in the story: a menu or a teaser,
 * not a sentence. A story's own line names one link and reads on, without such marks between.
 */
export const linkBars: FurnitureRule = {
  name: 'link bars',
  find: (blocks) => indicesWhere(blocks, (block) => isLinkLine(block) && LINK_BAR_SEPARATOR.test(block.text)),
};

/** A short line that is mostly link text, outside tables. */
export function isLinkLine(block: TextBlock): boolean {
  return !block.tableCell && isShortLine(block) && linkDensity(block) >= LINK_LINE_DENSITY;
}

/** A few words that are not a sentence nor a link: the label of a box or a list. */
export function isLabelLine(block: TextBlock): boolean {
  return !block.tableCell && wordsIn(block) <= LABEL_WORDS && !endsLikeSentence(block.text) && linkDensity(block) < LINK_LINE_DENSITY;
}

/**
 * A line that is a file's size, its type perhaps beside it ("123 KB", "PDF, 1,2 MB"): a
 * download link's, with the short label right above it ("Download the report as PDF").
 */
export const downloads: FurnitureRule = {
  name: 'downloads',
  find: (blocks) =>
    indicesWhere(blocks, (block) => !block.tableCell && FILE_SIZE_ONLY.test(block.text)).flatMap((index) => {
      const label = blocks[index - 1];
      return label && isLabelLine(label) ? [index - 1, index] : [index];
    }),
};

/** The page's own identity repeated in the article: its address (a print header), its headline as a heading. */
export const pageIdentity: FurnitureRule = {
  name: 'page identity',
  find: (blocks, context) => {
    const url = context.url ? bareAddress(context.url) : null;
    const title = context.title ? normalizeLine(context.title) : null;
    return indicesWhere(blocks, (block) => {
      const text = block.text.trim();
      if (URL_ONLY.test(text)) return url !== null && bareAddress(text) === url;
      return title !== null && block.heading && block.line === title;
    });
  },
};

function bareAddress(url: string): string {
  return url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
}

/**
 * The same short line, not a sentence nor a list item, three times or more: a template's
 * slot (an ad label, a gallery's caption).
 */
export const repeatedLines: FurnitureRule = {
  name: 'repeated lines',
  find: (blocks) => {
    const keyOf = (block: TextBlock): string | null =>
      block.tableCell || block.listItem || !isShortLine(block) || endsLikeSentence(block.text) || !LETTER.test(block.text) ? null : block.line;
    const counts = new Map<string, number>();
    for (const block of blocks) {
      const key = keyOf(block);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return indicesWhere(blocks, (block) => (counts.get(keyOf(block) ?? '') ?? 0) >= TEMPLATE_REPEATS);
  },
};

/**
 * A box after the story's last paragraph of prose that holds a heading, at most one line
 * besides, and no sentence: the empty shell of a comments or opinions section, an
 * end-of-article banner. (A box of several lines, an address or a fact sheet, says something.)
 */
export const closingBoxes: FurnitureRule = {
  name: 'closing boxes',
  find: (blocks) => {
    const lastProse = lastStoryProse(blocks);
    if (lastProse < 0) return [];
    const found = new Set<number>();
    for (let index = lastProse + 1; index < blocks.length; index++) {
      const heading = blocks[index]!;
      // The box is the element around the heading's own (a link inside it may hold its text).
      const own = heading.heading ? heading.path.findLastIndex((mark) => HEADING_TAGS.has(mark.tag)) : -1;
      const box = own > 0 ? heading.path[own - 1] : undefined;
      if (!box || box === heading.path[0]) continue;
      const inBox = indicesWhere(blocks, (block) => block.path.includes(box));
      const shell = inBox.length <= SHELL_LINES && inBox.every((k) => k > lastProse && isShellLine(blocks[k]!));
      if (shell) for (const k of inBox) found.add(k);
    }
    return [...found];
  },
};

/** A line of an empty box: short, not a sentence, not part of a list or a table. */
function isShellLine(block: TextBlock): boolean {
  return isShortLine(block) && !endsLikeSentence(block.text) && !block.listItem && !block.tableCell;
}
