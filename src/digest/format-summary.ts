import type { Actor, ActorKind, Digest } from '../types.ts';
import { formatIsoDate } from './format-date.ts';

export type SummaryFormat = 'text' | 'markdown';

/** The words around the story's own text, in the reader's language. */
export interface SummaryLabels {
  untitled: string;
  source: string;
  by: string;
  published: string;
  updated: string;
  highlights: string;
  keyActors: string;
  people: string;
  organizations: string;
  places: string;
  timeline: string;
  /** Before the on-device model's gist: says who wrote it. */
  gist: string;
  /** Heading of the quotes (notes only). */
  quotes: string;
}

export const ENGLISH_SUMMARY_LABELS: SummaryLabels = {
  untitled: 'Untitled story',
  source: 'Source',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  highlights: 'Highlights',
  keyActors: 'Key actors',
  people: 'People',
  organizations: 'Organizations',
  places: 'Places',
  timeline: 'Timeline',
  gist: "TL;DR (written by the browser's on-device model)",
  quotes: 'Who said what',
};

export interface SummaryOptions {
  format: SummaryFormat;
  locale: string;
  /** English unless the caller has the reader's catalogue. */
  labels?: SummaryLabels;
  /** The on-device model's gist, when the card showed it: copied with its label. */
  gist?: string | null;
}

/** The actor groups, in the order a reader scans them. */
const ACTOR_GROUPS: Array<[ActorKind, 'people' | 'organizations' | 'places']> = [
  ['person', 'people'],
  ['organization', 'organizations'],
  ['place', 'places'],
];
/** Actors listed in a pasted summary; the digest keeps them all. */
export const SUMMARY_ACTOR_LIMIT = 10;

type SummaryInput = Omit<Digest, 'summary' | 'text'>;

/** The clean, ready-to-paste summary that Copy puts on the clipboard. */
export function formatSummary(digest: SummaryInput, options: SummaryOptions): string {
  const md = options.format === 'markdown';
  const labels = options.labels ?? ENGLISH_SUMMARY_LABELS;
  const lines: string[] = [];
  const title = digest.title ?? labels.untitled;
  lines.push(md ? `## ${digest.url ? `[${escapeMarkdown(title)}](${digest.url})` : escapeMarkdown(title)}` : title);
  const source = [digest.siteName, digest.url].filter(Boolean).join(' · ');
  if (source && !md) lines.push(`${labels.source}: ${source}`);
  else if (digest.siteName && md) lines.push(`*${escapeMarkdown(digest.siteName)}*`);
  if (digest.byline) lines.push(`${labels.by} ${digest.byline.replace(/^by\s+/i, '')}`);
  const dates = [
    digest.published && `${labels.published} ${formatIsoDate(digest.published, options.locale)}`,
    digest.updated && `${labels.updated} ${formatIsoDate(digest.updated, options.locale)}`,
  ].filter(Boolean);
  if (dates.length) lines.push(dates.join(' · '));
  if (options.gist) lines.push('', md ? `**${labels.gist}:** ${escapeMarkdown(options.gist)}` : `${labels.gist}: ${options.gist}`);

  const bullets = digest.highlights.map((h) => `${md ? '-' : '•'} ${md ? escapeMarkdown(h.text) : h.text}`);
  if (bullets.length) lines.push('', md ? `### ${labels.highlights}` : labels.highlights, ...bullets);

  const actorLines = actorGroups(digest.actors.slice(0, SUMMARY_ACTOR_LIMIT), labels).map(
    ([label, names]) => `${md ? `- **${label}:**` : `${label}:`} ${names.join(', ')}`,
  );
  if (actorLines.length) lines.push('', md ? `### ${labels.keyActors}` : labels.keyActors, ...actorLines);

  const dated = digest.timeline.slice(0, 5).map((t) => `${md ? '-' : '–'} ${formatIsoDate(t.date, options.locale)}: ${t.phrase}`);
  if (dated.length) lines.push('', md ? `### ${labels.timeline}` : labels.timeline, ...dated);
  return lines.join('\n') + '\n';
}

/** Actors by kind, each group under its label; empty groups left out. */
export function actorGroups(actors: Actor[], labels: SummaryLabels): Array<[string, string[]]> {
  return ACTOR_GROUPS.map(([kind, label]): [string, string[]] => [
    labels[label],
    actors.filter((a) => a.kind === kind).map((a) => (a.role ? `${a.name} (${a.role})` : a.name)),
  ]).filter(([, names]) => names.length > 0);
}

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}
