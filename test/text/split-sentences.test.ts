import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/text/split-sentences.ts';

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences on news prose', () => {
  test.each([
    ['dotted acronym inside', 'The U.S. Department of State said so. It was late.', ['The U.S. Department of State said so.', 'It was late.']],
    ['dotted acronym ending one', 'He was born in the U.S. He moved to France.', ['He was born in the U.S.', 'He moved to France.']],
    ['U.K. twice', 'Officials in the U.K. said so. The U.K. government agreed.', ['Officials in the U.K. said so.', 'The U.K. government agreed.']],
    ['U.N. before a name', 'The U.N. Security Council met. It voted.', ['The U.N. Security Council met.', 'It voted.']],
    ['titles', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['military ranks', 'Lt. Col. Smith and Capt. Jones met Sgt. Brown. Then they left.', ['Lt. Col. Smith and Capt. Jones met Sgt. Brown.', 'Then they left.']],
    ['Gov. and a state', 'Gov. Jerry Brown (D-Calif.) signed it. Critics objected.', ['Gov. Jerry Brown (D-Calif.) signed it.', 'Critics objected.']],
    ['U.S. Sen.', 'U.S. Sen. John McCain spoke. He left.', ['U.S. Sen. John McCain spoke.', 'He left.']],
    ['month before a day', 'They met on Jan. 5 in Paris. They talked.', ['They met on Jan. 5 in Paris.', 'They talked.']],
    ['month before a year', 'He earned $4.5 million. That was in Jan. 2014.', ['He earned $4.5 million.', 'That was in Jan. 2014.']],
    ['No. before a number', 'It was No. 1 in the charts. Fans cheered.', ['It was No. 1 in the charts.', 'Fans cheered.']],
    ['abbreviation before an amount', 'It costs $900 (Orig. $1,599) today. Buy now.', ['It costs $900 (Orig. $1,599) today.', 'Buy now.']],
    ['"no." ending one', 'The company, Acme Inc., said no. Shares fell.', ['The company, Acme Inc., said no.', 'Shares fell.']],
    ['Inc. ending one', 'She works for Google Inc. She likes it.', ['She works for Google Inc.', 'She likes it.']],
    ['Inc. inside', 'He worked at Apple Inc. until 2001. Then he left.', ['He worked at Apple Inc. until 2001.', 'Then he left.']],
    ['St. as Saint', 'The St. Louis Cardinals won. Fans cheered.', ['The St. Louis Cardinals won.', 'Fans cheered.']],
    ['initials', 'John F. Kennedy was shot in 1963. The nation mourned.', ['John F. Kennedy was shot in 1963.', 'The nation mourned.']],
    ['a run of initials', 'Dr. J. R. R. Tolkien wrote it. Fans loved it.', ['Dr. J. R. R. Tolkien wrote it.', 'Fans loved it.']],
    ['a.m. inside', 'The meeting was held at 10 a.m. on Tuesday. Nobody came.', ['The meeting was held at 10 a.m. on Tuesday.', 'Nobody came.']],
    ['decimals', 'Prices rose 3.5 percent in May. Analysts were surprised.', ['Prices rose 3.5 percent in May.', 'Analysts were surprised.']],
    ['money', 'It cost $1.5 million. That is a lot.', ['It cost $1.5 million.', 'That is a lot.']],
    ['ellipsis inside', 'He paused... then spoke again. The crowd waited.', ['He paused... then spoke again.', 'The crowd waited.']],
    ['quote ending one', 'She said: "It\'s over." Then she left.', ['She said: "It\'s over."', 'Then she left.']],
    ['quote then speech tag', '"We will win," he said. "They will lose."', ['"We will win," he said.', '"They will lose."']],
    ['quoted question, then tag', '"Is this over?" she asked. Nobody answered.', ['"Is this over?" she asked.', 'Nobody answered.']],
    ['quoted exclamation, then tag', '"Stop!" he shouted at the crowd. They ran.', ['"Stop!" he shouted at the crowd.', 'They ran.']],
    ['single quotes', "'We will win,' he said. 'They will lose.'", ["'We will win,' he said.", "'They will lose.'"]],
    ['PTB closing quote', "He said : `` it is over . '' The crowd left .", ["He said : `` it is over . ''", 'The crowd left .']],
    ['PTB quote at the end', "`` we are suffering . The fear is real . ''", ['`` we are suffering .', "The fear is real . ''"]],
    ['PTB possessive', "Tottenham 's striker scored . He celebrated .", ["Tottenham 's striker scored .", 'He celebrated .']],
    ['German ordinal day before a month', 'Die Messe beginnt am 8. Dezember in Hamburg. Sie dauert drei Tage.', ['Die Messe beginnt am 8. Dezember in Hamburg.', 'Sie dauert drei Tage.']],
    ['two ordinal days before one month', 'Das Turnier findet am 4. und 5. März statt. Karten gibt es online.', ['Das Turnier findet am 4. und 5. März statt.', 'Karten gibt es online.']],
    ['German ordinal day, abbreviated month', 'Am 24. Dez. ist Heiligabend. Die Läden schließen früh.', ['Am 24. Dez. ist Heiligabend.', 'Die Läden schließen früh.']],
    ['a count before a capitalized word still ends one', 'Die Mannschaft gewann 3. Dann feierte sie.', ['Die Mannschaft gewann 3.', 'Dann feierte sie.']],
    ['a year before a month name still ends one', 'The plant opened in 2019. May brought the first orders.', ['The plant opened in 2019.', 'May brought the first orders.']],
    ['German "z. B." and "bzw."', 'Manche Geräte, z. B. Kameras bzw. Drucker, fallen aus. Der Hersteller prüft das.', ['Manche Geräte, z. B. Kameras bzw. Drucker, fallen aus.', 'Der Hersteller prüft das.']],
    ['German "Mio." before a noun', 'Die Stadt erhält 2,5 Mio. Euro vom Land. Das Geld fließt in Schulen.', ['Die Stadt erhält 2,5 Mio. Euro vom Land.', 'Das Geld fließt in Schulen.']],
    ['German ordinal century', 'Die Kirche stammt aus der Mitte des 19. Jahrhunderts. Sie wurde renoviert.', ['Die Kirche stammt aus der Mitte des 19. Jahrhunderts.', 'Sie wurde renoviert.']],
    ['German ordinals joined by "und"', 'Im 16. und 17. Jahrhundert wuchs der Hafen. Dann kam der Krieg.', ['Im 16. und 17. Jahrhundert wuchs der Hafen.', 'Dann kam der Krieg.']],
    ['German "zum 6. Mal"', 'Das Fest findet zum 6. Mal statt. Alle sind eingeladen.', ['Das Fest findet zum 6. Mal statt.', 'Alle sind eingeladen.']],
    ['Spanish "Sra." before a name', 'La Sra. Gómez habló con la prensa. Después se fue.', ['La Sra. Gómez habló con la prensa.', 'Después se fue.']],
    ['Dutch "bijv."', 'Sommige steden, bijv. Utrecht, doen mee. De rest wacht.', ['Sommige steden, bijv. Utrecht, doen mee.', 'De rest wacht.']],
    ['"Generation Z." still ends one', 'The brand targets Generation Z. The sales rose.', ['The brand targets Generation Z.', 'The sales rose.']],
    ['a state code still ends one', 'The firm is based in Irvine, CA. It employs 40 people.', ['The firm is based in Irvine, CA.', 'It employs 40 people.']],
    ['heading on its own line', 'Story highlights\nThe storm hit at dawn.', ['Story highlights', 'The storm hit at dawn.']],
    ['heading run into the text', 'World Cup 2015 The storm hit at dawn.', ['World Cup 2015', 'The storm hit at dawn.']],
    ['label run into the text', 'BREAKING: The plane landed safely.', ['BREAKING:', 'The plane landed safely.']],
    ['capitalized name mid-sentence', 'In 2015 The Guardian reported it. Readers agreed.', ['In 2015 The Guardian reported it.', 'Readers agreed.']],
    ['paragraphs', 'First paragraph here.\n\nSecond one.', ['First paragraph here.', 'Second one.']],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('splitSentences offsets', () => {
  const story = 'WASHINGTON (CNN) --\n\n  Mr. Smith went to the U.S. Capitol.  "Why?" he asked.\n\nNo one knew. ';

  test('every sentence is the slice of the input its offsets name', () => {
    const sentences = splitSentences(story);
    expect(sentences.length).toBeGreaterThan(2);
    for (const sentence of sentences) expect(story.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  test('sentences are trimmed, ordered and do not overlap', () => {
    const sentences = splitSentences(story);
    sentences.forEach((sentence, index) => {
      expect(sentence.text).toBe(sentence.text.trim());
      if (index > 0) expect(sentence.start).toBeGreaterThanOrEqual(sentences[index - 1]!.end);
    });
  });

  test('paragraph indices follow blank lines', () => {
    expect(splitSentences(story).map((sentence) => sentence.paragraph)).toEqual([0, 1, 1, 2]);
  });

  test('offsets hold for any text, abbreviations and quotes included', () => {
    const piece = fc.constantFrom('Mr.', 'U.S.', 'No.', 'Inc.', 'J.', 'said', 'The', 'he', '3.5', '...', '"', "''", '?', '!', '.', ' ', '\n', '\n\n', 'Story');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const sentence of splitSentences(text)) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text.trim()).toBe(sentence.text);
          expect(sentence.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  test('empty and blank input give no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
