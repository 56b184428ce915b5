// A check after Readability: does its content hold the page's running prose? Readability
// scores each paragraph's parent and a few ancestors, then keeps its best element and
// the siblings that score well. It goes wrong two ways on real pages: it picks a box with
// more markup than prose (a data table, a signatories list, a form's hidden error
// messages, an author box in a footer), or one column of a story a page builder spread
// over many nested columns. Both show the same way: most of the page's prose is not in
// the content. Then the run of prose paragraphs that is the story is read again (its
// paragraphs side by side in one element are one run, whatever box stands between). On a
// page of stories loaded one under another it may also read the wrong story whole: the
// page's title names the right one.
import { articleBlocks, type TextBlock } from './article-text.ts';
import { isRunningProse, linkDensity } from './block-shape.ts';
import type { PageBlock } from './page-prose.ts';

/** Readability's pick is fine when it holds at least this share of the page's prose. */
const MIN_PROSE_SHARE = 0.5;
/** Too little prose on the page to tell a story from its furniture. */
const MIN_PAGE_PROSE_CHARS = 150;
/** Two prose paragraphs with more other text than this between them belong to different runs. */
const MAX_GAP_CHARS = 800;
/** A heading this link-heavy is another page's title (a listing, a teaser): a run ends there. */
const LINKED_HEADING_DENSITY = 0.5;
/** A run worth reading again holds this much more prose than Readability's pick. */
const MIN_PROSE_GAIN = 1.5;
/** Readability's pick is the wrong box when it holds less than this share of the run's prose... */
const WRONG_BOX_SHARE = 0.25;
/** ...and most of its text is not on the page's story side (hidden, or in a footer, dialog, sidebar). */
const MIN_INSIDE_SHARE = 0.5;
/** A list of this many lines without running prose is not a story told in short paragraphs. */
const MIN_LIST_LINES = 20;
/** A block this short matches too much to say where the content's text lies. */
const MIN_MATCH_CHARS = 10;
/** Elements that hold one story each: prose on both sides of their edge is two stories. */
const STORY_BOX = 'article';

/** Where the story is on the page: the element around it, its first and its last paragraph. */
export interface StoryRegion {
  region: Element;
  from: Element;
  to: Element;
  /** The prose paragraphs a reading of the region must keep. */
  prose: readonly PageBlock[];
}

/** Paragraphs of prose that follow each other with little else between: a story, or a part of one. */
interface ProseRun {
  first: number;
  last: number;
  prose: number;
  blocks: PageBlock[];
}

/**
 * When Readability's content (its text whitespace-collapsed in `contentText`) misses
 * most of the page's prose, where the story is: the run of prose holding all the prose
 * Readability took and much more, or, when Readability took the wrong box, the longest
 * run; or the story the page's `title` names, when the content holds other stories' prose
 * and none of its (see titledStory). `null` when the content is fine or no run would add story.
 */
export function storyRegion(blocks: readonly PageBlock[], content: Node, contentText: string, title = ''): StoryRegion | null {
  let taken = 0;
  let total = 0;
  const takenBlocks = new Set<PageBlock>();
  // A paragraph printed twice (a mobile and a desktop copy, a box repeated) counts once.
  const seen = new Set<string>();
  for (const block of blocks) {
    if (!block.prose || seen.has(block.text)) continue;
    seen.add(block.text);
    total += block.chars;
    if (contentText.includes(block.text)) {
      taken += block.chars;
      takenBlocks.add(block);
    }
  }
  if (total < MIN_PAGE_PROSE_CHARS) return null;
  const runs = proseRuns(blocks);
  const titled = titledStory(blocks, runs, title, takenBlocks);
  if (titled) return titled;
  if (taken >= MIN_PROSE_SHARE * total) return null;
  if (takenBlocks.size > 0) {
    const holding = runs.find((run) => run.blocks.some((block) => takenBlocks.has(block)));
    if (holding && [...takenBlocks].every((block) => holding.blocks.includes(block)) && holding.prose >= MIN_PROSE_GAIN * taken) {
      return regionOf(blocks, widened(holding, blocks, contentText));
    }
  }
  const longest = runs.reduce<ProseRun | null>((best, run) => (!best || run.prose > best.prose ? run : best), null);
  if (!longest || taken >= WRONG_BOX_SHARE * longest.prose || !isWrongBox(blocks, content, contentText)) return null;
  return regionOf(blocks, longest);
}

/**
 * A page that loads the next stories under the first (an endless scroll) sets each in an
 * <article> of its own under its own <h1>, and Readability may pick a longer one further
 * down. The page's story is the one whose headline the page's title names: when
 * Readability took prose of other stories and none of its, its article, from the headline
 * to its last prose.
 */
function titledStory(blocks: readonly PageBlock[], runs: readonly ProseRun[], title: string, taken: ReadonlySet<PageBlock>): StoryRegion | null {
  const headline = blocks.find((block) => block.owner.tagName.toUpperCase() === 'H1' && block.chars >= MIN_MATCH_CHARS && title.includes(block.text));
  const box = headline?.owner.closest(STORY_BOX);
  if (!headline || !box) return null;
  const prose = runs.flatMap((run) => run.blocks).filter((block) => box.contains(block.owner));
  const readOther = taken.size > 0 && !prose.some((block) => taken.has(block));
  return prose.length > 0 && readOther ? { region: box, from: headline.owner, to: prose.at(-1)!.owner, prose } : null;
}

function proseRuns(blocks: readonly PageBlock[]): ProseRun[] {
  const runs: ProseRun[] = [];
  let run: ProseRun | null = null;
  let gap = 0;
  let box: Element | null = null;
  blocks.forEach((block, index) => {
    if (isLinkedHeading(block)) {
      run = null;
      return;
    }
    if (!block.prose) {
      gap += block.chars;
      return;
    }
    const blockBox = block.owner.closest(STORY_BOX);
    if (run && gap <= MAX_GAP_CHARS && blockBox === box) {
      run.last = index;
      run.prose += block.chars;
      run.blocks.push(block);
    } else {
      runs.push((run = { first: index, last: index, prose: block.chars, blocks: [block] }));
    }
    box = blockBox;
    gap = 0;
  });
  return withSiblingRunsJoined(runs, blocks);
}

/**
 * Runs whose paragraphs are children of one element are one story: a page sets its story's
 * paragraphs side by side, and a box set between them (a fact box about another story, a
 * gallery of captions, an ad) is an insert, however long, not the story's end. Another
 * page's linked title between them still parts them (a listing's teasers side by side).
 */
function withSiblingRunsJoined(runs: readonly ProseRun[], blocks: readonly PageBlock[]): ProseRun[] {
  const joined: ProseRun[] = [];
  for (const run of runs) {
    const parents = new Set(run.blocks.map(parentOf));
    const earlier = joined.findIndex((other) => other.blocks.some((block) => parents.has(parentOf(block))));
    if (earlier < 0 || blocks.slice(joined[earlier]!.last, run.first).some(isLinkedHeading)) {
      joined.push(run);
      continue;
    }
    // The insert's own prose (another story's summary) is not the story's: only the siblings' paragraphs count.
    const story = new Set([...parents, ...joined[earlier]!.blocks.map(parentOf)]);
    const first = joined[earlier]!.first;
    const siblings = joined.splice(earlier).concat(run).flatMap((part) => part.blocks).filter((block) => story.has(parentOf(block)));
    joined.push({ first, last: run.last, prose: siblings.reduce((sum, block) => sum + block.chars, 0), blocks: siblings });
  }
  return joined;
}

const parentOf = (block: PageBlock): Element | null => block.owner.parentElement;
const isLinkedHeading = (block: PageBlock): boolean => block.heading && linkDensity(block) >= LINKED_HEADING_DENSITY;

/** The run stretched over all of Readability's content as well: a wider reading keeps what it took. */
function widened(run: ProseRun, blocks: readonly PageBlock[], contentText: string): ProseRun {
  const inContent = (block: PageBlock): boolean => block.chars >= MIN_MATCH_CHARS && contentText.includes(block.text);
  const first = blocks.findIndex(inContent);
  const last = blocks.findLastIndex(inContent);
  return { ...run, first: Math.min(run.first, first < 0 ? run.first : first), last: Math.max(run.last, last) };
}

/**
 * The element holding the run (a run of one paragraph brings the element around it),
 * read from the page's headline when the headline is inside it.
 */
function regionOf(blocks: readonly PageBlock[], run: ProseRun): StoryRegion | null {
  const first = blocks[run.first]!.owner;
  const to = blocks[run.last]!.owner;
  let region: Element | null = first;
  while (region && !region.contains(to)) region = region.parentElement;
  if (region && run.first === run.last) region = region.parentElement;
  if (!region || !region.parentElement) return null;
  const around = region;
  const headline = blocks.slice(0, run.first).findLast((block) => block.owner.tagName.toUpperCase() === 'H1' && around.contains(block.owner));
  return { region, from: headline?.owner ?? openingOf(blocks, run.first), to, prose: run.blocks };
}

/**
 * The run's first paragraph, or the shorter paragraphs right before it beside it in the same
 * element: a story may open with a sentence or two too short to read as running prose.
 */
function openingOf(blocks: readonly PageBlock[], first: number): Element {
  const parent = blocks[first]!.owner.parentElement;
  let start = first;
  while (start > 0 && !blocks[start - 1]!.heading && blocks[start - 1]!.owner.parentElement === parent) start--;
  return blocks[start]!.owner;
}

/**
 * Content mostly hidden or in the page's furniture (a footer's author box, a dialog's
 * form), or a long list without one paragraph of running prose (the signatories of a
 * letter, a table of names) while the page has a run of prose: not the story.
 */
function isWrongBox(blocks: readonly PageBlock[], content: Node, contentText: string): boolean {
  const contentBlocks = articleBlocks(content);
  return isListWithoutProse(contentBlocks) || isMostlyOutside(blocks, contentBlocks, contentText);
}

/**
 * Most of the content's text (its `contentBlocks`, whitespace-collapsed in `contentText`) is
 * none of the page's `blocks`: hidden, or in a box that is never the story (a footer, a
 * dialog, a cookie notice). Empty content is outside too.
 */
export function isMostlyOutside(blocks: readonly PageBlock[], contentBlocks: readonly TextBlock[], contentText: string): boolean {
  const chars = contentBlocks.reduce((sum, block) => sum + block.chars, 0);
  const inside = blocks.filter((block) => block.chars >= MIN_MATCH_CHARS && contentText.includes(block.text)).reduce((sum, block) => sum + block.chars, 0);
  return chars === 0 || inside < MIN_INSIDE_SHARE * chars;
}

/** Many lines and not one paragraph of running prose: a list or a table, not a story (a short story of short lines is one). */
function isListWithoutProse(blocks: readonly TextBlock[]): boolean {
  return blocks.length >= MIN_LIST_LINES && !blocks.some(isRunningProse);
}
