// The grounding check on small stories written for these tests.
import { describe, expect, test } from 'vitest';
import { checkGrounding, gistTerms, numeralValues } from '../../src/gist/grounding.ts';

const STORY = [
  'Harbor officials in Port Ellis said on Tuesday that 1,200 workers would return to the docks in March.',
  "Mayor Ana Ruiz called the deal \"a fair one\". The union's leader, Tom Becker, said three shifts would restart.",
  'The city will spend $4.5 million on repairs, about 12 percent of its budget.',
].join('\n\n');

describe('checkGrounding', () => {
  test.each([
    ['names, numbers and dates that are all in the story', 'Port Ellis will bring back 1,200 dock workers in March, Mayor Ana Ruiz said.'],
    ['a possessive and a sentence-initial article', "The deal puts Port Ellis's docks back to work; Tom Becker's union agreed."],
    ['a number written another way', 'About 1200 workers return after a deal on Tuesday.'],
    ['a spelled number the story spells too', 'Three shifts restart under the deal.'],
    ['a decimal and a magnitude', 'Repairs will cost $4.5 million, 12 percent of the budget.'],
    ['a gist with nothing to check', 'Dock workers are going back to work after a deal.'],
    ['curly apostrophes', 'Ana Ruiz’s city spends $4.5 million.'],
  ])('grounded: %s', (_, gist) => {
    expect(checkGrounding(gist, STORY)).toEqual({ grounded: true, missing: [] });
  });

  test.each([
    ['a person the story never names', 'Governor Lisa Park praised the 1,200 workers.', [{ kind: 'name', text: 'Governor Lisa Park' }]],
    ['a number the story never gives', 'About 1,500 workers return to the docks.', [{ kind: 'number', text: '1,500' }]],
    ['a decimal changed', 'Repairs cost $5.4 million.', [{ kind: 'number', text: '5.4' }]],
    ['a spelled number not in the story', 'Four shifts restart.', [{ kind: 'number', text: 'four' }]],
    ['a month not in the story', 'Workers return in April.', [{ kind: 'date', text: 'April' }]],
    ['a day not in the story', 'The deal was signed on Friday.', [{ kind: 'date', text: 'Friday' }]],
    ['a name whose parts are in the story, but not together', 'Ana Becker leads the union.', [{ kind: 'name', text: 'Ana Becker' }]],
    ['a sentence-initial name', 'Lisa Park signed it.', [{ kind: 'name', text: 'Lisa Park' }]],
  ])('withheld: %s', (_, gist, missing) => {
    expect(checkGrounding(gist, STORY)).toEqual({ grounded: false, missing });
  });

  test('a sentence-opening word the story uses in lower case is no name; one it never uses is', () => {
    expect(checkGrounding('Officials said 1,200 workers return.', STORY).grounded).toBe(true);
    expect(checkGrounding('Investors said 1,200 workers return.', STORY).missing).toEqual([{ kind: 'name', text: 'Investors' }]);
  });

  test('German: thousands with a dot, a decimal comma, a lower-case month in Spanish', () => {
    const story = 'Die Stadt zahlt 1.200 Euro und 4,5 Prozent mehr. El acuerdo empieza en septiembre.';
    expect(checkGrounding('Die Stadt zahlt 1.200 Euro.', story).grounded).toBe(true);
    expect(checkGrounding('Die Stadt zahlt 4,5 Prozent mehr.', story).grounded).toBe(true);
    expect(checkGrounding('El acuerdo empieza en octubre.', story).missing).toEqual([{ kind: 'date', text: 'octubre' }]);
  });
});

describe('gistTerms', () => {
  test('runs of capitals are one name; commas and sentence ends split them; numerals and date words are their own terms', () => {
    expect(gistTerms('On Tuesday, Mayor Ana Ruiz met Tom Becker of the U.S. Coast Guard in Port Ellis. 1,200 returned.')).toEqual([
      { kind: 'date', text: 'Tuesday' },
      { kind: 'name', text: 'Mayor Ana Ruiz' },
      { kind: 'name', text: 'Tom Becker' },
      { kind: 'name', text: 'U.S.' },
      { kind: 'name', text: 'Coast Guard' },
      { kind: 'name', text: 'Port Ellis' },
      { kind: 'number', text: '1,200' },
    ]);
  });

  test('"I" and lower-case words are not names; "may" is no month, "May" is', () => {
    expect(gistTerms('I think officials may agree in May.')).toEqual([{ kind: 'date', text: 'May' }]);
  });
});

describe('numeralValues', () => {
  test.each([
    ['1,200', ['1200']],
    ['1.200', ['1200']],
    ['1\u00a0200', ['1200']],
    ['3.5', ['3.5']],
    ['3,50', ['3.5']],
    ['1,234.50', ['1234.5']],
    ['007', ['7']],
    ['10.04.2025', ['10', '4', '2025']],
  ])('%s → %j', (numeral, values) => {
    expect(numeralValues(numeral)).toEqual(values);
  });
});
