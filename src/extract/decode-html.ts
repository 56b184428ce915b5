// Pages in the wild declare many charsets (the dates corpus is full of
// ISO-8859-1 and windows-1252); honour the declaration, then fall back.

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_SCAN_BYTES = 4096;
/** Declarations often wrong in practice: pages saved as UTF-8 still say Latin-1. */
const LATIN_CHARSETS = /^(?:iso-?8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/i;
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * windows-1252's 0x80–0x9F (curly quotes, dashes, €). Node's TextDecoder decodes that label as
 * ISO-8859-1 and leaves C1 control characters there, so they are mapped here.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1_CONTROLS = /[\u0080-\u009f]/g;

/** Decodes HTML bytes with the charset they declare, else UTF-8, else windows-1252. */
export function decodeHtml(bytes: Uint8Array, declaredCharset?: string | null): string {
  if (BOM_UTF8.every((byte, i) => bytes[i] === byte)) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_SCAN_BYTES));
  const charset = declaredCharset ?? head.match(META_CHARSET)?.[1] ?? null;
  if (charset && LATIN_CHARSETS.test(charset)) {
    // Valid UTF-8 with multi-byte characters is almost never Latin-1 text by accident.
    const utf8 = tryDecode(bytes, 'utf-8', true);
    if (utf8 !== null && NON_ASCII.test(utf8)) return utf8;
  }
  if (charset) {
    const decoded = tryDecode(bytes, charset, false);
    if (decoded !== null) return decoded;
  }
  return tryDecode(bytes, 'utf-8', true) ?? tryDecode(bytes, 'windows-1252', false) ?? '';
}

function tryDecode(bytes: Uint8Array, charset: string, fatal: boolean): string | null {
  try {
    const decoder = new TextDecoder(charset.toLowerCase(), { fatal });
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? text.replace(C1_CONTROLS, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text;
  } catch {
    return null;
  }
}
