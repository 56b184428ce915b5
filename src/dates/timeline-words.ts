// The words the timeline reads around a date phrase, per story language: what restates
// the publication moment, what measures a duration, what points forward, which
// prepositions lead a date. Lowercase; matched at word boundaries, case-insensitively.

export interface TimelineWords {
  /** Phrases that only restate the publication moment: "now", "today", "heute Abend". */
  now: readonly string[];
  /** Words that open a duration before a count and a unit: "for two days", "seit zwei Wochen". */
  durationLeads: readonly string[];
  /** Counts written as words: "a", "two", "a few". */
  counts: readonly string[];
  /** Words that may sit between the count and the unit: "two more days". */
  countFillers: readonly string[];
  /** Units of a short duration, singular and plural: "days", "Tagen". */
  durationUnits: readonly string[];
  /** Words by a date that point forward: "next", "tomorrow". */
  forward: readonly string[];
  /** Words that make a date a bound, before or after the story: "until", "by", "bis". The nearest such date is meant. */
  bounds: readonly string[];
  /** Units in the plural, which "next" or "coming" turn into a vague span: "in the coming weeks", "in den nächsten Tagen". */
  pluralUnits: readonly string[];
  /** Words that put a clause in the future: "will", "is expected to", "wird". */
  future: readonly string[];
  /** Prepositions shown with a date: "in", "on", "since", "im", "le". */
  prepositions: readonly string[];
  /** Prepositions that lead a bare month or year: "in", "since", "seit", "depuis" ("of 2000" is a count). */
  yearPrepositions: readonly string[];
}

const ENGLISH_BE = ['is', 'are', 'was', 'were'];
const ENGLISH_SCHEDULED = ['expected', 'scheduled', 'set', 'due', 'slated', 'planned', 'poised'];

const ENGLISH: TimelineWords = {
  now: ['now', 'right now', 'today', 'tonight', 'currently', 'this morning', 'this afternoon', 'this evening'],
  durationLeads: ['for', 'in', 'within', 'over', 'after'],
  counts: ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a few', 'several'],
  countFillers: ['more'],
  durationUnits: ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks'],
  forward: ['next', 'coming', 'upcoming', 'tomorrow', 'later', 'following'],
  bounds: ['until', 'till', 'by'],
  pluralUnits: ['days', 'weeks', 'months', 'years'],
  future: [
    'will', 'shall', "won't", 'won’t', "'ll", '’ll', 'plans to', 'plan to', 'intends to', 'intend to',
    ...ENGLISH_BE.flatMap((be) => ENGLISH_SCHEDULED.map((scheduled) => `${be} ${scheduled} to`)),
  ],
  prepositions: ['in', 'on', 'since', 'until', 'by', 'from', 'during', 'before', 'after', 'through', 'early', 'late', 'mid', 'last'],
  yearPrepositions: ['in', 'since', 'by', 'until', 'from', 'during', 'before', 'after', 'through'],
};

const GERMAN: TimelineWords = {
  now: ['jetzt', 'heute', 'heute morgen', 'heute abend', 'heute nacht', 'derzeit', 'zurzeit', 'aktuell'],
  durationLeads: ['für', 'in', 'innerhalb', 'binnen', 'seit', 'nach'],
  counts: ['ein', 'eine', 'einem', 'einer', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'wenigen', 'einigen', 'mehreren'],
  countFillers: ['weiteren', 'weitere'],
  durationUnits: ['sekunde', 'sekunden', 'minute', 'minuten', 'stunde', 'stunden', 'tag', 'tage', 'tagen', 'woche', 'wochen'],
  forward: ['nächste', 'nächsten', 'nächster', 'kommende', 'kommenden', 'morgen', 'übermorgen'],
  bounds: ['bis', 'spätestens'],
  pluralUnits: ['tagen', 'wochen', 'monaten', 'jahren'],
  future: ['wird', 'werden', 'soll', 'sollen', 'will', 'wollen', 'plant', 'planen', 'geplant', 'voraussichtlich', 'erwartet', 'erwarten', 'rechnet mit', 'rechnen mit'],
  prepositions: ['am', 'im', 'im jahr', 'seit', 'bis', 'ab', 'vom', 'zum', 'vor', 'nach', 'anfang', 'ende', 'mitte', 'letzten'],
  yearPrepositions: ['im', 'im jahr', 'seit', 'bis', 'ab', 'vor', 'nach', 'anfang', 'ende', 'mitte'],
};

const FRENCH: TimelineWords = {
  now: ["aujourd'hui", 'aujourd’hui', 'maintenant', 'actuellement', 'ce matin', 'ce soir', 'cette nuit', 'cet après-midi'],
  durationLeads: ['pendant', 'en', 'dans', 'depuis', 'après', "d'ici"],
  counts: ['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'quelques', 'plusieurs'],
  countFillers: ['autres'],
  durationUnits: ['seconde', 'secondes', 'minute', 'minutes', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines'],
  forward: ['prochain', 'prochaine', 'demain', 'après-demain'],
  bounds: ["jusqu'au", "jusqu'à", "jusqu'en", "d'ici"],
  pluralUnits: ['jours', 'semaines', 'mois', 'années', 'ans'],
  future: ['va', 'vont', 'doit', 'doivent', 'devrait', 'devraient', 'prévu', 'prévue', 'sera', 'seront', 'aura', 'auront'],
  prepositions: ['le', 'en', 'depuis', "jusqu'au", "jusqu'en", 'dès', 'avant', 'après', 'début', 'fin', 'mi'],
  yearPrepositions: ['en', 'depuis', "jusqu'en", 'dès', 'avant', 'après', 'début', 'fin'],
};

const SPANISH: TimelineWords = {
  now: ['hoy', 'ahora', 'actualmente', 'esta mañana', 'esta tarde', 'esta noche'],
  durationLeads: ['durante', 'en', 'dentro de', 'desde hace', 'tras'],
  counts: ['un', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'unos', 'unas', 'varios', 'varias'],
  countFillers: ['más'],
  durationUnits: ['segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'semana', 'semanas'],
  forward: ['próximo', 'próxima', 'que viene', 'mañana', 'pasado mañana'],
  bounds: ['hasta'],
  pluralUnits: ['días', 'semanas', 'meses', 'años'],
  future: ['va a', 'van a', 'será', 'serán', 'se espera', 'prevé', 'previsto', 'prevista', 'deberá', 'deberán'],
  prepositions: ['el', 'en', 'desde', 'hasta', 'antes de', 'después de', 'a principios de', 'a finales de', 'a mediados de'],
  yearPrepositions: ['en', 'desde', 'hasta', 'antes de', 'después de', 'a principios de', 'a finales de', 'a mediados de'],
};

const PORTUGUESE: TimelineWords = {
  now: ['hoje', 'agora', 'atualmente', 'esta manhã', 'esta tarde', 'esta noite'],
  durationLeads: ['durante', 'em', 'dentro de', 'há', 'após'],
  counts: ['um', 'uma', 'dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'alguns', 'algumas', 'vários', 'várias'],
  countFillers: ['mais'],
  durationUnits: ['segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'dia', 'dias', 'semana', 'semanas'],
  forward: ['próximo', 'próxima', 'que vem', 'amanhã'],
  bounds: ['até'],
  pluralUnits: ['dias', 'semanas', 'meses', 'anos'],
  future: ['vai', 'vão', 'será', 'serão', 'deverá', 'deverão', 'prevê', 'previsto', 'prevista'],
  prepositions: ['em', 'no', 'na', 'desde', 'até', 'antes de', 'depois de', 'no início de', 'no fim de', 'em meados de'],
  yearPrepositions: ['em', 'desde', 'até', 'antes de', 'depois de', 'no início de', 'no fim de', 'em meados de'],
};

const DUTCH: TimelineWords = {
  now: ['nu', 'vandaag', 'momenteel', 'vanochtend', 'vanmiddag', 'vanavond', 'vannacht'],
  durationLeads: ['voor', 'in', 'binnen', 'gedurende', 'sinds', 'over', 'na'],
  counts: ['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'enkele', 'een paar'],
  countFillers: ['extra'],
  durationUnits: ['seconde', 'seconden', 'minuut', 'minuten', 'uur', 'uren', 'dag', 'dagen', 'week', 'weken'],
  forward: ['volgende', 'komende', 'morgen', 'overmorgen'],
  bounds: ['tot', 'uiterlijk'],
  pluralUnits: ['dagen', 'weken', 'maanden', 'jaren'],
  future: ['zal', 'zullen', 'gaat', 'gaan', 'moet', 'moeten', 'gepland', 'verwacht'],
  prepositions: ['op', 'in', 'sinds', 'tot', 'vanaf', 'voor', 'na', 'begin', 'eind', 'half'],
  yearPrepositions: ['in', 'sinds', 'tot', 'vanaf', 'voor', 'na', 'begin', 'eind', 'half'],
};

const ITALIAN: TimelineWords = {
  now: ['oggi', 'ora', 'adesso', 'attualmente', 'stamattina', 'stasera', 'stanotte'],
  durationLeads: ['per', 'in', 'entro', 'da', 'dopo'],
  counts: ['un', 'uno', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'alcuni', 'alcune', 'pochi', 'poche'],
  countFillers: ['altri', 'altre'],
  durationUnits: ['secondo', 'secondi', 'minuto', 'minuti', 'ora', 'ore', 'giorno', 'giorni', 'settimana', 'settimane'],
  forward: ['prossimo', 'prossima', 'domani', 'dopodomani'],
  bounds: ['fino al', 'fino a', 'entro'],
  pluralUnits: ['giorni', 'settimane', 'mesi', 'anni'],
  future: ['sarà', 'saranno', 'dovrà', 'dovranno', 'previsto', 'prevista', 'intende'],
  prepositions: ['il', 'nel', 'a', 'dal', 'fino al', 'da', 'inizio', 'fine', 'metà'],
  yearPrepositions: ['nel', 'dal', 'fino al', 'inizio', 'fine', 'metà'],
};

/** The timeline's words for each story language it reads (primary subtags). */
export const TIMELINE_WORDS: Readonly<Record<string, TimelineWords>> = {
  en: ENGLISH,
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
  pt: PORTUGUESE,
  nl: DUTCH,
  it: ITALIAN,
};
