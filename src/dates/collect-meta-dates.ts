// Meta tags and microdata that carry a date: Open Graph / article:*_time, itemprop,
// Dublin Core, parsely/sailthru and the many homegrown names. The collector keeps every
// date-ish name; the resolver decides how far to trust each.
import type { DateCandidate } from '../types.ts';

const DATE_ISH_NAME = /date|time|publish|modif|updat|created|issued|revised|released/i;
const NOT_A_DATE_NAME = /viewport|format-detection|theme|refresh|ttl|duration|timezone|reading|cache/i;
const UPDATED_NAME = /modif|updat|revis|last|edit/i;
const PUBLISHED_NAME = /publish|pub[-_.]?date|issued|created|original|release|posted/i;

/**
 * The share image's address: many CMSs file uploads by day (/files/2016/05/04/cover.png),
 * so it dates a page that states nothing else. Read as a URL path, weakly (images get reused).
 */
const SHARE_IMAGE_NAME = /^(?:og:image(?::url|:secure_url)?|twitter:image(?::src)?)$/;
export const IMAGE_HINT_PREFIX = 'image:';

export function collectMetaDates(metas: readonly Element[], microdata: readonly Element[]): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  let image: DateCandidate | null = null;
  for (const meta of metas) {
    const name = metaName(meta);
    const value = meta.getAttribute('content')?.trim();
    if (!name || !value) continue;
    if (!image && SHARE_IMAGE_NAME.test(name)) image = { source: 'meta', value, hint: `${IMAGE_HINT_PREFIX}${name}`, kind: null };
    if (!DATE_ISH_NAME.test(name) || NOT_A_DATE_NAME.test(name)) continue;
    candidates.push({ source: 'meta', value, hint: name, kind: nameKind(name) });
  }
  if (image) candidates.push(image);
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
