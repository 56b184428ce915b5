// Who said what, in the story's language: quotations credited to the speaker their
// attribution names („…“, sagte Merkel / X said: "…" / « … », a-t-il dit), then reported
// speech in the sentences that quote no one (X sagte, dass … / …, Acme Corp said).
import type { Language } from '../language/language.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import type { Actor, Quote, Sentence, TextSpan } from '../types.ts';
import { findQuotations, type Quotation } from './find-quotations.ts';
import { afterAgentPreposition, afterPreposition, modifiesNoun } from './name-context.ts';
import { lastStartingBefore, mentionsWithin, placeMentions, type Placed } from './placed-mentions.ts';
import type { Gender } from './languages/gendered-words.ts';
import { personGender } from './person-gender.ts';
import { pronounPerson, type PronounStory } from './pronoun-person.ts';
import { byPreference, continuesClause, cueCandidates, subjectFollows, type Candidate, type SpeakerScope, type SubjectBefore } from './quote-speaker.ts';
import { reportedClaim } from './reported-speech.ts';
import { speechCuesFor, type SpeechCues } from './speech-cues.ts';
import { findCues, mayHoldCue, tokenize, type Cue, type Token } from './find-cues.ts';

export interface FindQuotesInput {
  text: string;
  sentences: Sentence[];
  actors: Actor[];
  /** The story language's word knowledge (loadLanguage); null or absent reads the story as English. */
  language?: Language | null;
}

const LETTER = /\p{L}/u;
/** Only punctuation between a quotation and the verb after it: "„…“, warnte Merkel", '"…," warned Doe'. */
const RIGHT_AFTER = /^[\s,.;:!?–—-]*$/u;

/** Quotes in text order, each with its speaker's display name. */
export function findQuotes(input: FindQuotesInput): Quote[] {
  const story = new Story(input);
  const quotes: Quote[] = [];
  const credited: TextSpan[] = [];
  const creditQuotation = (quotation: Quotation): void => {
    const speaker = quotationSpeaker(story, quotation);
    if (!speaker) return;
    const { inner } = quotation;
    quotes.push({ speaker: speaker.name, text: story.text.slice(inner.start, inner.end), start: inner.start, end: inner.end });
    credited.push(quotation);
    story.credit(story.sentenceAt(quotation.start), story.sentenceAt(quotation.end - 1), speaker);
  };
  // In text order, so that a pronoun's sentence knows who spoke in the ones before it.
  let next = 0;
  input.sentences.forEach((sentence, index) => {
    for (; next < story.quotations.length && story.quotations[next]!.start < sentence.end; next++) creditQuotation(story.quotations[next]!);
    // Sentences that quote someone or name a work in quotation marks, or lie inside a quotation, report nothing more.
    const touches = (q: TextSpan): boolean => q.start < sentence.end && q.end > sentence.start;
    if (credited.some(touches) || story.titles.some(touches) || story.quoted(sentence.start)) return;
    const reported = reportedSpeech(story, index);
    if (!reported) return;
    quotes.push({ speaker: reported.speaker.name, text: story.text.slice(reported.start, reported.end), start: reported.start, end: reported.end });
    story.credit(index, index, reported.speaker);
  });
  story.quotations.slice(next).forEach(creditQuotation);
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * The speaker of a quotation: named by a cue in the sentence it opens in or the one it closes
 * in, outside any quotation. A quotation that is a sentence of its own goes on the speech of
 * the sentence before: "Schleweis spricht sich für mehr Investitionen aus. „Sparen ist …“".
 */
function quotationSpeaker(story: Story, quotation: Quotation): Actor | null {
  const first = story.sentenceAt(quotation.start);
  const last = story.sentenceAt(quotation.end - 1);
  const speaker = frameSpeaker(story, first === last ? [first] : [first, last], quotation);
  if (speaker || !story.standsAlone(quotation, first, last)) return speaker;
  const previous = story.sentences[first - 1];
  if (!previous || previous.paragraph !== story.sentences[first]!.paragraph) return null;
  const before = frameSpeaker(story, [first - 1], quotation);
  return before?.kind === 'person' ? before : null;
}

/** The speaker a cue in these sentences names for the quotation. */
function frameSpeaker(story: Story, frame: readonly number[], quotation: Quotation): Actor | null {
  const cues = story.cuesOf(frame);
  if (cues.length === 0) return null;
  const scope = story.scope(frame);
  const rightAfter = (cue: Cue): boolean => cue.start >= quotation.end && RIGHT_AFTER.test(story.text.slice(quotation.end, cue.start));
  const inverted = (cue: Cue): boolean => story.invertible(cue) || rightAfter(cue);
  // "« … », écrit Le Canard enchaîné", "„…“, sagte ein Sprecher": the verb right after the quotation has its subject
  // after it, named or not, so no name before the quotation is its speaker.
  const acrossQuotation = (cue: Cue, candidate: Candidate): boolean => candidate.side === 'before' && rightAfter(cue) && subjectFollows(scope, cue);
  const candidates: Candidate[] = [];
  for (const cue of cues) for (const candidate of cueCandidates(scope, cue, inverted(cue))) if (!acrossQuotation(cue, candidate)) candidates.push(candidate);
  // A place never speaks where the attribution names a person ("„…“, sagte Merkel in Berlin").
  const placesSpeak = !namesPerson(scope.mentions, null);
  // The short attribution beside a quotation names its subject nearest the verb, unless the verb continues a clause.
  const subject: SubjectBefore = cues.some((cue) => continuesClause(scope, cue)) ? 'first' : 'nearest';
  for (const candidate of preferred(candidates, subject)) {
    if (candidate.actor?.kind === 'place' && !placesSpeak) continue;
    const actor = candidate.actor ?? story.pronounPerson(candidate, quotation.start);
    if (actor) return actor;
  }
  return null;
}

/** One sentence's reported speech: the first cue whose speaker and claim both read. */
function reportedSpeech(story: Story, index: number): (TextSpan & { speaker: Actor }) | null {
  const cues = story.cuesOf([index]);
  if (cues.length === 0) return null;
  const scope = story.scope([index]);
  const sentence = story.sentences[index]!;
  for (const cue of cues) {
    for (const candidate of preferred(cueCandidates(scope, cue, story.invertible(cue)), 'first')) {
      const claim = reportedClaim(scope, sentence, cue, candidate);
      // "Israel said it had surrounded the city, as … Netanyahu": a place speaks where the person is part of the claim.
      if (!claim || (candidate.actor?.kind === 'place' && namesPerson(scope.mentions, claim))) continue;
      const actor = candidate.actor ?? story.pronounPerson(candidate, claim.start);
      // "Aseguró que … tanto Alejandra como Luis están al pendiente": a claim in the reporter's words
      // names a person who speaks by a pronoun, never by name; the person it names is not who spoke.
      // A body or a state names itself ("Israel said it … Israel's army").
      if (actor && !(actor.kind === 'person' && mentionsWithin(story.placed, claim).some((m) => m.actor === actor))) return { speaker: actor, start: claim.start, end: claim.end };
    }
  }
  return null;
}

function preferred(candidates: Candidate[], subject: SubjectBefore): Candidate[] {
  return [...candidates].sort(byPreference(subject));
}

/** The first word after a quotation, past its punctuation: '"…," said', '„…“, sagte'. */
const NEXT_WORD = /^[\s,.;:!?–—-]*([\p{L}'’]+)/u;
const NEXT_WORD_REACH = 40;
/** A word of a quotation, hyphenated ones whole. */
const TITLE_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const CAPITALIZED = /^[\p{Lu}\p{N}]/u;
/** How long the lower-case words of a title are at most: articles, prepositions, conjunctions ("of", "in", "und", "für"). */
const SMALL_WORD_LETTERS = 4;

/**
 * A quotation written in title case names a work, a show or a campaign ('“A Rainy Day in New
 * York”', '„Modell Deutschland Circular Economy“', '“The Oatmeal”'): the first word and every
 * other capitalized but the short function words, of the story's language or English (titles
 * travel untranslated). Speech opens in lower case mid-sentence ('»die Bundeswehr in die Mitte
 * der Gesellschaft«') or holds a longer word in lower case.
 */
function isTitle(quoted: string, speech: SpeechCues): boolean {
  const small = (word: string): boolean =>
    word.length <= SMALL_WORD_LETTERS && (speech.functionWords.has(word.toLowerCase()) || STOP_WORDS.has(word.toLowerCase()));
  // Word by word, up to the first word no title writes: most quotations are speech and show it early.
  let capitalized = 0;
  for (const [word] of quoted.matchAll(TITLE_WORD)) {
    if (capitalized === 0) {
      // Where every noun is capitalized, speech may be nouns alone; it opens with an article or a conjunction ('„Eine Ungeschicklichkeit.“').
      if (speech.capitalizesNouns && speech.functionWords.has(word.toLowerCase())) return false;
      if (!CAPITALIZED.test(word)) return false;
    }
    if (CAPITALIZED.test(word)) capitalized++;
    else if (!small(word)) return false;
  }
  return capitalized >= 2;
}

/** Does a person's mention stand outside `claim` (anywhere, for no claim)? */
function namesPerson(mentions: readonly Placed[], claim: TextSpan | null): boolean {
  return mentions.some((m) => m.actor.kind === 'person' && (!claim || m.end <= claim.start || m.start >= claim.end));
}

/** The story read once: its quotations, mentions and each sentence's words. */
class Story implements PronounStory {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly speech: SpeechCues;
  readonly placed: readonly Placed[];
  readonly quotations: readonly Quotation[];
  /** Quotations that name a work ('“A Rainy Day in New York”'): no one's words, and no claim runs across them. */
  readonly titles: readonly Quotation[];
  private readonly tokens = new Map<number, Token[]>();
  /** Per sentence index: the actor credited with speech there. */
  private readonly speakers = new Map<number, Actor>();
  /** Per sentence index: may it hold a cue? A sentence is asked alone and in every window it is part of. */
  private readonly holdsCue = new Map<number, boolean>();
  /** Per person: the gender the page gives them, asked only of a pronoun's candidates. */
  private readonly genders = new Map<Actor, Gender | null>();

  constructor(input: FindQuotesInput) {
    this.text = input.text;
    this.sentences = input.sentences;
    this.speech = speechCuesFor(input.language ?? null);
    this.placed = placeMentions(input.actors);
    // "die „Süddeutsche Zeitung“": a quoted name is a name, not a quotation.
    const quotations = findQuotations(this.text, this.sentences, this.speech.quotes).filter((q) => !this.isName(q.inner));
    this.titles = quotations.filter((q) => isTitle(this.text.slice(q.inner.start, q.inner.end), this.speech) && !this.verbFollows(q));
    this.quotations = quotations.filter((q) => !this.titles.includes(q));
  }

  /** Records who spoke in sentences `first` to `last`. */
  credit(first: number, last: number, speaker: Actor): void {
    for (let i = first; i <= last; i++) this.speakers.set(i, speaker);
  }

  speakerOf(index: number): Actor | undefined {
    return this.speakers.get(index);
  }

  /**
   * The person a pronoun stands for: `candidate` is the written pronoun ("she") or the verb
   * of a dropped one ("dijo"), `clause` where the quotation or claim starts.
   */
  pronounPerson(candidate: Candidate, clause: number): Actor | null {
    const anchor = Math.min(candidate.span.start, clause);
    const written = this.text.slice(candidate.span.start, candidate.span.end).toLowerCase();
    return pronounPerson(this, this.sentenceAt(anchor), anchor, this.speech.pronounGenders.get(written) ?? null);
  }

  genderOf(actor: Actor): Gender | null {
    let gender = this.genders.get(actor);
    if (gender === undefined) {
      gender = personGender(actor, this.text, this.speech.courtesyGenders);
      this.genders.set(actor, gender);
    }
    return gender;
  }

  peopleIn(index: number, until = Infinity): Actor[] {
    return this.personMentions(index, until).map((m) => m.actor);
  }

  agentsIn(index: number): Actor[] {
    const scope = this.scope([index]);
    return scope.mentions.filter((m) => m.actor.kind === 'person' && afterAgentPreposition(scope, m)).map((m) => m.actor);
  }

  pronounBeforePeople(index: number, until: number): boolean {
    const first = this.personMentions(index, until)[0]?.start ?? until;
    return this.tokensOf(index).some((t) => t.start < first && this.speech.pronouns.has(t.lower) && !this.quoted(t.start));
  }

  /** The people a sentence names where a subject may stand, before `until`: outside phrases and not describing a noun. */
  private personMentions(index: number, until: number): Placed[] {
    const scope = this.scope([index]);
    return scope.mentions.filter((m) => m.actor.kind === 'person' && m.start < until && !afterPreposition(scope, m) && !modifiesNoun(this.text, m));
  }

  isQuoted(index: number): boolean {
    const sentence = this.sentences[index]!;
    const i = lastStartingBefore(this.quotations, sentence.start + 1);
    return i >= 0 && this.quotations[i]!.end >= sentence.end - 1;
  }

  startOf(index: number): number {
    return this.sentences[index]!.start;
  }

  /** Is `at` inside a quotation (marks included)? */
  quoted(at: number): boolean {
    const i = lastStartingBefore(this.quotations, at + 1);
    return i >= 0 && at < this.quotations[i]!.end;
  }

  /** Index of the sentence holding offset `at` (or the last one before it). */
  sentenceAt(at: number): number {
    return Math.max(0, lastStartingBefore(this.sentences, at + 1));
  }

  /** The quotation fills its sentences: only punctuation stands beside it ("„Sparen ist kein Selbstzweck.“"). */
  standsAlone(quotation: Quotation, first: number, last: number): boolean {
    const before = this.text.slice(this.sentences[first]!.start, quotation.start);
    const after = this.text.slice(quotation.end, this.sentences[last]!.end);
    return !LETTER.test(before) && !LETTER.test(after);
  }

  /** May the cue's speaker follow it? Sources do ("selon X"); verbs where the language inverts them. */
  invertible(cue: Cue): boolean {
    const { invertingVerbs } = this.speech;
    return cue.kind !== 'verb' || invertingVerbs === null || invertingVerbs.has(cue.words);
  }

  /** The words and the unquoted mentions of some sentences, where a speaker is looked for. */
  scope(indices: readonly number[]): SpeakerScope {
    const tokens = this.tokensIn(indices);
    const mentions: Placed[] = [];
    for (const i of indices) for (const m of mentionsWithin(this.placed, this.sentences[i]!)) if (!this.quoted(m.start)) mentions.push(m);
    return { text: this.text, speech: this.speech, tokens, mentions, placed: this.placed, quoted: (at) => this.quoted(at) };
  }

  /** The speech cues of some sentences, outside quotations. */
  cuesOf(indices: readonly number[]): Cue[] {
    if (!indices.some((i) => this.mayHoldCue(i))) return [];
    return findCues(this.text, this.tokensIn(indices), this.speech).filter((cue) => !this.quoted(cue.start));
  }

  private mayHoldCue(index: number): boolean {
    let holds = this.holdsCue.get(index);
    if (holds === undefined) {
      holds = mayHoldCue(this.sentences[index]!, this.speech);
      this.holdsCue.set(index, holds);
    }
    return holds;
  }

  private tokensIn(indices: readonly number[]): Token[] {
    if (indices.length === 1) return this.tokensOf(indices[0]!);
    const tokens: Token[] = [];
    for (const i of indices) tokens.push(...this.tokensOf(i));
    return tokens;
  }

  private tokensOf(index: number): Token[] {
    let tokens = this.tokens.get(index);
    if (!tokens) {
      tokens = tokenize(this.sentences[index]!);
      this.tokens.set(index, tokens);
    }
    return tokens;
  }

  /**
   * A quotation opening its sentence with a speech verb right after it is speech, however it
   * is capitalized: '"Sit down, Turkey," said I' (not 'Inman of “The Oatmeal” wrote a comic').
   */
  private verbFollows(quotation: Quotation): boolean {
    const sentence = this.sentences[this.sentenceAt(quotation.start)]!;
    if (LETTER.test(this.text.slice(sentence.start, quotation.start))) return false;
    const next = NEXT_WORD.exec(this.text.slice(quotation.end, quotation.end + NEXT_WORD_REACH));
    return !!next && this.speech.verbs.has(next[1]!.toLowerCase());
  }

  /** The span is exactly one actor's mention. */
  private isName(span: TextSpan): boolean {
    const i = lastStartingBefore(this.placed, span.start + 1);
    return i >= 0 && this.placed[i]!.start === span.start && this.placed[i]!.end >= span.end;
  }
}
