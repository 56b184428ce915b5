// `npm run screenshots`: the popup in each state and both themes, into docs/screenshots/.
// Uses the test build and the e2e harness, so the pictures show the real extension.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, openStory, projectRoot, startServer } from '../test/e2e/harness.ts';

const out = join(projectRoot, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer();
const session = await launchExtension();

async function capture(popup: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.screenshot({ path: join(out, `${name}-${scheme}.png`) });
  }
}

try {
  const story = await openStory(session, `${server.origin}/seed/story-only.html`);
  await story.popup.locator('[data-testid="title"]').waitFor();
  await capture(story.popup, 'digest');
  // The whole popup at once, as it scrolls: Chrome caps a real popup at 600 px high.
  await story.popup.setViewportSize({ width: 400, height: 1400 });
  await capture(story.popup, 'digest-full');

  const notStory = await openStory(session, `${server.origin}/pages/not-a-story.html`);
  await notStory.popup.locator('[data-testid="message"]').waitFor();
  await capture(notStory.popup, 'not-a-story');

} finally {
  await session.close();
  await server.close();
}
console.log(`Screenshots written to ${out}`);
