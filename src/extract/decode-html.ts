// Pages in the wild declare many charsets (the dates corpus is full of
// ISO-8859-1 and windows-1252); honour the declaration, then fall back.

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_SCAN_BYTES = 4096;

/** Decodes HTML bytes with the charset they declare, else UTF-8, else windows-1252. */
export function decodeHtml(bytes: Uint8Array, declaredCharset?: string | null): string {
  if (BOM_UTF8.every((byte, i) => bytes[i] === byte)) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_SCAN_BYTES));
  const charset = declaredCharset ?? head.match(META_CHARSET)?.[1] ?? null;
  if (charset) {
    const decoded = tryDecode(bytes, charset, false);
    if (decoded !== null) return decoded;
  }
  return tryDecode(bytes, 'utf-8', true) ?? new TextDecoder('windows-1252').decode(bytes);
}

function tryDecode(bytes: Uint8Array, charset: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(charset.toLowerCase(), { fatal }).decode(bytes);
  } catch {
    return null;
  }
}
