// Weekday names in the languages the news corpus shows, with common abbreviations.

const WEEKDAYS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ['monday mon', 'tuesday tue tues', 'wednesday wed', 'thursday thu thur thurs', 'friday fri', 'saturday sat', 'sunday sun'],
  de: ['montag mo', 'dienstag di', 'mittwoch mi', 'donnerstag do', 'freitag fr', 'samstag sonnabend sa', 'sonntag so'],
  fr: ['lundi lun', 'mardi mar', 'mercredi mer', 'jeudi jeu', 'vendredi ven', 'samedi sam', 'dimanche dim'],
  es: ['lunes', 'martes', 'miércoles miercoles', 'jueves', 'viernes', 'sábado sabado', 'domingo'],
  pt: ['segunda-feira segunda seg', 'terça-feira terça terca ter', 'quarta-feira quarta qua', 'quinta-feira quinta qui', 'sexta-feira sexta sex', 'sábado sabado sáb', 'domingo dom'],
  nl: ['maandag ma', 'dinsdag di', 'woensdag wo', 'donderdag do', 'vrijdag vr', 'zaterdag za', 'zondag zo'],
  it: ['lunedì lunedi', 'martedì martedi', 'mercoledì mercoledi', 'giovedì giovedi', 'venerdì venerdi', 'sabato', 'domenica'],
};

/** Every weekday name and abbreviation, lowercase. */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(
  Object.values(WEEKDAYS_BY_LANGUAGE).flatMap((days) => days.flatMap((names) => names.split(' '))),
);
