// Towns named as the bodies called after them, their clubs most often ("Leeds beat Hull 2-1"):
// classify-name marks such a mention (townBody); this reads the whole story by it.
import type { Mention } from './mention.ts';
import { nameClass } from './word-classes.ts';

/**
 * "Leeds manager Sam Hill", "Leeds beat Hull 2-1": a town the story once names as the body
 * called after it, its club most often, is that body all through the story: there "at Leeds" and
 * "for Leeds" mean the club. A sports story names its clubs by their towns far more often than
 * it names the towns. So is its name with "City" or "Town" ("Hull City" beside "Hull were
 * beaten"), unless the lists know that as a place of its own ("Kansas City").
 */
export function withTownBodies(mentions: Mention[]): Mention[] {
  const towns = new Set(mentions.filter((m) => m.townBody === true).map((m) => m.text.toLowerCase()));
  const bodies = new Set([...towns, ...mentions.filter((m) => m.kind === 'organization' && m.evidence === 'sure' && !m.text.includes(' ')).map((m) => m.text.toLowerCase())]);
  const namesBody = (m: Mention): boolean => {
    const name = m.text.toLowerCase();
    const town = CLUB_OF_TOWN.exec(name)?.[1];
    return towns.has(name) || (town !== undefined && bodies.has(town) && nameClass(name) !== 'place');
  };
  return mentions.map((m) => (m.kind === 'place' && namesBody(m) ? { ...m, kind: 'organization', guessed: false, evidence: 'sure' } : m));
}

/** A club's name made of its town's and "City" or "Town": "Hull City", "Ipswich Town". */
const CLUB_OF_TOWN = /^(.+) (?:city|town)$/u;
