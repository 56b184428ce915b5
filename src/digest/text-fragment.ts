// Links to a passage of a page (URL text fragments, `#:~:text=`): Chrome, Edge and Safari
// scroll to the passage and mark it; other browsers open the page as before.

/** Passages longer than this are named by their first and last words, as the syntax allows. */
const WHOLE_PASSAGE_CHARS = 80;
const EDGE_WORDS = 5;

/** Percent-encodes a fragment's text: `-`, `,` and `&` are its syntax; parentheses would end a Markdown link. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The page's address with a fragment that selects `passage`; the page's own fragment gives way. */
export function textFragmentUrl(url: string, passage: string): string {
  const words = passage.trim().split(/\s+/);
  const target =
    passage.length <= WHOLE_PASSAGE_CHARS || words.length <= EDGE_WORDS * 2
      ? encodeFragmentText(words.join(' '))
      : `${encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${url.replace(/#.*$/, '')}#:~:text=${target}`;
}
