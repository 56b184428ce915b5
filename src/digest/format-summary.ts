import type { Actor, ActorKind, Digest } from '../types.ts';
import { formatIsoDate } from './format-date.ts';

export type SummaryFormat = 'text' | 'markdown';

export interface SummaryOptions {
  format: SummaryFormat;
  locale: string;
}

/** Labels for the actor groups, in the order a reader scans them. */
const ACTOR_GROUPS: Array<[ActorKind, string]> = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places'],
];
/** Actors listed in a pasted summary; the digest keeps them all. */
export const SUMMARY_ACTOR_LIMIT = 10;

type SummaryInput = Omit<Digest, 'summary' | 'text'>;

/** The clean, ready-to-paste summary that Copy puts on the clipboard. */
export function formatSummary(digest: SummaryInput, options: SummaryOptions): string {
  const md = options.format === 'markdown';
  const lines: string[] = [];
  const title = digest.title ?? 'Untitled story';
  lines.push(md ? `## ${digest.url ? `[${escapeMarkdown(title)}](${digest.url})` : escapeMarkdown(title)}` : title);
  const source = [digest.siteName, digest.url].filter(Boolean).join(' · ');
  if (source && !md) lines.push(`Source: ${source}`);
  else if (digest.siteName && md) lines.push(`*${escapeMarkdown(digest.siteName)}*`);
  if (digest.byline) lines.push(`By ${digest.byline.replace(/^by\s+/i, '')}`);
  const dates = [
    digest.published && `Published ${formatIsoDate(digest.published, options.locale)}`,
    digest.updated && `Updated ${formatIsoDate(digest.updated, options.locale)}`,
  ].filter(Boolean);
  if (dates.length) lines.push(dates.join(' · '));

  const bullets = digest.highlights.map((h) => `${md ? '-' : '•'} ${md ? escapeMarkdown(h.text) : h.text}`);
  if (bullets.length) lines.push('', md ? '### Highlights' : 'Highlights', ...bullets);

  const actorLines = actorGroups(digest.actors.slice(0, SUMMARY_ACTOR_LIMIT)).map(
    ([label, names]) => `${md ? `- **${label}:**` : `${label}:`} ${names.join(', ')}`,
  );
  if (actorLines.length) lines.push('', md ? '### Key actors' : 'Key actors', ...actorLines);

  const dated = digest.timeline.slice(0, 5).map((t) => `${md ? '-' : '–'} ${formatIsoDate(t.date, options.locale)}: ${t.phrase}`);
  if (dated.length) lines.push('', md ? '### Timeline' : 'Timeline', ...dated);
  return lines.join('\n') + '\n';
}

function actorGroups(actors: Actor[]): Array<[string, string[]]> {
  return ACTOR_GROUPS.map(([kind, label]): [string, string[]] => [
    label,
    actors.filter((a) => a.kind === kind).map((a) => (a.role ? `${a.name} (${a.role})` : a.name)),
  ]).filter(([, names]) => names.length > 0);
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}
