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
    ['de', 'Am 25. April trat der Rat zusammen.', '2024-04-25', 'Am 25. April'],
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
    ['es', 'El 25 de abril votó el consejo.', '2024-04-25', 'El 25 de abril'],
    ['es', 'El próximo lunes votará el consejo.', '2025-04-14', 'El próximo lunes'],
    ['pt', 'Na terça-feira passada o conselho reuniu-se.', '2025-04-08', 'Na terça-feira'],
    ['pt', 'Em 3 de março, o conselho votou.', '2025-03-03', 'Em 3 de março'],
    ['pt', 'Em dezembro não houve acordo.', '2024-12', 'Em dezembro'],
    ['nl', 'Afgelopen dinsdag kwam de raad bijeen.', '2025-04-08', 'dinsdag'],
    ['nl', 'Op 25 april stemde de raad.', '2024-04-25', 'Op 25 april'],
    ['nl', 'In december was er geen akkoord.', '2024-12', 'In december'],
  ])('%s: %s → %s', (language, sentence, date, phrase) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language })).toEqual([
      { date, phrase, start: sentence.indexOf(phrase), end: sentence.indexOf(phrase) + phrase.length, sentence: null },
    ]);
  });

  test.each([
    ['de', 'Die Fähre fährt seit dem 3. März 2019 nicht mehr.', '2019-03-03', 'seit dem 3. März 2019'],
    ['fr', 'Le bac ne circule plus depuis le 3 mars 2019.', '2019-03-03', 'depuis le 3 mars 2019'],
    ['es', 'El ferry no circula desde el 3 de marzo de 2019.', '2019-03-03', 'desde el 3 de marzo de 2019'],
    ['it', 'Il traghetto non circola dall’8 marzo 2019.', '2019-03-08', 'dall’8 marzo 2019'],
  ])('%s: a period\'s opening word and its article stay with the day it began: %s', (language, sentence, date, phrase) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => [entry.date, entry.phrase])).toEqual([[date, phrase]]);
  });

  test.each([
    ['de', 'Die Brücke war zwischen Oktober 2019 und März 2021 gesperrt.', ['2019-10', '2021-03']],
    ['de', 'Der Preis stieg von Juli 2022 auf August 2022 um drei Prozent.', ['2022-07', '2022-08']],
    ['fr', 'Elle a dirigé le musée d’avril 2016 à juin 2018.', ['2016-04', '2018-06']],
    ['pt', 'A ponte ficou fechada entre outubro de 2019 e março de 2021.', ['2019-10', '2021-03']],
    ['nl', 'De brug was dicht tussen oktober 2019 en maart 2021.', ['2019-10', '2021-03']],
    // The noun "month", or German "für", leads a month alone as well as a preposition does.
    ['fr', 'Les journaux se sont réveillés au mois de janvier.', ['2025-01']],
    ['fr', 'Le ministre le savait dès le mois d’août.', ['2024-08']],
    ['de', 'Die für Juni geplante Messe wurde abgesagt.', ['2025-06']],
    ['de', 'Im Monat Mai war es trocken.', ['2024-05']],
    // A month without its year still needs its preposition: "Juli" may be a name, "März" a publisher's.
    ['de', 'Das Buch erschien im März beim Verlag März.', ['2025-03']],
  ])('%s: a month with its year needs no preposition, a month alone its lead: %s', (language, sentence, dates) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => entry.date)).toEqual(dates);
  });

  test.each([
    ['de', 'Der Flohmarkt ist am 14. und 15. Juni 2025 geöffnet.', [['2025-06-14', '14. und 15. Juni 2025'], ['2025-06-15', '15. Juni 2025']]],
    ['de', 'Gespielt wird am 07./08. Juni in Kiel.', [['2025-06-07', '07./08. Juni'], ['2025-06-08', '08. Juni']]],
    ['fr', 'Les ateliers ont lieu les 3, 4 et 5 juin 2025.', [['2025-06-03', '3, 4 et 5 juin 2025'], ['2025-06-04', '4 et 5 juin 2025'], ['2025-06-05', '5 juin 2025']]],
    ['es', 'Las pruebas se harán entre el 9 y el 12 de junio de 2025.', [['2025-06-09', '9 y el 12 de junio de 2025'], ['2025-06-12', 'el 12 de junio de 2025']]],
    ['pt', 'As provas serão nos dias 9 e 12 de junho de 2025.', [['2025-06-09', '9 e 12 de junho de 2025'], ['2025-06-12', '12 de junho de 2025']]],
    ['it', 'Il mercato si tiene il 9 e 10 giugno 2025.', [['2025-06-09', '9 e 10 giugno 2025'], ['2025-06-10', '10 giugno 2025']]],
    // No list of days: a citation's section numbers before a comma, a score, numbers that do not rise.
    ['de', 'So steht es im Rundschreiben 5/6, 25. Juni 2025.', [['2025-06-25', '25. Juni 2025']]],
    ['de', 'Das Spiel endete 3:1 und 2. Juni 2025 war frei.', [['2025-06-02', '2. Juni 2025']]],
    ['de', 'Es kamen 40 und 2. Juni 2025 noch mehr.', [['2025-06-02', '2. Juni 2025']]],
  ])('%s: days listed before the month they share are each a date: %s', (language, sentence, entries) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => [entry.date, entry.phrase])).toEqual(entries);
  });

  test.each([
    ['de', 'Die Zuschüsse für die Monate Januar und Februar 2023 kommen später.', [['2023-01', 'Januar und Februar 2023'], ['2023-02', 'Februar 2023']]],
    ['de', 'Der Umsatz von März bis Mai 2021 sank.', [['2021-03', 'März bis Mai 2021'], ['2021-05', 'bis Mai 2021']]],
    // A month after the list's last one is in the year before.
    ['de', 'Von Dezember bis Februar 2023 blieb der Hafen zu.', [['2022-12', 'Dezember bis Februar 2023'], ['2023-02', 'bis Februar 2023']]],
    ['fr', 'En février et mai 2018, les plaintes ont été classées.', [['2018-02', 'En février et mai 2018'], ['2018-05', 'mai 2018']]],
    ['es', 'Entre enero y marzo de 2021 subió el precio del pan.', [['2021-01', 'enero'], ['2021-03', 'marzo de 2021']]],
  ])('%s: months listed before a month with its year share that year: %s', (language, sentence, entries) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => [entry.date, entry.phrase])).toEqual(entries);
  });

  test.each([
    ['fr', 'Il a dirigé la coopérative de 1998 à 2012.', [['1998', 'de 1998'], ['2012', 'à 2012']]],
    ['fr', 'Elle a dirigé le musée de janvier à mars 2020.', [['2020-01', 'janvier à mars 2020'], ['2020-03', 'mars 2020']]],
    ['de', 'Er leitete den Chor von 1998 bis 2012.', [['1998', 'von 1998'], ['2012', 'bis 2012']]],
    ['es', 'Gobernó la ciudad entre 2019 y 2021.', [['2019', 'entre 2019'], ['2021', 'y 2021']]],
    ['it', 'Ha guidato il coro dal 1998 al 2012.', [['1998', 'dal 1998'], ['2012', 'al 2012']]],
    ['en', 'He led the choir from 1998 to 2012.', [['1998', 'from 1998'], ['2012', 'to 2012']]],
    // No range of years: a price after the last number, a place after "à".
    ['fr', 'Le loyer passe de 1990 à 2010 euros.', []],
    ['fr', 'Il est arrivé de 1998 à Paris.', []],
  ])('%s: two years or months a range joins are each a date: %s', (language, sentence, entries) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => [entry.date, entry.phrase])).toEqual(entries);
  });

  test.each([
    ['de', 'Die Fähre fährt wieder am 2. Juni, 16. Juni und 30. Juni 2025.', ['2025-06-02', '2025-06-16', '2025-06-30']],
    ['es', 'El ferry vuelve el 2 de junio, 16 de junio y 30 de junio de 2025.', ['2025-06-02', '2025-06-16', '2025-06-30']],
    ['pt', 'A balsa volta em 2 de junho, 16 de junho e 30 de junho de 2025.', ['2025-06-02', '2025-06-16', '2025-06-30']],
  ])('%s: a day chrono read as the year of the date before it is a date of its own: %s', (language, sentence, dates) => {
    expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => entry.date)).toEqual(dates);
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

  // Phrases chrono reads as dates that name none of the story, by the cue that says so.
  const NO_DATE_BY_CUE: Record<string, Array<[language: string, sentence: string]>> = {
    'a measure of time': [['en', 'She was jailed for six years and eight months.'], ['de', 'Der Vertrag läuft für drei Monate.']],
    'an age': [['es', 'Un hombre de 26 años fue detenido.'], ['fr', 'Un homme de 26 ans a été arrêté.'], ['pt', 'Um homem de 26 anos foi preso.']],
    'a clock time alone': [['fr', 'Le journal de 20h a parlé du vote.']],
    'a stretch: plural units with a span word': [['en', 'The river has risen over the last three weeks.'], ['de', 'In den vergangenen Jahren wuchs der Ort.'], ['nl', 'In de afgelopen jaren groeide de stad.']],
    'a stretch: plural units without a count': [['de', 'Er war vor Jahren schon einmal dort.'], ['en', 'In the days that followed, the river fell.']],
    'counted from another event': [['en', 'Two years later, the mill closed.'], ['en', 'Later in the day, the mayor spoke.']],
    'the day after another event': [['en', 'The next day, the river rose again.'], ['de', 'Am folgenden Tag reiste er ab.']],
    'a part of the day after a determiner': [['de', 'Am Morgen regnete es stark.'], ['es', 'A las siete de la mañana llegó el tren.'], ['nl', 'De morgen begon met regen.']],
    'a date without its year in a clause that tells a habit': [
      ['en', 'The market usually opens on Tuesday.'],
      ['de', 'Meist beginnt die Ernte Ende Oktober.'],
      ['de', 'Alle zwei Jahre steigen die Mieten am 1. April.'],
      ['es', 'La feria suele abrir el 3 de mayo.'],
    ],
    'a month that recurs, behind a preposition': [['de', 'Das Fest findet jedes Jahr im Dezember statt.'], ['fr', 'La fête a lieu chaque année en décembre.']],
    'a day that recurs': [['en', 'The market opens every Saturday.'], ['de', 'Jeden Freitag trifft sich der Chor.'], ['es', 'Cada martes se reúne el club.'], ['de', 'Das Fest beginnt jedes Jahr am Samstag vor dem Advent.']],
    'a name holding a weekday': [['en', 'Shops expect crowds on Black Friday.'], ['de', 'Das sagte er der Welt am Sonntag.']],
    'a lowercase month alone: a modal': [['en', 'The rules may, in time, change.']],
    'a lowercase month alone: a verb': [['en', 'Thousands march through the city.']],
    'a capitalized month inside a sentence: a name': [['es', 'El presidente Julio Herrera habló.']],
    'a month abbreviation alone: a word': [['es', 'El país quedó sin mar.']],
    'a year the story names elsewhere': [['de', 'Im Oktober desselben Jahres zog er nach Wien.']],
    'a stretch: a span word and a unit after "over the"': [['en', 'The lake has risen over the past year.'], ['en', 'Ten people fell ill in the last week.']],
    'a measure with a decimal count': [['en', 'The car reaches 60 mph in 3.5 seconds.']],
    "another event's day: a weekday tied to it": [
      ['en', 'That same Friday, the mayor resigned.'],
      ['es', 'Ese mismo viernes, el ministro habló.'],
      ['de', 'Am selben Freitag trat der Bürgermeister zurück.'],
      ['nl', 'Diezelfde vrijdag trad de burgemeester af.'],
    ],
    'a weekday weeks back: a count after an ago word': [['es', 'El acto de hace dos lunes fue un éxito.']],
    'any such day: a weekday after an indefinite article': [['en', 'It happened on a Sunday.'], ['pt', 'Uma quarta pessoa está foragida.'], ['es', 'El guardia llegaba un día sábado a la oficina.']],
    'a day counted with no number names no day': [['de', 'Der Trainer trat vor wenigen Tagen zurück.'], ['en', 'He left the club a few days ago.'], ['fr', 'Il a quitté le club il y a quelques jours.']],
    'a weekly routine: weekdays that do not follow each other, told in the present': [
      ['en', 'On Tuesday, Wednesday and Friday she tutors children at the museum.'],
      ['de', 'Das Büro ist Montag und Donnerstag von 9 bis 12 Uhr geöffnet.'],
    ],
    'a habit or a day counted in a month: the words around a weekday': [
      ['fr', 'Le marché a lieu le vendredi.'],
      ['it', 'Il mercato si tiene il sabato mattina.'],
      ['es', 'El mercado abre los viernes.'],
      ['fr', 'Les cortèges défilent depuis le premier samedi.'],
      ['en', 'The club meets on the first Monday of the month.'],
      ['en', 'Friday nights are for friends.'],
    ],
    'a weekday alone between quotation marks is a title': [['de', 'Er schrieb in der Wochenzeitung „Freitag“ über den Krieg.']],
    "where a weekday that names a day takes a lead, a bare one after a capitalized word is a name's": [['de', 'Den Preis erhielt die Sängerin Anna Freitag aus Bonn.']],
    'yesterday or tomorrow as an era: a day word after a noun\'s link': [
      ['de', 'Das ist die Politik von gestern.'],
      ['de', 'Das Lied erinnerte sie an gestern.'],
      ['en', 'The fair showed the kitchen of tomorrow.'],
    ],
    'days compared with each other: an idiom, no day': [['de', 'Er will lieber morgen als übermorgen aufhören.'], ['es', 'Es mejor hoy que mañana.'], ['en', 'Better today than tomorrow.']],
    "a word chrono glued to a measure's end is no part of it": [['en', 'They have lived here for 30 years, they say.'], ['en', 'After two months they had left.']],
    'a lone letter is no unit': [['de', 'Das Motto lautet: Life in a box.'], ['de', 'Die Leitung hat Ina Berger übernommen.']],
    'a count, not a year: a number followed by a unit, a currency or a sign': [
      ['en', 'The panel shows 1080 pixels by 1920 pixels.'],
      ['de', 'Der Zuschuss beträgt bis 2000 Euro.'],
      ['es', 'El bono llega hasta 2000 euros.'],
      ['en', 'Prices climbed by 1950 % in a decade.'],
    ],
    'the publication moment restated: a phrase counted in seconds or minutes': [['en', 'The charge lasts all day.'], ['en', 'The deal was struck at the last minute.']],
    "where months come first, a day number after a month is that month's: the range is misread": [['en', 'The fair ran on May 27-June 6 in Leeds.']],
    'a week, not a day: a phrase counted in weeks': [
      ['en', 'Last week, the mayor resigned.'],
      ['de', 'Vor zwei Wochen schloss die Schule.'],
      ['fr', 'La semaine dernière, les syndicats ont manifesté.'],
      ['it', 'La prossima settimana il ministro sarà a Bruxelles.'],
      ['nl', 'Vorige week staakten de vakbonden.'],
    ],
  };
  // Dates and their years (published Thursday, April 10, 2025), by the cue each reads.
  const DATES_BY_CUE: Record<string, Array<[language: string, sentence: string, dates: string[]]>> = {
    'a count of units back keeps its point': [['de', 'Vor zwei Jahren stimmte der Rat ab.', ['2023']]],
    'the year after another event is not the next year': [['en', 'The mill closed in 1990. The next year, the town shrank.', ['1990']]],
    'a weekday with its day and month: the year where it is that weekday': [['en', 'The fair opens on Tuesday, April 15.', ['2025-04-15']]],
    'a weekday with its day of the month: that day near the publication': [
      ['es', 'El martes 1 votó el consejo.', ['2025-04-01']],
      ['es', 'La feria abrió el lunes 17 en Sevilla.', ['2025-03-17']],
      ['pt', 'O juiz ouviu as testemunhas na quinta-feira (3).', ['2025-04-03']],
    ],
    'a weekday with its day and month, dotted': [['de', 'Das Museum öffnet am Samstag, 19.4. seine Türen.', ['2025-04-19']]],
    'a weekday whose date is set beside it: the date alone': [
      ['de', 'Am Dienstag, dem 4. März 2025, tagte der Rat.', ['2025-03-04']],
      ['en', 'On Friday, the 7th of March, the mill closed.', ['2025-03-07']],
    ],
    'a weekday with a day of the month near no such weekday: no day the timeline can place': [['en', 'On Monday 16 the vote took place.', []]],
    'a weekday before a number counting a unit: the number is no day': [['en', 'The report, published Thursday, 3 years after the crash, blamed the crew.', ['2025-04-10']]],
    'a number after a date is not its year': [
      ['de', 'Am 3. März 120 Gäste kamen zum Fest.', ['2025-03-03']],
      ['de', 'Das Fest fand vom 23. Juli-8. August statt.', ['2024-07-23']],
    ],
    "a range's year at its end is its start's": [['de', 'Gedreht wurde vom 6. Juni bis 8. Juli 2018 in Köln.', ['2018-06-06']]],
    "a range's year behind 'in'": [['en', 'The games will run from August 6-15 in 2027.', ['2027-08-06']]],
    'the words after a date give its year': [['de', 'Im Mai dieses Jahres kamen mehr Gäste.', ['2025-05']], ['en', 'In February last year, the dog bit a postman.', ['2024-02']], ['es', 'El acuerdo del 15 de noviembre del 2019 sigue vigente.', ['2019-11-15']]],
    'a month with a year of another century': [['de', 'Im Juni 1763 brach die Familie auf.', ['1763-06']]],
    'unmarked, soon after the publication: announced': [['de', 'Start ist am 20. April in Köln.', ['2025-04-20']], ['de', 'Im Mai öffnet das Bad.', ['2025-05']], ['en', 'The festival opens April 20 in Leeds.', ['2025-04-20']]],
    'a date with its year in a clause that tells a habit is that date': [['en', 'The market usually opened on Tuesdays until March 2019.', ['2019-03']]],
    'a past verb in the clause': [['en', 'The festival opened on April 20 in Leeds.', ['2024-04-20']]],
    'a past verb in the clause after a fronted date': [['fr', 'Le 20 avril, le conseil a voté.', ['2024-04-20']]],
    'an irregular past, a negated past': [['en', 'The team spent Friday in Leeds.', ['2025-04-04']], ['en', "She didn't go to Friday's fair.", ['2025-04-04']]],
    'a past verb ending': [['es', 'El 20 de abril votó el consejo.', ['2024-04-20']]],
    'a capitalized word inside the clause is a name, whatever its ending': [['en', 'The album comes out on April 20 from Alfred Records.', ['2025-04-20']]],
    'where days come first, a month name before a date is no part of it': [['es', 'La fiesta del Dos de Mayo 2 de mayo se celebró en Madrid.', ['2024-05-02']]],
    "a day within a week of the publication is that day, whatever the clause's tense": [
      ['en', 'The council voted to close the bridge on April 14.', ['2025-04-14']],
      ['de', 'Der Rat hatte die Sperrung für den 12. April beschlossen.', ['2025-04-12']],
      ['de', 'Die Brücke wird am 8. April gesperrt.', ['2025-04-08']],
    ],
    'weekdays named together for one event follow each other': [['de', 'Die Springerinnen trainieren am Donnerstag und Freitag in Oberstdorf.', ['2025-04-10', '2025-04-11']]],
    'weekdays that do not follow each other, told in the past': [['en', 'The council met on Monday and Wednesday.', ['2025-04-07', '2025-04-09']]],
    "a weekday after a capitalized word that opens its sentence, or after a preposition, is a day": [
      ['de', 'Montag kam es in Bonn zu einem Unfall.', ['2025-04-07']],
      ['de', 'BONN – Am Samstag kam es zu einem Unfall.', ['2025-04-05']],
      ['en', 'The mayor told Reuters Monday that the bridge stays shut.', ['2025-04-07']],
    ],
    'a weekday nothing leans is the nearest': [['en', 'The show opens on Friday.', ['2025-04-11']], ['de', 'Am Sonntag wird gewählt.', ['2025-04-13']]],
    "a weekday the phrase names last or next is never the publication's own day": [
      ['en', 'Last Thursday, the mill closed.', ['2025-04-03']],
      ['en', 'The mill reopens next Thursday.', ['2025-04-17']],
      ['fr', 'Jeudi dernier, le maire a parlé.', ['2025-04-03']],
      ['pt', 'Na quinta-feira passada, o presidente inaugurou a linha.', ['2025-04-03']],
      ['nl', 'Afgelopen donderdag opende de burgemeester de tramlijn.', ['2025-04-03']],
      ['en', 'The minister lands later on Thursday.', ['2025-04-10']],
    ],
    'a part of the day before a date points nowhere': [
      ['es', 'A las ocho de la mañana de este lunes, el tren se detuvo.', ['2025-04-07']],
      ['de', 'Am Morgen des 2. März stimmte der Rat ab.', ['2025-03-02']],
    ],
    'a weekday without the article is a day of the story': [['fr', 'Le conseil se réunit vendredi.', ['2025-04-11']], ['it', 'Sabato il mercato apre.', ['2025-04-12']]],
    "'von morgen an' is a day: from tomorrow on": [['de', 'Die Regel gilt von morgen an.', ['2025-04-11']]],
    "this week's weekday is the nearest": [
      ['es', 'Este viernes se reúne el consejo.', ['2025-04-11']],
      ['fr', 'Ce samedi, le conseil se réunit.', ['2025-04-12']],
      ['es', 'El alcalde anunciará su plan este martes.', ['2025-04-08']],
    ],
    'a future ending in the clause': [
      ['es', 'La feria tendrá lugar el 20 de septiembre.', ['2025-09-20']],
      ['it', 'Il referendum si terrà il 20 ottobre.', ['2025-10-20']],
      ['pt', 'O concerto acontecerá em 20 de outubro.', ['2025-10-20']],
    ],
    'a present passive tells what is planned': [['nl', 'De brug wordt op 20 oktober heropend.', ['2025-10-20']]],
    "a plan's date, a participle right after it, is the nearest such date": [
      ['de', 'Die für den 20. Juni geplante Messe wurde abgesagt.', ['2025-06-20']],
      ['nl', 'De voor 20 juni geplande beurs werd afgelast.', ['2025-06-20']],
      ['de', 'Die für den 20. März angesetzte Sitzung fiel aus.', ['2025-03-20']],
    ],
    'a date that opens its clause takes the tense of the verb right after it': [
      ['de', 'Im Dezember wird der Rat über die Brücke entscheiden.', ['2025-12']],
      ['nl', 'In december zal de raad over de brug stemmen.', ['2025-12']],
      ['es', 'En diciembre votará el consejo la nueva ley.', ['2025-12']],
      ['de', 'Im Dezember hatte der Rat über die Brücke entschieden.', ['2024-12']],
      // Not opening its clause, the date is the subject's, and "wird" its passive.
      ['de', 'Der Umsatz im Dezember wird noch geprüft.', ['2024-12']],
    ],
    "a subordinate clause is its own: the reporting verb is not the date's": [['en', 'The mayor said that the bridge opens on April 20.', ['2025-04-20']]],
    "a relative pronoun opens a clause of its own: the main clause's future is not the date's": [
      ['fr', 'Le gagnant sera le club dont l’équipe a gagné le 20 décembre.', ['2024-12-20']],
      ['fr', 'La vedette sera la chanteuse qui a triomphé le 20 décembre.', ['2024-12-20']],
    ],
    "'seit' points back": [['de', 'Seit Mai gilt die neue Regel.', ['2024-05']]],
    "'desde' and 'dal' point back where they mean 'since'": [
      ['es', 'El museo está cerrado desde el 13 de abril.', ['2024-04-13']],
      ['it', 'Il museo è chiuso dal 16 aprile.', ['2024-04-16']],
      ['it', 'Il museo è chiuso dall’11 aprile.', ['2024-04-11']],
    ],
    "'desde' and 'dal' mean 'from' where the date opens a range or the clause speaks of the future": [
      ['es', 'La feria abre desde el 16 de abril hasta el 20 de abril.', ['2025-04-16', '2025-04-20']],
      ['it', 'La mostra è aperta dal 16 aprile al 20 giugno.', ['2025-04-16']],
      ['it', 'La mostra resterà aperta dal 16 aprile.', ['2025-04-16']],
      ['it', 'La mostra è aperta dall’11 aprile al 20 giugno.', ['2025-04-11']],
    ],
    "'since' never means 'from'": [['en', 'The inquiry will cover crimes committed since April 16.', ['2024-04-16']]],
    "'scheduled for' points ahead": [['en', 'The vote is scheduled for April 20.', ['2025-04-20']]],
    "'following' before a date means after it": [['en', 'Markets fell following the March 3 vote.', ['2025-03-03']]],
    'a full stop ends the clause': [['en', 'The fair closes on April 20. Critics praised it.', ['2025-04-20']]],
    'a word right after the date points back': [['fr', 'Le 20 avril dernier marque un tournant.', ['2024-04-20']]],
    'a lowercase month led by a preposition is a month': [['en', 'the vote was held in june.', ['2024-06']]],
    'a weekday in a phrase counted in weeks names its day': [['nl', 'Vorige week dinsdag stemde de raad.', ['2025-04-08']]],
    "a bound closing the sentence before is not the date's": [
      ['en', 'The road stays shut until 2027. On Saturday, protesters marched.', ['2025-04-05', '2027']],
      ['it', 'I lavori dureranno fino al 2027. Sabato 2400 persone hanno manifestato a Roma.', ['2025-04-05', '2027']],
    ],
  };
  const CASES_BY_CUE = [
    ...Object.entries(NO_DATE_BY_CUE).flatMap(([cue, rows]) => rows.map(([language, sentence]) => [cue, language, sentence, []] as const)),
    ...Object.entries(DATES_BY_CUE).flatMap(([cue, rows]) => rows.map(([language, sentence, dates]) => [cue, language, sentence, dates] as const)),
  ];
  test.each(CASES_BY_CUE)(
    '%s: %s: %s → %j',
    (_cue, language, sentence, dates) => {
      expect(findTimeline(sentence, { published: PUBLISHED, now: NOW, language }).map((entry) => entry.date)).toEqual(dates);
    },
  );

  test('a schedule continues: a day after an announced one is its next day, not one of the year before', () => {
    const read = (story: string): string[] => findTimeline(story, { published: PUBLISHED, now: NOW, language: 'en' }).map((entry) => entry.date);
    expect(read('The tour opens on April 20 in Leeds, then plays York on June 9 and Bath on August 30.')).toEqual(['2025-04-20', '2025-06-09', '2025-08-30']);
    expect(read('The trial opens on April 20. The victim was found on August 30.')).toEqual(['2024-08-30', '2025-04-20']);
  });

  test('on a page without its publication day, a date nothing leans ahead is one before now', () => {
    const timeline = findTimeline('The festival opens on January 20 in Leeds.', { published: null, now: NOW, language: 'en' });
    expect(timeline.map((entry) => entry.date)).toEqual(['2025-01-20']);
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
