import type { StoryDigest } from '../types.ts';

/** The story as the gist must stand on it: the headline is part of what the reader sees. */
export function gistSource(story: Pick<StoryDigest, 'title' | 'text'>): string {
  return story.title ? `${story.title}\n\n${story.text}` : story.text;
}

/**
 * What the model is given: the whole story when it fits the model's input quota, else the
 * headline, the lead paragraph and the highlights; null when not even that fits.
 */
export async function gistInput(story: Pick<StoryDigest, 'title' | 'text' | 'highlights'>, fits: (text: string) => Promise<boolean>): Promise<string | null> {
  const whole = gistSource(story);
  if (await fits(whole)) return whole;
  const lead = story.text.split(/\n\s*\n/, 1)[0]?.trim() ?? '';
  const highlights = story.highlights.map((highlight) => highlight.text).filter((text) => !lead.includes(text));
  const short = [story.title, lead, ...highlights].filter(Boolean).join('\n\n');
  return short && short !== whole && (await fits(short)) ? short : null;
}
