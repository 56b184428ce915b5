import type { ActorKind, TextSpan } from '../types.ts';

/**
 * Nationality words ("Chinese") are mentions of a place for actors, but not names
 * to score; 'other' names no actor (events, faiths, peoples: "World Cup", "Moslem").
 */
export type MentionKind = ActorKind | 'nationality' | 'other';

/** One name in the text, as the mention finder sees it. */
export interface Mention extends TextSpan {
  kind: MentionKind;
  /** The name as written, title excluded. */
  text: string;
  /** The title written before a person's name ("Foreign Minister"; "President, Duke" after an employer), or null. */
  title: string | null;
  /** The kind is a default: no word list, name shape or neighbouring word decided it. */
  guessed: boolean;
  /**
   * How sure it is that this names something at all (stories in languages other than
   * English): 'sure' with a list, a title or a head word behind it, 'weak' with only a
   * preposition or a speech verb, 'none' with nothing but capitals.
   */
  evidence?: Evidence;
  /** The form the lists know when the text inflects it: "Grossbritannien" for "Grossbritanniens". */
  baseForm?: string;
  /** The country it names (ISO 3166), by its name or a nationality word: "DE" for "Deutschland" and "deutschen". */
  region?: string;
  /**
   * The name stands in page furniture: it fills its line, punctuation aside (a menu item,
   * a label: "UK", "Twitter", "Biz & IT"), or stands in a copyright line or a picture credit.
   */
  furniture?: boolean;
  /** A town's name naming the body called after it here, its club most often: "Leeds fans", "beat Leeds 2-1". */
  townBody?: boolean;
  /** The name is part of a short quoted term or title ('Bharat bandh', “Electronic Markets and …”). */
  quotedTerm?: boolean;
  /** A town or the region of an address ("Austin, TX", "Greenbelt, Maryland"): a place, whatever a list beside it holds. */
  inAddress?: boolean;
}

export type Evidence = 'sure' | 'weak' | 'none';
