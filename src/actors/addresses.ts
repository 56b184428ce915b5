// Addresses: a town, a comma, then the state, region or country that holds it ("Austin, TX",
// "Boston, MA 02115", "Washington, D.C.", "Greenbelt, Maryland", "Lyon, France").
import { US_STATE_CODES } from './data/world-cities.ts';
import { lexiconTags } from './lexicon.ts';
import type { Mention } from './mention.ts';
import { isCountry } from './word-classes.ts';

const STATE_CODES: ReadonlySet<string> = new Set(US_STATE_CODES.split(' '));

/**
 * A state's code closing an address, right after the town's comma: two capitals, then the
 * clause's punctuation, the line's or the text's end, or a ZIP code; or two capitals each with
 * its period ("D.C.", "N.Y."), which closes the code itself. Read on the text after the town.
 */
const STATE_AFTER_TOWN = /^, (?:(?<code>[A-Z]{2})(?=$|[,.;:)\]]|\s*\n|\s+\d{5}\b)|(?<first>[A-Z])\.(?<second>[A-Z])\.)/u;
/** Between a town and the region that holds it: a comma and a space, nothing else. */
const ADDRESS_COMMA = ', ';

/** Is `written` a state's postal code, as an address writes it after the town ("TX", not "tx")? */
export function isStateCode(written: string): boolean {
  return STATE_CODES.has(written);
}

/** A state, a province or a country: what may follow a town's comma in an address. */
function namesRegion(mention: Mention): boolean {
  const name = mention.text.toLowerCase();
  return mention.kind === 'place' && (isCountry(name) || lexiconTags(name).includes('Region'));
}

/**
 * "researchers in Austin, TX, found": the code is the town's address, not an actor of its own,
 * nor the second item of a list that would lend the town its kind ("Boston, MA" had made Boston
 * an organization). The name before it is the town, whatever its own words guessed ("Austin"
 * is a given name too), unless they named an institution ("Columbia University, NY") or a
 * person by two names or more ("Ann Pike, MD": a degree).
 */
function withStateCodes(mentions: Mention[], text: string): Mention[] {
  const codeStarts = new Set<number>();
  const towns = new Set<Mention>();
  for (const mention of mentions) {
    const groups = STATE_AFTER_TOWN.exec(text.slice(mention.end, mention.end + 12))?.groups;
    const code = groups?.['code'] ?? (groups ? `${groups['first'] ?? ''}${groups['second'] ?? ''}` : '');
    if (!isStateCode(code)) continue;
    codeStarts.add(mention.end + 2);
    const institution = mention.kind === 'organization' && !mention.guessed;
    const person = mention.kind === 'person' && mention.text.includes(' ');
    if (!institution && !person) towns.add(mention);
  }
  if (codeStarts.size === 0) return mentions;
  // A code the lists know as the state ("N.Y.", "Calif.") stays that place; any other is no name ("TX", "D.C.").
  const isCode = (mention: Mention): boolean => codeStarts.has(mention.start);
  return mentions
    .filter((mention) => !isCode(mention) || mention.kind === 'place')
    .map((mention) => (towns.has(mention) ? { ...mention, kind: 'place', guessed: false, evidence: 'sure', inAddress: true } : isCode(mention) ? { ...mention, inAddress: true } : mention));
}

/**
 * "in Greenbelt, Maryland, and Acme University": a place that is no region, a comma, then a
 * state or a country is a town and the region that holds it, two places of one address, not two
 * items of a list that an organization beside them would make organizations. A list of regions
 * stays a list ("Essex, Derbyshire and Surrey", a county cricket table).
 */
function withRegionsAfterTowns(mentions: Mention[], text: string): Mention[] {
  // The comma first: it is the cheap test, and rare between two mentions; the lists are asked only then.
  const isAddress = (town: Mention | undefined, region: Mention | undefined): boolean =>
    town !== undefined &&
    region !== undefined &&
    region.start - town.end === ADDRESS_COMMA.length &&
    text.startsWith(ADDRESS_COMMA, town.end) &&
    town.kind === 'place' &&
    !namesRegion(town) &&
    namesRegion(region);
  return mentions.map((mention, i, all) =>
    isAddress(all[i - 1], mention) || isAddress(mention, all[i + 1]) ? { ...mention, inAddress: true } : mention,
  );
}

/** The mentions with each address read: state codes dropped, towns and their regions marked. */
export function withAddresses(mentions: Mention[], text: string): Mention[] {
  return withRegionsAfterTowns(withStateCodes(mentions, text), text);
}
