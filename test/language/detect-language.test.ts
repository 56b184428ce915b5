import { describe, expect, it } from 'vitest';
import { primarySubtag, storyLanguage } from '../../src/language/detect-language.ts';

// Small texts written for these tests, one per language.
const TEXTS: Record<string, string> = {
  en: 'The mayor said on Monday that the new bridge would open in the spring, and that the city had paid for it with money from the state. Residents who live near the river were not so sure about the plan.',
  de: 'Der Bürgermeister sagte am Montag, dass die neue Brücke im Frühjahr eröffnet werde und die Stadt sie mit Geld vom Land bezahlt habe. Die Anwohner am Fluss sind sich da nicht so sicher, wie sie sagen.',
  fr: 'Le maire a déclaré lundi que le nouveau pont ouvrirait au printemps et que la ville l’avait payé avec de l’argent de la région. Les habitants qui vivent près du fleuve ne sont pas aussi sûrs de ce projet.',
  es: 'El alcalde dijo el lunes que el nuevo puente abriría en la primavera y que la ciudad lo había pagado con dinero del Estado. Los vecinos que viven cerca del río no están tan seguros de que sea así.',
  it: 'Il sindaco ha detto lunedì che il nuovo ponte aprirà in primavera e che la città lo ha pagato con i soldi della regione. Gli abitanti che vivono vicino al fiume non sono così sicuri di questo progetto.',
  pt: 'O prefeito disse na segunda-feira que a nova ponte vai abrir na primavera e que a cidade a pagou com dinheiro do estado. Os moradores que vivem perto do rio não estão tão seguros de que isso seja verdade.',
  nl: 'De burgemeester zei maandag dat de nieuwe brug in het voorjaar open gaat en dat de stad die heeft betaald met geld van de provincie. De bewoners die bij de rivier wonen zijn daar niet zo zeker van.',
};

describe('storyLanguage', () => {
  it.each(Object.entries(TEXTS))('detects %s when the page declares no language', (lang, text) => {
    expect(storyLanguage(null, text)).toBe(lang);
  });

  it('keeps the declared language and reduces it to its primary subtag', () => {
    expect(storyLanguage('de-AT', TEXTS.de!)).toBe('de');
    expect(storyLanguage('pt-br', TEXTS.pt!)).toBe('pt');
  });

  it('overrules a declared language the text is plainly not in', () => {
    expect(storyLanguage('en', TEXTS.de!)).toBe('de');
    expect(storyLanguage('en-US', TEXTS.fr!)).toBe('fr');
  });

  it('keeps a declared language it has no words for unless the text is plainly one it knows', () => {
    expect(storyLanguage('ja', '東京で新しい橋が開通した。市長は月曜日にそう語った。')).toBe('ja');
    expect(storyLanguage('ja', TEXTS.en!)).toBe('en');
  });

  it('reads no English in letters, units and country codes: a German results table stays German', () => {
    const table = [
      'Staffel A, 1. Lauf: 1. TV Nordheim DE 51,20 sec; 2. SG Talbach DE 52,04 sec; 3. TS Bergdorf II 53,10 sec',
      'Staffel B, 2. Lauf: 1. SV Uferstadt I 50,95 sec; 2. TV Nordheim II 52,80 sec; 3. SG Talbach B 54,00 sec',
      'Weitsprung W 14: 1. Lena K. 4,95 m; 2. Mia S. 4,80 m; 3. Ida P. 4,71 m; Wind +0,4 m/s, Lauf A und B',
    ].join('\n');
    expect(storyLanguage('de', table)).toBe('de');
  });

  it('detects a language whose few function words far outnumber any other\'s, in a text that lists more than it tells', () => {
    const notices = [
      'Vereinsnachrichten Frühjahr',
      'Termine: Jahreshauptversammlung, Sommerfest, Herbstwanderung zur Burgruine, Grillabend, Weihnachtsfeier.',
      'Ansprechpartner: Kassenwart Peter Lindner, Jugendwartin Karla Weiß, Platzwart Olaf Brandt.',
      'Neu im Vorstand ist seit Januar Lena Hartwig. Sie übernimmt die Jugendarbeit.',
      'Anmeldung: Geschäftsstelle, Mühlenweg 4, Telefon, Mail, Webseite.',
    ].join('\n\n');
    expect(storyLanguage(null, notices)).toBe('de');
  });

  it('says nothing from a text too short or in no known language', () => {
    expect(storyLanguage(null, 'Breaking news')).toBeNull();
    expect(storyLanguage(null, 'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim minim veniam quis nostrud')).toBeNull();
  });

  it('reads the primary subtag of a tag', () => {
    expect(primarySubtag('fr-FR')).toBe('fr');
    expect(primarySubtag('EN_gb')).toBe('en');
    expect(primarySubtag('')).toBeNull();
    expect(primarySubtag(null)).toBeNull();
  });
});
