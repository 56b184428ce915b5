// The words the timeline reads around a date phrase, per story language: what names no
// date, what makes a date word something else, which way a date leans, what gives its year,
// which prepositions a date shows. Lowercase; matched at word boundaries, case-insensitively.
import { periodStartForms } from './date-words.ts';

export interface TimelineWords {
  // Phrases that name no date of the story (timeline-noise.ts, timeline-misreadings.ts).
  /** Phrases that only restate the publication moment: "now", "today", "heute Abend". */
  now: readonly string[];
  /** Words that open a duration before a count and a unit: "for two days", "seit zwei Wochen". */
  durationLeads: readonly string[];
  /** Counts written as words: "a", "two", "a few". */
  counts: readonly string[];
  /** Counts that name no number: "a few days ago", "vor wenigen Tagen", "il y a quelques jours" names no day. */
  vagueCounts: readonly string[];
  /** Words that soften a count: "for about ten years", "seit rund zwei Jahren". */
  approximators: readonly string[];
  /** The word joining two measures: "six years and eight months". */
  and: readonly string[];
  /** Words that may sit between the count and the unit: "two more days". */
  countFillers: readonly string[];
  /** Units of a duration, singular and plural: "days", "Tagen", "años". */
  durationUnits: readonly string[];
  /** Units in the plural, which span words turn into a stretch: "in the coming weeks", "in den nächsten Tagen". */
  pluralUnits: readonly string[];
  /** Words that make plural units a stretch of time, not a date: "the last three weeks", "in den vergangenen Jahren". */
  spanWords: readonly string[];
  /** Articles that may open such a stretch: "the", "den", "les". */
  articles: readonly string[];
  /** Words before a count and a unit that make it a point back in time: "vor zwei Jahren", "hace tres días". */
  agoLeads: readonly string[];
  /** Words closing a relative phrase that measure it from another event, not from the publication: "two years later". */
  anchors: readonly string[];
  /** The day, month or year after another event, not after the publication: "the next day", "the following year", "am folgenden Tag", "le lendemain". */
  following: readonly string[];
  /** Words before a span word and a unit that make it a stretch: "over the past year", "in the last week". */
  stretchLeads: readonly string[];
  /** The week as a unit, singular and plural: a phrase counted in weeks names a week, not a day ("last week", "vor zwei Wochen"). */
  weekUnits: readonly string[];
  /** Words chrono's parser glues to the end of a date phrase, no part of it: its English reads "for 30 years, they" as one phrase. */
  gluedWords: readonly string[];
  /** Units of measure and currencies, which a number counts and a year never precedes: "1920 pixels", "2000 Euro". (Signs such as "%" and "€" are every language's.) */
  measureUnits: readonly string[];

  // Date words that are something else where they stand (timeline-misreadings.ts).
  /** A day word that is a part of the day after a determiner: "am Morgen", "de la mañana", "de morgen". */
  dayPart: { words: readonly string[]; determiners: readonly string[] };
  /** Words before a weekday or date that make it recur: "every Saturday", "jeden Freitag", "cada martes". */
  every: readonly string[];
  /** An indefinite article, which makes a weekday any such day: "on a Sunday night", "un domingo de febrero", "uma quarta pessoa". */
  indefinite: readonly string[];
  /**
   * Words around a weekday alone that make it a habit or a day counted in a month, any
   * week's: before it ("le vendredi", "il sabato" say a habit with the article, "los
   * viernes" its plural; "the first Monday", "am ersten Dienstag"), after it ("Friday
   * nights").
   */
  habitualWeekday: { before: readonly string[]; after: readonly string[] };
  /**
   * Today, yesterday and tomorrow as eras, not days (`days`): after a word that makes one a
   * noun's complement (`links`: "the world of tomorrow", "der Arbeitsmarkt von gestern",
   * "erinnerte an gestern"), unless a word after it says "from … on" (`from`: "von morgen
   * an"); or compared with another (`than`: "lieber morgen als übermorgen", "better today
   * than tomorrow", "mejor hoy que mañana").
   */
  eras: { days: readonly string[]; links: readonly string[]; from: readonly string[]; than: readonly string[] };
  /** Words before a weekday that tie it to another event, not to the publication: "that same Friday", "ese mismo viernes", "am selben Freitag". */
  sameDay: readonly string[];
  /** Names that hold a weekday or a month: "Black Friday", "Welt am Sonntag", "Plaza de Mayo". */
  namedDays: readonly string[];
  /** Whether the language writes its months capitalized ("May", "Mai"), or lowercase ("mayo", "mai"). */
  capitalizedMonths: boolean;
  /**
   * Whether a weekday that names a day inside a sentence comes behind a preposition or a
   * determiner ("am Montag", "vergangenen Montag"): then a weekday right after a capitalized
   * word is part of a name ("Jennifer Montag"). Not where a weekday stands alone after a
   * name: "told CNN Monday", "als Hamilton zondag zegeviert".
   */
  weekdayTakesLead: boolean;
  /** Whether the language writes a date's month before its day ("July 23"), not after it ("23 juillet", "3 de mayo"). */
  monthFirst: boolean;

  // Which way a date without its year leans (timeline-lean.ts).
  /** Words by a date that point forward: "next", "tomorrow". */
  forward: readonly string[];
  /** Words by a date, before or after it, that point back: "last", "pasado", "le 31 août dernier". */
  backward: readonly string[];
  /**
   * The word before a date that puts it in the past, with its article: "since", "seit dem",
   * "depuis le", and elided, "dall’" ("dall’11 aprile"). They are the published-day reader's
   * period-opening words (date-words.ts PERIOD_START_WORDS), read from there. (After a date,
   * "desde" is "from": `sinceRangeEnds`.)
   */
  since: readonly string[];
  /**
   * When the `since` word also means "from" (Spanish "desde", Italian "dal"), the words that
   * close a range a date opens: "desde el 16 hasta el 20 de mayo", "dal 16 al 20 maggio".
   * Empty when it never does.
   */
  sinceRangeEnds: readonly string[];
  /** Words that make a date a bound, before or after the story: "until", "by", "bis". The nearest such date is meant. */
  bounds: readonly string[];
  /**
   * A participle right after a date that makes it a plan's: "die für Mai geplante WM", "de
   * voor mei geplande verkiezingen". A plan may have been called off or lie ahead: the
   * nearest such date is meant, as for a bound.
   */
  plannedAfter: readonly string[];
  /** Words that make a clause tell a habit, so a date without its year in it recurs: "usually", "meist", "alle zwei Jahre", "chaque année". */
  habitual: readonly string[];
  /** Words that put a clause in the future: "will", "is expected to", "wird". */
  future: readonly string[];
  /** Verb endings of the future tense ("tendrá", "votarán", "terrà"), and words with such an ending that are no verb. */
  futureEndings: { endings: readonly string[]; except: readonly string[] };
  /** Words that open a clause of their own within a sentence, with its own tense: "said [that it will open on May 5]", "dass", "que", French "qui", "dont". */
  subordinators: readonly string[];
  /** What puts a clause in the past: its words ("was", "wurde"), verb endings ("-ed", "-ó"), and words with such an ending that are no verb. */
  past: { words: readonly string[]; endings: readonly string[]; except: readonly string[] };
  /** Words before a weekday that make it this week's, before or after the publication: "este martes", "ce mardi". */
  thisWeek: readonly string[];

  // The year the words after a date give it (find-timeline.ts).
  /** Words right after a date without its year that give it: "im April dieses Jahres", "in February last year"; "of that year" gives none the story can place. */
  yearAfter: { this: readonly string[]; last: readonly string[]; next: readonly string[]; same: readonly string[] };
  /** Words between a date and its year: "15 de noviembre del 2019", "January of 2020". */
  yearJoiners: readonly string[];
  /** Words opening the date set beside a weekday after a comma: "Montag, dem 11. Oktober", "Monday, the 11th of October". */
  dayAppositions: readonly string[];

  // The prepositions shown with a date (find-timeline.ts).
  /** Prepositions shown with a date: "in", "on", "since", "im", "le". */
  prepositions: readonly string[];
  /** Prepositions that lead a bare month or year: "in", "since", "seit", "depuis" ("of 2000" is a count). */
  yearPrepositions: readonly string[];
  /**
   * Words that lead a bare month, not a year, and make it a date: the noun "month" ("au mois
   * de mai", "im Monat Mai") and German "für" ("die für Mai geplante WM"). A month's name
   * alone needs a lead: it may be a name ("Juli", "Verlag März").
   */
  monthLeads: readonly string[];
  /**
   * The words around two years, or two months, that make them a range's ends: "de 1998 à
   * 2012", "von 1998 bis 2012", "de janvier à mars 2020", "between 1998 and 2012". Each end
   * is a date. ("à" alone after a date is its time, "le 5 juin à 18h02": only a year or a
   * month after it makes it a range's.)
   */
  range: { from: readonly string[]; to: readonly string[] };
}

const ENGLISH_BE = ['is', 'are', 'was', 'were'];
const ENGLISH_SCHEDULED = ['expected', 'scheduled', 'set', 'due', 'slated', 'planned', 'poised'];

const ENGLISH: TimelineWords = {
  now: ['now', 'right now', 'today', 'tonight', 'currently', 'this morning', 'this afternoon', 'this evening'],
  durationLeads: ['for', 'in', 'within', 'over', 'after', 'during'],
  counts: ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a few', 'few', 'several', 'a couple of', 'couple of', 'a half', 'half a', 'half an'],
  vagueCounts: ['a few', 'few', 'several', 'a couple of', 'couple of', 'a couple', 'some'],
  approximators: ['about', 'around', 'nearly', 'almost', 'some', 'just', 'more than', 'less than', 'over'],
  and: ['and'],
  countFillers: ['more'],
  durationUnits: ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades'],
  pluralUnits: ['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'],
  spanWords: ['last', 'past', 'next', 'coming', 'previous', 'following', 'recent', 'first'],
  articles: ['the'],
  agoLeads: [],
  anchors: ['later', 'after', 'before', 'earlier', 'afterwards', 'afterward'],
  following: ['next day', 'following day', 'the next year', 'the following year', 'the next month', 'the following month', 'the following week'],
  stretchLeads: ['in the', 'over the', 'for the', 'during the', 'within the', 'throughout the'],
  weekUnits: ['week', 'weeks'],
  gluedWords: ['they'],
  measureUnits: ['pixels', 'dollars', 'euros', 'pounds', 'percent', 'per cent', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'kg', 'kilograms', 'tons', 'tonnes', 'mph'],
  dayPart: { words: [], determiners: [] },
  every: ['every', 'each'],
  indefinite: ['a', 'an', 'one'],
  habitualWeekday: { before: ['the first', 'the second', 'the third', 'the fourth', 'the last'], after: ['nights', 'mornings', 'afternoons', 'evenings'] },
  eras: { days: ['today', 'yesterday', 'tomorrow'], links: ['of'], from: ['on'], than: ['than'] },
  sameDay: ['that same', 'the same', 'that very'],
  namedDays: [
    'black friday', 'cyber monday', 'good friday', 'easter sunday', 'easter monday', 'ash wednesday', 'super tuesday',
    'mail on sunday', 'sunday times', 'sunday telegraph', 'sunday mirror', 'sunday express', 'monday night football', 'thursday night football', 'sunday night football',
  ],
  capitalizedMonths: true,
  weekdayTakesLead: false,
  monthFirst: true,
  forward: ['next', 'coming', 'upcoming', 'tomorrow', 'later'],
  backward: ['last', 'past', 'previous'],
  since: periodStartForms('en'),
  sinceRangeEnds: [],
  bounds: ['until', 'till', 'by'],
  plannedAfter: [],
  habitual: ['usually', 'normally', 'typically', 'generally', 'traditionally', 'every year', 'each year', 'annually', 'every two years'],
  future: [
    'will', 'shall', "won't", 'won’t', "'ll", '’ll', 'plans to', 'plan to', 'intends to', 'intend to',
    ...ENGLISH_BE.flatMap((be) => ENGLISH_SCHEDULED.map((scheduled) => `${be} ${scheduled} to`)),
    ...ENGLISH_SCHEDULED.map((scheduled) => `${scheduled} for`),
  ],
  futureEndings: { endings: [], except: [] },
  subordinators: ['that'],
  past: {
    words: ['was', 'were', 'had', 'did', 'said', 'began', 'came', 'went', 'took', 'made', 'met', 'saw', 'told', 'won', 'lost', 'left', 'got', 'gave', 'found', 'held', 'ran', 'fell', 'rose', 'broke', 'spoke', 'wrote', 'sent', 'built', 'bought', 'paid', 'led', 'struck', 'fought', 'sold', 'became', 'brought', 'knew', 'stood', 'thought', 'bid',
      // Irregular pasts that are no other word, and the negated past ("didn't", read as "didn" and "t").
      'spent', 'kept', 'felt', 'meant', 'heard', 'sought', 'taught', 'caught', 'threw', 'drew', 'grew', 'flew', 'drove', 'rode', 'wore', 'swore',
      'chose', 'froze', 'woke', 'slept', 'swept', 'wept', 'sang', 'rang', 'sank', 'swam', 'forgot', 'forgave', 'fled', 'dealt', 'understood', 'withdrew',
      'arose', 'overcame', 'undertook', 'overtook', 'upheld', 'withheld', 'didn', 'wasn', 'weren', 'hadn'],
    endings: ['ed'],
    except: ['hundred', 'red', 'bed', 'shed', 'wed', 'need', 'speed', 'indeed', 'seed', 'feed', 'breed', 'proceed', 'exceed', 'succeed', 'embed'],
  },
  thisWeek: ['this'],
  yearAfter: { this: ['this year', 'of this year'], last: ['last year', 'of last year'], next: ['next year', 'of next year'], same: ['that year', 'of that year', 'the same year', 'of the same year', 'the previous year', 'the following year'] },
  yearJoiners: ['of', 'in'],
  dayAppositions: ['the'],
  prepositions: ['in', 'on', 'since', 'until', 'by', 'from', 'during', 'before', 'after', 'through', 'early', 'late', 'mid', 'last'],
  yearPrepositions: ['in', 'since', 'by', 'until', 'from', 'during', 'before', 'after', 'through'],
  monthLeads: [],
  range: { from: ['from', 'between'], to: ['to', 'and'] },
};

const GERMAN: TimelineWords = {
  now: ['jetzt', 'heute', 'heute morgen', 'heute abend', 'heute nacht', 'derzeit', 'zurzeit', 'aktuell'],
  durationLeads: ['für', 'in', 'innerhalb', 'binnen', 'seit', 'nach', 'während', 'über'],
  counts: ['ein', 'eine', 'einem', 'einer', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'wenigen', 'einigen', 'mehreren', 'ein paar', 'paar'],
  vagueCounts: ['wenigen', 'einigen', 'mehreren', 'ein paar', 'paar'],
  approximators: ['etwa', 'rund', 'knapp', 'fast', 'gut', 'mehr als', 'weniger als', 'über'],
  and: ['und'],
  countFillers: ['weiteren', 'weitere'],
  durationUnits: [
    'sekunde', 'sekunden', 'minute', 'minuten', 'stunde', 'stunden', 'tag', 'tage', 'tagen', 'woche', 'wochen',
    'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'jahrzehnt', 'jahrzehnte', 'jahrzehnten',
  ],
  pluralUnits: ['minuten', 'stunden', 'tage', 'tagen', 'wochen', 'monate', 'monaten', 'jahre', 'jahren', 'jahrzehnte', 'jahrzehnten'],
  spanWords: ['letzten', 'letzte', 'vergangenen', 'vergangene', 'nächsten', 'nächste', 'kommenden', 'kommende', 'folgenden', 'vorigen', 'zurückliegenden', 'ersten'],
  articles: ['den', 'die', 'der'],
  agoLeads: ['vor'],
  anchors: ['später', 'danach', 'davor', 'zuvor', 'darauf', 'früher'],
  following: ['nächsten tag', 'folgenden tag', 'tag darauf', 'tag danach', 'folgenden jahr', 'jahr darauf', 'folgenden monat'],
  stretchLeads: [],
  weekUnits: ['woche', 'wochen'],
  gluedWords: [],
  measureUnits: ['pixel', 'euro', 'dollar', 'franken', 'prozent', 'km', 'kilometer', 'meter', 'kilo', 'kilogramm', 'tonnen'],
  dayPart: { words: ['morgen'], determiners: ['am', 'jeden', 'jedem', 'dem', 'den', 'einem', 'eines', 'guten', 'vom'] },
  every: ['jeden', 'jedem', 'jede', 'jedes', 'immer', 'meist', 'meistens'],
  indefinite: ['ein', 'einen', 'einem', 'eines'],
  habitualWeekday: { before: ['ersten', 'zweiten', 'dritten', 'vierten'], after: [] },
  eras: { days: ['heute', 'gestern', 'morgen', 'vorgestern', 'übermorgen'], links: ['von', 'an'], from: ['an', 'ab'], than: ['als'] },
  sameDay: ['selben', 'demselben', 'denselben', 'gleichen', 'jenem', 'jenen'],
  namedDays: ['welt am sonntag', 'bild am sonntag', 'bz am sonntag', 'der freitag'],
  capitalizedMonths: true,
  weekdayTakesLead: true,
  monthFirst: false,
  forward: ['nächste', 'nächsten', 'nächster', 'kommende', 'kommenden', 'morgen', 'übermorgen'],
  backward: ['vergangenen', 'vergangene', 'vergangener', 'letzten', 'letzte', 'vorigen'],
  since: periodStartForms('de'),
  sinceRangeEnds: [],
  bounds: ['bis', 'spätestens'],
  plannedAfter: ['geplant', 'geplante', 'geplanten', 'geplanter', 'angesetzt', 'angesetzte', 'angesetzten', 'vorgesehen', 'vorgesehene', 'vorgesehenen'],
  habitual: ['meist', 'meistens', 'normalerweise', 'üblicherweise', 'gewöhnlich', 'traditionell', 'in der regel', 'jedes jahr', 'alljährlich', 'jährlich', 'alle zwei jahre'],
  future: ['wird', 'werden', 'soll', 'sollen', 'will', 'wollen', 'plant', 'planen', 'geplant', 'voraussichtlich', 'erwartet', 'erwarten', 'rechnet mit', 'rechnen mit'],
  futureEndings: { endings: [], except: [] },
  subordinators: ['dass'],
  past: {
    words: [
      'war', 'waren', 'wurde', 'wurden', 'hatte', 'hatten', 'hat', 'haben', 'gab', 'kam', 'kamen', 'fand', 'fanden', 'ging', 'gingen',
      'stand', 'lag', 'starb', 'begann', 'begannen', 'trat', 'traten', 'traf', 'trafen', 'sprach', 'sprachen', 'nahm', 'nahmen',
      'sagte', 'sagten', 'erklärte', 'erklärten', 'teilte', 'teilten', 'berichtete', 'berichteten', 'meldete', 'meldeten', 'stimmte', 'stimmten',
    ],
    endings: [],
    except: [],
  },
  thisWeek: ['diesen', 'dieser', 'diesem'],
  yearAfter: {
    this: ['dieses jahres', 'diesen jahres'],
    last: ['vergangenen jahres', 'letzten jahres', 'vorigen jahres', 'des vorjahres', 'letztes jahr', 'vergangenes jahr'],
    next: ['nächsten jahres', 'kommenden jahres', 'nächstes jahr'],
    same: ['desselben jahres', 'des gleichen jahres', 'jenes jahres', 'im selben jahr', 'im gleichen jahr'],
  },
  yearJoiners: [],
  dayAppositions: ['dem', 'den'],
  prepositions: ['am', 'im', 'im jahr', 'seit', 'bis', 'ab', 'vom', 'zum', 'vor', 'nach', 'anfang', 'ende', 'mitte', 'letzten'],
  yearPrepositions: ['im', 'im jahr', 'seit', 'bis', 'ab', 'vor', 'nach', 'anfang', 'ende', 'mitte'],
  monthLeads: ['für', 'monat'],
  range: { from: ['von', 'zwischen'], to: ['bis', 'und'] },
};

const FRENCH: TimelineWords = {
  now: ["aujourd'hui", 'aujourd’hui', 'maintenant', 'actuellement', 'ce matin', 'ce soir', 'cette nuit', 'cet après-midi'],
  durationLeads: ['pendant', 'en', 'dans', 'depuis', 'après', "d'ici", 'de', 'sur', 'durant', 'au bout de'],
  counts: ['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'quelques', 'plusieurs'],
  vagueCounts: ['quelques', 'plusieurs'],
  approximators: ['environ', 'près de', 'plus de', 'moins de', 'presque'],
  and: ['et'],
  countFillers: ['autres'],
  durationUnits: ['seconde', 'secondes', 'minute', 'minutes', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années'],
  pluralUnits: ['minutes', 'heures', 'jours', 'semaines', 'mois', 'années', 'ans'],
  spanWords: ['derniers', 'dernières', 'prochains', 'prochaines', 'précédents', 'premiers', 'premières'],
  articles: ['les', 'des', 'ces'],
  agoLeads: ['il y a'],
  anchors: ['plus tard', 'après', 'avant', 'auparavant', 'plus tôt'],
  following: ['lendemain', 'jour suivant', 'année suivante', 'mois suivant'],
  stretchLeads: [],
  weekUnits: ['semaine', 'semaines'],
  gluedWords: [],
  measureUnits: ['pixels', 'euros', 'dollars', 'francs', 'pour cent', 'km', 'kilomètres', 'mètres', 'kilos', 'tonnes'],
  dayPart: { words: [], determiners: [] },
  every: ['chaque', 'tous les', 'toutes les'],
  indefinite: ['un'],
  habitualWeekday: { before: ['le', 'les', 'le premier', 'le deuxième', 'le troisième', 'le dernier'], after: [] },
  eras: { days: ["aujourd'hui", 'aujourd’hui', 'hier', 'demain', 'avant-hier', 'après-demain'], links: [], from: [], than: ['que', "qu'", 'qu’'] },
  sameDay: ['ce même', 'le même'],
  namedDays: ['vendredi noir', 'vendredi saint', 'lundi de pâques', 'dimanche de pâques', 'mardi gras'],
  capitalizedMonths: false,
  weekdayTakesLead: false,
  monthFirst: false,
  forward: ['prochain', 'prochaine', 'demain', 'après-demain'],
  backward: ['dernier', 'dernière', 'passé', 'passée'],
  since: periodStartForms('fr'),
  sinceRangeEnds: [],
  bounds: ["jusqu'au", "jusqu'à", "jusqu'en", "d'ici"],
  plannedAfter: [],
  habitual: ['généralement', 'habituellement', 'normalement', 'traditionnellement', 'chaque année', 'tous les ans'],
  future: ['va', 'vont', 'doit', 'doivent', 'devrait', 'devraient', 'prévu', 'prévue', 'sera', 'seront', 'aura', 'auront'],
  // French reporting tells the past in the future ("Le Monde attendra son édition du 13 mai"): its future endings say nothing.
  futureEndings: { endings: [], except: [] },
  // The relative pronouns open a clause with its own verb: "sera le club dont l’équipe a gagné le 20 décembre" is no future.
  subordinators: ['que', 'qu', 'qui', 'dont', 'où'],
  past: {
    // "est"/"sont" before a participle: the past of verbs built with être, and the passive that reports ("est mis en examen").
    words: ['a', 'ont', 'est', 'sont', 'avait', 'avaient', 'était', 'étaient', 'fut', 'furent', 'eut'],
    endings: [],
    except: [],
  },
  thisWeek: ['ce'],
  yearAfter: {
    this: ['de cette année', 'cette année'],
    last: ["de l'année dernière", 'de l’année dernière', "l'an dernier", 'l’an dernier'],
    next: ["de l'année prochaine", 'de l’année prochaine', "l'an prochain", 'l’an prochain'],
    same: ['de la même année', 'la même année', 'de cette année-là'],
  },
  yearJoiners: ['de'],
  dayAppositions: ['le'],
  prepositions: ['le', 'en', 'depuis', "jusqu'au", "jusqu'en", 'dès', 'avant', 'après', 'début', 'fin', 'mi'],
  yearPrepositions: ['en', 'depuis', "jusqu'en", 'dès', 'avant', 'après', 'début', 'fin'],
  monthLeads: ['mois de', 'mois d’', "mois d'"],
  range: { from: ['de', 'd’', "d'", 'entre'], to: ['à', 'et'] },
};

const SPANISH: TimelineWords = {
  now: ['hoy', 'ahora', 'actualmente', 'esta mañana', 'esta tarde', 'esta noche'],
  durationLeads: ['durante', 'en', 'dentro de', 'desde hace', 'tras', 'de', 'por', 'a lo largo de'],
  counts: ['un', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'unos', 'unas', 'varios', 'varias'],
  vagueCounts: ['unos', 'unas', 'unos pocos', 'varios', 'varias', 'algunos', 'algunas'],
  approximators: ['casi', 'cerca de', 'más de', 'menos de', 'alrededor de'],
  and: ['y'],
  countFillers: ['más'],
  durationUnits: ['segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'semana', 'semanas', 'mes', 'meses', 'año', 'años', 'década', 'décadas'],
  pluralUnits: ['minutos', 'horas', 'días', 'semanas', 'meses', 'años', 'décadas'],
  spanWords: ['últimos', 'últimas', 'próximos', 'próximas', 'pasados', 'pasadas', 'siguientes', 'primeros'],
  articles: ['los', 'las'],
  agoLeads: ['hace'],
  anchors: ['después', 'más tarde', 'antes'],
  following: ['día siguiente', 'año siguiente', 'mes siguiente'],
  stretchLeads: [],
  weekUnits: ['semana', 'semanas'],
  gluedWords: [],
  measureUnits: ['píxeles', 'euros', 'dólares', 'pesos', 'por ciento', 'km', 'kilómetros', 'metros', 'kilos', 'toneladas'],
  dayPart: { words: ['mañana'], determiners: ['la', 'una', 'cada', 'esa', 'toda', 'media'] },
  every: ['cada', 'todos los', 'todas las'],
  indefinite: ['un', 'un día'],
  habitualWeekday: { before: ['los', 'el primer', 'el segundo', 'el tercer'], after: [] },
  eras: { days: ['hoy', 'ayer', 'mañana', 'anteayer', 'pasado mañana'], links: [], from: [], than: ['que'] },
  sameDay: ['ese mismo', 'esa misma', 'el mismo', 'aquel', 'aquel mismo', 'ese'],
  namedDays: ['viernes negro', 'viernes santo', 'jueves santo', 'domingo de ramos', 'domingo de resurrección', 'plaza de mayo'],
  capitalizedMonths: false,
  weekdayTakesLead: false,
  monthFirst: false,
  forward: ['próximo', 'próxima', 'que viene', 'mañana', 'pasado mañana'],
  backward: ['pasado', 'pasada'],
  since: periodStartForms('es'),
  sinceRangeEnds: ['al', 'a', 'hasta'],
  bounds: ['hasta'],
  plannedAfter: [],
  habitual: ['normalmente', 'generalmente', 'habitualmente', 'tradicionalmente', 'suele', 'suelen', 'cada año', 'todos los años'],
  future: ['va a', 'van a', 'será', 'serán', 'se espera', 'prevé', 'previsto', 'prevista', 'deberá', 'deberán'],
  futureEndings: { endings: ['rá', 'rán', 'remos'], except: ['irán', 'corán'] },
  subordinators: ['que'],
  past: { words: ['fue', 'fueron', 'era', 'eran', 'había', 'habían', 'hubo', 'ha', 'han', 'dijo', 'hizo'], endings: ['ó', 'aron', 'ieron'], except: [] },
  thisWeek: ['este', 'esta'],
  yearAfter: {
    this: ['de este año', 'este año'],
    last: ['del año pasado', 'el año pasado'],
    next: ['del próximo año', 'del año que viene', 'el próximo año'],
    same: ['del mismo año', 'de ese año', 'ese mismo año', 'de aquel año'],
  },
  yearJoiners: ['de', 'del'],
  dayAppositions: ['el'],
  prepositions: ['el', 'en', 'desde', 'hasta', 'antes de', 'después de', 'a principios de', 'a finales de', 'a mediados de'],
  yearPrepositions: ['en', 'desde', 'hasta', 'antes de', 'después de', 'a principios de', 'a finales de', 'a mediados de'],
  monthLeads: ['mes de'],
  range: { from: ['de', 'desde', 'entre'], to: ['a', 'hasta', 'y'] },
};

const PORTUGUESE: TimelineWords = {
  now: ['hoje', 'agora', 'atualmente', 'esta manhã', 'esta tarde', 'esta noite'],
  durationLeads: ['durante', 'em', 'dentro de', 'há', 'após', 'de', 'por', 'ao longo de'],
  counts: ['um', 'uma', 'dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'alguns', 'algumas', 'vários', 'várias'],
  vagueCounts: ['alguns', 'algumas', 'uns', 'umas', 'vários', 'várias', 'poucos', 'poucas'],
  approximators: ['cerca de', 'quase', 'mais de', 'menos de'],
  and: ['e'],
  countFillers: ['mais'],
  durationUnits: ['segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'ano', 'anos', 'década', 'décadas'],
  pluralUnits: ['minutos', 'horas', 'dias', 'semanas', 'meses', 'anos', 'décadas'],
  spanWords: ['últimos', 'últimas', 'próximos', 'próximas', 'passados', 'passadas', 'seguintes', 'primeiros'],
  articles: ['os', 'as'],
  agoLeads: [],
  anchors: ['depois', 'mais tarde', 'antes'],
  following: ['dia seguinte', 'ano seguinte', 'mês seguinte'],
  stretchLeads: [],
  weekUnits: ['semana', 'semanas'],
  gluedWords: [],
  measureUnits: ['pixels', 'euros', 'dólares', 'reais', 'por cento', 'km', 'quilômetros', 'quilómetros', 'metros', 'quilos', 'toneladas'],
  dayPart: { words: [], determiners: [] },
  every: ['cada', 'todos os', 'todas as'],
  indefinite: ['um', 'uma'],
  habitualWeekday: { before: ['aos', 'às', 'o primeiro', 'a primeira', 'o segundo', 'a segunda'], after: [] },
  eras: { days: ['hoje', 'ontem', 'amanhã', 'anteontem', 'depois de amanhã'], links: [], from: [], than: ['que', 'do que'] },
  sameDay: ['nesse mesmo', 'nessa mesma', 'naquele', 'naquela', 'no mesmo', 'na mesma', 'mesmo', 'mesma'],
  namedDays: ['sexta-feira santa', 'sexta-feira negra', 'domingo de páscoa', 'domingo de ramos'],
  capitalizedMonths: false,
  weekdayTakesLead: false,
  monthFirst: false,
  forward: ['próximo', 'próxima', 'que vem', 'amanhã'],
  backward: ['passado', 'passada', 'último', 'última'],
  since: periodStartForms('pt'),
  sinceRangeEnds: ['a', 'ao', 'até'],
  bounds: ['até'],
  plannedAfter: [],
  habitual: ['normalmente', 'geralmente', 'habitualmente', 'tradicionalmente', 'costuma', 'costumam', 'todos os anos', 'cada ano'],
  future: ['vai', 'vão', 'será', 'serão', 'deverá', 'deverão', 'prevê', 'previsto', 'prevista'],
  futureEndings: { endings: ['rá', 'rão', 'remos'], except: ['pará', 'verão', 'padrão', 'portão', 'cordão', 'ladrão', 'patrão', 'barão'] },
  subordinators: ['que'],
  past: { words: ['foi', 'foram', 'era', 'eram', 'tinha', 'tinham', 'houve', 'disse', 'fez'], endings: ['ou', 'aram', 'eram', 'iram'], except: ['estou', 'sou', 'vou', 'dou'] },
  thisWeek: ['esta', 'este', 'nesta', 'neste'],
  yearAfter: {
    this: ['deste ano', 'este ano'],
    last: ['do ano passado', 'o ano passado'],
    next: ['do próximo ano', 'do ano que vem'],
    same: ['do mesmo ano', 'desse ano', 'daquele ano'],
  },
  yearJoiners: ['de', 'do'],
  dayAppositions: ['dia', 'o'],
  prepositions: ['em', 'no', 'na', 'desde', 'até', 'antes de', 'depois de', 'no início de', 'no fim de', 'em meados de'],
  yearPrepositions: ['em', 'desde', 'até', 'antes de', 'depois de', 'no início de', 'no fim de', 'em meados de'],
  monthLeads: ['mês de'],
  range: { from: ['de', 'desde', 'entre'], to: ['a', 'até', 'e'] },
};

const DUTCH: TimelineWords = {
  now: ['nu', 'vandaag', 'momenteel', 'vanochtend', 'vanmiddag', 'vanavond', 'vannacht'],
  durationLeads: ['voor', 'in', 'binnen', 'gedurende', 'sinds', 'over', 'na'],
  counts: ['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'enkele', 'een paar'],
  vagueCounts: ['enkele', 'een paar', 'paar', 'een aantal'],
  approximators: ['ongeveer', 'bijna', 'ruim', 'meer dan', 'minder dan'],
  and: ['en'],
  countFillers: ['extra'],
  durationUnits: ['seconde', 'seconden', 'minuut', 'minuten', 'uur', 'uren', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren'],
  pluralUnits: ['minuten', 'uren', 'dagen', 'weken', 'maanden', 'jaren'],
  spanWords: ['afgelopen', 'laatste', 'komende', 'volgende', 'voorbije', 'vorige', 'eerste'],
  articles: ['de', 'het'],
  agoLeads: [],
  anchors: ['later', 'daarna', 'ervoor', 'eerder'],
  following: ['volgende dag', 'dag erna', 'jaar erna', 'jaar daarop'],
  stretchLeads: [],
  weekUnits: ['week', 'weken'],
  gluedWords: [],
  measureUnits: ['pixels', 'euro', 'dollar', 'procent', 'km', 'kilometer', 'meter', 'kilo', 'ton'],
  dayPart: { words: ['morgen'], determiners: ['de', 'deze', 'die', 'elke', 'iedere', 'op een'] },
  every: ['elke', 'iedere', 'ieder', 'elk'],
  indefinite: ['een'],
  habitualWeekday: { before: ['de eerste', 'de tweede', 'de laatste'], after: [] },
  eras: { days: ['vandaag', 'gisteren', 'morgen', 'eergisteren', 'overmorgen'], links: ['van', 'aan'], from: ['af'], than: ['dan'] },
  sameDay: ['dezelfde', 'diezelfde', 'datzelfde'],
  namedDays: ['goede vrijdag', 'zwarte vrijdag', 'eerste paasdag', 'tweede paasdag'],
  capitalizedMonths: false,
  weekdayTakesLead: false,
  monthFirst: false,
  forward: ['volgende', 'komende', 'morgen', 'overmorgen'],
  backward: ['afgelopen', 'vorige'],
  since: periodStartForms('nl'),
  sinceRangeEnds: [],
  bounds: ['tot', 'uiterlijk'],
  plannedAfter: ['gepland', 'geplande'],
  // 'wordt', 'worden': the present passive, which tells what is planned ('wordt op 15 september verlengd'), as German 'wird' does; its past is 'werd'.
  habitual: ['meestal', 'gewoonlijk', 'normaal gesproken', 'traditioneel', 'elk jaar', 'ieder jaar', 'jaarlijks'],
  future: ['zal', 'zullen', 'gaat', 'gaan', 'moet', 'moeten', 'gepland', 'verwacht', 'wordt', 'worden'],
  futureEndings: { endings: [], except: [] },
  subordinators: ['dat'],
  past: {
    words: ['was', 'waren', 'had', 'hadden', 'werd', 'werden', 'heeft', 'hebben', 'zei', 'kwam'],
    endings: ['de', 'te'],
    except: [
      'beide', 'einde', 'ronde', 'vrede', 'heide', 'zijde', 'goede', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'negende', 'tiende',
      'grote', 'eerste', 'laatste', 'beste', 'hoogte', 'lengte', 'breedte', 'ruimte', 'grootte', 'gemeente',
    ],
  },
  thisWeek: ['deze'],
  yearAfter: { this: ['dit jaar', 'van dit jaar'], last: ['vorig jaar', 'van vorig jaar'], next: ['volgend jaar', 'van volgend jaar'], same: ['van dat jaar', 'hetzelfde jaar'] },
  yearJoiners: [],
  dayAppositions: ['de'],
  prepositions: ['op', 'in', 'sinds', 'tot', 'vanaf', 'voor', 'na', 'begin', 'eind', 'half'],
  yearPrepositions: ['in', 'sinds', 'tot', 'vanaf', 'voor', 'na', 'begin', 'eind', 'half'],
  monthLeads: ['maand'],
  range: { from: ['van', 'tussen'], to: ['tot', 'en'] },
};

const ITALIAN: TimelineWords = {
  now: ['oggi', 'ora', 'adesso', 'attualmente', 'stamattina', 'stasera', 'stanotte'],
  durationLeads: ['per', 'in', 'entro', 'da', 'dopo', 'di', 'durante'],
  counts: ['un', 'uno', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'alcuni', 'alcune', 'pochi', 'poche'],
  vagueCounts: ['alcuni', 'alcune', 'pochi', 'poche', 'qualche'],
  approximators: ['circa', 'quasi', 'più di', 'meno di'],
  and: ['e'],
  countFillers: ['altri', 'altre'],
  durationUnits: ['secondo', 'secondi', 'minuto', 'minuti', 'ora', 'ore', 'giorno', 'giorni', 'settimana', 'settimane', 'mese', 'mesi', 'anno', 'anni'],
  pluralUnits: ['minuti', 'ore', 'giorni', 'settimane', 'mesi', 'anni'],
  spanWords: ['ultimi', 'ultime', 'prossimi', 'prossime', 'scorsi', 'scorse', 'primi'],
  articles: ['gli', 'le', 'i'],
  agoLeads: [],
  anchors: ['dopo', 'più tardi', 'prima'],
  following: ['giorno dopo', 'giorno seguente', 'giorno successivo', 'anno successivo', 'mese successivo'],
  stretchLeads: [],
  weekUnits: ['settimana', 'settimane'],
  gluedWords: [],
  measureUnits: ['pixel', 'euro', 'dollari', 'per cento', 'km', 'chilometri', 'metri', 'chili', 'tonnellate'],
  dayPart: { words: [], determiners: [] },
  every: ['ogni', 'tutti i', 'tutte le'],
  indefinite: ['un'],
  habitualWeekday: { before: ['il', 'la', 'il primo', 'la prima', 'il secondo', 'la seconda', "l'ultimo", 'l’ultimo', "l'ultima", 'l’ultima'], after: [] },
  eras: { days: ['oggi', 'ieri', 'domani', 'dopodomani', "l'altro ieri"], links: [], from: [], than: ['che', 'di'] },
  sameDay: ['stesso', 'stessa', 'quel', 'quello stesso'],
  namedDays: ['venerdì nero', 'venerdì santo', 'lunedì dell’angelo', "lunedì dell'angelo"],
  capitalizedMonths: false,
  weekdayTakesLead: false,
  monthFirst: false,
  forward: ['prossimo', 'prossima', 'domani', 'dopodomani'],
  backward: ['scorso', 'scorsa'],
  since: periodStartForms('it'),
  sinceRangeEnds: ['al', 'a', 'fino al'],
  bounds: ['fino al', 'fino a', 'entro'],
  plannedAfter: [],
  habitual: ['di solito', 'solitamente', 'normalmente', 'generalmente', 'tradizionalmente', 'ogni anno'],
  future: ['sarà', 'saranno', 'dovrà', 'dovranno', 'previsto', 'prevista', 'intende'],
  futureEndings: { endings: ['rà', 'ranno', 'remo'], except: ['estremo', 'supremo'] },
  subordinators: ['che'],
  past: { words: ['fu', 'furono', 'era', 'erano', 'aveva', 'avevano', 'ha', 'hanno'], endings: ['ò', 'arono', 'erono', 'irono'], except: ['però', 'perciò', 'ciò', 'può'] },
  thisWeek: ['questo', 'questa'],
  yearAfter: {
    this: ["di quest'anno", 'di quest’anno', 'di questo anno'],
    last: ["dell'anno scorso", 'dell’anno scorso'],
    next: ["dell'anno prossimo", 'dell’anno prossimo'],
    same: ['dello stesso anno'],
  },
  yearJoiners: ['del'],
  dayAppositions: ['il'],
  prepositions: ['il', 'nel', 'a', 'dal', 'fino al', 'da', 'inizio', 'fine', 'metà'],
  yearPrepositions: ['nel', 'dal', 'fino al', 'inizio', 'fine', 'metà'],
  monthLeads: ['mese di'],
  range: { from: ['da', 'dal', 'tra', 'fra'], to: ['a', 'al', 'e'] },
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
