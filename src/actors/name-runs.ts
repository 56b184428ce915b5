// Runs of tokens that make one candidate name: where a name opens, how far it reaches
// (across connectors, heads, a surname after a first name), and where a list splits it.
import { ACRONYM, GENITIVE_S, isDescriptor, isKnownFirstName, isNameParticle, isOrgHead, isPlaceHead, isUnknownGivenName, lowerForms, newlineBetween, type Facts } from './name-facts.ts';
import { contextCue, insideCue, titledBefore } from './name-cues.ts';
import { endsWithOneOf, isEnglishWord, isFirstName, isOrganizationKind, isPlaceKind, knownName } from './word-knowledge.ts';

/** Two connectors at most between the parts of one name ("Fuerzas de Defensa de Israel"). */
const MAX_CONNECTORS = 2;

/** May token `i` open a name? */
function opensName(facts: Facts, i: number): boolean {
  const role = facts.roles[i];
  if (role === 'name') return true;
  const next = facts.roles[i + 1];
  const joined = !newlineBetween(facts, i, i + 1);
  // "Europäische Zentralbank": an adjective capitalized mid-sentence belongs to a name.
  if (role === 'adjective') return joined && (next === 'noun' || next === 'nounOrName' || next === 'name' || next === 'adjective');
  // "Universität Hamburg", "Eintracht Braunschweig", "Banco Central": an organization's head
  // before a name, or before the language's own adjective written with a capital.
  if (role === 'noun' || role === 'nounOrName') {
    const ownAdjective = next === 'nounOrName' && facts.knowledge.isLowerCaseWord(facts.tokens[i + 1]?.lower ?? '');
    // A descriptor introduces a name ("o banco Itaú"), but heads one with an adjective ("Banco Central").
    if (joined && isOrgHead(facts, i) && (ownAdjective || ((next === 'name' || isTownNoun(facts, i + 1)) && !isDescriptor(facts, i)))) return true;
    // "el Banco de México", "Banco Santander": where only names are capitalized, a head written
    // with a capital is the name's own, descriptor or not ("el banco Santander" introduces one).
    if (joined && capitalizedHead(facts, i) && (next === 'name' || next === 'connector')) return true;
    // "Institut für Weltwirtschaft": a head before its remit.
    if (headsRemit(facts, i)) return true;
  }
  // "der Rüstungskonzern Rheinmetall": a word the story introduces as a name; "in Mitte": a town after a preposition of place.
  if (role !== 'nounOrName' || i === 0 || newlineBetween(facts, i - 1, i)) return false;
  const placed = facts.language.sets.placePrepositions.has(facts.tokens[i - 1]?.lower ?? '') && knownName(facts.tokens[i]?.lower ?? '', facts.language) === 'town';
  return isDescriptor(facts, i - 1) || placed;
}

/** An organization's head capitalized where the language capitalizes only names, not opening its sentence. */
function capitalizedHead(facts: Facts, i: number): boolean {
  return !facts.language.words.capitalizesNouns && facts.starts[i] !== true && facts.tokens[i]?.capitalized === true && isOrgHead(facts, i);
}

/**
 * "des Armées d’Emmanuel Macron": after a connector, a known first name and a surname are a
 * person of their own, not the end of the name before ("Charles de Gaulle" has no first name
 * after "de"; a person's own name, opening with a first name, runs on).
 */
function personAfterConnector(facts: Facts, first: number, after: number): boolean {
  if (isKnownFirstName(facts, first) || !isKnownFirstName(facts, after) || facts.roles[after + 1] !== 'name' || newlineBetween(facts, after, after + 1)) return false;
  // "Universidade de São Paulo": a place the lists know, shaped like a first name and a surname.
  const pair = `${facts.tokens[after]?.lower ?? ''} ${facts.tokens[after + 1]?.lower ?? ''}`;
  return !isPlaceKind(knownName(pair, facts.language));
}

/**
 * "Lucas Verbeek van Kronfeld", "Jost de Jager von der CDU": where particles stand only after
 * given names, a connector after a first name and a surname opens what the person is of, not
 * more of the name.
 */
function connectorAfterSurname(facts: Facts, first: number, last: number): boolean {
  // Dutch writes its particles after given names only (its table says which), German its "von"
  // ("Ursula von der Leyen"); Spanish or Portuguese surnames go on across one ("Pérez de Cuéllar").
  const particlesFollowGivenNames = facts.language.sets.givenNameParticles.size > 0 || facts.language.words.capitalizesNouns;
  if (!particlesFollowGivenNames || last === first || !opensPersonsName(facts, first)) return false;
  // "Jost de Jager von der CDU": the surname may hold a particle of its own.
  const surname = facts.tokens[last]?.lower ?? '';
  // A surname that is also a word ("Lose|hand") is a name here, after the first name.
  const named = (role: string | undefined): boolean => role === 'name' || role === 'nounOrName';
  return named(facts.roles[last]) && !isFirstName(surname) && facts.roles.slice(first, last + 1).every((role) => named(role) || role === 'connector');
}

/**
 * "Sophie Marchal sur France Inter", "Emmanuel Macron en Allemagne": a connector that joins only
 * places' and bodies' words ("Boulogne sur Mer"), after a person's name, opens what follows.
 */
function placeConnectorAfterPerson(facts: Facts, first: number, last: number): boolean {
  return facts.language.sets.placeConnectors.has(facts.tokens[last + 1]?.lower ?? '') && opensPersonsName(facts, first);
}

/** Token `first` opens a person's name: a first name a list knows, a person the lexicon knows ("Frans"), or a title before it ("minister Eelco Heinen"). */
function opensPersonsName(facts: Facts, first: number): boolean {
  if (isKnownFirstName(facts, first) || knownName(facts.tokens[first]?.lower ?? '', facts.language) === 'person') return true;
  return contextCue(facts, first)?.kind === 'person';
}

/** Token `next` is an article of the language and the name before it, ending at `last`, a place a list knows. */
function articleAfterPlace(facts: Facts, last: number, next: number): boolean {
  if (!facts.language.sets.articles.has(facts.tokens[next]?.lower ?? '')) return false;
  return isPlaceKind(knownName(facts.tokens[last]?.lower ?? '', facts.language));
}

/** "Den Haag": the words first..last make a name a list knows, whatever each word is alone. */
function listedPhrase(facts: Facts, first: number, last: number): boolean {
  return knownName(phraseOf(facts, first, last), facts.language) !== null;
}

/** Tokens first..last as the text writes them, lower-cased: the form the lists are read with. */
function phraseOf(facts: Facts, first: number, last: number): string {
  return facts.text.slice(facts.tokens[first]?.start, facts.tokens[last]?.end).toLowerCase();
}

/** A town the lists know whose name the dictionary also has as a noun ("Kiel", "Mitte"). */
function isTownNoun(facts: Facts, i: number): boolean {
  return facts.roles[i] === 'nounOrName' && knownName(facts.tokens[i]?.lower ?? '', facts.language) === 'town';
}

/**
 * "Benkos Signa Holding", "Merkels Regierung": a German name in the genitive ends where it
 * stands; the story names it elsewhere without the -s.
 */
function isGenitiveName(facts: Facts, i: number): boolean {
  const token = facts.tokens[i];
  if (!facts.language.words.capitalizesNouns || !token || !token.lower.endsWith('s') || token.lower.length < 4) return false;
  return facts.capitalizedWords.has(token.lower.slice(0, -1));
}

/** "UMP Laure de la Raudière": a person's first name after an acronym opens a name of its own. */
function startsPersonAfterAcronym(facts: Facts, last: number, next: number): boolean {
  const word = facts.tokens[next]?.lower ?? '';
  return ACRONYM.test(facts.tokens[last]?.text ?? '') && (isFirstName(word) || facts.language.personNames.has(word));
}

/** The last token of the name opening at `first`, or first - 1 when none opens there. */
export function chunkEnd(facts: Facts, first: number): number {
  if (!opensName(facts, first)) return first - 1;
  const { roles, tokens } = facts;
  let last = first;
  for (;;) {
    const next = last + 1;
    if (next >= tokens.length || newlineBetween(facts, last, next)) break;
    // "des Instituts für Meereskunde": a body's head and its remit, before the genitive's end of a name.
    const remit = remitEnd(facts, last);
    if (remit > last) {
      last = remit;
      break;
    }
    if (isGenitiveName(facts, last) || startsPersonAfterAcronym(facts, last, next)) break;
    if (numberInsideName(facts, last, next)) {
      last = next + 1;
      continue;
    }
    const role = roles[next];
    // "Europäische Zentralbank"; "Lena Große Scharmann": an adjective between names belongs to them.
    if (role === 'name' || (role === 'adjective' && (roles[last] === 'adjective' || roles[next + 1] === 'name'))) {
      last = next;
      continue;
    }
    if (nounJoins(facts, first, last, next)) {
      last = next;
      continue;
    }
    // "a Milano la Guardia di Finanza": an article after a place opens the next noun phrase.
    if (articleAfterPlace(facts, last, next)) break;
    const across = endAcrossConnectors(facts, first, last);
    if (across < 0) break;
    last = across;
  }
  return withNameAdjective(facts, last);
}

/** A count as a name writes it: "24", "5". */
const WHOLE_NUMBER = /^\d{1,4}$/u;

/**
 * "Il Sole 24 Ore", "Movimento 5 Stelle": where only names are capitalized, a number between
 * two capitalized words, on one line, is part of one name when neither word is a first name, a
 * place or a body the lists know, and one is a word of the language (in the dictionary, or an organization's head). A
 * number between two names is a score ("Madrid 3 Barcelona"); one between a weekday and a month
 * is a date.
 */
function numberInsideName(facts: Facts, last: number, next: number): boolean {
  const { language, knowledge, tokens } = facts;
  if (language.words.capitalizesNouns || language.bare || !WHOLE_NUMBER.test(tokens[next]?.text ?? '')) return false;
  const after = tokens[next + 1];
  if (!after?.capitalized || newlineBetween(facts, next, next + 1)) return false;
  const before = tokens[last]?.lower ?? '';
  // The names list's surnames may be words too ("sole", "ore"): a first name, a place or a body is a name.
  const unnamed = (word: string): boolean => {
    const known = knownName(word, language);
    return (known === null || known === 'person') && !knowledge.isCalendarWord(word);
  };
  const ordinary = (i: number): boolean => knowledge.isLowerCaseWord(tokens[i]?.lower ?? '') || isOrgHead(facts, i);
  // An article before the number opens what is counted ("Le 3 Stelle"); the stop-word lists also hold nouns after it ("ore").
  return !knowledge.isStopWord(before) && unnamed(before) && unnamed(after.lower) && (ordinary(last) || ordinary(next + 1));
}

/** Does the noun or adjective at `next` go on the name first..last? */
function nounJoins(facts: Facts, first: number, last: number, next: number): boolean {
  const role = facts.roles[next];
  if (role !== 'noun' && role !== 'nounOrName' && role !== 'adjective') return false;
  // "Europäische Zentralbank", "Signa Holding": a noun that heads the name.
  if (isOrgHead(facts, next) || isPlaceHead(facts, next)) return true;
  // "Universität Kiel": a town whose name is also a noun, after an organization's head.
  if (isTownNoun(facts, next) && isOrgHead(facts, last)) return true;
  // "Polícia Federal", "Banco Central": the language's own adjective, capitalized, after an organization's head.
  if (role === 'nounOrName' && isOrgHead(facts, last) && facts.knowledge.isLowerCaseWord(facts.tokens[next]?.lower ?? '')) return true;
  // "Hubertus Heil": a surname that is also a noun.
  if (surnameAfterFirstName(facts, first, last, next)) return true;
  // "Recep Tayyip Erdogan": a proper name the dictionary lists, and no noun, goes on after two names or more.
  if (role === 'nounOrName' && surnameAfterNames(facts, first, last, next)) return true;
  // "Den Haag": a name a list knows. A plain noun is never its rest, so only a word that may name is looked up.
  return role === 'nounOrName' && listedPhrase(facts, first, next);
}

/** The lists know `word` as a place, a town or an organization of some kind. */
function namesPlaceOrBody(word: string, language: Facts['language']): boolean {
  const known = knownName(word, language);
  return isPlaceKind(known) || isOrganizationKind(known);
}

/**
 * "das Rebranding von Twitter", "der Uploadfilter von Facebook", "der Chief Creative Officer von
 * Mutabor": where every noun is capitalized, words that are all common nouns of the language or
 * ordinary English words, before a connector, are what the name after it has or does, not the
 * first part of one name. A body's or a place's head opens a name across its connector
 * ("Kommission von ARD", "Institut für Meereskunde"), and a given name its surname's particle
 * ("Hildegard von Bingen"); an acronym or a word the lists know as a place or a body is a name's
 * own. A surname the names list spells with an ordinary word is that word here ("Officer").
 */
function commonNounBeforeConnector(facts: Facts, first: number, last: number): boolean {
  const { language, knowledge, tokens } = facts;
  if (!language.words.capitalizesNouns || isKnownFirstName(facts, first)) return false;
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (!token || ACRONYM.test(token.text) || isOrgHead(facts, i) || isPlaceHead(facts, i) || headsRemit(facts, i) || namesPlaceOrBody(token.lower, language)) return false;
    if (knowledge.nounKind(token.lower) === null && !isEnglishWord(token.lower)) return false;
  }
  return true;
}

/**
 * One or two connectors after `last` and the name word after them ("Bank of England", "Joost
 * van der Westhuizen"): that word's index, or -1 when the name ends before the connectors.
 */
function endAcrossConnectors(facts: Facts, first: number, last: number): number {
  const { roles } = facts;
  let connectors = 0;
  while (connectors < MAX_CONNECTORS && roles[last + 1 + connectors] === 'connector') connectors++;
  if (connectors === 0) return -1;
  const after = last + 1 + connectors;
  if (newlineBetween(facts, last, after)) return -1;
  // "Alexander Van der Bellen": after a first name and a particle written capitalized, the
  // particles go on and the word after them is the surname, whatever noun it also is.
  const surnameRole = roles[after] === 'name' || roles[after] === 'noun' || roles[after] === 'nounOrName';
  if (surnameRole && facts.tokens[after]?.capitalized === true && capitalizedParticleAfterFirstName(facts, first, last)) return after;
  if (personAfterConnector(facts, first, after) || connectorAfterSurname(facts, first, last) || placeConnectorAfterPerson(facts, first, last)) return -1;
  if (commonNounBeforeConnector(facts, first, last)) return -1;
  if (roles[after] === 'name') return after;
  // "Raad van State": where only names are capitalized, a capitalized word after an
  // organization's head and its connector is the name's, whatever English word it spells.
  if (roles[after] === 'nounOrName' && !facts.language.words.capitalizesNouns && isOrgHead(facts, last)) return after;
  // "Hildegard von Bingen", "Sanne de Wit": after a first name and its particle, a surname that is also a noun.
  if (roles[after] === 'nounOrName' && first === last && (isFirstName(facts.tokens[first]?.lower ?? '') || isUnknownGivenName(facts, first))) return after;
  // "Rio de Janeiro": a name a list knows, whatever its last word is alone (a month).
  return listedPhrase(facts, first, after) ? after : -1;
}

/**
 * After two names or more that no list knows ("Recep Tayyip"), a proper name the dictionary lists
 * and no noun, first name or English word ("Account", "Forum") is the surname.
 */
function surnameAfterNames(facts: Facts, first: number, last: number, next: number): boolean {
  const word = facts.tokens[next]?.lower ?? '';
  if (last === first || !facts.language.properNames.has(word) || facts.knowledge.nounKind(word) !== null) return false;
  if (facts.knowledge.isLowerCaseWord(word) || isFirstName(word) || isKnownFirstName(facts, next) || isEnglishWord(word)) return false;
  return facts.roles.slice(first, last + 1).every((role) => role === 'name') && !facts.tokens.slice(first, last + 1).some((token) => ACRONYM.test(token.text));
}

/** first..last is a first name, then a particle of surnames written capitalized ("Alexander Van"). */
function capitalizedParticleAfterFirstName(facts: Facts, first: number, last: number): boolean {
  const particle = facts.tokens[last];
  return last === first + 1 && particle?.capitalized === true && facts.language.sets.nameConnectors.has(particle.lower) && isFirstName(facts.tokens[first]?.lower ?? '');
}

/** Separators between the nouns of a remit: "für Familie, Senioren, Frauen und Jugend". */
const REMIT_COMMA = ',';

/**
 * Token `i` is a noun of the language as a remit writes it: capitalized, no name of its own, no
 * acronym, and no compound left open for the next word ("Schnee-und Lawinenforschung").
 */
function remitNoun(facts: Facts, i: number): boolean {
  const role = facts.roles[i];
  const token = facts.tokens[i];
  if ((role !== 'noun' && role !== 'nounOrName') || token?.capitalized !== true || ACRONYM.test(token.text)) return false;
  return !facts.language.sets.conjunctions.has(token.lower.slice(token.lower.lastIndexOf('-') + 1));
}

/**
 * "Bundesamt für Sicherheit in der Informationstechnik": a preposition and a determiner after
 * the remit's nouns carry it on in words no rule here reads; the remit is not read at all, rather
 * than cut ("in Berlin", with no determiner, ends it).
 */
function remitGoesOn(facts: Facts, end: number): boolean {
  const { tokens, language } = facts;
  const preposition = tokens[end + 1];
  if (!preposition || preposition.capitalized || newlineBetween(facts, end, end + 1) || !facts.knowledge.isStopWord(preposition.lower)) return false;
  // Not a preposition joined to its article ("im Auftrag des Bundes"), as often after a name as inside one.
  return !language.sets.nounDeterminers.has(preposition.lower) && language.sets.nounDeterminers.has(tokens[end + 2]?.lower ?? '');
}

/** "Bundesamt", "Instituts", "Fraunhofer-Institut": a head of the language's remit table, alone, inflected or closing a compound. */
function isRemitHead(facts: Facts, i: number): boolean {
  const heads = facts.language.words.remitHeads;
  return lowerForms(facts, i).some((form) => heads.includes(form) || endsWithOneOf(form, heads));
}

/**
 * "Bundesministerium für Bildung und Forschung", "Institut für Weltwirtschaft": where the
 * language's tables name a remit's connector and a body's head, the head, that connector and the
 * nouns after it (listed with commas and a closing conjunction, "für Familie, Senioren, Frauen
 * und Jugend") are one name. The nouns are common words, which nothing else takes into a name.
 * The remit's last token, or -1 when no remit follows token `head`.
 */
function remitEnd(facts: Facts, head: number): number {
  const { tokens, language } = facts;
  if (!language.sets.remitConnectors.has(tokens[head + 1]?.lower ?? '') || !isRemitHead(facts, head)) return -1;
  if (!remitNoun(facts, head + 2) || newlineBetween(facts, head, head + 2)) return -1;
  const closed = (last: number): number => (remitGoesOn(facts, last) ? -1 : last);
  let end = head + 2;
  // ", Senioren, Frauen und Jugend": a comma goes on to the next noun, a conjunction closes the list.
  for (let sep = end + 1; remitNoun(facts, sep + 1) && !newlineBetween(facts, end, sep + 1); sep = end + 1) {
    const word = tokens[sep]?.lower ?? '';
    if (language.sets.conjunctions.has(word)) return closed(sep + 1);
    if (word !== REMIT_COMMA) break;
    end = sep + 1;
  }
  // "für Bildung, Forschung …" with no conjunction closing the list: the remit is its first noun.
  return closed(head + 2);
}

/** Token `head` heads a remit: "Kompetenzzentrum" of "Kompetenzzentrum für Stadtgeschichte" is the name's own, no descriptor before it. */
export function headsRemit(facts: Facts, head: number): boolean {
  return remitEnd(facts, head) > head;
}

/** Token `i` is a conjunction inside the remit of an organization's head before it (first..i). */
function inRemit(facts: Facts, first: number, i: number): boolean {
  for (let head = first; head < i - 1; head++) if (remitEnd(facts, head) > i) return true;
  return false;
}

/**
 * "USA und China", "Peter Bofinger und Marcel Fratzscher": a conjunction between names lists
 * them; it joins one name only where an organization's head ends it ("Bündnis für Arbeit und
 * Soziales") or its remit holds it ("Bundesministerium für Bildung und Forschung").
 */
export function splitAtConjunctions(facts: Facts, first: number, last: number): Array<[number, number]> {
  const conjunctions = facts.language.sets.conjunctions;
  if (isOrgHead(facts, last) && facts.roles[last] !== 'name') return [[first, last]];
  const parts: Array<[number, number]> = [];
  let start = first;
  for (let i = first + 1; i < last; i++) {
    if (!conjunctions.has(facts.tokens[i]?.lower ?? '') || inRemit(facts, first, i)) continue;
    parts.push([start, i - 1]);
    start = i + 1;
  }
  parts.push([start, last]);
  return parts;
}

/**
 * "Erbe Sachsens", "Osten Nicaraguas": where every noun is capitalized, a country or a region
 * in the genitive after a word is that word's complement ("the east of Nicaragua"), not a
 * surname. The place is a name of its own; the word before it is read alone.
 */
export function splitBeforeGenitivePlace(facts: Facts, first: number, last: number): Array<[number, number]> {
  const word = facts.tokens[last]?.lower ?? '';
  if (!facts.language.words.capitalizesNouns || last === first || !word.endsWith(GENITIVE_S)) return [[first, last]];
  const known = knownName(word.slice(0, -GENITIVE_S.length), facts.language);
  if (known !== 'place' || knownName(word, facts.language) !== null || listedPhrase(facts, first, last)) return [[first, last]];
  return [[first, last - 1], [last, last]];
}

/** The longest person's name read after an organization's, in words. */
const MAX_PERSON_WORDS = 3;

/**
 * An organization's name run into a full name that opens with a known first name; each is a
 * name of its own:
 * - "escribió en Twitter Gary Lineker": where a language puts the speaker after the verb, an
 *   organization the lists know;
 * - "der Chef der Deutschen Bank Christian Sewing", "general de Divisão do Exército Heber
 *   Garcia", "presidente del Consiglio Giorgia Meloni": a title before names the person's
 *   employer (or the body the person heads), then the person.
 * Only where the organization's words alone surely name one, more than a head word ("Fundação"
 * of "Fundação Getulio Vargas" is not one), and the person's are names and nothing else: no acronym, no ordinary word
 * ("Microsoft Cloud Deutschland", "Tencent AI Lab").
 */
export function splitBeforeFullName(facts: Facts, first: number, last: number): Array<[number, number]> {
  for (let given = personWindowStart(facts, first, last); given < last; given++) {
    const organization = given - 1;
    // "presidente del Consiglio Giorgia Meloni": a title, then the head of the body the person
    // presides; the title vouches for the names after the head, known or not, and for a surname
    // that is a word too ("Meloni", melons).
    const body = organization === first && titledBefore(facts, first) && isOrgHead(facts, first) && facts.roles[first] === 'name';
    if ((!body && !isKnownFirstName(facts, given)) || !personWordsOnly(facts, given, last, body)) continue;
    const known = organization === first && isOrganizationKind(knownName(facts.tokens[first]?.lower ?? '', facts.language));
    const employer = organization > first && titledBefore(facts, first) && surelyOrganization(facts, first, organization);
    // "presidente del Milan Paolo Scaroni", "Chef der Telekom Tim Höttges": after a title and its
    // connector, one name, then a known first name: the body the person serves, then the person.
    const served = organization === first && titledBefore(facts, first) && facts.roles[first] === 'name' && isKnownFirstName(facts, given);
    if (known || employer || body || served) return [[first, organization], [given, last]];
  }
  return [[first, last]];
}

function surelyOrganization(facts: Facts, first: number, last: number): boolean {
  const cue = insideCue(facts, first, last, phraseOf(facts, first, last));
  return cue?.kind === 'organization' && cue.evidence === 'sure';
}

/**
 * Where the person's name after an organization's may open: MAX_PERSON_WORDS words back from
 * its end, not counting the particles inside it ("Financiën Pieter de Vries", "Zaken Jan van
 * der Berg").
 */
function personWindowStart(facts: Facts, first: number, last: number): number {
  let start = last;
  for (let words = 1; start - 1 > first && words < MAX_PERSON_WORDS; start--) if (!isNameParticle(facts, start - 1)) words++;
  return start;
}

/**
 * A first name, then more first names or surnames: names only. A first name may be a word of
 * the language too ("Marta", a marten; "Ana María"), a surname only where `surnameMayBeWord`,
 * or after a name particle, which vouches for it ("Jan van der Berg", a hill).
 */
function personWordsOnly(facts: Facts, given: number, last: number, surnameMayBeWord: boolean): boolean {
  let afterParticle = false;
  for (let i = given; i <= last; i++) {
    const token = facts.tokens[i];
    if (i > given && i < last && isNameParticle(facts, i)) {
      afterParticle = true;
      continue;
    }
    if (!token || facts.roles[i] !== 'name' || ACRONYM.test(token.text) || isEnglishWord(token.lower)) return false;
    if (i > given && !surnameMayBeWord && !afterParticle && facts.knowledge.isLowerCaseWord(token.lower) && !isKnownFirstName(facts, i)) return false;
  }
  return true;
}

/** "Assemblée nationale", "Conseil constitutionnel": one lower-case adjective after an institution's head. */
function withNameAdjective(facts: Facts, last: number): number {
  const endings = facts.language.words.nameAdjectiveEndings;
  const next = facts.tokens[last + 1];
  if (!next || next.capitalized || endings.length === 0 || !isOrgHead(facts, last)) return last;
  if (facts.knowledge.isStopWord(next.lower) || newlineBetween(facts, last, last + 1)) return last;
  // "la Policía indica que …": the head's verb, not its adjective.
  if (facts.knowledge.isPresentVerbForm(next.lower)) return last;
  return endings.some((ending) => next.lower.length > ending.length + 2 && next.lower.endsWith(ending)) ? last + 1 : last;
}

/**
 * "Hubertus Heil", "Anna Berger", "Peter Lang": after a first name, a noun or an adjective that
 * is a surname too, or that the dictionary knows only as an inflected form ("Berger" of "Berg").
 */
function surnameAfterFirstName(facts: Facts, first: number, last: number, next: number): boolean {
  const token = facts.tokens[next];
  const firstWord = facts.tokens[first]?.lower ?? '';
  const isFirst = isFirstName(firstWord) || facts.language.personNames.has(firstWord) || contextCue(facts, first)?.kind === 'person';
  if (first !== last || !isFirst || !token) return false;
  return facts.language.personNames.has(token.lower) || facts.roles[next] === 'nounOrName' || !facts.knowledge.isDictionaryEntry(token.lower);
}
