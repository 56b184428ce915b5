// Reads the story's region of the page again with Readability, alone and flattened: the
// boxes that hold its prose are opened, so their paragraphs, lists and tables become
// children of one element and Readability keeps them together (not one column of them),
// while still doing its own cleaning. Boxes without prose (a share bar, an author box)
// stay whole, so their names still say what they are.
import { Readability } from '@mozilla/readability';
import { MAX_ELEMENTS } from './limits.ts';
import { takePublisherHighlights } from './publisher-highlights.ts';
import type { StoryRegion } from './story-region.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Readability's content for `story` alone, from its first paragraph to its last; `doc` is left as it was. */
export function rereadRegion(doc: Document, story: StoryRegion): Node | null {
  const root = doc.documentElement;
  const holders = new Set<Element>();
  // The boxes above each paragraph; the paragraph itself stays whole.
  for (const block of story.prose) {
    for (let element: Element | null = block.owner.parentElement; element && element !== story.region; element = element.parentElement) holders.add(element);
  }
  const clone = doc.cloneNode(true) as Document;
  const copyOf = (element: Element): Element | null => follow(clone.documentElement, pathFrom(root, element));
  const [region, from, to] = [copyOf(story.region), copyOf(story.from), copyOf(story.to)];
  if (!region || !from || !to || !clone.body) return null;
  const open = new Set([...holders].map(copyOf).filter((element) => element !== null));
  takePublisherHighlights(clone);
  const units = flatten(region, open, clone);
  const start = units.findIndex((unit) => unit.contains(from));
  const end = units.findIndex((unit) => unit.contains(to));
  if (start < 0 || end < start) return null;
  const flat = clone.createElement('div');
  flat.append(...units.slice(start, end + 1));
  clone.body.replaceChildren(flat);
  return new Readability<Node>(clone, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node, keepClasses: true }).parse()?.content ?? null;
}

/** Child indices from `root` down to `target`. */
function pathFrom(root: Element, target: Element): number[] {
  const path: number[] = [];
  for (let element = target; element !== root && element.parentElement; element = element.parentElement) {
    path.unshift([...element.parentElement.children].indexOf(element));
  }
  return path;
}

function follow(root: Element, path: readonly number[]): Element | null {
  let element: Element | null = root;
  for (const index of path) element = element?.children[index] ?? null;
  return element;
}

/**
 * The region's pieces in order: each element in `open` is replaced by its children;
 * text and inline elements between pieces are gathered into a `div` of their own
 * (Readability reads a div without block children as a paragraph).
 */
function flatten(region: Element, open: ReadonlySet<Element>, doc: Document): Element[] {
  const units: Element[] = [];
  let inline: Element | null = null;
  const walk = (parent: Element): void => {
    for (const child of [...parent.childNodes]) {
      if (child.nodeType === ELEMENT_NODE && open.has(child as Element) && (child as Element).children.length > 0) {
        inline = null;
        walk(child as Element);
        inline = null;
      } else if (child.nodeType === ELEMENT_NODE && !isPhrasing(child as Element)) {
        inline = null;
        units.push(child as Element);
      } else if (child.nodeType !== TEXT_NODE || (child.nodeValue ?? '').trim()) {
        if (!inline) units.push((inline = doc.createElement('div')));
        inline.append(child);
      }
    }
  };
  walk(region);
  return units;
}

/** Inline elements that belong inside a paragraph. */
const PHRASING_TAGS = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'IMG', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR']);
const isPhrasing = (element: Element): boolean => PHRASING_TAGS.has(element.tagName.toUpperCase());
