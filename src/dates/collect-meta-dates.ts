// Meta tags and microdata that carry a date: Open Graph / article:*_time, itemprop,
// Dublin Core, parsely/sailthru and the many homegrown names. The collector keeps every
// date-ish name; the resolver decides how far to trust each.
import type { DateCandidate } from '../types.ts';

const DATE_ISH_NAME = /date|time|publish|modif|updat|created|issued|revised|released/i;
const NOT_A_DATE_NAME = /viewport|format-detection|theme|refresh|ttl|duration|timezone|reading|cache/i;
const UPDATED_NAME = /modif|updat|revis|last|edit/i;
const PUBLISHED_NAME = /publish|pub[-_.]?date|issued|created|original|release|posted/i;

export function collectMetaDates(metas: readonly Element[], microdata: readonly Element[]): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  for (const meta of metas) {
    const name = metaName(meta);
    const value = meta.getAttribute('content')?.trim();
    if (!name || !value || !DATE_ISH_NAME.test(name) || NOT_A_DATE_NAME.test(name)) continue;
    candidates.push({ source: 'meta', value, hint: name, kind: nameKind(name) });
  }
  for (const element of microdata) {
    const value = (element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent ?? '').trim();
    const name = `itemprop:${(element.getAttribute('itemprop') ?? '').toLowerCase()}`;
    if (value) candidates.push({ source: 'meta', value: value.slice(0, 200), hint: name, kind: nameKind(name) });
  }
  return candidates;
}

function metaName(meta: Element): string | null {
  const name =
    meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
  if (!name) return null;
  return meta.hasAttribute('itemprop') && !meta.hasAttribute('name') && !meta.hasAttribute('property')
    ? `itemprop:${name.toLowerCase()}`
    : name.toLowerCase();
}

function nameKind(name: string): DateCandidate['kind'] {
  if (UPDATED_NAME.test(name)) return 'updated';
  if (PUBLISHED_NAME.test(name)) return 'published';
  return null;
}
