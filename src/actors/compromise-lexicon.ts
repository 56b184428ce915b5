// The one place that touches compromise's untyped internals, at build and test time
// only: the popup ships a snapshot of this lexicon (data/lexicon-classes.ts, see
// data/build-lexicon-classes.ts), not compromise itself.
import nlp from 'compromise';
import { isRecord } from '../is-record.ts';

type LexiconEntry = string | string[];

interface CompromiseModel {
  one: { lexicon: Record<string, LexiconEntry> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
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

/** compromise's lexicon and its organization and place head words, as installed. */
export function liveLexicon(): { lexicon: Record<string, LexiconEntry>; orgWords: string[]; placeWords: string[] } {
  const model = readModel();
  return { lexicon: model.one.lexicon, orgWords: Object.keys(model.two.orgWords), placeWords: Object.keys(model.two.placeWords) };
}

