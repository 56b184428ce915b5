// Chrome's on-device Summarizer (Chrome 138+, Gemini Nano) as the gist's provider. Where the
// global is missing (Firefox, older Chrome) there is no provider and the card is as it was.
// The shape follows the Writing Assistance APIs (MDN: Summarizer, CreateMonitor).
import type { GistProvider, GistWriter, ModelAvailability } from '../src/gist/gist-provider.ts';

interface SummarizerOptions {
  type: 'tldr';
  length: 'short';
  format: 'plain-text';
  expectedInputLanguages: string[];
  expectedContextLanguages: string[];
  outputLanguage: string;
  sharedContext: string;
}

interface SummarizerCreateOptions extends SummarizerOptions {
  monitor?: (monitor: EventTarget) => void;
  signal?: AbortSignal;
}

interface Summarizer {
  readonly inputQuota: number;
  measureInputUsage(input: string, options?: { signal?: AbortSignal }): Promise<number>;
  summarizeStreaming(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
  destroy(): void;
}

interface SummarizerGlobal {
  availability(options: SummarizerOptions): Promise<ModelAvailability>;
  create(options: SummarizerCreateOptions): Promise<Summarizer>;
}

/** Told to the model with every story: what it reads, and that the card checks its words against the story. */
const SHARED_CONTEXT = 'A news story. Say what it reports in one or two sentences, using only names, numbers and dates found in it.';

function optionsFor(lang: string): SummarizerOptions {
  return {
    type: 'tldr',
    length: 'short',
    format: 'plain-text',
    expectedInputLanguages: [lang],
    // The shared context is in English, whatever the story's language.
    expectedContextLanguages: ['en'],
    outputLanguage: lang,
    sharedContext: SHARED_CONTEXT,
  };
}

function summarizerGlobal(): SummarizerGlobal | null {
  const candidate = (globalThis as { Summarizer?: Partial<SummarizerGlobal> }).Summarizer;
  return typeof candidate?.availability === 'function' && typeof candidate.create === 'function' ? (candidate as SummarizerGlobal) : null;
}

/** The browser's Summarizer as a GistProvider, or null where the browser has none. */
export function summarizerProvider(): GistProvider | null {
  const api = summarizerGlobal();
  if (!api) return null;
  return {
    availability: (lang) => api.availability(optionsFor(lang)),
    open: async (lang, signal) => writerOf(await api.create({ ...optionsFor(lang), signal })),
    async download(lang, onProgress) {
      const summarizer = await api.create({
        ...optionsFor(lang),
        monitor: (monitor) => monitor.addEventListener('downloadprogress', (event) => onProgress((event as ProgressEvent).loaded)),
      });
      summarizer.destroy();
    },
  };
}

function writerOf(summarizer: Summarizer): GistWriter {
  return {
    fits: async (text) => (await summarizer.measureInputUsage(text)) <= summarizer.inputQuota,
    async *write(text, signal) {
      const reader = summarizer.summarizeStreaming(text, { signal }).getReader();
      let whole = '';
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          // Early versions sent the whole text so far in each chunk; Chrome 137+ sends what is new.
          whole = whole && value.startsWith(whole) ? value : whole + value;
          yield whole;
        }
      } finally {
        // A gist withheld midway stops the model too.
        void reader.cancel().catch(() => undefined);
      }
    },
    close: () => summarizer.destroy(),
  };
}
