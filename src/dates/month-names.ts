// Month names in the languages the news corpus shows, with common abbreviations.
// Lives on the resolver side only: the injected script never carries this table.

const MONTHS_BY_LANGUAGE: readonly (readonly string[])[] = [
  // English
  ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul',
    'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  // German (incl. Austrian Jänner)
  ['januar jänner jän', 'februar feber', 'märz mär mrz maerz', 'april', 'mai', 'juni', 'juli',
    'august', 'september', 'oktober okt', 'november', 'dezember dez'],
  // French
  ['janvier janv', 'février fevrier févr fevr fév', 'mars', 'avril avr', 'mai', 'juin',
    'juillet juil', 'août aout', 'septembre', 'octobre', 'novembre', 'décembre decembre déc'],
  // Spanish
  ['enero ene', 'febrero', 'marzo', 'abril abr', 'mayo', 'junio', 'julio', 'agosto ago',
    'septiembre setiembre', 'octubre', 'noviembre', 'diciembre dic'],
  // Italian
  ['gennaio gen', 'febbraio', 'marzo', 'aprile', 'maggio mag', 'giugno giu', 'luglio lug',
    'agosto', 'settembre set', 'ottobre ott', 'novembre', 'dicembre'],
  // Dutch
  ['januari', 'februari', 'maart mrt', 'april', 'mei', 'juni', 'juli', 'augustus',
    'september', 'oktober', 'november', 'december'],
  // Portuguese
  ['janeiro', 'fevereiro fev', 'março marco', 'abril', 'maio', 'junho', 'julho', 'agosto',
    'setembro', 'outubro out', 'novembro', 'dezembro'],
  // Russian (genitive, as dates print it, then nominative and abbreviations)
  ['января январь янв', 'февраля февраль фев', 'марта март мар', 'апреля апрель апр', 'мая май',
    'июня июнь июн', 'июля июль июл', 'августа август авг', 'сентября сентябрь сен сент',
    'октября октябрь окт', 'ноября ноябрь ноя', 'декабря декабрь дек'],
  // Ukrainian (genitive)
  ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня',
    'жовтня', 'листопада', 'грудня'],
  // Polish (genitive)
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
    'października', 'listopada', 'grudnia'],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS_BY_LANGUAGE.flatMap((months) =>
    months.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
  ),
);

/** The month number (1–12) for a month name or abbreviation, else null. */
export function monthFromName(word: string): number | null {
  return MONTH_BY_NAME.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
