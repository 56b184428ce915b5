// Names compromise's lexicon lacks that news leans on: historical countries and
// world regions, news agencies and public institutions, faith and ethnic words,
// and the heads of event names. Lower-case.

export const EXTRA_PLACES: readonly string[] = [
  'yugoslavia', 'soviet union', 'czechoslovakia', 'zaire', 'east germany', 'west germany', 'rhodesia',
  'west bank', 'gaza strip', 'gaza', 'golan heights', 'middle east', 'mideast', 'far east', 'balkans',
  'caucasus', 'gulf', 'persian gulf', 'midwest', 'scandinavia', 'siberia', 'kashmir', 'kosovo', 'tibet',
  'sahara', 'europe', 'asia', 'africa', 'latin america', 'north america', 'south america',
  'central america', 'caribbean', 'pacific', 'atlantic', 'mediterranean', 'baltic', 'baltics', 'arctic',
  'antarctic', 'himalayas', 'alps', 'wall street', 'silicon valley', 'the hague', 'kurdistan',
  'northern ireland', 'ulster', 'england', 'scotland', 'wales', 'hong kong', 'macau', 'taiwan',
  'bosnia', 'herzegovina', 'serbia', 'montenegro', 'croatia', 'slovenia', 'macedonia', 'chechnya',
  'tajikistan', 'kyrgyzstan', 'transcaucasus', 'asia-pacific', 'southeast asia', 'east asia',
  'central asia', 'south asia', 'west africa', 'east africa', 'north africa', 'southern africa',
  'eastern europe', 'western europe', 'central europe', 'new england', 'downing street',
  // The one American state compromise files as a given name only.
  'virginia',
];

export const EXTRA_ORGANIZATIONS: readonly string[] = [
  'reuters', 'interfax', 'afp', 'agence france-presse', 'associated press', 'itar-tass', 'tass',
  'xinhua', 'kyodo', 'bloomberg', 'dow jones', 'cnn', 'bbc', 'nbc', 'abc', 'cbs', 'fox news',
  'al jazeera', 'new york times', 'washington post', 'financial times', 'wall street journal',
  'economist', 'fed', 'federal reserve', 'treasury', 'pentagon', 'congress', 'senate', 'parliament',
  'bundestag', 'bundesbank', 'duma', 'knesset', 'kremlin', 'nato', 'united nations', 'european union',
  'european commission', 'imf', 'world bank', 'wto', 'opec', 'red cross', 'interpol', 'hamas',
  'hezbollah', 'hizbollah', 'plo', 'taleban', 'taliban', 'al qaeda', 'fifa', 'uefa', 'ioc', 'nasa',
  'cia', 'fbi', 'kgb', 'ecb', 'eu', 'un', 'u.n.', 'labour', 'tories', 'conservatives', 'democrats',
  'republicans', 'sinn fein', 'likud', 'bundesrat', 'supreme court', 'white house', 'state department',
  'justice department', 'scotland yard', 'nasdaq', 'nyse', 'ftse', 'ap',
  // armed groups in world news, as English writes them ("al-Qaeda" is one word to the tokenizer)
  'al-qaeda', 'al-qaida', 'al qaida', 'islamic state', 'boko haram', 'al-shabaab', 'al shabaab', 'houthis',
  'ansar allah', 'hayat tahrir al-sham', 'islamic jihad',
  // a parliament's chambers named by their place
  'upper house', 'lower house',
];

/** Faiths and peoples: named, but neither a country nor an actor on their own. */
export const GROUP_WORDS: readonly string[] = [
  'muslim', 'muslims', 'moslem', 'moslems', 'islamic', 'christian', 'christians', 'catholic', 'catholics',
  'protestant', 'protestants', 'jewish', 'jew', 'jews', 'arab', 'arabs', 'arabic', 'kurd', 'kurds',
  'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists', "shi'ite", 'shiite', 'shi\'ites', 'shiites',
  'sunni', 'sunnis', 'orthodox', 'latin', 'hispanic', 'western', 'westerners', 'communist', 'communists',
  'marxist', 'islamist', 'islamists', 'zionist', 'nazi', 'nazis', 'socialist', 'socialists', 'gaullist',
  'olympic', 'euro', 'tamil', 'tamils', 'hutu', 'hutus', 'tutsi', 'tutsis', 'basque', 'basques', 'bosnian serb',
  'bosnian serbs', 'serbs', 'croats', 'moslem-croat', 'celtic', 'gypsy', 'roma', 'aborigines', 'aboriginal',
];

/** Feasts and holidays: dates that are named, never actors ("this Halloween", "before Christmas"), in any story's language. */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'xmas', 'easter', 'halloween', 'thanksgiving', 'hanukkah', 'chanukah', 'passover', 'ramadan',
  'eid', 'diwali', 'lent', 'advent', 'pentecost', 'epiphany', 'yom kippur', 'rosh hashanah', 'kwanzaa',
  'new year', "new year's", "new year's eve", "new year's day", 'christmas eve', 'christmas day', 'boxing day',
  "valentine's day", "mother's day", "father's day", 'labor day', 'labour day', 'memorial day',
  'independence day', 'veterans day', 'black friday', 'cyber monday', 'mardi gras', 'carnival', 'hogmanay',
]);

/** Last words of event, award and index names ("World Cup", "U.S. Open"): named, but no actor. */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'cup', 'open', 'championship', 'championships', 'games', 'olympics', 'tour', 'trophy', 'prix', 'masters',
  'series', 'bowl', 'classic', 'award', 'awards', 'prize', 'war', 'index', 'festival', 'marathon', 'rally',
  'grand slam', 'olympiad', 'summit', 'treaty', 'accord', 'accords', 'act', 'plan', 'doctrine', 'day',
  'week', 'year', 'era', 'revolution', 'crisis', 'talks', 'agreement', 'convention',
  // A programme, an interview or a public inquiry named after a person is no actor: "the Andrew Marr Show".
  'show', 'inquiry', 'interview',
]);

/**
 * Last words of a disease's name ("Lyme Disease", "West Nile Virus", "Eastern Equine
 * Encephalitis"): it names an illness, even where a place opens it, and no actor.
 */
export const DISEASE_HEADS: ReadonlySet<string> = new Set([
  'disease', 'virus', 'syndrome', 'fever', 'flu', 'influenza', 'encephalitis', 'pox', 'infection', 'disorder',
]);

/**
 * First words of the names given to storms and sky objects ("Hurricane Milton", "Storm Babet",
 * "Comet Lovejoy"): the given name after them names the storm, not a person.
 */
export const NAMED_PHENOMENON_OPENERS: ReadonlySet<string> = new Set([
  'hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'superstorm', 'comet', 'asteroid',
]);
