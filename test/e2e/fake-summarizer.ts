// A stand-in for Chrome's on-device Summarizer, with the API's documented shape (MDN:
// Summarizer, CreateMonitor): availability(), create() with a monitor that reports
// `downloadprogress`, inputQuota, measureInputUsage(), summarizeStreaming() as a
// ReadableStream of new text per chunk (Chrome 137+), destroy(). It is put into extension
// pages before their scripts run, as configured through the extension's localStorage,
// and logs every call there for the test to read. No model and no network: it says what
// the test told it to.
import type { BrowserContext, Page } from 'playwright-core';
import type { ModelAvailability } from '../../src/gist/gist-provider.ts';

export interface FakeSummarizerConfig {
  /** 'absent': no Summarizer global at all (Firefox, older Chrome). */
  availability: ModelAvailability | 'absent';
  /** What summarizeStreaming yields, chunk by chunk. */
  chunks?: string[];
  /** Pause before each chunk, so a test can see the gist being written. */
  chunkDelayMs?: number;
  inputQuota?: number;
}

export interface FakeSummarizerCall {
  method: 'availability' | 'create' | 'summarizeStreaming' | 'measureInputUsage';
  options?: Record<string, unknown>;
  input?: string;
  /** For create: whether the page had a user gesture (a download needs one). */
  userActivation?: boolean;
}

const CONFIG_KEY = 'fake-summarizer';
const CALLS_KEY = 'fake-summarizer-calls';

/**
 * The script run in every page before its own scripts. Plain JavaScript in a string: a
 * function would be serialized through the test's transpiler, which may add helpers the
 * page does not have.
 */
const INSTALL = `(() => {
  if (!location.href.startsWith('chrome-extension://')) return;
  const config = JSON.parse(localStorage.getItem(${JSON.stringify(CONFIG_KEY)}) || 'null');
  if (!config) return;
  const log = (call) => {
    const calls = JSON.parse(localStorage.getItem(${JSON.stringify(CALLS_KEY)}) || '[]');
    calls.push(call);
    localStorage.setItem(${JSON.stringify(CALLS_KEY)}, JSON.stringify(calls));
  };
  if (config.availability === 'absent') {
    delete globalThis.Summarizer;
    return;
  }
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const plain = (options) => Object.fromEntries(Object.entries(options || {}).filter(([, value]) => typeof value !== 'function' && !(value instanceof AbortSignal)));
  class Summarizer {
    static async availability(options) {
      log({ method: 'availability', options: plain(options) });
      return config.availability;
    }
    static async create(options = {}) {
      const userActivation = navigator.userActivation ? navigator.userActivation.isActive : false;
      log({ method: 'create', options: plain(options), userActivation });
      if (config.availability !== 'available') {
        if (!userActivation) throw new DOMException('Requires a user gesture to download the model', 'NotAllowedError');
        const monitor = new EventTarget();
        if (options.monitor) options.monitor(monitor);
        for (const loaded of [0, 0.25, 0.5, 0.75, 1]) {
          await pause(150);
          monitor.dispatchEvent(new ProgressEvent('downloadprogress', { loaded, total: 1 }));
        }
        config.availability = 'available';
        localStorage.setItem(${JSON.stringify(CONFIG_KEY)}, JSON.stringify(config));
      }
      return new Summarizer(options);
    }
    constructor(options) {
      this.options = options;
      this.inputQuota = config.inputQuota ?? 6000;
    }
    async measureInputUsage(input) {
      log({ method: 'measureInputUsage', input: input.slice(0, 80) });
      return Math.ceil(input.length / 4);
    }
    summarizeStreaming(input, options = {}) {
      log({ method: 'summarizeStreaming', input });
      const chunks = [...(config.chunks || [])];
      return new ReadableStream({
        async pull(controller) {
          await pause(config.chunkDelayMs ?? 30);
          if (options.signal && options.signal.aborted) return controller.error(options.signal.reason);
          const chunk = chunks.shift();
          if (chunk === undefined) controller.close();
          else controller.enqueue(chunk);
        },
      });
    }
    destroy() {}
  }
  globalThis.Summarizer = Summarizer;
  // Every gist text the page ever showed, so a test can tell what the reader saw while it streamed.
  const seen = [];
  Object.assign(globalThis, { __gistSeen: seen });
  new MutationObserver(() => {
    const shown = document.querySelector('[data-testid="gist-text"]');
    if (shown && seen.at(-1) !== shown.textContent) seen.push(shown.textContent);
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** Puts the stand-in into every extension page the context opens from now on (when configured). */
export async function installFakeSummarizer(context: BrowserContext): Promise<void> {
  await context.addInitScript(INSTALL);
}

/** Configures the stand-in for the pages opened after this; `page` is any page of the extension. */
export async function configureFakeSummarizer(page: Page, config: FakeSummarizerConfig | null): Promise<void> {
  await page.evaluate(
    ([configKey, callsKey, value]) => {
      localStorage.removeItem(callsKey);
      if (value === null) localStorage.removeItem(configKey);
      else localStorage.setItem(configKey, value);
    },
    [CONFIG_KEY, CALLS_KEY, config === null ? null : JSON.stringify(config)] as const,
  );
}

/** The calls the stand-in has had since it was configured, in every page of the extension. */
export async function fakeSummarizerCalls(page: Page): Promise<FakeSummarizerCall[]> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as FakeSummarizerCall[], CALLS_KEY);
}

/** Every gist text the page showed, as it streamed (empty where no gist was ever shown). */
export function gistTextsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as { __gistSeen?: string[] }).__gistSeen ?? []);
}
