// Canonical names for the places a story refers to in several ways.

/** Short and long forms of countries and American states → the display name. Keys lower-case. */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['u.s.', 'United States'], ['u.s', 'United States'], ['us', 'United States'],
  ['usa', 'United States'], ['u.s.a.', 'United States'], ['america', 'United States'],
  ['united states', 'United States'], ['united states of america', 'United States'],
  ['uk', 'Britain'], ['u.k.', 'Britain'], ['britain', 'Britain'], ['great britain', 'Britain'],
  ['united kingdom', 'Britain'], ['uae', 'United Arab Emirates'], ['u.a.e.', 'United Arab Emirates'],
  ['prc', 'China'], ['people\'s republic of china', 'China'], ['ussr', 'Soviet Union'],
  ['drc', 'Democratic Republic of Congo'], ['s. korea', 'South Korea'], ['n. korea', 'North Korea'],
  // American datelines abbreviate the state ("BUFFALO, N.Y.", "SAN JOSE, Calif."): the AP's
  // abbreviations that are no other word or name ("Mass.", "Wash.", "Mo." are left out).
  ['n.y.', 'New York'], ['n.j.', 'New Jersey'], ['n.h.', 'New Hampshire'], ['n.m.', 'New Mexico'],
  ['n.c.', 'North Carolina'], ['n.d.', 'North Dakota'], ['s.c.', 'South Carolina'], ['s.d.', 'South Dakota'],
  ['r.i.', 'Rhode Island'], ['calif', 'California'], ['fla', 'Florida'], ['ariz', 'Arizona'], ['colo', 'Colorado'],
  ['okla', 'Oklahoma'], ['tenn', 'Tennessee'], ['minn', 'Minnesota'], ['mich', 'Michigan'], ['wyo', 'Wyoming'],
]);

/** Nationality adjectives and nouns → country. Plurals are handled by the caller. */
export const DEMONYM_PLACES: ReadonlyMap<string, string> = new Map([
  ['american', 'United States'], ['chinese', 'China'], ['british', 'Britain'], ['briton', 'Britain'],
  ['english', 'England'], ['scottish', 'Scotland'], ['scot', 'Scotland'], ['welsh', 'Wales'],
  ['irish', 'Ireland'], ['french', 'France'], ['german', 'Germany'], ['italian', 'Italy'],
  ['spanish', 'Spain'], ['portuguese', 'Portugal'], ['dutch', 'Netherlands'], ['belgian', 'Belgium'],
  ['swiss', 'Switzerland'], ['austrian', 'Austria'], ['swedish', 'Sweden'], ['swede', 'Sweden'],
  ['norwegian', 'Norway'], ['danish', 'Denmark'], ['dane', 'Denmark'], ['finnish', 'Finland'],
  ['polish', 'Poland'], ['czech', 'Czech Republic'], ['slovak', 'Slovakia'], ['hungarian', 'Hungary'],
  ['romanian', 'Romania'], ['bulgarian', 'Bulgaria'], ['greek', 'Greece'], ['turkish', 'Turkey'],
  ['turk', 'Turkey'], ['russian', 'Russia'], ['ukrainian', 'Ukraine'], ['belarusian', 'Belarus'],
  ['serbian', 'Serbia'], ['serb', 'Serbia'], ['croatian', 'Croatia'], ['croat', 'Croatia'],
  ['bosnian', 'Bosnia'], ['albanian', 'Albania'], ['israeli', 'Israel'], ['palestinian', 'Palestine'],
  ['lebanese', 'Lebanon'], ['syrian', 'Syria'], ['iraqi', 'Iraq'], ['iranian', 'Iran'],
  ['saudi', 'Saudi Arabia'], ['egyptian', 'Egypt'], ['libyan', 'Libya'], ['algerian', 'Algeria'],
  ['moroccan', 'Morocco'], ['tunisian', 'Tunisia'], ['jordanian', 'Jordan'], ['kuwaiti', 'Kuwait'],
  ['yemeni', 'Yemen'], ['afghan', 'Afghanistan'], ['pakistani', 'Pakistan'], ['indian', 'India'],
  ['bangladeshi', 'Bangladesh'], ['sri lankan', 'Sri Lanka'], ['nepalese', 'Nepal'],
  ['japanese', 'Japan'], ['korean', 'Korea'], ['north korean', 'North Korea'],
  ['south korean', 'South Korea'], ['taiwanese', 'Taiwan'], ['vietnamese', 'Vietnam'],
  ['thai', 'Thailand'], ['cambodian', 'Cambodia'], ['burmese', 'Myanmar'], ['malaysian', 'Malaysia'],
  ['indonesian', 'Indonesia'], ['filipino', 'Philippines'], ['philippine', 'Philippines'],
  ['singaporean', 'Singapore'], ['australian', 'Australia'], ['new zealander', 'New Zealand'],
  ['canadian', 'Canada'], ['mexican', 'Mexico'], ['cuban', 'Cuba'], ['brazilian', 'Brazil'],
  ['argentine', 'Argentina'], ['argentinian', 'Argentina'], ['chilean', 'Chile'],
  ['colombian', 'Colombia'], ['peruvian', 'Peru'], ['venezuelan', 'Venezuela'],
  ['bolivian', 'Bolivia'], ['ecuadorian', 'Ecuador'], ['uruguayan', 'Uruguay'],
  ['paraguayan', 'Paraguay'], ['nigerian', 'Nigeria'], ['kenyan', 'Kenya'], ['ethiopian', 'Ethiopia'],
  ['somali', 'Somalia'], ['sudanese', 'Sudan'], ['ghanaian', 'Ghana'], ['south african', 'South Africa'],
  ['zimbabwean', 'Zimbabwe'], ['rwandan', 'Rwanda'], ['ugandan', 'Uganda'], ['angolan', 'Angola'],
  ['congolese', 'Congo'], ['european', 'Europe'], ['african', 'Africa'], ['asian', 'Asia'],
  ['armenian', 'Armenia'], ['georgian', 'Georgia'], ['azeri', 'Azerbaijan'], ['kazakh', 'Kazakhstan'],
  ['chechen', 'Chechnya'], ['estonian', 'Estonia'], ['latvian', 'Latvia'], ['lithuanian', 'Lithuania'],
  ['slovenian', 'Slovenia'], ['macedonian', 'Macedonia'], ['cypriot', 'Cyprus'], ['maltese', 'Malta'],
  ['icelandic', 'Iceland'], ['kurdish', 'Kurdistan'], ['tibetan', 'Tibet'], ['haitian', 'Haiti'],
  ['jamaican', 'Jamaica'], ['hong konger', 'Hong Kong'], ['emirati', 'United Arab Emirates'],
  ['qatari', 'Qatar'], ['omani', 'Oman'], ['bahraini', 'Bahrain'],
]);

/** The country a nationality word ("Chinese", "Americans") refers to, or null. */
export function demonymPlace(word: string): string | null {
  const lower = word.toLowerCase();
  return DEMONYM_PLACES.get(lower) ?? (lower.endsWith('s') ? DEMONYM_PLACES.get(lower.slice(0, -1)) : undefined) ?? null;
}
