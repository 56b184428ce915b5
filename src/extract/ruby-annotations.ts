// Ruby annotations: the small readings a page prints above its characters (Japanese
// furigana, Chinese zhuyin), in <rt> and their fallback brackets in <rp>. A reader reads
// the base text; left in, every annotated word reads twice ("子こども" for "子ども"), and no
// sentence of the story matches the page's own words.

const ANNOTATIONS = 'rt, rp';

/**
 * `doc` read without its ruby annotations: `doc` itself when it has none, else a copy
 * without them (the page the reader sees is never changed).
 */
export function withoutRubyAnnotations(doc: Document): Document {
  if (!doc.querySelector(ANNOTATIONS)) return doc;
  const copy = doc.cloneNode(true) as Document;
  for (const annotation of copy.querySelectorAll(ANNOTATIONS)) annotation.remove();
  return copy;
}
