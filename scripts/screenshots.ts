// `npm run screenshots`: the popup in each state and both themes, into docs/screenshots/.
// Uses the test build and the e2e harness, so the pictures show the real extension.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, openStory, projectRoot, startServer, tabIdOf } from '../test/e2e/harness.ts';

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
  console.log('font', await story.popup.locator('[data-testid="highlight"]').first().evaluate((el) => { const out = []; for (let n: Element | null = el; n; n = n.parentElement) out.push(n.tagName + ' ' + getComputedStyle(n).fontSize + ' ' + getComputedStyle(n).fontFamily); return out.join(' / '); }));

  const notStory = await openStory(session, `${server.origin}/pages/not-a-story.html`);
  await notStory.popup.locator('[data-testid="message"]').waitFor();
  await capture(notStory.popup, 'not-a-story');

  const loading = await session.context.newPage();
  await loading.setViewportSize({ width: 400, height: 600 });
  const tabId = await tabIdOf(session.worker, `${server.origin}/seed/story-only.html`);
  // Freeze the popup before its first render to photograph the skeleton.
  await loading.route('**/*', (route) => route.continue());
  await loading.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&skeleton`);
  await capture(loading, 'loading');
} finally {
  await session.close();
  await server.close();
}
console.log(`Screenshots written to ${out}`);
