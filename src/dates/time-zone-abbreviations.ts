// Zone abbreviations news pages print after a time ("3:45 PM EDT"). Only unambiguous ones:
// IST, CST in Asia etc. would guess wrong, so those give no offset.
export const OFFSET_BY_ZONE_ABBREVIATION: Readonly<Record<string, string>> = {
  UTC: 'Z', GMT: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', AKST: '-09:00', AKDT: '-08:00',
  BST: '+01:00', WET: 'Z', WEST: '+01:00', CET: '+01:00', CEST: '+02:00', MEZ: '+01:00', MESZ: '+02:00',
  EET: '+02:00', EEST: '+03:00', AEST: '+10:00', AEDT: '+11:00', JST: '+09:00',
};

/**
 * Zone names printed after a time whose offset depends on the continent ("11:21 pm CST",
 * "06:15 PM IST"): no offset is read from them, but they are a timestamp's words all the same.
 * Not those that are words too ("CAT", "EAT", "ART").
 */
export const AMBIGUOUS_ZONE_ABBREVIATIONS: readonly string[] = ['CST', 'IST', 'AST', 'SGT', 'HKT', 'KST', 'MSK', 'PKT', 'SAST', 'NZST', 'NZDT', 'BRT', 'WIB'];
