// The baseline: compromise alone, its people(), organizations() and places().
import nlp from 'compromise';
import type { CharSpan, EntityType } from './actors-conll.ts';

interface MatchJson {
  terms: Array<{ offset: { start: number; length: number } }>;
}

function isMatchList(value: unknown): value is MatchJson[] {
  return Array.isArray(value) && value.every((m: unknown) => typeof m === 'object' && m !== null && Array.isArray((m as MatchJson).terms));
}

function spansOf(matches: unknown, type: EntityType): CharSpan[] {
  if (!isMatchList(matches)) throw new Error('compromise: unexpected json() shape');
  return matches.flatMap((match) => {
    const first = match.terms[0];
    const last = match.terms.at(-1);
    return first && last ? [{ start: first.offset.start, end: last.offset.start + last.offset.length, type }] : [];
  });
}

/** compromise's own named entities in `text`, one parse. */
export function compromiseEntities(text: string): CharSpan[] {
  const doc = nlp(text);
  const options = { offset: true, terms: { offset: true } };
  return [
    ...spansOf(doc.people().json(options), 'PER'),
    ...spansOf(doc.organizations().json(options), 'ORG'),
    ...spansOf(doc.places().json(options), 'LOC'),
  ];
}
