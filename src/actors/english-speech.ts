// English's words around reported speech, the core's own language: the same tables the
// language chunks carry (speech-words.ts), with its speech verbs from word-lists.ts.
import type { SpeechWords } from './languages/speech-words.ts';

/** Quotation marks of English stories: double and single, curly and straight. */
export const ENGLISH_QUOTES: Readonly<Record<string, string>> = { '“': '”"', '"': '"”', '‘': "’'", "'": "'’" };

/**
 * Subject pronouns of a speaker the story names no one as: the writer ("I", "we") or the one
 * addressed ("you"). Beside a verb they are its subject, so no name before it speaks ("The
 * Review: You say that …", '"Jo," said I, "…"'). Not "they", which stands for a company or
 * people named before.
 */
export const ENGLISH_UNNAMED_PRONOUNS: readonly string[] = ['i', 'we', 'you'];

/** Conjunctions that join a second verb to its clause's subject: "X called Wilson …, and noted". */
export const ENGLISH_CONJUNCTIONS: readonly string[] = ['and'];

/** Words that count the noun after them: "several states", "two reports" (isCountedNoun). */
export const ENGLISH_QUANTIFIERS: readonly string[] = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'several', 'many', 'few', 'both',
  'numerous', 'multiple', 'various', 'other', 'some', 'all',
];

export const ENGLISH_SPEECH: SpeechWords = {
  participles: [],
  auxiliaries: [],
  // "a man accused of sorcery", "bodies believed to be": passives report no one's words.
  passiveMarkers: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  passiveAfter: ['to', 'of', 'by'],
  verbPhrases: [
    'made clear', 'made it clear', 'pointed out', 'voiced concern', 'voiced concerns', 'voiced fear', 'voiced fears',
    'voiced doubt', 'voiced doubts',
  ],
  // "…, said the ministry"; "told X", "urged X" name the listener.
  invertingVerbs: ['said', 'says', 'added', 'adds', 'explained', 'continued', 'wrote', 'asked', 'replied', 'noted'],
  listenerVerbs: ['told', 'tells', 'asked', 'asks', 'urged', 'urges', 'accused', 'accuses', 'reminded', 'assured', 'informed'],
  accordingTo: ['according to'],
  sourceBefore: [],
  closingSource: [],
  pronouns: { masculine: ['he'], feminine: ['she'] },
  pronounsFollowVerb: false,
  dropsPronouns: false,
  determiners: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our'],
  listenerWords: ['to', 'of', 'about', 'with'],
  // Not "about", "over", "under": "said about 30 people died".
  prepositions: ['with', 'of', 'for', 'by', 'from', 'in', 'at', 'on', 'to', 'against', 'after', 'before', 'between', 'during', 'without', 'among'],
  subordinators: ['as', 'when', 'while', 'whilst', 'if', 'because', 'since', 'although', 'though', 'once', 'until', 'unless', 'whereas'],
  claimOpeners: ['that'],
  openerAfterComma: true,
  commaOpensClaim: false,
  bareClaim: true,
  namesBeforeNouns: true,
  ownerVoices: ['office', 'team', 'campaign', 'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'report'],
  stateVoices: [
    'official', 'officials', 'authorities', 'government', 'military', 'army', 'police', 'forces', 'troops', 'ministry',
    'diplomat', 'diplomats', 'prosecutors', 'investigators', 'leaders', 'regulators', 'lawmakers', 'spokesman',
    'spokeswoman', 'spokesperson', 'embassy', 'president', 'officers',
  ],
  relativePronouns: ['who', 'which', 'that'],
  agentPrepositions: ['by'],
  contrastConjunctions: ['but'],
  particleVerbs: {},
};
