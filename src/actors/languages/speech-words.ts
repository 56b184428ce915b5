// The words around reported speech in one language: who said what ("„…“, sagte er",
// "a déclaré le ministre", "selon X"). find-quotes reads them; each table says which
// cue it gives. Words are lower-case, apostrophes written "'" ("qu'", "d'après").
// The speech verbs themselves are LanguageWords.speechVerbs, which the mention finders
// read too; it also holds the source words ("selon", "zufolge", "so"), which
// accordingTo, sourceBefore and closingSource here say how to read.

import type { GenderedWords } from './gendered-words.ts';

export interface SpeechWords {
  /** Past participles among the speech verbs: a cue only after an auxiliary ("a déclaré", "ha detto", "hat gesagt"). */
  participles: readonly string[];
  /** Auxiliaries of the compound past with "have": "a", "ont", "hat", "ha", "heeft". */
  auxiliaries: readonly string[];
  /** Words right before a speech verb that make it passive, reporting no one's words: "was", "été", "sido". */
  passiveMarkers: readonly string[];
  /** Words right after a speech verb that make it passive: "accused of", "believed to". */
  passiveAfter: readonly string[];
  /** Speech verbs of more than one word: "made clear", "pointed out". */
  verbPhrases: readonly string[];
  /**
   * Speech verbs that may stand before their speaker ("…, said the ministry"). Null where
   * every one may: V2 and Romance inversion ("sagte Merkel", "a déclaré le ministre").
   * English keeps a list, since "told X" names the listener.
   */
  invertingVerbs: readonly string[] | null;
  /** Verbs whose object is the listener ("told reporters", "urged the council"): their claim needs a "that". */
  listenerVerbs: readonly string[];
  /** Words before a source, one or several words: "according to", "selon", "laut", "volgens". */
  accordingTo: readonly string[];
  /** Words after a source: "Schleweis zufolge". */
  sourceBefore: readonly string[];
  /** Words naming the source only after a claim they close: "„…“, so ein Sprecher", "…, aldus de minister". */
  closingSource: readonly string[];
  /** Third-person singular subject pronouns, by gender: "he said", "sagte sie", "a-t-il dit", "dijo ella". */
  pronouns: GenderedWords;
  /** A pronoun subject may follow its verb: "sagte er", "dit-elle", "zei hij"; not English ("said he would"). */
  pronounsFollowVerb: boolean;
  /** The language drops subject pronouns: "«…», dijo." speaks for the person named last. */
  dropsPronouns: boolean;
  /** Articles, demonstratives and possessives: they open an unnamed speaker, after a speech verb ("dijo el portavoz") or before it ("the officials said"). */
  determiners: readonly string[];
  /** Words that lead from a speech verb to its listener or topic, not its speaker: "told to", "à", "gegenüber". */
  listenerWords: readonly string[];
  /** Prepositions: a name right after one sits in a phrase, not the subject ("mit Macron sagte Merkel"). */
  prepositions: readonly string[];
  /** Conjunctions opening a clause that sets the scene ("As X left, he said"): a claim before an attribution never opens with one. */
  subordinators: readonly string[];
  /** Conjunctions that open a reported claim: "that", "dass", "que", "qu'", "che", "dat". */
  claimOpeners: readonly string[];
  /**
   * A claim's conjunction may follow a comma: German ", dass", English "said, however, that".
   * Not in Romance languages or Dutch, where ", que", ", che", ", dat" open a relative clause.
   */
  openerAfterComma: boolean;
  /** A comma right after the verb or its speaker opens a reported claim: "Merkel sagte, die Lage sei ernst". */
  commaOpensClaim: boolean;
  /** A reported claim may follow the verb with no conjunction: "X said the work started". */
  bareClaim: boolean;
  /**
   * A name may stand before a noun it describes ("Chinese officials said", "Duitse functionarissen
   * zeiden"): English, German and Dutch word order; in Romance languages the describing word
   * follows its noun ("les autorités chinoises"), so a name before a word is its subject.
   */
  namesBeforeNouns: boolean;
  /**
   * Nouns for those who speak for the one whose they are: after a possessive the owner
   * speaks ("Biden's team said", "the mayor's office said"), where after any other noun
   * ("Ramdehol's sister said") the owner does not; the same after a verb, with the owner
   * after a connector ("sagte ein Sprecher des Ministeriums", "diz o comunicado do STF",
   * where "afirmó un integrante del Poder Ejecutivo" credits no one).
   */
  ownerVoices: readonly string[];
  /**
   * Where a people's or a place's word comes before its noun (namesBeforeNouns), the nouns
   * through which the place itself speaks ("according to Israeli officials", "said U.S.
   * authorities"); after any other noun the place does not ("according to Pakistani media").
   */
  stateVoices?: readonly string[];
  /**
   * Relative pronouns: opening the verb's clause after a comma they are its subject ("Su madre,
   * que ha explicado …"), so in a language that drops pronouns the verb does not speak for
   * the person named last.
   */
  relativePronouns: readonly string[];
  /**
   * Prepositions before the doer of a passive verb ("underscored by Wang Lei", "a statement
   * issued by Duke"): the name after one acts, where after another preposition it may only
   * say whose the unnamed speaker is ("der Chef von Acme"). Not German "von", which is both.
   */
  agentPrepositions: readonly string[];
  /**
   * The language's "but": like its "and" (LanguageWords.conjunctions) it joins a second verb to
   * the first's subject ("Ele sustentou …, mas defendeu"), but it never lists two names.
   */
  contrastConjunctions: readonly string[];
  /**
   * Verbs of speech only with their separable particle, which closes the clause: "teilte …
   * mit", "kündigte … an", "voegde … toe". Without it the verb says something else ("die es
   * mit Sars teilt", "die EZB teilt das Geldvolumen zu"). Verb form → particle.
   */
  particleVerbs: Readonly<Record<string, string>>;
}

/** No words: a language without tables reports no speech. */
export const NO_SPEECH: SpeechWords = {
  participles: [], auxiliaries: [], passiveMarkers: [], passiveAfter: [], verbPhrases: [], invertingVerbs: [], listenerVerbs: [],
  accordingTo: [], sourceBefore: [], closingSource: [], pronouns: { masculine: [], feminine: [] }, pronounsFollowVerb: false, dropsPronouns: false,
  determiners: [], listenerWords: [], prepositions: [], subordinators: [], claimOpeners: [], openerAfterComma: false, commaOpensClaim: false, bareClaim: false,
  namesBeforeNouns: false,
  ownerVoices: [],
  relativePronouns: [],
  agentPrepositions: [],
  contrastConjunctions: [],
  particleVerbs: {},
};
