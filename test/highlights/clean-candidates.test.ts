import { describe, expect, test } from 'vitest';
import {
  cleanCandidates,
  isNotStory,
  leansOnPrevious,
  trimDateline,
} from '../../src/highlights/clean-candidates.ts';
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
    'Chelsea youngster Jay Dasilva ( right ) has been included in the squad',
    'The couple (pictured left) married in Mauritius last year.',
    'Jungle fever: A model wears a leopard-print bikini at the show.',
    'I saw a couple cars fall," he said to reporters.',
    'What really works on frizzy hair like mine?',
    '6) Ghostbusters Collection 1-2 (Steelbook) (2 Blu-Ray)',
    'How the storm unfolded across the valley over three days',
    'This shop has been compensated by #CollectiveBias, Inc. and its advertiser.',
    '"Is this the end of the road for the club?"',
    'The minister listed three reasons for the decision:',
    "it was terrible . '' he said on monday night .",
    'Editor\'s note: In our Behind the Scenes series, correspondents share their stories.',
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
    'The senator said: "We will not back down on this bill."',
    '"We will win," he said on Monday night in Denver.',
    "`` we will win , '' he said on monday night .",
    'He said the "deal" was off for the whole summer.',
    '"Is it over?" she asked the officers at the scene.',
    'Apple (AAPL) shares rose 3 percent on Tuesday after the launch.',
  ])('keeps %j', (sentence) => {
    expect(isNotStory(sentence)).toBe(false);
  });
});

describe('cleanCandidates', () => {
  test('trims a dateline only where stories open', () => {
    const text = 'LONDON (Reuters) - Britain voted on Friday.\n\nPARIS (Reuters) - is a line a reporter quoted.';
    const kept = cleanCandidates(splitSentences(text)).map((sentence) => sentence.text);
    expect(kept).toEqual(['Britain voted on Friday.', 'PARIS (Reuters) - is a line a reporter quoted.']);
  });

  test('trims the dateline of the first sentence of prose, below a headline line', () => {
    const text = 'Rome council closes the park\n\n(ANSA) - ROMA, 3 GIU - Il Comune ha chiuso il parco per lavori.\n\nROMA, 4 GIU - Riapre domani.';
    const kept = cleanCandidates(splitSentences(text)).map((sentence) => sentence.text);
    expect(kept).toEqual(['Il Comune ha chiuso il parco per lavori.', 'ROMA, 4 GIU - Riapre domani.']);
  });

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

describe('trimDateline', () => {
  test.each([
    ['( CNN ) Lady Antebellum singer Hillary Scott lost her tour bus.', 'Lady Antebellum singer Hillary Scott lost her tour bus.'],
    ['(CNN)If you have been following the news lately, you know.', 'If you have been following the news lately, you know.'],
    ['BAGHDAD, Iraq (CNN) -- Dressed in a Superman shirt, Youssif waited.', 'Dressed in a Superman shirt, Youssif waited.'],
    ['MINNEAPOLIS, Minnesota (CNN) -- Drivers told harrowing tales.', 'Drivers told harrowing tales.'],
    ['( cnn ) the victory of a former general surprised few .', 'the victory of a former general surprised few .'],
    ['LONDON (Reuters) - Britain said it would act.', 'Britain said it would act.'],
    ['The CNN (CNN) story ran on Monday.', 'The CNN (CNN) story ran on Monday.'],
    ['Apple (AAPL) rose on Monday.', 'Apple (AAPL) rose on Monday.'],
    ['NEW YORK — Stocks fell sharply on Monday.', 'Stocks fell sharply on Monday.'],
    ['WASHINGTON, D.C. -- Lawmakers met late.', 'Lawmakers met late.'],
    ['NASA — the agency said — will fly again.', 'NASA — the agency said — will fly again.'],
    ['HAMBURG (dpa) - Der Hafen meldet einen neuen Rekord.', 'Der Hafen meldet einen neuen Rekord.'],
    ['Sevilla, 4 abr (EFE).- El Ayuntamiento aprobó el presupuesto.', 'El Ayuntamiento aprobó el presupuesto.'],
    ['VALENCIA, 12 Nov. (EUROPA PRESS) - La Generalitat abrió el plazo.', 'La Generalitat abrió el plazo.'],
    ['(ANSA) - MILANO, 3 GIU - Il Comune ha chiuso il parco.', 'Il Comune ha chiuso il parco.'],
    ['LISBOA, 9 mar (Lusa) - O Governo aprovou a lei.', 'O Governo aprovou a lei.'],
    ['LONDON, MAY 4 - The bank held its rates.', 'The bank held its rates.'],
    ['SPD-Chef Lars Klingbeil sprach am Abend.', 'SPD-Chef Lars Klingbeil sprach am Abend.'],
    ['Paris, Texas, is a small town with a big name.', 'Paris, Texas, is a small town with a big name.'],
    ['Madrid, 5 de mayo, fue un día de fiesta.', 'Madrid, 5 de mayo, fue un día de fiesta.'],
  ])('%j → %j, offsets kept', (text, expected) => {
    const story = `Intro.\n\n${text}`;
    const sentence = { text, start: 8, end: 8 + text.length, paragraph: 1 };
    const trimmed = trimDateline(sentence);
    expect(trimmed.text).toBe(expected);
    expect(story.slice(trimmed.start, trimmed.end)).toBe(expected);
  });
});

describe('leansOnPrevious', () => {
  test.each([
    ['He praised the rescuers on Monday.', true],
    ["'It was terrible,' she said.", true],
    ['But the mayor disagreed with the council.', true],
    ['They were rescued by a passing boat.', true],
    ['However, the river kept rising overnight.', true],
    ['The mayor praised the rescuers on Monday.', false],
    ['Helen Smith praised the rescuers.', false],
    ['Thousands were evacuated from the valley.', false],
  ])('%j → %s', (sentence, expected) => {
    expect(leansOnPrevious(sentence)).toBe(expected);
  });
});

describe('leansOnPrevious in the story\'s language', () => {
  test.each([
    ['de', 'Er lobte die Helfer am Montag.', true],
    ['de', 'Doch der Bürgermeister widersprach.', true],
    ['de', '„Sie war schockiert“, sagte die Nachbarin.', true],
    ['de', 'Der Bürgermeister lobte die Helfer.', false],
    ['de', 'Erika Berg lobte die Helfer.', false],
    ['fr', 'Mais le maire a refusé le projet.', true],
    ['fr', 'Il a remercié les secouristes.', true],
    ['fr', 'Le maire a remercié les secouristes.', false],
    ['es', 'Sin embargo, el río siguió creciendo.', true],
    ['es', 'Él agradeció a los rescatistas.', true],
    ['es', 'Elena Ruiz agradeció a los rescatistas.', false],
    ['it', 'Ciò ha sorpreso il sindaco.', true],
    ['it', 'Però il fiume è cresciuto ancora.', true],
    ['it', 'Il sindaco ha ringraziato i soccorritori.', false],
    ['pt', 'No entanto, o rio continuou a subir.', true],
    ['pt', 'Ela agradeceu aos bombeiros.', true],
    ['nl', 'Maar de burgemeester was het er niet mee eens.', true],
    ['nl', 'Hij bedankte de redders.', true],
    ['nl', 'De burgemeester bedankte de redders.', false],
    ['en', 'Er, the mayor said nothing.', false],
    [null, 'He praised the rescuers on Monday.', true],
  ])('%s: %j → %s', (language, sentence, expected) => {
    expect(leansOnPrevious(sentence, language)).toBe(expected);
  });
});
