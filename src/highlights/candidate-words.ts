// The words the highlight filter reads, in tables: each table feeds one named pattern of
// clean-candidates.ts. English, the language of the highlights benchmark; the story text
// reaching the ranker has already lost most page furniture in any language
// (src/extract/furniture-phrases.ts).

/** Verbs that open a prompt to look elsewhere: "Read more", "Watch the video". */
export const PROMPT_VERBS = ['read', 'see', 'watch', 'click', 'tap', 'scroll', 'scroll down'];
/** What such a prompt points at. */
export const PROMPT_TARGETS = ['more', 'here', 'below', 'video', 'story', 'stories', 'gallery', 'picture', 'pictures', 'photo', 'photos', 'full'];

/** Openings of a prompt to subscribe, follow or share. */
export const CALL_TO_ACTION_OPENINGS = [
  'sign up', 'subscribe', 'follow us', 'follow me', 'follow him', 'follow her', 'like us', 'share this', 'share on', 'join us',
  'join our', 'download our app', 'download the app', 'get our newsletter', 'get the newsletter', 'get our app', 'get the app',
];
/** Openings that make the whole sentence a prompt, whatever follows: "Scroll down for the pictures of the crash". */
export const PROMPT_OPENINGS = ['scroll down'];
/** Channels such a prompt names, then the act it asks for: "our newsletter ... sign up". */
export const CHANNELS = ['newsletter', 'newsletters', 'podcast', 'podcasts'];
export const CHANNEL_ACTS = ['sign up', 'subscribe', 'inbox'];

/** Labels of a page section standing alone: "Related", "Most read", "Editor's note". */
export const SECTION_LABELS = [
  'related', 'advertisement', 'sponsored', 'trending', 'most read', 'most popular', 'recommended', 'more on this', "editor's note", 'editors note',
];

/** Labels of a caption or credit before a colon: "Photo: …", "Pictured: …", "Left: …". */
export const CAPTION_LABELS = [
  'photo', 'image', 'picture', 'video', 'credit', 'source', 'caption', 'file photo', 'pictured', 'above', 'below', 'left', 'right',
  'top', 'inset', 'main picture',
];
/** Picture agencies whose name closes a credit line. */
export const PICTURE_AGENCIES = ['getty images', 'ap photo', 'afp photo', 'shutterstock', 'epa photo'];

/** Words and marks that open a rights notice. */
export const RIGHTS_WORDS = ['all rights reserved', 'copyright'];
export const RIGHTS_MARKS = ['©'];
/** Leftovers of sharing and comment widgets. */
export const WIDGET_LEFTOVERS = ['email to a friend', 'e-mail to a friend', 'permalink'];
/** Widgets that show their count in brackets: "Comments (12)". */
export const COUNTED_WIDGETS = ['comment', 'comments'];
/** Affiliate and sponsorship disclosures. */
export const DISCLOSURES = ['has been compensated', 'paid partnership', 'contains affiliate link', 'contains affiliate links', 'earn commission', 'earn a commission'];

/** Where a photo caption points at the picture: "(left)", "(second right)", "(file photo)". */
export const PICTURE_POSITIONS = ['left', 'right', 'centre', 'center', 'pictured', 'above', 'below', 'top', 'bottom', 'inset', 'front', 'middle', 'file photo', 'file picture', 'file image'];
export const POSITION_MODIFIERS = ['second', 'far', 'centre', 'center', 'front', 'back', 'top', 'bottom'];

/** Verbs of speech: a colon after one opens a quote, not a caption. */
export const SPEECH_VERBS = ['said', 'says', 'added', 'adds', 'told', 'asked', 'wrote', 'explained', 'insisted', 'warned', 'declared'];
/** Who speaks in a bare speech tag ("he said"), and the tag verbs. */
export const TAG_SUBJECTS = ['he', 'she', 'they', 'i', 'we', 'police', 'official', 'officials'];
export const TAG_VERBS = ['said', 'added', 'says', 'adds', 'explained', 'continued', 'wrote'];
/** Subjects and verbs of a scrap that means nothing alone: "It was.", "Officials said." */
export const SCRAP_SUBJECTS = ['he', 'she', 'they', 'it', 'i', 'we', 'this', 'that', 'official', 'officials', 'police'];
export const SCRAP_VERBS = ['said', 'added', 'says', 'adds', 'explained', 'continued', 'wrote', 'noted', 'was', 'is', 'did'];

/** Words that open a sentence leaning on the one before: pronouns and connectives. */
export const BACK_REFERENCES = ['he', 'she', 'they', 'it', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'but', 'and', 'so', 'however', 'meanwhile', 'also', 'then', 'that', 'yet', 'still'];
/**
 * The same in the other languages readers bring: subject pronouns, possessives that point
 * back, demonstratives and connectives ("Er sagte …", "Mais le maire …", "Sin embargo, …").
 * Articles that double as demonstratives ("Das", "Het") are left out: most sentences open with them.
 */
export const BACK_REFERENCES_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: BACK_REFERENCES,
  de: ['und', 'also', 'so', 'er', 'sie', 'es', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'dies', 'diese', 'dieser',
    'dieses', 'aber', 'doch', 'jedoch', 'dann', 'deshalb', 'daher', 'dabei', 'zudem', 'außerdem', 'trotzdem', 'allerdings'],
  fr: ['et', 'alors', 'il', 'elle', 'ils', 'elles', 'son', 'sa', 'ses', 'leur', 'leurs', 'cela', 'ceci', 'mais', 'cependant', 'pourtant', 'donc', 'toutefois',
    'ensuite', 'puis', 'néanmoins'],
  es: ['y', 'así', 'él', 'ella', 'ellos', 'ellas', 'su', 'sus', 'esto', 'pero', 'sin embargo', 'además', 'también', 'entonces', 'luego', 'no obstante'],
  it: ['e', 'così', 'allora', 'lui', 'lei', 'loro', 'egli', 'essa', 'suo', 'sua', 'suoi', 'sue', 'ciò', 'ma', 'però', 'tuttavia', 'inoltre', 'quindi', 'poi'],
  pt: ['e', 'assim', 'ele', 'ela', 'eles', 'elas', 'seu', 'sua', 'seus', 'suas', 'isso', 'isto', 'mas', 'porém', 'contudo', 'no entanto', 'além disso',
    'também', 'então', 'depois'],
  nl: ['en', 'hij', 'zij', 'ze', 'zijn', 'haar', 'hun', 'dit', 'deze', 'maar', 'toch', 'echter', 'daarom', 'dus', 'ook', 'bovendien',
    'vervolgens', 'daarna'],
};

/**
 * Wire services named in a dateline: "LONDON (Reuters) -", "BERLIN (dpa) -", "(ANSA) - ROMA".
 * Matched as written. The European agencies are those of the languages readers bring.
 */
export const WIRE_SERVICES = [
  'CNN', 'cnn', 'Reuters', 'reuters', 'AP', 'AFP', 'UPI', 'Bloomberg', 'EW.com',
  'dpa', 'DPA', 'APA', 'KNA', 'epd', 'dts', 'SDA', 'sda', 'Belga', 'BELGA', 'ANP', 'ANSA', 'AGI', 'Adnkronos', 'EFE', 'Efe',
  'Europa Press', 'EUROPA PRESS', 'Lusa', 'LUSA', 'Agência Brasil', 'AFP/dpa', 'dpa/AFP',
];
