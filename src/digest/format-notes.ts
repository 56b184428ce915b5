// "Markdown for notes": the summary as a note for Obsidian, Logseq or Notion. YAML front
// matter carries the story's facts as properties; the body has the gist, the highlights
// (each linked to its passage in the story), the actors, the timeline and the quotes.
import type { Digest } from '../types.ts';
import { formatIsoDate } from './format-date.ts';
import { hostOf } from './host-of.ts';
import { actorGroups, ENGLISH_SUMMARY_LABELS, escapeMarkdown, SUMMARY_ACTOR_LIMIT, type SummaryOptions } from './format-summary.ts';
import { textFragmentUrl } from './text-fragment.ts';

type NotesInput = Omit<Digest, 'summary' | 'text'>;
export type NotesOptions = Omit<SummaryOptions, 'format'>;

/** Timeline entries and quotes in a note; the digest keeps every one. */
const NOTES_TIMELINE_LIMIT = 8;
const NOTES_QUOTE_LIMIT = 5;
/** Escapes inside a YAML double-quoted string; other control characters become \uXXXX. */
const YAML_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** C0 and C1 controls, DEL, and the line and paragraph separators YAML would break lines at. */
const needsEscape = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

/**
 * A YAML double-quoted scalar: never read as a number, date, boolean or null, whatever the
 * page says ("2025", "yes", "null", "#1", "key: value" all stay strings).
 */
export function yamlString(value: string): string {
  let escaped = '';
  for (const c of value) {
    const code = c.charCodeAt(0);
    escaped += YAML_ESCAPES[c] ?? (needsEscape(code) ? `\\u${code.toString(16).padStart(4, '0')}` : c);
  }
  return `"${escaped}"`;
}

/**
 * A tag as note apps accept it: no spaces (Obsidian, Logseq), letters, digits, `_`, `-`
 * and `/` only, and not digits alone. "Wang Lei" → "Wang-Lei"; "U.S." → "US".
 */
export function actorTag(name: string): string | null {
  const tag = name
    .normalize('NFC')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return tag && !/^\p{N}+$/u.test(tag) ? tag : null;
}

function frontMatter(digest: NotesInput, title: string): string[] {
  const fields: Array<[string, string | null]> = [
    ['title', title],
    ['source', digest.siteName ?? hostOf(digest.url)],
    ['url', digest.url],
    ['author', digest.byline?.replace(/^by\s+/i, '') ?? null],
    ['published', digest.published],
    ['updated', digest.updated],
  ];
  const tags = [...new Set(digest.actors.slice(0, SUMMARY_ACTOR_LIMIT).flatMap((actor) => actorTag(actor.name) ?? []))];
  return [
    '---',
    ...fields.flatMap(([key, value]) => (value ? [`${key}: ${yamlString(value)}`] : [])),
    ...(tags.length ? ['tags:', ...tags.map((tag) => `  - ${yamlString(tag)}`)] : []),
    '---',
  ];
}

/**
 * Marks note apps read beyond Markdown's own: `$` (Obsidian's math, "$4.5 million … $3"),
 * `==` (highlight), `~~`, `%%` (Obsidian's comment) and `((` (Logseq's block reference).
 */
const NOTE_APP_MARKS = /\$|==|~~|%%|\(\(/g;

/** Page text on one line, safe as Markdown in a note. */
const inline = (text: string): string =>
  escapeMarkdown(text.replace(/\s+/g, ' ').trim()).replace(NOTE_APP_MARKS, (mark) => mark.replace(/./g, '\\$&'));

export function formatNotes(digest: NotesInput, options: NotesOptions): string {
  const labels = options.labels ?? ENGLISH_SUMMARY_LABELS;
  const title = digest.title ?? labels.untitled;
  const lines = frontMatter(digest, title);
  lines.push('', `# ${inline(title)}`);
  if (options.gist) lines.push('', `**${labels.gist}:** ${inline(options.gist)}`);

  const section = (heading: string, items: string[]): void => {
    if (items.length) lines.push('', `## ${heading}`, ...items);
  };
  section(
    labels.highlights,
    digest.highlights.map((h) => `- ${inline(h.text)}${digest.url ? ` [↗](${safeLink(textFragmentUrl(digest.url, h.text))})` : ''}`),
  );
  section(
    labels.keyActors,
    actorGroups(digest.actors.slice(0, SUMMARY_ACTOR_LIMIT), labels).map(([label, names]) => `- **${label}:** ${names.map(inline).join(', ')}`),
  );
  section(
    labels.timeline,
    digest.timeline.slice(0, NOTES_TIMELINE_LIMIT).map((entry) => `- ${formatIsoDate(entry.date, options.locale)}: ${inline(entry.phrase)}`),
  );
  section(
    labels.quotes,
    digest.quotes.slice(0, NOTES_QUOTE_LIMIT).map((quote) => `- **${inline(quote.speaker)}:** “${inline(quote.text)}”`),
  );
  return `${lines.join('\n')}\n`;
}

/** Spaces and parentheses would end a Markdown link's address early. */
function safeLink(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c).replace('(', '%28').replace(')', '%29'));
}
