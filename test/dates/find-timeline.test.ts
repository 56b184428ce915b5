import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findTimeline } from '../../src/dates/find-timeline.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

const SEED = join(import.meta.dirname, '../../../shared/fixtures/seed');
const NOW = new Date('2026-01-01T00:00:00Z');
const PUBLISHED = '2025-04-10T19:42'; // a Thursday

describe('findTimeline', () => {
  test('resolves the seed story\'s "In December" to the December before publication', () => {
    const story = readFileSync(join(SEED, 'story.txt'), 'utf8');
    const timeline = findTimeline(story, { published: PUBLISHED, now: NOW });
    expect(timeline.map((entry) => [entry.date, entry.phrase.toLowerCase()])).toEqual([['2024-12', 'in december']]);
    const [entry] = timeline;
    expect(entry && story.slice(entry.start, entry.end)).toBe(entry?.phrase);
  });

  test.each([
    ['In December, talks began.', '2024-12', 'In December'],
    ['He spoke on Tuesday.', '2025-04-08', 'on Tuesday'],
    ['They met on Saturday.', '2025-04-05', 'on Saturday'],
    ['The vote is next Tuesday.', '2025-04-15', 'next Tuesday'],
    ['It began on May 5.', '2024-05-05', 'on May 5'],
    ['Prices rose in March 2023.', '2023-03', 'in March 2023'],
    ['The law passed on Jan. 3, 2022.', '2022-01-03', 'on Jan. 3, 2022'],
    ['He resigned yesterday.', '2025-04-09', 'yesterday'],
    ['Sales have grown since 2019.', '2019', 'since 2019'],
    ['A toll will take effect on January 5, officials said.', '2026-01-05', 'on January 5'],
    ['The council is expected to vote in March.', '2026-03', 'in March'],
    ['Approved in March, the toll will take effect soon.', '2025-03', 'in March'],
    ["They'll meet on Tuesday.", '2025-04-15', 'on Tuesday'],
  ])('%s → %s', (sentence, date, phrase) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW })).toEqual([
      { date, phrase, start: sentence.indexOf(phrase), end: sentence.indexOf(phrase) + phrase.length, sentence: null },
    ]);
  });

  test.each([
    ['Now the work starts.'],
    ['Today we report.'],
    ['About 3/4 agreed.'],
    ['He scored 12 points.'],
    ['The rain lasted for two days.'],
    ['They built it in one day.'],
    ['Under the midnight sun the town stays awake.'],
  ])('%s adds nothing', (sentence) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW })).toEqual([]);
  });

  test('keeps one entry per date, the first mention, sorted by date', () => {
    const story = 'On Tuesday, he left. In December, they met. He had left on Tuesday before.';
    expect(findTimeline(story, { published: PUBLISHED, now: NOW }).map((entry) => [entry.date, entry.start])).toEqual([
      ['2024-12', 21],
      ['2025-04-08', 0],
    ]);
  });

  test('a date phrase stops at a blank line: the next paragraph\'s number is not part of it', () => {
    const story = 'The vote is set for tomorrow\n\n19 members have signed the letter.';
    expect(findTimeline(story, { published: PUBLISHED, now: NOW }).map((entry) => entry.phrase)).toEqual(['tomorrow']);
  });

  test('places each date in the sentence that mentions it', () => {
    const story = 'On Tuesday, he left. In December, they met.';
    const sentences = splitSentences(story);
    const timeline = findTimeline(story, { published: PUBLISHED, now: NOW, sentences });
    expect(timeline.map((entry) => entry.sentence && story.slice(entry.sentence.start, entry.sentence.end))).toEqual([
      'In December, they met.',
      'On Tuesday, he left.',
    ]);
  });

  test('without a publication date, resolves against now', () => {
    expect(findTimeline('In December, talks began.', { published: null, now: NOW }).map((e) => e.date)).toEqual(['2025-12']);
  });
});

describe('findTimeline in the story\'s language', () => {
  // Published on Thursday, April 10, 2025, as above.
  test.each([
    ['de', 'Am 15. April trat der Rat zusammen.', '2024-04-15', 'Am 15. April'],
    ['de', 'Am Dienstag stimmte der Rat ab.', '2025-04-08', 'Am Dienstag'],
    ['de', 'Im Dezember begannen die Gespräche.', '2024-12', 'Im Dezember'],
    ['de', 'Der Rat wird am 20. April entscheiden.', '2025-04-20', 'am 20. April'],
    ['de', 'Nächsten Dienstag stimmt der Rat ab.', '2025-04-15', 'Nächsten Dienstag'],
    ['de', 'Seit 2019 wird an der Brücke gebaut.', '2019', 'Seit 2019'],
    ['fr', 'Le 3 mars, le conseil a voté.', '2025-03-03', 'Le 3 mars'],
    ['fr', 'En décembre, rien n’a bougé.', '2024-12', 'En décembre'],
    ['fr', 'Mardi dernier, le maire a parlé.', '2025-04-08', 'Mardi dernier'],
    ['fr', 'Le conseil votera lundi prochain.', '2025-04-14', 'lundi prochain'],
    ['es', 'El pasado martes se reunió el consejo.', '2025-04-08', 'El pasado martes'],
    ['es', 'El 15 de abril votó el consejo.', '2024-04-15', 'El 15 de abril'],
    ['es', 'El próximo lunes votará el consejo.', '2025-04-14', 'El próximo lunes'],
    ['pt', 'Na terça-feira passada o conselho reuniu-se.', '2025-04-08', 'Na terça-feira'],
    ['pt', 'Em 3 de março, o conselho votou.', '2025-03-03', 'Em 3 de março'],
    ['pt', 'Em dezembro não houve acordo.', '2024-12', 'Em dezembro'],
    ['nl', 'Afgelopen dinsdag kwam de raad bijeen.', '2025-04-08', 'dinsdag'],
    ['nl', 'Op 15 april stemde de raad.', '2024-04-15', 'Op 15 april'],
    ['nl', 'In december was er geen akkoord.', '2024-12', 'In december'],
  ])('%s: %s → %s', (language, sentence, date, phrase) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language })).toEqual([
      { date, phrase, start: sentence.indexOf(phrase), end: sentence.indexOf(phrase) + phrase.length, sentence: null },
    ]);
  });

  test('a weekday with its day and month is read against the publication: "le mardi 3 mars" in a story of March 5, 2026', () => {
    const timeline = findTimeline('Le mardi 3 mars, le conseil a voté.', { published: '2026-03-05', now: NOW, language: 'fr' });
    expect(timeline.map((entry) => entry.date)).toEqual(['2026-03-03']);
  });

  test.each([
    ['de', 'So ist es, sagte der Minister.'],
    ['de', 'Heute Abend spricht der Minister.'],
    ['de', 'In drei Tagen war alles vorbei.'],
    ['fr', 'Aujourd’hui, le maire parle.'],
    ['fr', 'La mer était calme.'],
    ['es', 'El mar estaba en calma.'],
    ['nl', 'Het is zo dat de raad stemt.'],
    ['pt', 'Durante dois dias choveu.'],
    // A span ahead, a word chrono cut short ("H" of "Höhe"), a count after "von".
    ['de', 'Das zeigt sich in den nächsten Tagen.'],
    ['en', 'That will show in the coming weeks.'],
    ['de', 'Geldbußen in einer Höhe bis zu zehn Millionen Euro.'],
    ['de', 'Ein Los entscheidet über die Miete von 2000 Einwohnern.'],
  ])('%s: %s adds nothing', (language, sentence) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language })).toEqual([]);
  });

  test.each([
    // A measure of time, not a point in it: a duration, an age, a clock time.
    ['en', 'She was jailed for six years and eight months.'],
    ['de', 'Der Vertrag läuft für drei Monate.'],
    ['es', 'Un hombre de 26 años fue detenido.'],
    ['fr', 'Un homme de 26 ans a été arrêté.'],
    ['pt', 'Um homem de 26 anos foi preso.'],
    ['fr', 'Le journal de 20h a parlé du vote.'],
    // A stretch of time: plural units with a span word, or with no count.
    ['en', 'The river has risen over the last three weeks.'],
    ['de', 'In den vergangenen Jahren wuchs der Ort.'],
    ['de', 'Er war vor Jahren schon einmal dort.'],
    ['nl', 'In de afgelopen jaren groeide de stad.'],
    ['en', 'In the days that followed, the river fell.'],
    // A point counted from another event, not from the publication.
    ['en', 'Two years later, the mill closed.'],
    ['en', 'Later in the day, the mayor spoke.'],
    ['en', 'The next day, the river rose again.'],
    ['de', 'Am folgenden Tag reiste er ab.'],
  ])('%s: %s names no date of the story', (language, sentence) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language })).toEqual([]);
  });

  test('a count of units back keeps its point: "vor zwei Jahren" is a year', () => {
    const timeline = findTimeline('Vor zwei Jahren stimmte der Rat ab.', { published: PUBLISHED, now: NOW, language: 'de' });
    expect(timeline.map((entry) => entry.date)).toEqual(['2023']);
  });

  test.each([
    // A weekday with its day and month is in the year in which that day is that weekday.
    ['en', 'The fair opens on Tuesday, April 15.', ['2025-04-15']],
    // A number after a date that is not its day belongs to the words after it, not to its year.
    ['de', 'Am 3. März 120 Gäste kamen zum Fest.', ['2025-03-03']],
    // A range with one year, at its end, gives it to its start.
    ['de', 'Gedreht wurde vom 6. Juni bis 8. Juli 2018 in Köln.', ['2018-06-06']],
    // The words right after a date give its year, or say the story names it elsewhere.
    ['de', 'Im Mai dieses Jahres kamen mehr Gäste.', ['2025-05']],
    ['en', 'In February last year, the dog bit a postman.', ['2024-02']],
    ['es', 'El acuerdo del 15 de noviembre del 2019 sigue vigente.', ['2019-11-15']],
    ['de', 'Im Oktober desselben Jahres zog er nach Wien.', []],
    // A month behind a preposition with a year of another century.
    ['de', 'Im Juni 1763 brach die Familie auf.', ['1763-06']],
  ])('%s: %s → %j: the year the text gives', (language, sentence, dates) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => entry.date)).toEqual(dates);
  });

  test.each([
    // Nothing in the clause says which way: a day or month soon after the publication is announced, not reported.
    ['de', 'Start ist am 20. April in Köln.', ['2025-04-20']],
    ['de', 'Im Mai öffnet das Bad.', ['2025-05']],
    ['en', 'The festival opens April 20 in Leeds.', ['2025-04-20']],
    // A past verb in the clause keeps the date back, also behind a fronted date.
    ['en', 'The festival opened on April 20 in Leeds.', ['2024-04-20']],
    ['fr', 'Le 20 avril, le conseil a voté.', ['2024-04-20']],
    ['es', 'El 20 de abril votó el consejo.', ['2024-04-20']],
    // This week's weekday is the nearest one, before or after the publication.
    ['es', 'Este viernes se reúne el consejo.', ['2025-04-11']],
    ['fr', 'Ce samedi, le conseil se réunit.', ['2025-04-12']],
  ])('%s: %s → %j: which way a date leans', (language, sentence, dates) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => entry.date)).toEqual(dates);
  });

  test.each([
    // A subordinate clause is a clause of its own: the reporting verb before "that" is not the date's.
    ['en', 'The mayor said that the bridge opens on April 20.', ['2025-04-20']],
    // "since" and "seit" point back; "scheduled for" ahead; "following" before a date means after it.
    ['de', 'Seit Mai gilt die neue Regel.', ['2024-05']],
    ['en', 'The vote is scheduled for April 20.', ['2025-04-20']],
    ['en', 'Markets fell following the March 3 vote.', ['2025-03-03']],
    // Only a comma makes a date the opening of the clause after it; a full stop ends its sentence.
    ['en', 'The fair closes on April 20. Critics praised it.', ['2025-04-20']],
  ])('%s: %s → %j: the clause a date belongs to', (language, sentence, dates) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => entry.date)).toEqual(dates);
  });

  test.each([
    // A weekday with its day of the month, without the month: the day near the publication that is that weekday.
    ['es', 'El martes 1 votó el consejo.', ['2025-04-01']],
    // The year right after a range, behind "in".
    ['en', 'The games will run from August 6-15 in 2027.', ['2027-08-06']],
    // A word right after the date that points back.
    ['fr', 'Le 20 avril dernier marque un tournant.', ['2024-04-20']],
  ])('%s: %s → %j: the words right after a date', (language, sentence, dates) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => entry.date)).toEqual(dates);
  });

  test('a schedule continues: a day after an announced one is its next day, not one of the year before', () => {
    const read = (story: string): string[] => findTimeline(story, { published: PUBLISHED, now: NOW, language: 'en' }).map((entry) => entry.date);
    expect(read('The tour opens on April 20 in Leeds, then plays York on June 9 and Bath on August 30.')).toEqual(['2025-04-20', '2025-06-09', '2025-08-30']);
    expect(read('The trial opens on April 20. The victim was found on August 30.')).toEqual(['2024-08-30', '2025-04-20']);
  });

  test('on a page without its publication day, a date nothing leans ahead is one before now', () => {
    const timeline = findTimeline('The festival opens on January 20 in Leeds.', { published: null, now: NOW, language: 'en' });
    expect(timeline.map((entry) => entry.date)).toEqual(['2025-01-20']);
  });

  test.each([
    // A day word after a determiner is a part of the day.
    ['de', 'Am Morgen regnete es stark.'],
    ['es', 'A las siete de la mañana llegó el tren.'],
    ['nl', 'De morgen begon met regen.'],
    // A day that recurs.
    ['en', 'The market opens every Saturday.'],
    ['de', 'Jeden Freitag trifft sich der Chor.'],
    ['es', 'Cada martes se reúne el club.'],
    // A name that holds a weekday.
    ['en', 'Shops expect crowds on Black Friday.'],
    ['de', 'Das sagte er der Welt am Sonntag.'],
    // A month word that is a modal, a verb, a name or a word of the language.
    ['en', 'The rules may, in time, change.'],
    ['en', 'Thousands march through the city.'],
    ['es', 'El presidente Julio Herrera habló.'],
    ['es', 'El país quedó sin mar.'],
  ])('%s: %s: the date word is something else there', (language, sentence) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language })).toEqual([]);
  });

  test('a lowercase month led by a preposition is still a month (a lowercased text)', () => {
    expect(findTimeline('the vote was held in june.', { published: PUBLISHED, now: NOW, language: 'en' }).map((entry) => entry.date)).toEqual(['2024-06']);
  });

  test('a bound ("until", "bis") is the nearest such date, before or after the story', () => {
    const read = (sentence: string, language: string): string[] =>
      findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => entry.date);
    expect(read('Bis zum 5. April hatten viele keine Miete gezahlt.', 'de')).toEqual(['2025-04-05']);
    expect(read('Die Räumungen sind bis zum 18. Mai ausgesetzt.', 'de')).toEqual(['2025-05-18']);
    expect(read('Evictions are on hold until May 18.', 'en')).toEqual(['2025-05-18']);
  });

  test('a language the timeline cannot read gives no timeline rather than English guesses', () => {
    expect(findTimeline('Neuvosto kokoontui 5. huhtikuuta 2025.', { published: PUBLISHED, now: NOW, language: 'fi' })).toEqual([]);
  });
});
