// American addresses: a town, a comma, then its state's postal code ("Austin, TX", "Boston, MA 02115").
import { US_STATE_CODES } from './data/world-cities.ts';
import type { Mention } from './mention.ts';

const STATE_CODES: ReadonlySet<string> = new Set(US_STATE_CODES.split(' '));

/**
 * A state's code closing an address, right after the town's comma: two capitals, then the
 * clause's punctuation, the line's or the text's end, or a ZIP code. Read on the text after the town.
 */
const STATE_AFTER_TOWN = /^, ([A-Z]{2})(?=$|[,.;:)\]]|\s*\n|\s+\d{5}\b)/u;

/** Is `written` a state's postal code, as an address writes it after the town ("TX", not "tx")? */
export function isStateCode(written: string): boolean {
  return STATE_CODES.has(written);
}

/**
 * "researchers in Austin, TX, found": the code is the town's address, not an actor of its own,
 * nor the second item of a list that would lend the town its kind ("Boston, MA" had made Boston
 * an organization). The name before it is the town, whatever its own words guessed ("Austin"
 * is a given name too), unless they named an institution ("Columbia University, NY") or a
 * person by two names or more ("Ann Pike, MD": a degree).
 */
export function withUsAddresses(mentions: Mention[], text: string): Mention[] {
  const codeStarts = new Set<number>();
  const towns = new Set<Mention>();
  for (const mention of mentions) {
    const code = STATE_AFTER_TOWN.exec(text.slice(mention.end, mention.end + 12));
    if (!code?.[1] || !isStateCode(code[1])) continue;
    codeStarts.add(mention.end + 2);
    const institution = mention.kind === 'organization' && !mention.guessed;
    const person = mention.kind === 'person' && mention.text.includes(' ');
    if (!institution && !person) towns.add(mention);
  }
  if (codeStarts.size === 0) return mentions;
  return mentions
    .filter((mention) => !codeStarts.has(mention.start))
    .map((mention) => (towns.has(mention) ? { ...mention, kind: 'place', guessed: false, evidence: 'sure', addressTown: true } : mention));
}
