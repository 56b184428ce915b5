// Chunks of capitalized words that hold more than one name: "Germany and France",
// "England and the Channel Isles", "Corey Scher of New York".
import { ACRONYM_WORD, type NameChunk } from './name-chunks.ts';
import { afterHonorific, isPersonTitle, lower, titleEnd } from './titles.ts';
import type { Token } from './tokenize.ts';
import { stemReadings } from './word-knowledge.ts';
import { isCommonWord, isCountry, looksCommon, nameClass, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, type NameClass } from './word-classes.ts';
import { AGENT_ENDINGS, CLAUSE_WORDS, CLOSING_TITLES, HEAD_BINDERS, NAME_CONNECTORS, NAMESAKE_TITLES, NATIONALITY_ENDINGS, OFFICES_BEFORE_OF, ORG_OPENERS, PLACE_OPENERS, POST_NOMINALS, TITLE_MODIFIERS, WEAK_CONNECTORS } from './word-lists.ts';


/**
 * The names a chunk holds, split at the connectors and the "of" that join two of them, and
 * at a full name that an employer or a describing word runs into. In that order: a clause's
 * word opening the run goes first; a title's employer and a closing title next ("Senior
 * Editor for the Globe", "Tory MPs"); then "and", "of", an agency's credit and a rank's
 * abbreviation, each of which joins two names; last a word run into a full name.
 */
export function splitChunk(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  // Each step by a loop (eachPart), not a chain of flatMap: every name chunk of a story passes here, most
  // stay whole, and on Node 20's V8 each flatMap call (arrays and a callback) cost more than reading such a chunk.
  let parts = withoutClauseWords(chunk, tokens);
  parts = eachPart(parts, (part) => withoutTitleOfEmployer(withoutClosingTitle(part, tokens), tokens));
  parts = eachPart(parts, (part) => withoutClosingTitles(splitAtWeakConnectors(part, tokens), tokens));
  parts = eachPart(parts, (part) => splitPersonOf(part, tokens));
  parts = eachPart(parts, (part) => splitAgencyCredit(part, tokens));
  parts = eachPart(parts, (part) => splitAtRank(withoutPostNominal(part, tokens), tokens));
  return eachPart(parts, (part) => splitBeforeFullName(part, tokens));
}

/** The parts `split` makes of each part, in order: `parts.flatMap(split)`, by a loop. */
function eachPart(parts: readonly NameChunk[], split: (part: NameChunk) => NameChunk[]): NameChunk[] {
  const pieces: NameChunk[] = [];
  for (const part of parts) pieces.push(...split(part));
  return pieces;
}

/** Capitals no list knows, without periods: a rank's, a post's or a position's abbreviation ("DL", "DCI", "CB"), no initials. */
function isRankAbbreviation(token: Token | undefined): boolean {
  return token !== undefined && ACRONYM_WORD.test(token.text) && !token.text.includes('.') && nameClass(token.lower) === null;
}

/**
 * "Harlow DL Sam Ortega", "Kestrova Rovers CB Ann Pike": the words before a rank's abbreviation
 * are the team or the employer, a name of their own; the full name after it is the person's,
 * and the abbreviation is neither (splitBeforeFullName drops it, as in "DS Martin Soutter").
 */
function splitAtRank(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  for (let rank = chunk.first + 1; rank < chunk.last - 1; rank++) {
    if (isRankAbbreviation(tokens[rank]) && isFullName(tokens, rank + 1, chunk.last)) return [{ first: chunk.first, last: rank - 1 }, { first: rank, last: chunk.last }];
  }
  return [chunk];
}

/**
 * "Ann Pike AP", "Tom Reyes AFP" closing a picture's caption: a known organization's acronym run
 * into a full name is the agency credited, a name of its own; no person's name closes with one
 * (an honour does: "Ann Pike MP", withoutPostNominal).
 */
function splitAgencyCredit(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  const agency = tokens[chunk.last];
  const credited = agency !== undefined && ACRONYM_WORD.test(agency.text) && nameClass(agency.lower) === 'organization';
  return credited && isFullName(tokens, chunk.first, chunk.last - 1) ? [{ first: chunk.first, last: chunk.last - 1 }, { first: chunk.last, last: chunk.last }] : [chunk];
}

/** A pronoun or a verb written in title case ("It", "Is"), not in capitals ("IS"). */
function isClauseWord(token: Token | undefined): boolean {
  return token !== undefined && CLAUSE_WORDS.has(token.lower) && token.text !== token.text.toUpperCase();
}

/**
 * "It is impossible …" after a dateline: a pronoun or a verb opening the chunk opens a clause
 * and is dropped. Inside the chunk one makes the run a title, of a headline or a work ("Donald
 * Trump Is No Real Ally", "Who Has Your Back"): no name, and its pieces are none either.
 */
function withoutClauseWords(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  let first = chunk.first;
  while (first <= chunk.last && isClauseWord(tokens[first])) first++;
  for (let i = first + 1; i <= chunk.last; i++) if (isClauseWord(tokens[i])) return [];
  if (first > chunk.last) return [];
  // "This Morning": an ordinary word left alone after the clause's word names nothing.
  const word = lower(tokens, first);
  const ordinaryAlone = first > chunk.first && first === chunk.last && looksCommon(word) && nameClass(word) === null;
  return ordinaryAlone ? [] : [{ first, last: chunk.last }];
}

/**
 * "Mark Ellison QC", "a local Tory MP": an honour or an office written after a name is no part
 * of it; the name is the words before it, a person's or a party's.
 */
function withoutPostNominal(chunk: NameChunk, tokens: Token[]): NameChunk {
  return chunk.last > chunk.first && POST_NOMINALS.has(lower(tokens, chunk.last)) ? { first: chunk.first, last: chunk.last - 1 } : chunk;
}

/**
 * "Nike Tim Tebow jerseys", "Holidaymaker David Meadwell, 54, filmed …": a word run into a
 * full name that opens with a known first name. A known organization is a name of its own;
 * an ordinary word, or two written as one, or a job made of one ("Trucker", "Sixer") only
 * describes the person ("Holidaymaker", "Fullback", "Tourist") and is dropped, and so are
 * several such words ("Noted Feminist"). Titles, nations and first names before a name are read elsewhere.
 */
function splitBeforeFullName(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  const lead = chunk.first;
  const fullNameAfter = isFullNameFrom(tokens, lead + 1, chunk.last);
  const word = lower(tokens, lead);
  if (!fullNameAfter) return withoutDescription(chunk, tokens);
  const person = { first: lead + 1, last: chunk.last };
  const kind = nameClass(word);
  // "DS Martin Soutter", "DCI Paul Reed": capitals no list knows before a full name are a rank or
  // a post, no name; "BBC Jon Sopel", "UK Boris Johnson": a known body or place is a name of its own.
  const written = tokens[lead]?.text ?? '';
  if (ACRONYM_WORD.test(written)) {
    // Initials ("J.J. Kenny") are a first name's, no rank.
    if (kind === null) return written.includes('.') ? [chunk] : [person];
    return kind === 'organization' || kind === 'place' ? [{ first: lead, last: lead }, person] : [chunk];
  }
  if (!mayNamePerson(word)) return [chunk];
  // "envoy to Ukraine Kurt Volker": a country names no person, so the full name after it is one of its own.
  if (kind === 'organization' || (kind === 'place' && isCountry(word))) return [{ first: lead, last: lead }, person];
  // "Olympian Tessa Hadley", "Bostonian …": a word naming a people or a group describes the person too.
  return kind === null && describesPerson(word) ? [person] : [chunk];
}

/**
 * A known first name at `first`, then at least one more word, none a title, a head, an opener or a
 * connector: a full name. A title further on ("Holy Roman Emperor Charles VI") makes the words
 * before it a title's, not a name run into a name.
 */
function isFullNameFrom(tokens: Token[], first: number, last: number): boolean {
  if (last - first < 1 || nameClass(lower(tokens, first)) !== 'first-name') return false;
  for (let i = first; i <= last; i++) if (!mayNamePerson(lower(tokens, i))) return false;
  return true;
}

/** A word no list knows that can only describe a person: an ordinary word, two run together, a people's word, a job made of a word. */
function describesPerson(word: string): boolean {
  return looksCommon(word) || isClosedCompound(word) || NATIONALITY_ENDINGS.test(word) || isAgentNoun(word);
}

/**
 * "Noted Feminist Glenn Fleishman": two or more describing words run into a full name. Each
 * must be a word no list knows as a name and that can only describe (describesPerson); the
 * name is the full name after them. One such word is read by splitBeforeFullName.
 */
function withoutDescription(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  if (!isDescribingWord(tokens, chunk.first)) return [chunk];
  for (let given = chunk.first + 2; given < chunk.last; given++) {
    if (!isDescribingWord(tokens, given - 1)) return [chunk];
    if (isFullNameFrom(tokens, given, chunk.last)) return [{ first: given, last: chunk.last }];
  }
  return [chunk];
}

/** The word at `i` may only describe a person: no name the lists know, no title or head, no acronym, a describing word. */
function isDescribingWord(tokens: Token[], i: number): boolean {
  const word = lower(tokens, i);
  return nameClass(word) === null && mayNamePerson(word) && !ACRONYM_WORD.test(tokens[i]?.text ?? '') && describesPerson(word);
}

/**
 * "Sixer", "Bookie", "Gunner": an ordinary word with an ending that makes a person of it
 * (AGENT_ENDINGS), its last consonant doubled as spelling asks ("gun|ner"). Such nicknames of
 * trades and teams are in no dictionary SCOWL's common sizes hold. Not a stem that dropped its "e": "Samer" is a given name, not "same" + "r".
 */
function isAgentNoun(word: string): boolean {
  for (const ending of AGENT_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_COMPOUND_PART) continue;
    const stem = word.slice(0, -ending.length);
    if (stemReadings(stem).some(isCommonWord)) return true;
  }
  return false;
}

/** Shortest part of a closed compound ("holiday|maker", "full|back"). */
const MIN_COMPOUND_PART = 3;

/** "Holidaymaker", "Fullback": two ordinary words written as one, a describing noun, not a name ("Samer"). */
function isClosedCompound(word: string): boolean {
  for (let cut = MIN_COMPOUND_PART; word.length - cut >= MIN_COMPOUND_PART; cut++) {
    if (isCommonWord(word.slice(0, cut)) && isCommonWord(word.slice(cut))) return true;
  }
  return false;
}

/** Words that link a title to the employer after it ("Senior Editor for the Globe", "Economist at Harbor Bank"). */
const EMPLOYER_LINKS: ReadonlySet<string> = new Set(['for', 'at', 'with']);

/**
 * A title and what it serves, as one capitalized run. After "for", "at" or "with" stands the
 * employer ("Senior Editor for the California Globe"): the title is no name, the employer is.
 * After "of" (the office phrase) stands either a field of ordinary words, and then the run
 * names no one ("Vice President of Communications", "Head of Policy"), or an organization's
 * name, its employer ("Chief Executive of Acme Corp"). A place after "of", or a person's name
 * after the office ("Mayor of London Sadiq Khan"), is read where titles are.
 */
function withoutTitleOfEmployer(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  let title = chunk.first - 1;
  for (let i = chunk.first; i < chunk.last; i++) {
    const word = lower(tokens, i);
    if (isPersonTitle(word) || ROLE_NOUNS.has(word) || OFFICES_BEFORE_OF.has(word)) title = i;
    else if (!TITLE_MODIFIERS.has(word)) break;
  }
  const first = lower(tokens, title + 2) === 'the' ? title + 3 : title + 2;
  if (title < chunk.first || first > chunk.last) return [chunk];
  const link = lower(tokens, title + 1);
  const employer = { first, last: chunk.last };
  if (EMPLOYER_LINKS.has(link)) return [employer];
  if (link !== 'of' || NAMESAKE_TITLES.has(lower(tokens, title))) return [chunk];
  if (namesField(tokens, employer)) return [];
  return ORG_HEADS.has(lower(tokens, chunk.last)) ? [employer] : [chunk];
}

/** "Communications and Branding", "Policy": ordinary words and their connectors, no name among them. */
function namesField(tokens: Token[], part: NameChunk): boolean {
  for (let i = part.first; i <= part.last; i++) {
    const word = lower(tokens, i);
    if (!NAME_CONNECTORS.has(word) && !(looksCommon(word) && nameClass(word) === null && !ACRONYM_WORD.test(tokens[i]?.text ?? ''))) return false;
  }
  return true;
}

/**
 * "Tory MPs", "Labour Senators", "the London Mayor", "Kestrova County Sheriff": people by a
 * title closing the run, with no name after it, are no name; the words before it are. A title
 * in the singular closes so only after a body's or a place's name (`namesPlaceOrBody`): after
 * any other name it may be a surname ("Julie Bishop").
 */
function withoutClosingTitle(chunk: NameChunk, tokens: Token[]): NameChunk {
  if (chunk.last === chunk.first) return chunk;
  const word = lower(tokens, chunk.last);
  const before = lower(tokens, chunk.last - 1);
  // Not "House of Lords": after a connector the title is the name's own head.
  if (NAME_CONNECTORS.has(before)) return chunk;
  const plural = word.endsWith('s') && isPersonTitle(word.slice(0, -1));
  const singular = (isPersonTitle(word) || CLOSING_TITLES.has(word)) && namesPlaceOrBody({ first: chunk.first, last: chunk.last - 1 }, tokens);
  return plural || singular ? { first: chunk.first, last: chunk.last - 1 } : chunk;
}

/**
 * A run "and" or "for" split in parts: a title may close each part now ("Marlow County Auditor |
 * and | Clerk Dana Pruett"). Not a part that a title opens: "Chief Marketing Officer | for |
 * Jenny Craig" is an office from its first word to its last.
 */
function withoutClosingTitles(parts: NameChunk[], tokens: Token[]): NameChunk[] {
  if (parts.length === 1) return parts;
  return parts.map((part) => (isPersonTitle(lower(tokens, part.first)) ? part : withoutClosingTitle(part, tokens)));
}

/** Classes of a word that make it a person's name. */
const PERSON_CLASSES: ReadonlySet<NameClass | null> = new Set(['person', 'first-name', 'last-name']);

/**
 * The words before a closing title name a body or a place, not a person: their last word is a
 * place or an organization the lists know, or a place's or an organization's head ("Kestrova
 * County"); or it is an acronym that spells no one's name ("an ACU Director": mixed-case text
 * writes no person's name in capitals); or the run opens with an organization the lists know
 * ("Google Nimbus Founder": no one's full name opens with a firm's).
 */
function namesPlaceOrBody(part: NameChunk, tokens: Token[]): boolean {
  const last = tokens[part.last];
  const before = last?.lower ?? '';
  const beforeKind = nameClass(before);
  if (beforeKind === 'place' || beforeKind === 'organization' || ORG_HEADS.has(before) || PLACE_HEADS.has(before)) return true;
  if (isRankAbbreviation(last) && !PERSON_CLASSES.has(beforeKind)) return true;
  return part.last > part.first && nameClass(lower(tokens, part.first)) === 'organization';
}

/**
 * "Germany and France" is two names; "Procter & Gamble Co", "Bank of the West" and
 * "Center on Poverty and Inequality" are one: once an organization's head has bound
 * what follows it ("Office for", "Institute of"), "and" joins the fields it names.
 */
function splitAtWeakConnectors(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  const head = lower(tokens, chunk.last);
  if (ORG_HEADS.has(head) || PLACE_HEADS.has(head)) return splitAtAndThe(chunk, tokens);
  const parts: NameChunk[] = [];
  let first = chunk.first;
  let headBound = false;
  for (let i = chunk.first + 1; i < chunk.last; i++) {
    const word = lower(tokens, i);
    const afterHead = ORG_HEADS.has(lower(tokens, i - 1));
    if (afterHead && HEAD_BINDERS.has(word)) headBound = true;
    if (!WEAK_CONNECTORS.has(word) || (word === '&' && i - first === 1 && chunk.last - i === 1)) continue;
    // "Center for Multicultural Affairs", "Committee for ...": an organization's head binds what follows.
    if ((afterHead && word !== 'and') || (headBound && word === 'and')) continue;
    // "the West Coast of the United States": a connector before the split closes no name.
    let last = i - 1;
    while (last > first && NAME_CONNECTORS.has(lower(tokens, last))) last--;
    parts.push({ first, last });
    // "the Yankees and of New York City": a connector after the split opens no name.
    first = i + 1;
    while (first < chunk.last && NAME_CONNECTORS.has(lower(tokens, first))) first++;
    i = Math.max(i, first - 1);
    headBound = false;
  }
  parts.push({ first, last: chunk.last });
  return parts;
}

/**
 * "Westfield High School and the Westfield Police Department", "England and the Channel
 * Isles": "and the" joins two names, even where a head closes the second; so does "and"
 * after a head when another head closes what follows ("Ellis Drive and Apple Valley Road"),
 * and "and" between two people's full names ("Ann Pike and Tom Reyes of Harbor News").
 */
function splitAtAndThe(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  for (let i = chunk.first + 1; i < chunk.last - 1; i++) {
    if (lower(tokens, i) !== 'and') continue;
    if (lower(tokens, i + 1) === 'the') return [{ first: chunk.first, last: i - 1 }, ...splitAtAndThe({ first: i + 2, last: chunk.last }, tokens)];
    const before = lower(tokens, i - 1);
    const afterHead = i - chunk.first >= 2 && (ORG_HEADS.has(before) || PLACE_HEADS.has(before));
    const people = isFullName(tokens, chunk.first, i - 1) && nameClass(lower(tokens, i + 1)) === 'first-name';
    // "the Guardian and BBC Television": a known organization, then a name of two words or more closed
    // by its own head ("Globe and Mail" is one name).
    const bodies = nameClass(wordsBetween(tokens, chunk.first, i - 1)) === 'organization' && chunk.last - i >= 2;
    if (afterHead || people || bodies) {
      return [{ first: chunk.first, last: i - 1 }, ...splitAtAndThe({ first: i + 1, last: chunk.last }, tokens)];
    }
  }
  return [chunk];
}

function wordsBetween(tokens: Token[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((token) => token.lower).join(' ');
}

/** "Ann Pike": a known first name, then one or two words that may name a person. */
function isFullName(tokens: Token[], first: number, last: number): boolean {
  const words = last - first + 1;
  if (words < 2 || words > 3 || nameClass(lower(tokens, first)) !== 'first-name') return false;
  for (let j = first + 1; j <= last; j++) if (!mayNamePerson(lower(tokens, j))) return false;
  return true;
}

/**
 * "Corey Scher of New York", "Luccioni of Mila": a person's name before "of" is a name
 * of its own, and so is the place or employer after it. No title or head stands before
 * "of" ("Secretary of State", "Bank of America", "Mary Queen of Scots", "Gulf of Mexico"
 * stay whole).
 */
function splitPersonOf(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  for (let i = chunk.first + 1; i < chunk.last; i++) {
    if (lower(tokens, i) !== 'of') continue;
    // "… of the Kent Police": the article after "of" opens no name.
    const after = lower(tokens, i + 1) === 'the' ? i + 2 : i + 1;
    const employer = { first: after, last: chunk.last };
    return namesPersonBefore(tokens, chunk.first, i, employer) ? [{ first: chunk.first, last: i - 1 }, employer] : [chunk];
  }
  return [chunk];
}

const PERSON_NAME_CLASSES: ReadonlySet<NameClass | null> = new Set(['person', 'first-name', 'last-name', null]);
/** What a list may know the words after "of" as, when they say where a person is from or works. */
const HOME_CLASSES: ReadonlySet<NameClass | null> = new Set(['place', 'organization']);

/**
 * Before "of" stands a person's name:
 * - one word that is neither an ordinary word nor a known name of another kind ("Luccioni");
 * - or two or three name words, none an ordinary word, read as a person's by one of three cues:
 *   a known first name ("Corey Scher"), a title or an honorific before them ("President Xi
 *   Jinping of China", "Dr. Ama Mensah of the Health Department"), or a place or body a list knows after "of"
 *   ("Kenji Watanabe of Japan", "Lin Wei of the New York Times": first names from anywhere).
 */
function namesPersonBefore(tokens: Token[], chunkFirst: number, of: number, after: NameChunk): boolean {
  // "Sen. Tim Scott of South Carolina": the title before the name is no part of it.
  const title = titleEnd({ first: chunkFirst, last: of - 1 }, tokens);
  const first = title >= 0 ? title + 1 : chunkFirst;
  if (first >= of) return false;
  for (let j = first; j < of; j++) if (!mayNamePerson(lower(tokens, j))) return false;
  if (of - first > 1) {
    if (nameClass(lower(tokens, first)) === 'first-name') return true;
    if (of - first > 3 || tokens.slice(first, of).some((token) => looksCommon(token.lower) || ACRONYM_WORD.test(token.text))) return false;
    return title >= 0 || afterHonorific(tokens, chunkFirst) || HOME_CLASSES.has(nameClass(wordsBetween(tokens, after.first, after.last)));
  }
  const word = lower(tokens, first);
  return PERSON_NAME_CLASSES.has(nameClass(word)) && !looksCommon(word) && !ACRONYM_WORD.test(tokens[first]?.text ?? '');
}

/** No title, head, opener or connector: "Secretary", "Ministry", "Gulf", "von". */
function mayNamePerson(word: string): boolean {
  return !isPersonTitle(word) && !ORG_HEADS.has(word) && !PLACE_HEADS.has(word) && !NAME_CONNECTORS.has(word) && !PLACE_OPENERS.has(word) && !ORG_OPENERS.has(word);
}
