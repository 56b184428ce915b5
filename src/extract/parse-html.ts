import { DOMParser } from 'linkedom';

/** A comment (skipped: old pages open `<html>` inside IE's conditional comments) or the `<html>` tag. */
const COMMENT_OR_ROOT = /<!--[\s\S]*?-->|<html\b[^>]*>/gi;
const BODY_OPEN = /<body\b[^>]*>/i;
const HEAD_OR_BODY = /<(?:head|body)\b/i;
const HEAD_CLOSE = /<\/head\s*>/i;
/** What may stand before `<html>` without being page content: a doctype, an XML declaration, comments, a byte-order mark. */
const PROLOG = /<!doctype[^>]*>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|\uFEFF/gi;

/**
 * Builds a DOM from an HTML string outside the browser (CLI, tests, benchmarks).
 * linkedom is several times faster than jsdom and gives Readability the same article.
 */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(withBodyOpened(withStrayPrefixInBody(html)), 'text/html') as unknown as Document;
}

/**
 * A page may leave out its `<body>` start tag, as HTML allows: a browser opens the body
 * where the head ends, but linkedom leaves what follows outside the body, where no reader
 * looks. The tag is put where the head ends.
 */
function withBodyOpened(html: string): string {
  if (BODY_OPEN.test(html)) return html;
  const headEnd = HEAD_CLOSE.exec(html);
  if (!headEnd) return html;
  const at = headEnd.index + headEnd[0].length;
  return `${html.slice(0, at)}<body>${html.slice(at)}`;
}

/**
 * Markup printed before the `<html>` tag (a server's PHP warnings, a stray `<script>`):
 * a browser puts it into the document, but linkedom makes its first element the root and
 * loses the page. It is moved to the start of the body, where a browser shows it.
 */
function withStrayPrefixInBody(html: string): string {
  const root = rootTag(html);
  if (!root) return html;
  const prefix = html.slice(0, root.index);
  const htmlOpen = root[0];
  const stray = prefix.replace(PROLOG, '').trim();
  // A page whose head or body comes first has no `<html>` tag of its own: the one found is text.
  if (!stray || HEAD_OR_BODY.test(stray)) return html;
  const prolog = prefix.match(PROLOG)?.join('') ?? '';
  const rest = html.slice(prefix.length + htmlOpen.length);
  const body = BODY_OPEN.exec(rest);
  const at = body ? body.index + body[0].length : 0;
  return `${prolog}${htmlOpen}${rest.slice(0, at)}${stray}${rest.slice(at)}`;
}

/** The first `<html>` tag outside comments; the scan stops there. */
function rootTag(html: string): RegExpExecArray | null {
  for (const match of html.matchAll(COMMENT_OR_ROOT)) if (!match[0].startsWith('<!--')) return match;
  return null;
}
