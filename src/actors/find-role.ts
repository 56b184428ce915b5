// The role a story gives an actor: a title before the name ("Foreign Minister
// Wang Yi") or an appositive after it ("Wang Lei, a cyber official within
// China's Ministry of Foreign Affairs, ...").
import type { Mention } from './mention.ts';
import { ROLE_NOUNS } from './word-classes.ts';

/** ", a cyber official within China's Ministry of Foreign Affairs" up to the next comma or clause end. */
const APPOSITIVE = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:()"“”]{2,120}?)(?=\s*(?:[,.;:()"“”]|\s(?:who|which|said|says|told)\b|$))/u;
/** The preposition that ties a job to its employer: "official within the Ministry" → "official, the Ministry". */
const EMPLOYER_LINK = /\s+(?:within|at|of|for|in|from|with)\s+(?=(?:the\s+)?\p{Lu})/u;
const MAX_ROLE_WORDS = 12;
const MAX_MENTIONS_SEARCHED = 5;
const WORD = /[\p{L}'’.-]+/gu;

/** The first role the story gives in any of the mentions, or null. */
export function findRole(mentions: Mention[], text: string): string | null {
  // Stories give a role at or near the first mentions; later ones would only cost time.
  for (const mention of mentions.slice(0, MAX_MENTIONS_SEARCHED)) {
    if (mention.title) return mention.title;
    const role = appositiveRole(text.slice(mention.end, mention.end + 160));
    if (role) return role;
  }
  return null;
}

function appositiveRole(after: string): string | null {
  const phrase = APPOSITIVE.exec(after)?.[1]?.trim();
  if (!phrase) return null;
  const words = phrase.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_ROLE_WORDS) return null;
  // An appositive is a role only when it names a job; "Germany, France" is a list.
  const linked = phrase.split(EMPLOYER_LINK)[0] ?? phrase;
  const jobWords = linked.match(WORD) ?? [];
  if (!jobWords.some((word) => ROLE_NOUNS.has(word.toLowerCase()))) return null;
  return phrase.replace(EMPLOYER_LINK, ', ');
}
