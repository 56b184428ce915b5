import { describe, expect, test } from 'vitest';
import { findActors } from '../../src/actors/find-actors.ts';
import { findQuotes } from '../../src/actors/find-quotes.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

function quotesOf(text: string): Array<[string, string]> {
  const sentences = splitSentences(text);
  const actors = findActors({ text, sentences, title: null, highlights: [] });
  const quotes = findQuotes({ text, sentences, actors });
  for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  return quotes.map((quote) => [quote.speaker, quote.text]);
}

describe('findQuotes', () => {
  test.each([
    ['"We will not back down," said Foreign Minister Wang Yi.', 'Wang Yi', 'We will not back down'],
    ['Angela Merkel said: "The euro is our common fate."', 'Angela Merkel', 'The euro is our common fate.'],
    ['“The market is overheated,” Janet Yellen told reporters on Tuesday.', 'Janet Yellen', 'The market is overheated'],
    ['The Pentagon said that no troops had been hurt.', 'Pentagon', 'no troops had been hurt'],
    ['Profits fell 5 percent in the quarter, Acme Corp said.', 'Acme Corp', 'Profits fell 5 percent in the quarter'],
    ['Oil prices will rise next year, according to Goldman Sachs.', 'Goldman Sachs', 'Oil prices will rise next year'],
  ])('%s', (text, speaker, quote) => {
    expect(quotesOf(text)).toEqual([[speaker, quote]]);
  });

  test.each([
    ["'We had no choice,' said Yvette Cooper.", 'Yvette Cooper', 'We had no choice'],
    ["Kamil Amin, a spokesman for the Human Rights Ministry, said the work started on Monday.", 'Kamil Amin', 'the work started on Monday'],
    ['Angela Merkel told the Financial Times that the deal was dead.', 'Angela Merkel', 'the deal was dead'],
    ['The talks will resume next week, Senator Tom Becker said at the hearing.', 'Tom Becker', 'The talks will resume next week'],
    ['As Senator Tom Becker left the hall, he said the vote would be delayed.', 'Tom Becker', 'the vote would be delayed'],
    ['The Health Ministry said at least 40 people were hurt in the blast.', 'Health Ministry', 'at least 40 people were hurt in the blast'],
  ])('single quotes, appositives, listeners, phrases beside the verb: %s', (text, speaker, quote) => {
    expect(quotesOf(text)).toEqual([[speaker, quote]]);
  });

  test.each([
    ['A man accused of sorcery was killed near Tikrit on Monday.'],
    ['The graves near Tikrit are believed to hold hundreds of bodies.'],
    ['An ISIS regional commander told reporters that the city had fallen.'],
    ['He is a self-declared caliph who leads ISIS in Iraq.'],
    ['Ohio was one of 11 states that moved the vote to May.'],
    ['Like Ohio, several states that border the lake have closed their beaches.'],
  ])('no speaker in "%s"', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  test('a quotation spans sentences, and one standing alone goes on the speaker before', () => {
    const text = '“It is over. We lost,” said Senator Tom Becker. “We will try again next year.”';
    expect(quotesOf(text)).toEqual([
      ['Tom Becker', 'It is over. We lost'],
      ['Tom Becker', 'We will try again next year.'],
    ]);
  });

  test.each([
    ['The Harbour Times: You say that the harbour will need a new bridge by 2030.'],
    ['Next to the Acme Board keyboard, I have to say the old mouse looks tired.'],
    ['Karl Berg came in late again. "Karl," said I, "the boat leaves at noon and we are late."'],
  ])('a pronoun of the writer or the one addressed speaks for no one named: "%s"', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  test('a pronoun of the writer after a claim, not closing the clause, leaves the name speaking', () => {
    expect(quotesOf('Senator Tom Becker said we should wait for the vote in May.')).toEqual([['Tom Becker', 'we should wait for the vote in May']]);
  });

  test('a verb joined by a conjunction goes on with its clause\'s subject, not the object named nearer it', () => {
    const text = 'Senator Tom Becker spoke after the hearing, called Jo Lind “a careful and honest judge,” and noted that the vote would come in May.';
    expect(quotesOf(text)).toEqual([['Tom Becker', 'a careful and honest judge']]);
  });

  test('a pronoun speaker is the person named before', () => {
    const text = 'Pedro Sanchez arrived late. "I apologise for the delay," he said.';
    expect(quotesOf(text)).toEqual([['Pedro Sanchez', 'I apologise for the delay']]);
  });

  test('a name joined to the noun it describes is not the subject: the person after the comma speaks', () => {
    expect(quotesOf("Mayor Jo Lind's brother, Karl Berg, said that the bridge would reopen in May.")).toEqual([['Karl Berg', 'the bridge would reopen in May']]);
  });

  test('a possessive before those who speak for its owner leaves the owner speaking', () => {
    expect(quotesOf("Mayor Jo Lind's office said that the bridge would reopen in May.")).toEqual([['Jo Lind', 'the bridge would reopen in May']]);
  });

  test.each([
    ['The U.S. Attorney’s office said that the two guards had falsified records.'],
    ["Prices will rise, the Manhattan District Attorney's office said on Monday."],
  ])('a name opening a longer possessive does not speak: the office of someone unnamed does: "%s"', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  test.each([
    ['A Portland couple announced that they had won the state lottery.'],
    ['Sweden’s farmers’ union said that the harvest was poor this year.'],
  ])('a place describing the subject does not speak: "%s"', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  test.each([
    ['Tom Becker was named in the report as a victim of the mayor’s alleged bribery scheme in the city.'],
    ['Tom Becker criticized the council over its promised reforms of the port.'],
  ])('a verb of speech after an article or a possessive is an adjective or a noun: "%s"', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  test('no quote without a speaker or a verb of speech', () => {
    expect(quotesOf('Markets rose sharply in Tokyo on Monday.')).toEqual([]);
    expect(quotesOf('"It is over," someone shouted.')).toEqual([]);
  });
});
