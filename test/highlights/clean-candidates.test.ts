import { describe, expect, test } from 'vitest';
import { cleanCandidates, isNotStory } from '../../src/highlights/clean-candidates.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

describe('isNotStory', () => {
  test.each([
    'Read more.',
    'Read more: the full story here',
    'SCROLL DOWN FOR VIDEO',
    'Scroll down for video.',
    'Sign up for our daily newsletter.',
    'Follow us on Twitter and Facebook.',
    'Like us on Facebook to see similar stories.',
    'Photo: Getty Images',
    'The president waves to supporters in Ohio on Tuesday (AP Photo)',
    'Pictured: the scene of the crash on Monday morning.',
    'WASHINGTON (CNN) --',
    'LONDON, England (Reuters) -',
    'Story',
    'Related Articles',
    'He said.',
    'she added .',
    '"It was," he said.',
    'Advertisement',
    'Click here to watch the video.',
    'Copyright 2015 Cable News Network.',
  ])('drops %j', (sentence) => {
    expect(isNotStory(sentence)).toBe(true);
  });

  test.each([
    'Chinese officials acknowledged their involvement in cyberattacks targeting U.S. infrastructure.',
    'The video, posted on Monday, shows the officer firing eight shots.',
    'He said the bridge had been inspected twice last year and found sound.',
    'Read the full report, officials urged, before drawing conclusions about the crash.',
    'Police said more than 200 people were evacuated from the building .',
    '"I thought I was going to die," driver Gary Babineau told CNN.',
    'Follow-up tests showed no trace of the virus in the water supply.',
  ])('keeps %j', (sentence) => {
    expect(isNotStory(sentence)).toBe(false);
  });
});

describe('cleanCandidates', () => {
  test('keeps the story sentences with their offsets and drops the furniture', () => {
    const text =
      'WASHINGTON (CNN) --\n\nThe Senate passed the spending bill late on Friday night. ' +
      'SCROLL DOWN FOR VIDEO\n\nLawmakers from both parties backed the measure after weeks of talks.\n\nRead more.';
    const kept = cleanCandidates(splitSentences(text));
    expect(kept.map((sentence) => sentence.text)).toEqual([
      'The Senate passed the spending bill late on Friday night.',
      'Lawmakers from both parties backed the measure after weeks of talks.',
    ]);
    for (const sentence of kept) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
