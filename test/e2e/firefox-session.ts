// Loads the Firefox test build (dist-firefox-test/) into Firefox ESR over WebDriver BiDi:
// Playwright's Firefox support needs a newer Firefox than Debian's ESR, and BiDi is built in.
// BiDi will not navigate a tab to moz-extension://, so extension pages are opened from the
// browser's own chrome scope (--remote-allow-system-access), as the toolbar would open them.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'undici';
import { canRunIn, markBrowserRan, projectRoot } from './harness.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = join(projectRoot, 'dist-firefox-test');
const GECKO_ID = 'story-summarizer@story-summarizer.app';
/** Fixed by a preference, so the extension's pages have a known address. */
const EXTENSION_UUID = '5f1e2d3c-4b5a-4969-8877-665544332211';

export const firefoxAvailable = (): boolean => canRunIn(FIREFOX, EXTENSION_DIR);

interface BidiReply {
  id?: number;
  type: 'success' | 'error' | 'event';
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/** A tab of Firefox, read through BiDi. */
export interface FirefoxTab {
  /** Runs an expression in the tab (awaiting a promise) and returns its value, which must be JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** Clicks the centre of the first element matching the selector, as a user does (a real gesture). */
  click(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
}

export interface FirefoxSession {
  /** Opens a web page in a new tab and waits for it to load. */
  openPage(url: string): Promise<FirefoxTab>;
  /** Opens a page of the extension (e.g. `popup.html?tab=2`) in a new tab. */
  openExtensionPage(path: string): Promise<FirefoxTab>;
  close(): Promise<void>;
}

async function bidiAddress(firefox: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi:\n${output}`)), 30_000);
    firefox.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    });
    firefox.once('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${output}`)));
  });
}

export async function launchFirefoxExtension(): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'story-summarizer-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
    ].join('\n'),
  );
  const firefox = spawn(FIREFOX, ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS_WIDTH: '1100', MOZ_HEADLESS_HEIGHT: '800' },
  });
  const socket = new WebSocket(`${await bidiAddress(firefox)}/session`);
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error('could not connect to Firefox over BiDi'));
  });
  let lastId = 0;
  const waiting = new Map<number, (reply: BidiReply) => void>();
  socket.onmessage = (event) => {
    const reply = JSON.parse(String(event.data)) as BidiReply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  };
  const send = <T = Record<string, unknown>>(method: string, params: object): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      waiting.set(id, (reply) => {
        waiting.delete(id);
        if (reply.type === 'error') reject(new Error(`${method}: ${reply.error} ${reply.message ?? ''}`));
        else resolve(reply.result as T);
      });
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: EXTENSION_DIR } });
  markBrowserRan('e2e-firefox-ran', { firefox: FIREFOX });

  const tabFor = (context: string): FirefoxTab => ({
    async evaluate<T>(expression: string): Promise<T> {
      const wrapped = `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`;
      const outcome = await send<EvaluateResult>('script.evaluate', { expression: wrapped, target: { context }, awaitPromise: true });
      if (outcome.type === 'exception') throw new Error(`in Firefox: ${outcome.exceptionDetails?.text ?? 'an exception'}`);
      return JSON.parse(String(outcome.result?.value)) as T;
    },
    async click(selector: string): Promise<void> {
      const centre = await this.evaluate<{ x: number; y: number } | null>(`(() => {
        const element = document.querySelector(${JSON.stringify(selector)});
        if (!element) return null;
        element.scrollIntoView({ block: 'center' });
        const box = element.getBoundingClientRect();
        return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
      })()`);
      if (!centre) throw new Error(`nothing matches ${selector}`);
      await send('input.performActions', {
        context,
        actions: [{ type: 'pointer', id: 'mouse', actions: [
          { type: 'pointerMove', x: centre.x, y: centre.y, origin: 'viewport' },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ] }],
      });
    },
    async screenshot(path: string): Promise<void> {
      const { data } = await send<{ data: string }>('browsingContext.captureScreenshot', { context });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
  });

  const topContexts = async (): Promise<string[]> =>
    (await send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0 })).contexts.map((c) => c.context);

  return {
    async openPage(url: string): Promise<FirefoxTab> {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return tabFor(context);
    },
    async openExtensionPage(path: string): Promise<FirefoxTab> {
      const before = new Set(await topContexts());
      const [browserWindow] = (await send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).contexts;
      if (!browserWindow) throw new Error('Firefox has no browser window');
      const url = `moz-extension://${EXTENSION_UUID}/${path}`;
      const opened = await send<EvaluateResult>('script.evaluate', {
        expression: `(() => {
          const window = Services.wm.getMostRecentWindow('navigator:browser');
          window.gBrowser.selectedTab = window.gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
        })()`,
        target: { context: browserWindow.context },
        awaitPromise: false,
      });
      if (opened.type === 'exception') throw new Error(`could not open ${url}: ${opened.exceptionDetails?.text ?? ''}`);
      for (let tries = 0; tries < 100; tries++) {
        const added = (await topContexts()).find((context) => !before.has(context));
        if (added) return tabFor(added);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`Firefox did not open ${url}`);
    },
    async close(): Promise<void> {
      await send('session.end', {}).catch(() => undefined);
      socket.close();
      firefox.kill();
      await new Promise((resolve) => (firefox.exitCode === null ? firefox.once('exit', resolve) : resolve(undefined)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
