// Month names in the languages the news corpus shows, with common abbreviations: the
// first name of each month is its full name. Read by the date resolver, the timeline, and
// the injected furniture cleaning (a line of timestamps is furniture).

const MONTHS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul',
    'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  // German (incl. Austrian Jänner)
  de: ['januar jänner jän', 'februar feber', 'märz mär mrz maerz', 'april', 'mai', 'juni', 'juli',
    'august', 'september', 'oktober okt', 'november', 'dezember dez'],
  // French
  fr: ['janvier janv', 'février fevrier févr fevr fév', 'mars', 'avril avr', 'mai', 'juin',
    'juillet juil', 'août aout', 'septembre', 'octobre', 'novembre', 'décembre decembre déc'],
  // Spanish
  es: ['enero ene', 'febrero', 'marzo', 'abril abr', 'mayo', 'junio', 'julio', 'agosto ago',
    'septiembre setiembre', 'octubre', 'noviembre', 'diciembre dic'],
  // Italian
  it: ['gennaio gen', 'febbraio', 'marzo', 'aprile', 'maggio mag', 'giugno giu', 'luglio lug',
    'agosto', 'settembre set', 'ottobre ott', 'novembre', 'dicembre'],
  // Dutch
  nl: ['januari', 'februari', 'maart mrt', 'april', 'mei', 'juni', 'juli', 'augustus',
    'september', 'oktober', 'november', 'december'],
  // Portuguese
  pt: ['janeiro', 'fevereiro fev', 'março marco', 'abril', 'maio', 'junho', 'julho', 'agosto',
    'setembro', 'outubro out', 'novembro', 'dezembro'],
  // Russian (genitive, as dates print it, then nominative and abbreviations)
  ru: ['января январь янв', 'февраля февраль фев', 'марта март мар', 'апреля апрель апр', 'мая май',
    'июня июнь июн', 'июля июль июл', 'августа август авг', 'сентября сентябрь сен сент',
    'октября октябрь окт', 'ноября ноябрь ноя', 'декабря декабрь дек'],
  // Ukrainian (genitive)
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня',
    'жовтня', 'листопада', 'грудня'],
  // Danish and Norwegian (one spelling but for March)
  da: ['januar jan', 'februar feb', 'marts mars', 'april apr', 'maj mai', 'juni jun', 'juli jul',
    'august aug', 'september sep sept', 'oktober okt', 'november nov', 'december desember dec des'],
  // Swedish
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
    'oktober', 'november', 'december'],
  // Catalan
  ca: ['gener', 'febrer', 'març marc', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre',
    'octubre', 'novembre', 'desembre'],
  // Arabic (the Egyptian and Gulf names, as news sites print them)
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر',
    'أكتوبر', 'نوفمبر', 'ديسمبر'],
  // Polish (genitive)
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
    'października', 'listopada', 'grudnia'],
};

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  Object.values(MONTHS_BY_LANGUAGE).flatMap((months) =>
    months.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
  ),
);

/** The full month names of one language, lowercase, January first; empty for a language without a table. */
export function fullMonthNames(language: string): readonly string[] {
  return (MONTHS_BY_LANGUAGE[language] ?? []).map((names) => names.split(' ')[0] ?? '');
}

/** The month number (1–12) for a month name or abbreviation, else null. */
export function monthFromName(word: string): number | null {
  return MONTH_BY_NAME.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
