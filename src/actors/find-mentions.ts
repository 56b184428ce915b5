// The span-level mention finder: every person, organization, place and
// nationality named in a text, with offsets. findActors and the benchmark share it.
import { classifyName } from './classify-name.ts';
import type { Mention } from './mention.ts';
import { isNameToken, nameChunks, sentenceStarts, shoutedTokens, type NameChunk } from './name-chunks.ts';
import { tokenize, type Token } from './tokenize.ts';
import { isCommonWord, nameClass, ORG_HEADS, PLACE_HEADS } from './word-classes.ts';
import { NAME_CONNECTORS, PERSON_TITLES, TITLE_MODIFIERS, WEAK_CONNECTORS } from './word-lists.ts';

export type { Mention, MentionKind } from './mention.ts';

/** Every name in `text`, in text order, with offsets into `text`. */
export function findMentions(text: string): Mention[] {
  const tokens = tokenize(text);
  const starts = sentenceStarts(tokens, text);
  const shouted = shoutedTokens(tokens, text);
  const nameTokens = tokens.map((token, i) => isNameToken(token, shouted[i] ?? false));
  const namedMidSentence = new Set(
    tokens.filter((token, i) => nameTokens[i] && !starts[i] && !shouted[i]).map((token) => token.text.toLowerCase()),
  );
  const mentions: Mention[] = [];
  for (const chunk of nameChunks(tokens, nameTokens)) {
    for (const part of splitAtWeakConnectors(chunk, tokens)) {
      const mention = toMention(part, tokens, text, (i) => starts[i] === true && !namedMidSentence.has(lower(tokens, i)));
      if (mention) mentions.push(mention);
    }
  }
  return mentions;
}

function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? '';
}

/** "Germany and France" is two names; "Procter & Gamble Co" and "Bank of the West" are one. */
function splitAtWeakConnectors(chunk: NameChunk, tokens: Token[]): NameChunk[] {
  const head = lower(tokens, chunk.last);
  if (ORG_HEADS.has(head) || PLACE_HEADS.has(head)) return [chunk];
  const parts: NameChunk[] = [];
  let first = chunk.first;
  for (let i = chunk.first + 1; i < chunk.last; i++) {
    if (!WEAK_CONNECTORS.has(lower(tokens, i))) continue;
    parts.push({ first, last: i - 1 });
    first = i + 1;
  }
  parts.push({ first, last: chunk.last });
  return parts;
}

/** Index of the last token of a leading title ("Foreign Minister", "Sen."), or -1. */
function titleEnd(chunk: NameChunk, tokens: Token[]): number {
  let end = -1;
  for (let i = chunk.first; i < chunk.last; i++) {
    const word = lower(tokens, i);
    if (word === '.' && end === i - 1) end = i;
    else if (PERSON_TITLES.has(word)) end = i;
    else if (!TITLE_MODIFIERS.has(word) && !(word === 'of' && i > chunk.first)) break;
  }
  return end;
}

/**
 * `opensSentence(i)`: token i starts a sentence and the text never capitalizes it
 * mid-sentence (which would show it is a name: "Wang said ... Wang Lei").
 */
function toMention(
  chunk: NameChunk,
  tokens: Token[],
  text: string,
  opensSentence: (i: number) => boolean,
): Mention | null {
  let { first } = chunk;
  const { last } = chunk;
  const head = lower(tokens, last);
  let title: string | null = null;
  const isInstitution = ORG_HEADS.has(head) || PLACE_HEADS.has(head) || nameClass(lower(tokens, first)) === 'place';
  const end = isInstitution ? -1 : titleEnd(chunk, tokens);
  if (end >= first) {
    title = text.slice(tokens[first]?.start, tokens[end]?.end);
    first = end + 1;
  } else {
    // A capitalized ordinary word opening a sentence is no name: "Meanwhile", "Officials".
    while (first <= last && opensSentence(first) && isCommonWord(lower(tokens, first)) && !nameClass(lower(tokens, first))) {
      first++;
      while (first <= last && NAME_CONNECTORS.has(lower(tokens, first))) first++;
    }
  }
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  if (!firstToken || !lastToken || first > last) return null;
  const words = wordsOf(tokens.slice(first, last + 1));
  const kind = classifyName({
    words,
    surface: text.slice(firstToken.start, lastToken.end),
    titled: title !== null,
    previous: title === null ? lower(tokens, first - 1) : '',
    next: lower(tokens, last + 1),
  });
  if (!kind) return null;
  return { start: firstToken.start, end: lastToken.end, kind, text: text.slice(firstToken.start, lastToken.end), title };
}

/** Lower-cased words with abbreviation periods glued back on ("st.", "louis"). */
function wordsOf(tokens: Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    const word = token.text.toLowerCase();
    if (word === '.' && words.length > 0) words[words.length - 1] += '.';
    else words.push(word);
  }
  return words;
}
