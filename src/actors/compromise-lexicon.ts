// The one place that touches compromise's untyped internals. The engine reuses
// compromise's word knowledge (names, places, organizations, job titles, common
// words) without running its tagger, which costs ~100 ms per 1,000-word article.
import nlp from 'compromise';

type LexiconEntry = string | string[];

interface CompromiseModel {
  one: { lexicon: Record<string, LexiconEntry> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readModel(): CompromiseModel {
  const world: unknown = nlp.world();
  const model = isRecord(world) ? world['model'] : undefined;
  const one = isRecord(model) ? model['one'] : undefined;
  const two = isRecord(model) ? model['two'] : undefined;
  const lexicon = isRecord(one) ? one['lexicon'] : undefined;
  const orgWords = isRecord(two) ? two['orgWords'] : undefined;
  const placeWords = isRecord(two) ? two['placeWords'] : undefined;
  if (!isRecord(lexicon) || !isRecord(orgWords) || !isRecord(placeWords)) {
    throw new Error('compromise: unexpected model shape');
  }
  return {
    one: { lexicon: lexicon as Record<string, LexiconEntry> },
    two: {
      orgWords: orgWords as Record<string, boolean>,
      placeWords: placeWords as Record<string, boolean>,
    },
  };
}

const MODEL = readModel();
const NO_TAGS: readonly string[] = [];

/** compromise's lexicon tags for a lower-cased word or phrase ("new york"), or none. */
export function lexiconTags(phrase: string): readonly string[] {
  const entry = MODEL.one.lexicon[phrase];
  if (entry === undefined) return NO_TAGS;
  return typeof entry === 'string' ? [entry] : entry;
}

/** Every lexicon phrase carrying `tag`, lower-cased. */
export function lexiconWordsTagged(tag: string): string[] {
  const words: string[] = [];
  for (const [word, entry] of Object.entries(MODEL.one.lexicon)) {
    if (entry === tag || (Array.isArray(entry) && entry.includes(tag))) words.push(word);
  }
  return words;
}

/** Head nouns compromise knows for organizations ("bank", "council") and places ("river"). */
export const ORG_WORDS: ReadonlySet<string> = new Set(Object.keys(MODEL.two.orgWords));
export const PLACE_WORDS: ReadonlySet<string> = new Set(Object.keys(MODEL.two.placeWords));
