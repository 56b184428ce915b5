// The gist's course with a provider written for the test: what the card is told, step by step.
import { describe, expect, test, vi } from 'vitest';
import type { GistProvider, ModelAvailability } from '../../src/gist/gist-provider.ts';
import type { GistState } from '../../src/gist/gist-state.ts';
import { gistLanguage } from '../../src/gist/gist-provider.ts';
import { settledPart, writeGist } from '../../src/gist/write-gist.ts';
import type { StoryDigest } from '../../src/types.ts';
import type { GistStory } from '../../src/gist/write-gist.ts';

const text = [
  'Harbor workers in Port Ellis return on Tuesday after a deal.',
  'Mayor Ana Ruiz said 1,200 jobs were saved.',
  'The strike had closed the docks for weeks and cost shippers dearly.',
].join('\n\n');
const story: StoryDigest & GistStory = {
  url: 'https://news.example/harbor',
  title: 'Dock strike ends in Port Ellis',
  byline: null,
  siteName: null,
  lang: 'en-US',
  dir: 'ltr',
  language: 'en',
  published: null,
  updated: null,
  wordCount: 19,
  readingMinutes: 1,
  text,
  highlights: [{ text: 'Mayor Ana Ruiz said 1,200 jobs were saved.', start: 62, end: 104 }],
  publisherHighlights: [],
};

interface FakeOptions {
  availability?: ModelAvailability;
  chunks: string[];
  quota?: number;
}

function fakeProvider({ availability = 'available', chunks, quota = Infinity }: FakeOptions) {
  const inputs: string[] = [];
  const provider: GistProvider = {
    availability: vi.fn(async () => availability),
    open: vi.fn(async () => ({
      fits: async (input: string) => input.length <= quota,
      async *write(input: string) {
        inputs.push(input);
        let whole = '';
        for (const chunk of chunks) yield (whole += chunk);
      },
      close: vi.fn(),
    })),
    download: vi.fn(async () => {}),
  };
  return { provider, inputs };
}

async function run(options: FakeOptions, digest: GistStory = story): Promise<{ steps: GistState[]; result: GistState; inputs: string[] }> {
  const { provider, inputs } = fakeProvider(options);
  const steps: GistState[] = [];
  const result = await writeGist(provider, digest, (gist) => steps.push(gist), new AbortController().signal);
  return { steps, result, inputs };
}

describe('writeGist', () => {
  test('a grounded gist shows word by word as it streams, then whole', async () => {
    const { steps, result } = await run({ chunks: ['Port Ellis dock', ' workers return', ' on Tuesday; 1,200 jobs saved.'] });
    expect(steps).toEqual([
      { status: 'writing', text: 'Port Ellis' },
      { status: 'writing', text: 'Port Ellis dock workers' },
      { status: 'writing', text: 'Port Ellis dock workers return on Tuesday; 1,200 jobs' },
      { status: 'shown', text: 'Port Ellis dock workers return on Tuesday; 1,200 jobs saved.' },
    ]);
    expect(result).toEqual(steps.at(-1));
  });

  test('the first name the story lacks withholds the gist, however much was shown', async () => {
    const { steps, result } = await run({ chunks: ['Dock workers return. ', 'Governor Lisa Park ', 'welcomed it.'] });
    expect(steps.at(-1)).toEqual({ status: 'withheld' });
    expect(result).toEqual({ status: 'withheld' });
    expect(steps.filter((step) => step.status === 'writing').every((step) => !('text' in step && step.text.includes('Lisa')))).toBe(true);
  });

  test('a number the story lacks, at the very end, withholds it too', async () => {
    const { result } = await run({ chunks: ['Mayor Ana Ruiz said 1,500'] });
    expect(result).toEqual({ status: 'withheld' });
  });

  test('the story when it fits the quota, else headline, lead and highlights', async () => {
    expect((await run({ chunks: ['Workers return.'] })).inputs).toEqual([`${story.title}\n\n${text}`]);
    const short = await run({ chunks: ['Workers return.'], quota: 140 });
    expect(short.inputs).toEqual([
      'Dock strike ends in Port Ellis\n\nHarbor workers in Port Ellis return on Tuesday after a deal.\n\nMayor Ana Ruiz said 1,200 jobs were saved.',
    ]);
    expect((await run({ chunks: ['Workers return.'], quota: 20 })).result).toEqual({ status: 'none' });
  });

  test.each<ModelAvailability>(['unavailable', 'downloadable', 'downloading'])('no gist, and no writer opened, when the model is %s', async (availability) => {
    const { provider } = fakeProvider({ availability, chunks: ['Workers return.'] });
    expect(await writeGist(provider, story, () => {}, new AbortController().signal)).toEqual({ status: 'none' });
    expect(provider.open).not.toHaveBeenCalled();
  });

  test('no gist for a story in no known language; the model is asked for the story\'s language', async () => {
    expect((await run({ chunks: ['Workers return.'] }, { ...story, language: null })).result).toEqual({ status: 'none' });
    const { provider } = fakeProvider({ chunks: ['Workers return.'] });
    // The page said "en-US"; the worker found the story in Spanish: the model is asked for Spanish.
    const spanish: GistStory = { ...story, language: 'es' };
    await writeGist(provider, spanish, () => {}, new AbortController().signal);
    expect(provider.availability).toHaveBeenCalledWith('es');
  });

  test('a model that fails midway takes back what it had shown', async () => {
    const provider: GistProvider = {
      availability: async () => 'available',
      open: async () => ({
        fits: async () => true,
        async *write() {
          yield 'Dock workers return ';
          throw new Error('model crashed');
        },
        close: () => {},
      }),
      download: async () => {},
    };
    const steps: GistState[] = [];
    await writeGist(provider, story, (gist) => steps.push(gist), new AbortController().signal);
    expect(steps).toEqual([{ status: 'writing', text: 'Dock workers return' }, { status: 'none' }]);
  });
});

test('settledPart keeps whole words only until the stream ends', () => {
  expect(settledPart('Mayor Ana Ru', false)).toBe('Mayor Ana');
  expect(settledPart('Mayor', false)).toBe('');
  expect(settledPart(' Mayor Ana Ruiz. ', true)).toBe('Mayor Ana Ruiz.');
});

test('gistLanguage gives the primary subtag', () => {
  expect(gistLanguage('en-US')).toBe('en');
  expect(gistLanguage('DE')).toBe('de');
  expect(gistLanguage(null)).toBeNull();
  expect(gistLanguage('x')).toBeNull();
});
