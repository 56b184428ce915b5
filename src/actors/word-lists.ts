// Word lists the mention finder reads. Lower-case throughout.
import { allGendered, type GenderedWords } from './languages/gendered-words.ts';

/** Lower-case words allowed inside a name when capitalized words stand on both sides. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der',
  'den', 'ter', 'bin', 'ibn', 'al', 'el', 'y', 'and', '&', 'on', 'upon', 'the',
]);

/** Particles a surname may open with: "de Wit", "Le Pen", "van der Bellen", "dos Santos". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten',
]);

/** Connectors that only join when the phrase is an organization or place ("Bank of England"). */
export const WEAK_CONNECTORS: ReadonlySet<string> = new Set(['and', '&', 'the', 'for', 'on']);

/**
 * Letters of an honour or a rank at the bar written after a person's full name ("Mark
 * Ellison QC", "Jane Doyle OBE"): no part of the name, and no sign of an organization.
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd', 'mp', 'msp', 'mep']);

/** Words that tell a father from his son closing a name ("Allan Bryant Snr", "Allan Snr"): no surname. */
export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'jnr', 'snr', 'ii', 'iii', 'iv']);

/**
 * Conjunctions and articles: capitalized mid-sentence only in title case ("Rock And Roll"),
 * which says nothing of the word opening a sentence ("And Wootton asked …").
 */
export const CLOSED_CLASS_WORDS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'yet', 'the', 'a', 'an']);

/** Capitalized title nouns that precede a person's name ("President", "Sen."). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'sen', 'senator',
  'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'gen', 'general', 'col',
  'colonel', 'capt', 'captain', 'lt', 'lieutenant', 'maj', 'major', 'sgt', 'sergeant', 'adm', 'admiral',
  'cmdr', 'commander', 'president', 'vice-president', 'premier', 'minister', 'secretary', 'chancellor',
  'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'pope', 'cardinal', 'archbishop', 'bishop',
  // peers' titles that are no one's given name ("Meghan, Duchess of Sussex", "Baroness Hale")
  'duchess', 'countess', 'baroness', 'marchioness', 'viscount', 'viscountess',
  'father', 'rev', 'reverend', 'rabbi', 'imam', 'ayatollah', 'mayor', 'judge', 'justice', 'ambassador',
  'envoy', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'coach', 'manager', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'skipper', 'batsman', 'bowler', 'champion', 'director',
  'chief', 'officer', 'executive', 'leader', 'deputy', 'speaker', 'attorney', 'commissioner', 'mp',
  'dictator', 'marshal', 'pastor', 'brother', 'sister', 'uncle', 'aunt', 'ceo', 'chief executive',
  // a state's Chief Minister, as Indian English writes it ("Maharashtra CM Uddhav Thackeray")
  'cm',
  // Ireland's head of government and deputy, as Irish English writes them ("Taoiseach Micheál Martin")
  'taoiseach', 'tánaiste', 'tanaiste',
  // offices of towns, schools, courts and police
  'principal', 'headteacher', 'provost', 'superintendent', 'sheriff', 'coroner', 'inspector',
  'detective', 'constable', 'councillor', 'councilman', 'councilwoman', 'alderman', 'treasurer',
  'magistrate', 'solicitor', 'ombudsman',
]);

/**
 * Jobs that are a title only where they close the name of the body or the place that holds them
 * ("Kestrova County Auditor", "the Nvidia Founder's Edition"). Before a name they stay describing
 * words ("Intel co-founder Gordon Moore" keeps the role found beside the name as before).
 */
export const CLOSING_TITLES: ReadonlySet<string> = new Set(['founder', 'co-founder', 'cofounder', 'auditor']);

/**
 * Endings that make a person of an ordinary word in the trade's or the fans' slang: "book" →
 * "Bookie", "six" → "Sixer" (a Philadelphia 76ers player), "gun" → "Gunner" (an Arsenal player).
 */
export const AGENT_ENDINGS: readonly string[] = ['er', 'ie'];

/** Words that name an office only before "of": "Head of Policy", "Head of State". */
export const OFFICES_BEFORE_OF: ReadonlySet<string> = new Set(['head']);

/**
 * Titles that institutions are named after, so that a title, "of" and a name ending in an
 * organization's head is one name: "Prince of Wales Hospital", "Queen of Angels Church".
 */
export const NAMESAKE_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'lady', 'lord', 'pope', 'emperor']);

/** Words that close a product's model name: "Lumo Pad Pro", "Orvel Phone Max". */
export const MODEL_WORDS: ReadonlySet<string> = new Set(['pro', 'max', 'plus', 'mini', 'ultra', 'lite']);

/** People named by where they come from or live, after the place's name: "a Seattle native", "One Missouri mom". */
export const PEOPLE_BY_ORIGIN: ReadonlySet<string> = new Set([
  'native', 'natives', 'resident', 'residents', 'local', 'locals', 'man', 'woman', 'men', 'women', 'mother', 'mom',
  'mum', 'father', 'dad', 'teen', 'teenager', 'girl', 'boy', 'couple', 'family', 'grandmother', 'grandfather',
]);

/** The offices of a town, a state or a county, titled by its name: "Ohio Governor", "the London Mayor", "Maharashtra CM". */
export const PLACE_OFFICES: ReadonlySet<string> = new Set(['mayor', 'governor', 'sheriff', 'premier', 'lieutenant-governor', 'cm']);

/** Courtesy titles: never part of a name, but the name after them is a person's ("Mr. Powers"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr']);

/** The forms of address that say whom they address: "Mrs Adeyemi said" is a woman's word. */
export const GENDERED_COURTESY_TITLES: GenderedWords = { masculine: ['mr', 'master'], feminine: ['mrs', 'ms', 'miss', 'madam'] };

/** Forms of address read as titles ("Miss Hayley Sandiford"): they make a person and say no role. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mx', ...allGendered(GENDERED_COURTESY_TITLES)]);

/** Affixes a title takes without ceasing to be one: "President-elect", "ex-Governor", "Attorney-General", "Secretary-General". */
export const TITLE_AFFIXES = /^(?:ex|former|acting|vice|deputy|attorney|lieutenant|major|surgeon)-|-(?:elect|designate|general)$/u;

/** Prepositions that bind an organization's head to what follows: "Bureau of Investigation", "Institute for AI", "Committee on Intelligence". */
export const HEAD_BINDERS: ReadonlySet<string> = new Set(['of', 'for', 'on']);

/**
 * Participles that give a body's seat after a place and a hyphen: "Sacramento-based McClatchy",
 * "a Paris-headquartered bank". A person lives somewhere, and is not "based" there before a name
 * ("London-based artist Ann Pike": the noun between says the person).
 */
export const SEAT_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'headquartered']);

/** "according to Max Schrems": words before a name that make it a source. */
export const SOURCE_BEFORE: readonly (readonly string[])[] = [['according', 'to']];

/** "an article in Healthline", "a column in the Ledger": what a piece of writing is in is an outlet. */
export const WRITINGS: ReadonlySet<string> = new Set(['article', 'column', 'op-ed', 'editorial', 'essay', 'piece', 'report']);

/** Nouns that head an institution only when "of" binds them: "House of Commons", "Chamber of Commerce", a support group ("Friends of the Earth"). */
export const ORG_HEADS_BEFORE_OF: ReadonlySet<string> = new Set(['house', 'chamber', 'friends']);

/** Lower-case words inside a hyphenated English place name: "Newcastle-under-Lyme", "Stratford-upon-Avon". */
export const PLACE_COMPOUND = /^\p{L}+(?:-(?:upon|under|on|in|by|le|sur|en)-\p{L}+)+$/u;

/** Modifiers that may stand in a title before its noun ("Foreign Minister", "Vice President"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'prime', 'foreign', 'deputy', 'acting', 'former', 'finance', 'defence', 'defense', 'interior',
  'trade', 'justice', 'economy', 'economics', 'health', 'education', 'agriculture', 'energy', 'labour',
  'labor', 'transport', 'industry', 'home', 'state', 'chief', 'executive', 'senior', 'junior', 'assistant',
  'associate', 'opposition', 'party', 'rebel', 'army', 'police', 'first', 'crown', 'grand', 'supreme',
  'managing', 'general', 'national', 'team', 'club', 'world', 'olympic', 'u.s.', 'us', 'british',
]);

/** Abbreviations whose period belongs to the name ("St. Louis", "Acme Corp."). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'st', 'mt', 'ft', 'corp', 'inc', 'co', 'cos', 'ltd', 'jr', 'sr', 'bros', 'plc', 'dr', 'mr', 'mrs', 'ms',
  'gen', 'sen', 'rep', 'gov', 'col', 'capt', 'lt', 'sgt', 'prof', 'rev', 'messrs', 'ave',
]);

/** Words that close a company's name with its legal form: "Limited", "Ltd.", "Inc", "PLC", "GmbH" (lower-cased). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'limited', 'ltd', 'ltd.', 'inc', 'inc.', 'incorporated', 'corp', 'corp.', 'corporation', 'plc', 'llc', 'l.l.c.',
  'gmbh', 'ag', 'se', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'b.v.', 'spa', 's.p.a.', 'pty', 'pty ltd', 'co.', 'co',
]);

/** Organization heads beyond compromise's own list. */
export const EXTRA_ORG_WORDS: readonly string[] = [
  'party', 'parliament', 'assembly', 'congress', 'senate', 'cabinet', 'court', 'navy', 'forces', 'front',
  'movement', 'league', 'fc', 'united', 'rovers', 'wanderers', 'athletic', 'athletico', 'albion',
  'hotspur', 'villa', 'exchange', 'bourse', 'airline', 'railways', 'railway', 'reuters',
  'network', 'broadcasting', 'agencies', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'bhd', 'pty', 'oyj',
  'ab', 'asa', 'corp.', 'inc.', 'co.', 'ltd.', 'plc', 'ministries', 'commission', 'alliance', 'guard',
  'brigade', 'brigades', 'regiment', 'tribune', 'post', 'journal', 'bulletin', 'daily', 'weekly', 'telegraph',
  'standard', 'mirror', 'observer', 'monitor', 'courier', 'express', 'globe', 'star', 'sun',
  'administration', 'organisation', 'steel', 'mining', 'mines', 'airport', 'stores', 'foods', 'bancorp', 'trust',
  'publishing', 'publishers', 'studios', 'pictures', 'records', 'mail', 'zoo', 'aquarium',
  // Shops and venues that trade under a name ("Pitt St Store", "Harbour Gallery"), and a journal's or an inquiry's "Review".
  'store', 'shop', 'bakery', 'salon', 'gallery', 'pub', 'review', 'bar', 'café', 'inn', 'kitchen', 'grill', 'diner',
  // a carmaker's ("Skoda Auto"), a publication's ("Psychology Today"), a team's ("Youth Outreach Team")
  'auto', 'today', 'team',
];

/** compromise's place heads that name organizations more often in news ("Manchester City"). */
export const PLACE_WORDS_NOT_HEADS: ReadonlySet<string> = new Set([
  'city', 'state', 'country', 'trail', 'trails', 'camp', 'house', 'field', 'site', 'way', 'zone',
  'complex', 'bar', 'pits', 'hall', 'memorial', 'museum', 'gallery', 'library', 'centre', 'building',
  'park', 'estates', 'downs',
]);

/**
 * Place heads compromise's list lacks: "Channel Isles", "Topanga Mall", "Union Plaza", "Kara Sea", a residence ("Gracie Mansion"),
 * a building one is held or plays in ("County Jail", "Globe Theatre"; compromise has "theater"). Roads are ROAD_HEADS.
 */
export const EXTRA_PLACE_HEADS: readonly string[] = ['isles', 'mall', 'plaza', 'sea', 'ocean', 'bungalow', 'mansion', 'blvd', 'jail', 'prison', 'theatre'];

/**
 * Roads beside compromise's "road", "street" and "avenue": "Ellis Drive", "Sunset Boulevard", "Pacific
 * Coast Highway". After a company's name the word names its product instead ("Google Drive").
 */
export const ROAD_HEADS: ReadonlySet<string> = new Set(['drive', 'boulevard', 'highway', 'parkway', 'expressway', 'freeway', 'motorway', 'turnpike']);

/** Place-name openers: "Mount Everest", "Lake Geneva", "Gulf of Mexico". */
export const PLACE_OPENERS: ReadonlySet<string> = new Set([
  'mount', 'mt', 'lake', 'gulf', 'cape', 'port', 'fort', 'ft', 'san', 'santa', 'sao', 'são', 'st', 'saint',
  'sainte', 'los', 'las', 'isle', 'bay', 'strait', 'sea', 'republic', 'kingdom', 'new', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  // French ones English keeps: "Château de Versailles", "Rue de Rivoli".
  'château', 'chateau', 'palais', 'rue',
  // Other languages' stations, stadiums, squares, streets, parks, bridges, theatres and airports,
  // kept in English text: "Gare du Nord", "Stadio Olimpico", "Piazza Navona", "Teatro Colón".
  'gare', 'stade', 'stadio', 'estadio', 'estádio', 'piazza', 'piazzale', 'calle', 'avenida', 'palazzo',
  'parc', 'parque', 'pont', 'ponte', 'théâtre', 'teatro', 'aeropuerto', 'aeroporto', 'aéroport',
]);

/** Words after which a capitalized word is most likely a place. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'near', 'to', 'into', 'across', 'outside', 'inside', 'towards', 'toward', 'via',
]);

/** Verbs of speech: the word after a name that marks it as a speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'claimed', 'claims',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'reported', 'reports', 'warned', 'warns',
  'announced', 'announces', 'denied', 'denies', 'insisted', 'insists', 'argued', 'argues', 'noted',
  'notes', 'reiterated', 'reiterates', 'confirmed', 'confirms', 'explained', 'explains', 'declared',
  'declares', 'suggested', 'suggests', 'asked', 'asks', 'urged', 'urges', 'wrote', 'writes',
  'replied', 'replies', 'commented', 'comments', 'disclosed', 'revealed', 'reveals', 'predicted',
  'estimated', 'alleged', 'alleges', 'accused', 'accuses', 'believes', 'believed', 'thinks', 'thought',
  'conceded', 'concedes', 'stressed', 'stresses', 'emphasized', 'emphasised', 'maintained', 'maintains',
  'expressed', 'testified', 'responded', 'countered', 'complained', 'promised',
  'vowed', 'pledged', 'recalled', 'continued', 'tweeted', 'posted',
]);

/** Words that are never names on their own even when capitalized. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'i', 'a', 'the', 'mr', 'mrs', 'ms', 'dr', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'highlights', 'opinions', 'story', 'advertisement', 'related',
  'read', 'more', 'updated', 'published', 'photo', 'video', 'am', 'pm', 'gmt', 'est', 'edt', 'bst',
  'cet', 'utc', 'ok', 'tv', 'ceo', 'cfo', 'ad', 'bc', 'no', 'vs', 'v',
  // Conjunctions that open a clause: "in the city of Hefei But he …" where a full stop was lost.
  'but', 'nor',
  // A song's credit joins two artists, capitalized in a chart's title case ("Ana Ruiz Featuring Leo Tam").
  'featuring', 'feat',
]);

/**
 * Pronouns and verbs, capitalized only where a sentence opens ("It is …") or in the title of a
 * headline or a work ("Biden Is Focused", "Who Has Your Back"): never part of a name, though in
 * capitals they may be an acronym ("IS").
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'it', 'he', 'she', 'we', 'they', 'this', 'these', 'those', 'is', 'are', 'was', 'were', 'has', 'have', 'had',
]);

/** Function words that some headline styles capitalize ("Biden Is Focused On Trump") and no name capitalizes within it. */
export const CAPITALIZED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'on', 'in', 'to', 'for', 'at', 'by', 'with', 'from', 'is', 'are', 'was', 'were', 'not',
]);

/** Endings of nationality, language and creed words: "Zairean", "Azerbaijani", "Baathist", "Olympian". */
export const NATIONALITY_ENDINGS = /.{3}(?:ean|ian|ese|ish|ani|ist)$/u;

/** English cardinals in words: no one's name ends in one ("Page Six", "Channel Four", "Formula One"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million',
]);

/** Kin: "granddaughter of Cesar Chavez" names a relative, not an employer, so a role keeps its "of". */
export const KINSHIP_NOUNS: ReadonlySet<string> = new Set([
  'son', 'daughter', 'grandson', 'granddaughter', 'child', 'grandchild', 'stepson', 'stepdaughter',
  'father', 'mother', 'grandfather', 'grandmother', 'stepfather', 'stepmother', 'parent',
  'brother', 'sister', 'half-brother', 'half-sister', 'twin', 'cousin', 'niece', 'nephew', 'uncle', 'aunt',
  'wife', 'husband', 'widow', 'widower', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'girlfriend', 'boyfriend',
]);

/**
 * Words that open a clause, never a noun phrase: an appositive opening with one ("…, to
 * enable citizens to leave", "…, who appears to be his brother", "…, he said") says what
 * happens, not what the name is.
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'to', 'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'as', 'and', 'but', 'or', 'if', 'because',
  'although', 'though', 'after', 'before', 'since', 'until', 'unless', 'so', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'with', 'by', 'for', 'on', 'in', 'at', 'from', 'of', 'about', 'into', 'during', 'without', 'including',
]);

/**
 * Words after a participle that make it a clause ("killing two people", "watched by his
 * father", "recounting what …"), where a participle before a noun describes a job
 * ("retired army general", "managing director").
 */
export const CLAUSE_CONTINUERS: ReadonlySet<string> = new Set([
  'by', 'with', 'to', 'up', 'out', 'what', 'how', 'that', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'him', 'them',
  'it', 'two', 'three', 'four', 'five', 'several', 'many', 'some', 'all',
]);

/** Verbs that make an appositive a clause wherever they stand in it ("…, says he is encouraged"). */
export const FINITE_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does',
]);

/** Words that close a phrase: a name before one stands alone, no noun's modifier ("at MIT, he", "at CERN in Geneva"). */
export const PHRASE_CLOSERS: ReadonlySet<string> = new Set([
  'in', 'on', 'and', 'or', 'but', 'for', 'from', 'since', 'until', 'to', 'as', 'where', 'who', 'which', 'when',
]);

/**
 * Definite articles of French, Spanish, Italian and Portuguese: a name an English story
 * borrows with its article is a league, a paper or a house ("La Liga", "Le Monde", "El
 * País", "La Scala"), not a person (whose particles follow a first name: "Marine Le Pen").
 * "Les" and "Lo" stay out: English first names ("Les Ferdinand").
 */
export const BORROWED_ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'el', 'los', 'las', 'il', 'gli']);

/** Words that open what follows a head noun: "a town about 25 miles west", "a village near the border". */
export const POSTMODIFIERS: ReadonlySet<string> = new Set([
  'about', 'some', 'roughly', 'around', 'near', 'outside', 'in', 'on', 'of', 'with', 'that', 'where', 'which', 'whose',
  'known', 'located', 'north', 'south', 'east', 'west', 'just',
]);

/** Opening words of organization names: "Air France", "Radio Free Europe". */
export const ORG_OPENERS: ReadonlySet<string> = new Set([
  'air', 'radio', 'banco', 'banca', 'club', 'team', 'grupo', 'bank', 'dinamo', 'dynamo', 'real', 'sporting',
  'atletico', 'athletic', 'deportivo', 'inter', 'racing', 'olympique', 'lokomotiv', 'spartak', 'cska',
  'partizan', 'ajax', 'fc', 'ac', 'as', 'sv', 'vfb', 'vfl', 'tsv', 'borussia', 'union', 'standard',
]);

/** Common nouns that introduce a company, club or party: "tyre giant Pirelli", "rivals Essex". */
export const ORG_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'giant', 'maker', 'manufacturer', 'producer', 'carrier', 'airline', 'bank',
  'insurer', 'retailer', 'club', 'side', 'team', 'newspaper', 'daily', 'agency', 'party', 'operator',
  'conglomerate', 'broker', 'brokerage', 'unit', 'subsidiary', 'champions', 'rivals', 'holders', 'network',
  'chain', 'brewer', 'miner', 'lender', 'utility', 'supplier', 'distributor', 'developer', 'publisher',
  'broadcaster', 'automaker', 'carmaker', 'chipmaker', 'telecoms', 'outfit', 'leaders', 'opponents',
  // what trades, records, plays, publishes or gives under a name: "beauty brand Orvelle", "the charity Sea Watchers"
  'brand', 'label', 'band', 'magazine', 'tabloid', 'website', 'charity', 'nonprofit', 'non-profit', 'startup', 'start-up',
]);

/**
 * A team's people and followers, after the name of the town it is named for: "Leeds striker",
 * "Surrey captain", "Leeds fans", "Liverpool's keeper". A town has no striker; its club does.
 */
export const TEAM_MEMBERS: ReadonlySet<string> = new Set([
  'striker', 'strikers', 'midfielder', 'midfielders', 'defender', 'defenders', 'goalkeeper', 'keeper', 'winger',
  'forward', 'full-back', 'centre-back', 'center-back', 'centre-half', 'playmaker', 'skipper', 'captain',
  'manager', 'boss', 'coach', 'batsman', 'bowler', 'all-rounder', 'wicketkeeper', 'spinner', 'seamer',
  'quarterback', 'pitcher', 'outfielder', 'shortstop', 'fly-half', 'scrum-half', 'flanker', 'squad',
  'team-mate', 'teammate', 'loanee', 'fans', 'supporters',
]);

/** Words after a company's name: "Pirelli shares", "Magna's stake". */
export const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'shares', 'stock', 'stake', 'subsidiary', 'unit', 'shareholders', 'stockholders', 'bonds', 'profit',
  'profits', 'earnings', 'revenue', 'revenues', 'plc', 'inc', 'corp', 'ltd',
]);

/** Common nouns that introduce a place: "the Kurdish city of Arbil", "province Sichuan". */
export const PLACE_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'province', 'state', 'region', 'capital', 'port', 'district', 'island',
  'county', 'republic', 'country', 'suburb', 'area', 'enclave', 'border', 'territory', 'municipality',
  'valley', 'hometown', 'neighbourhood', 'neighborhood',
]);

/** Verbs after a one-word name that make it a person acting: "Dole has", "Woods won". */
export const PERSON_VERBS_AFTER: ReadonlySet<string> = new Set([
  'has', 'had', 'is', 'was', 'will', 'would', 'could', 'should', 'won', 'lost', 'beat', 'scored', 'decided',
  'wants', 'wanted', 'met', 'led', 'leads', 'hit', 'played', 'finished', 'took', 'made', 'went', 'came',
]);

/** "Essex v Kent": the names on both sides are teams. */
export const VERSUS: ReadonlySet<string> = new Set(['v', 'vs', 'vs.', 'v.', 'versus']);
