// The words of reported speech in the story's language as lookup sets: its speech tables
// (languages/speech-words.ts, English's in english-speech.ts) and the lists they share with
// the mention finders (name connectors, titles, stop words), built once per language.
import type { Language } from '../language/language.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { ENGLISH_CONJUNCTIONS, ENGLISH_QUANTIFIERS, ENGLISH_QUOTES, ENGLISH_SPEECH, ENGLISH_UNNAMED_PRONOUNS } from './english-speech.ts';
import { allGendered, genderOfWords, type Gender } from './languages/gendered-words.ts';
import type { SpeechWords } from './languages/speech-words.ts';
import { ROLE_NOUNS } from './word-classes.ts';
import { GENDERED_COURTESY_TITLES, NAME_CONNECTORS, SPEECH_VERBS } from './word-lists.ts';

/**
 * The lookup form of one language's speech tables, built once per language: each table of
 * SpeechWords (speech-words.ts says which cue it reads) as a set, with the language's own
 * lists the rules share.
 */
export interface SpeechCues {
  /** Opening quotation mark → the closing marks that may end it. */
  quotes: ReadonlyMap<string, string>;
  /** Every word that may open a cue: one look-up per word of the story, since few are. */
  cueWords: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  participles: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  passiveMarkers: ReadonlySet<string>;
  passiveAfter: ReadonlySet<string>;
  /** Multi-word cues by their first word: "according to", "made clear", "de acuerdo con". */
  phrases: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; kind: CueKind }>>;
  invertingVerbs: ReadonlySet<string> | null;
  listenerVerbs: ReadonlySet<string>;
  accordingTo: ReadonlySet<string>;
  sourceBefore: ReadonlySet<string>;
  closingSource: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  /** The gender each pronoun gives its person: "she said" is not a man's. */
  pronounGenders: ReadonlyMap<string, Gender>;
  pronounsFollowVerb: boolean;
  dropsPronouns: boolean;
  determiners: ReadonlySet<string>;
  listenerWords: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  claimOpeners: ReadonlySet<string>;
  openerAfterComma: boolean;
  commaOpensClaim: boolean;
  bareClaim: boolean;
  namesBeforeNouns: boolean;
  ownerVoices: ReadonlySet<string>;
  stateVoices: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  agentPrepositions: ReadonlySet<string>;
  particleVerbs: ReadonlyMap<string, string>;
  /** Words inside a name or title ("de", "of", "von"): after an inverted verb they lead on to the speaker's name. */
  nameConnectors: ReadonlySet<string>;
  /**
   * Subject pronouns of the writer or the one addressed ("I", "we", "you"): beside a speech
   * verb they are its subject, and no name speaks. English only so far; other languages'
   * tables have none (their "wir" or "Sie" are also other words).
   */
  unnamedPronouns: ReadonlySet<string>;
  /** Words that count the noun after them ("several", "two"): a verb's form in -s after one is a plural noun. English only so far. */
  quantifiers: ReadonlySet<string>;
  /** Conjunctions joining a second verb to the subject of the first: "and", "und", "et", and the language's "but" ("mas", "aber"). */
  conjunctions: ReadonlySet<string>;
  /** Every noun is capitalized (German): a capital says nothing of a name. */
  capitalizesNouns: boolean;
  /** The gender each courtesy title gives the person after it ("Mrs", "Frau", "Mme"), lower-case without its dot. */
  courtesyGenders: ReadonlyMap<string, Gender>;
  /** Nouns for one member of an organization ("commander", "Sprecher"): "an ISIS commander said" is not ISIS speaking. */
  memberNouns: ReadonlySet<string>;
  /**
   * The language's function words: in a language that drops pronouns, "«…», y añadió" has no
   * named subject; "Allen and Farrow" are two names, "DeSantis donor Dan Eberhart" one.
   */
  functionWords: ReadonlySet<string>;
}

/**
 * How a cue reads: a verb with its speaker beside it; "according" before its source
 * ("selon X"); "source-before" after it ("X zufolge"); "closing" after a claim ("…, so X").
 */
export type CueKind = 'verb' | 'according' | 'source-before' | 'closing';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const NO_WORDS: ReadonlySet<string> = new Set();

/** What the language knows beyond its speech tables, that the speech rules read too. */
type SharedLists = Pick<SpeechCues, 'nameConnectors' | 'courtesyGenders' | 'capitalizesNouns' | 'memberNouns' | 'functionWords' | 'unnamedPronouns' | 'conjunctions' | 'quantifiers'>;

function compile(speech: SpeechWords, speechVerbs: Iterable<string>, quotes: Readonly<Record<string, string>>, shared: SharedLists): SpeechCues {
  const sources = new Set([...speech.accordingTo, ...speech.sourceBefore, ...speech.closingSource]);
  const phrases = new Map<string, Array<{ words: readonly string[]; kind: CueKind }>>();
  const addPhrase = (phrase: string, kind: CueKind): void => {
    const words = phrase.split(' ');
    const first = words[0]!;
    phrases.set(first, [...(phrases.get(first) ?? []), { words, kind }]);
  };
  for (const phrase of speech.verbPhrases) addPhrase(phrase, 'verb');
  for (const phrase of speech.accordingTo) if (phrase.includes(' ')) addPhrase(phrase, 'according');
  // "so", "selon", "zufolge" name a source in the mention tables; here each reads by its own rule.
  const verbs = new Set([...speechVerbs, ...speech.participles].filter((word) => !sources.has(word)));
  return {
    quotes: new Map(Object.entries(quotes)),
    cueWords: new Set([...verbs, ...sources, ...phrases.keys()]),
    verbs,
    participles: set(speech.participles),
    auxiliaries: set(speech.auxiliaries),
    passiveMarkers: set(speech.passiveMarkers),
    passiveAfter: set(speech.passiveAfter),
    phrases,
    invertingVerbs: speech.invertingVerbs && set(speech.invertingVerbs),
    listenerVerbs: set(speech.listenerVerbs),
    accordingTo: set(speech.accordingTo),
    sourceBefore: set(speech.sourceBefore),
    closingSource: set(speech.closingSource),
    pronouns: set(allGendered(speech.pronouns)),
    pronounGenders: genderOfWords(speech.pronouns),
    pronounsFollowVerb: speech.pronounsFollowVerb,
    dropsPronouns: speech.dropsPronouns,
    determiners: set(speech.determiners),
    listenerWords: set(speech.listenerWords),
    prepositions: set(speech.prepositions),
    subordinators: set(speech.subordinators),
    claimOpeners: set(speech.claimOpeners),
    openerAfterComma: speech.openerAfterComma,
    commaOpensClaim: speech.commaOpensClaim,
    bareClaim: speech.bareClaim,
    namesBeforeNouns: speech.namesBeforeNouns,
    ownerVoices: set(speech.ownerVoices),
    stateVoices: set(speech.stateVoices ?? []),
    relativePronouns: set(speech.relativePronouns),
    agentPrepositions: set(speech.agentPrepositions),
    particleVerbs: new Map(Object.entries(speech.particleVerbs)),
    ...shared,
    // A second verb goes on with its clause's subject after "but" as after "and".
    conjunctions: set([...shared.conjunctions, ...speech.contrastConjunctions]),
  };
}

const ENGLISH_CUES = compile(ENGLISH_SPEECH, SPEECH_VERBS, ENGLISH_QUOTES, {
  nameConnectors: NAME_CONNECTORS,
  courtesyGenders: genderOfWords(GENDERED_COURTESY_TITLES),
  capitalizesNouns: false,
  memberNouns: ROLE_NOUNS,
  functionWords: STOP_WORDS,
  unnamedPronouns: set(ENGLISH_UNNAMED_PRONOUNS),
  conjunctions: set(ENGLISH_CONJUNCTIONS),
  quantifiers: set(ENGLISH_QUANTIFIERS),
});
const compiled = new WeakMap<Language, SpeechCues>();

/** The speech cues of the story's language; null is English. */
export function speechCuesFor(language: Language | null): SpeechCues {
  if (!language) return ENGLISH_CUES;
  let cues = compiled.get(language);
  if (!cues) {
    const { words } = language;
    cues = compile(words.speech, words.speechVerbs, words.quotes, {
      nameConnectors: language.sets.nameConnectors,
      courtesyGenders: genderOfWords(words.courtesyTitles),
      capitalizesNouns: words.capitalizesNouns,
      memberNouns: language.sets.personTitles,
      functionWords: language.stopWords,
      unnamedPronouns: NO_WORDS,
      conjunctions: language.sets.conjunctions,
      quantifiers: NO_WORDS,
    });
    compiled.set(language, cues);
  }
  return cues;
}
