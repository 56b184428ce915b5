// English words that tell a product or a work (a console, a game, a program, a show) from
// the organization that makes it. Lower-case throughout. Read by product-names.ts.

/**
 * Nouns naming what kind of product stands right before them: "the Xbox interface", "the
 * Minecraft protocol", "the IBM Watson program". Only nouns a maker's name seldom stands
 * before: not "phones", "software", "app" or "game" ("Samsung phones", "the Netflix app",
 * "the Chelsea game" name the maker or the club), nor "franchise" or "edition" ("the Cowboys
 * franchise" is the team, "the Guardian's US edition" the paper's).
 */
export const PRODUCT_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'console', 'consoles', 'headset', 'headsets', 'controller', 'interface', 'protocol',
  'version', 'versions', 'update', 'updates', 'firmware', 'emulator', 'plugin', 'plug-in',
  'mod', 'mods', 'gameplay', 'sequel', 'episode', 'episodes',
]);

/**
 * "the IBM Watson program", "the Head Start program": after a name of two words or more, the
 * program is the name's own. After one word it is often its maker's ("a NASA program", "a
 * YouTube program").
 */
export const LONG_NAME_PRODUCT_NOUNS: ReadonlySet<string> = new Set(['program', 'programme']);

/**
 * Nouns that name a product's or a work's kind right before its name, as its title: "the
 * online game Minecraft", "the browser Firefox", "the quiz show Jeopardy".
 */
export const PRODUCT_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'game', 'videogame', 'app', 'application', 'browser', 'console', 'headset', 'chatbot', 'software',
  'program', 'show', 'sitcom', 'series', 'film', 'movie', 'album', 'novel', 'song', 'podcast',
]);

/** Nouns whose "of" names a product or a work: "older versions of Minecraft", "a copy of Windows". */
export const COPY_NOUNS: ReadonlySet<string> = new Set(['version', 'versions', 'edition', 'editions', 'copy', 'copies', 'release', 'releases']);

/**
 * Verbs of use whose object is a product: "install Windows", "downloaded Zoom". Not "play"
 * ("play Chelsea" names a club) nor "use" ("use Google" may name the firm's service as the firm).
 */
export const USE_VERBS: ReadonlySet<string> = new Set([
  'install', 'installs', 'installed', 'installing', 'uninstall', 'uninstalled', 'download', 'downloads', 'downloaded', 'downloading',
  'reinstall', 'reinstalled', 'boot', 'booted',
]);

/** Verbs that, with "on", say that software runs on a platform: "runs on Android". */
export const RUN_VERBS: ReadonlySet<string> = new Set(['run', 'runs', 'running', 'ran']);

/**
 * Nouns that close a product's name: "AMD Polaris GPU", "Tor Browser", "Arduino IDE", "Google
 * Doc", "Facebook Messenger", "Mac OS". A company names itself with none of them.
 */
export const PRODUCT_HEADS: ReadonlySet<string> = new Set([
  'gpu', 'cpu', 'apu', 'browser', 'ide', 'os', 'messenger', 'app', 'doc', 'docs', 'console', 'headset', 'chatbot',
  'processor', 'chip', 'chipset', 'emulator', 'plugin', 'firmware', 'sdk',
]);
