// The shape of one language's name evidence: hand-made tables of the words around and
// inside names (titles, organization heads, speech verbs), which no package provides.
// Words are lower-case. Each table says which cue the engine reads from it.
import type { GenderedWords } from './gendered-words.ts';
import type { SpeechWords } from './speech-words.ts';

export interface LanguageWords {
  /** Lower-case words inside one name: "von der Leyen", "Banco de España", "Conseil d'État". */
  nameConnectors: readonly string[];
  /**
   * The connectors among them that join only places' and bodies' words, never a person's:
   * "Boulogne sur Mer", "Châlons en Champagne". After a person's name one opens what follows
   * ("Sophie Marchal sur France Inter", "Emmanuel Macron en Allemagne").
   */
  placeConnectors: readonly string[];
  /** Words elided against the next one ("l’", "d’", "dell’"): split off a name written against them. */
  elisions: readonly string[];
  /** "und", "et", "y": between two names they list two actors, not one. */
  conjunctions: readonly string[];
  /** Definite articles: "Le Monde", "El País", "Die Zeit" open a publication's or a party's name with one. */
  articles: readonly string[];
  /**
   * Definite articles no person's name follows in the language's news ("la Corte", "la Cruz
   * Roja"): not German's or Italian's (said before people's names in speech), nor Portuguese
   * "a" or Dutch "de" (a preposition, a surname's particle).
   */
  articlesBeforeNoPerson: readonly string[];
  /**
   * Articles no person's name opens with, written as its first word ("La Cámpora", "Los Pumas"):
   * not French's or Italian's ("Le Pen", "La Russa") nor Dutch "De" ("De Jong").
   */
  articlesOpeningNoPerson: readonly string[];
  /**
   * Articles, plain, elided or joined to a preposition, that the language puts before no town
   * ("il Milan", "l’Inter", "del Getafe": the club named for it; the town is "Milano", "Getafe").
   * Empty where towns take one ("o Porto") or where one stands before a town of another age
   * too often to tell.
   */
  articlesBeforeNoTown: readonly string[];
  /** Titles and honorifics before a person's name: "Herr", "Bundeskanzler", "ministre". */
  personTitles: readonly string[];
  /** The honorifics among them, forms of address that give no role, by the gender they address: "Herr", "Frau", "Madame", "Señor". */
  courtesyTitles: GenderedWords;
  /**
   * Where every noun is capitalized, the words that stand before a noun and before no person's
   * name in news writing: articles and their contractions ("dem Tannenbaum", "am Besten").
   */
  nounDeterminers: readonly string[];
  /**
   * Determiners before a noun that stand before no name of any kind, not even a firm's
   * ("jedem", "kein", "mein"; "die Telekom", "beim Aldi" do): a word after one is a noun, even
   * one the dictionary lacks ("nach jedem Sprint", "mein Bike"). Read with nounDeterminers too.
   */
  determinersBeforeNoName: readonly string[];
  /**
   * The indefinite article ("ein", "un", "een"): it counts what follows, and an organization is
   * one of a kind. An acronym after one is a thing or a trade ("ein SUV", "una IA"), wherever
   * else the story writes it.
   */
  indefiniteArticles: readonly string[];
  /** Endings of compound role nouns ("Sparkassenpräsident", "Innenminister"): German, Dutch. */
  personTitleEndings: readonly string[];
  /** Words that end or open an organization's name: "Ministerium", "Partei", "Universität". */
  orgHeads: readonly string[];
  /** Endings of one-word organization names: "Bundesverfassungsgericht", "Studierendenausschuss". */
  orgEndings: readonly string[];
  /** Endings of the lower-case adjectives that belong to an institution's name: "Assemblée nationale", "Conseil constitutionnel". */
  nameAdjectiveEndings: readonly string[];
  /**
   * Where every noun is capitalized, the connectors that give a public body's remit after its
   * head ("Bundesministerium für Bildung und Forschung", "Institut für Weltwirtschaft"): the
   * nouns after one belong to the name. Empty where the nouns of a remit are not capitalized
   * and a capitalized word after the connector is a name already ("Banco de España").
   */
  remitConnectors: readonly string[];
  /**
   * The heads of bodies named by their remit, alone or closing a compound ("Bundesamt",
   * "Fraunhofer-Institut"): ministries, offices, agencies, institutes, councils. Not every
   * organization's head: a bank or a firm is named otherwise, and "Datenbank für …" is a thing.
   */
  remitHeads: readonly string[];
  /** Legal forms after a company's name: "GmbH", "S.A.", "SpA", "B.V.". */
  orgSuffixes: readonly string[];
  /** Common nouns that introduce an organization's name: "der Konzern Rheinmetall", "le club". */
  orgDescriptors: readonly string[];
  /** Endings of compound descriptors of organizations: "Rüstungskonzern", "Autobauer". */
  orgDescriptorEndings: readonly string[];
  /** Common nouns that introduce a place's name: "die Stadt", "la ville de", "el municipio de". */
  placeDescriptors: readonly string[];
  /** Endings of compound descriptors of places: "Freistadt", "Kreisstadt", "hoofdstad". */
  placeDescriptorEndings: readonly string[];
  /** Words that end or open a place's name: "Straße", "See", "rue", "río", "île". */
  placeHeads: readonly string[];
  /** Prepositions after which an unknown name is most likely a place: "in", "aus", "à". */
  placePrepositions: readonly string[];
  /** Prepositions after which an unknown name is most likely an employer or a firm: "bei" ("arbeitet bei Brenner"). */
  orgPrepositions: readonly string[];
  /** First or last words of events, awards, competitions and laws, and feasts ("Copa", "Meisterschaft", "Constitución", "Navidad"): named, but no actor. */
  eventHeads: readonly string[];
  /** Verbs of speech (one word each): "sagte", "déclaré", "dijo". */
  speechVerbs: readonly string[];
  /**
   * Places the lists lack: towns as the language names them where GeoNames gives another name
   * ("Wien" for Vienna), and the regions and states of the countries that speak it ("Thüringen").
   */
  placeNames: readonly string[];
  /** Names of countries that Intl's lists lack ("Großbritannien"), lower-case → ISO 3166 region. */
  regionAliases: Readonly<Record<string, string>>;
  /** Nationality adjectives and nouns, stem → ISO 3166 region ("deutsch" → "DE"); '' for a people without one country. */
  demonyms: Readonly<Record<string, string>>;
  /** Endings that inflected forms add to a dictionary word or a name ("Merkels", "Banken"), longest first. */
  inflections: readonly string[];
  /**
   * Endings a plural or a feminine puts in place of the dictionary form's own, each with the one
   * it replaces ("notizie" of "notizia", "diritti" of "diritto", "últimas" of "último"): the
   * dictionary lists only the singular, masculine form of most nouns and adjectives.
   */
  endingSwaps?: readonly (readonly [string, string])[];
  /**
   * Where every noun is capitalized, the endings an adjective takes before a noun ("dem
   * Deutschen Bundestag", "die Innere Mongolei"): a word of the language so ended, after a
   * determiner, is an adjective that opens a name, not a noun ("ihr Mann", "der Band").
   */
  adjectiveEndings: readonly string[];
  /** Endings that ordinary words take and names seldom do ("-ung", "-ment"), read where no dictionary decides. */
  wordEndings: readonly string[];
  /**
   * Where every noun is capitalized, the endings a verb's finite forms and participle put on the
   * stem of an infinitive the dictionary lists ("Finde", "Vereinfacht" of "finden",
   * "vereinfachen"): opening a sentence, such a word is the verb, not a name.
   */
  verbForms?: { readonly endings: readonly string[]; readonly infinitive: string };
  /**
   * Where only names are capitalized, the endings of a verb's third person in the present, each
   * with the infinitive ending it replaces ("indica" of "indicar", "arrivano" of "arrivare",
   * "explique" of "expliquer"): after an institution's head, such a form of a verb the dictionary
   * lists is what the institution does ("la Policía indica que …"), not an adjective of its name
   * ("la Policía nacional").
   */
  presentVerbForms?: readonly { readonly endings: readonly string[]; readonly infinitive: string }[];
  /**
   * Pronouns a language capitalizes to address the reader ("Sie", "Ihr", "Du", "Deine"): in
   * the middle of a sentence they look like names and never are.
   */
  addressPronouns: readonly string[];
  /**
   * Greetings and salutations opening a sentence or a letter ("Hey Süße", "Liebe Leserinnen",
   * "Hola Marta"): they address whoever is named after them and are no part of the name.
   */
  greetings: readonly string[];
  /** Words that open a byline line ("Von Anna Berg"): the names after them sign the story, they are not in it. */
  bylineMarkers: readonly string[];
  /**
   * Name particles that stand only between the given names and the surname ("Jan van Dalen",
   * "Anna von Lenthe"): before them stands a given name, even one no list knows ("Anouk van den
   * Berg"), and after a surname the same word is a preposition ("Lucas Verbeek van Kronfeld", of
   * Kronfeld). Empty where a surname may itself be followed by one ("Lula da Silva"), or where
   * places take them as often as people ("Charles de Gaulle", "Place de la Concorde").
   */
  givenNameParticles: readonly string[];
  /** Nouns are capitalized (German): a capitalized word says nothing on its own. */
  capitalizesNouns: boolean;
  /** Opening quotation marks the language uses, each with the closing marks that may end it ("„" → "“", Dutch "„" → "”“"). */
  quotes: Readonly<Record<string, string>>;
  /** The words around reported speech: auxiliaries, pronouns, "according to", "that". */
  speech: SpeechWords;
}
