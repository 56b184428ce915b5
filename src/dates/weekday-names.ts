// Weekday names in the languages the news corpus shows: full names first, then the
// abbreviations after the bar.

const WEEKDAYS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ['monday | mon', 'tuesday | tue tues', 'wednesday | wed', 'thursday | thu thur thurs', 'friday | fri', 'saturday | sat', 'sunday | sun'],
  de: ['montag | mo', 'dienstag | di', 'mittwoch | mi', 'donnerstag | do', 'freitag | fr', 'samstag sonnabend | sa', 'sonntag | so'],
  fr: ['lundi | lun', 'mardi | mar', 'mercredi | mer', 'jeudi | jeu', 'vendredi | ven', 'samedi | sam', 'dimanche | dim'],
  es: ['lunes | lun', 'martes | mar', 'miércoles miercoles | mié mie', 'jueves | jue', 'viernes | vie', 'sábado sabado | sáb sab', 'domingo | dom'],
  pt: [
    'segunda-feira segunda | seg', 'terça-feira terça terca | ter', 'quarta-feira quarta | qua', 'quinta-feira quinta | qui',
    'sexta-feira sexta | sex', 'sábado sabado | sáb sab', 'domingo | dom',
  ],
  nl: ['maandag | ma', 'dinsdag | di', 'woensdag | wo', 'donderdag | do', 'vrijdag | vr', 'zaterdag | za', 'zondag | zo'],
  it: ['lunedì lunedi | lun', 'martedì martedi | mar', 'mercoledì mercoledi | mer', 'giovedì giovedi | gio', 'venerdì venerdi | ven', 'sabato | sab', 'domenica | dom'],
};

const namesOf = (part: 0 | 1): string[] =>
  Object.values(WEEKDAYS_BY_LANGUAGE).flatMap((days) => days.flatMap((day) => (day.split('|')[part] ?? '').trim().split(/\s+/).filter(Boolean)));

/** Every full weekday name, lowercase: "tuesday", "dienstag", "terça-feira". */
export const FULL_WEEKDAY_NAMES: ReadonlySet<string> = new Set(namesOf(0));

/** Every weekday name and abbreviation, lowercase. */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set([...FULL_WEEKDAY_NAMES, ...namesOf(1)]);

/** Monday first in the table; `Date.getDay` counts from Sunday, 0. */
const MONDAY = 1;
const DAYS_IN_WEEK = 7;

/**
 * A language's full weekday names, lowercase, each with its day as `Date.getDay` counts
 * it (0 Sunday to 6): "dienstag" → 2. Empty for a language the table does not hold.
 */
export function fullWeekdayNumbers(language: string): ReadonlyMap<string, number> {
  const days = WEEKDAYS_BY_LANGUAGE[language] ?? [];
  return new Map(days.flatMap((day, index) => (day.split('|')[0] ?? '').trim().split(/\s+/).filter(Boolean).map((name) => [name, (index + MONDAY) % DAYS_IN_WEEK] as const)));
}
