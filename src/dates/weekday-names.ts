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
