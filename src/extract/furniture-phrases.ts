// The words pages print around a story and never in it, per language: labels of
// controls, labels that introduce other stories, prompts to subscribe or follow, labels
// of media credits and the notices a site prints under every story. Lowercase; matched
// against the start of a line (or the whole line, or a word's start in it) at a word
// boundary, never inside running prose (see clean-story-blocks.ts).
// Languages: English, German, French, Spanish, Portuguese, Dutch, Italian.

/** A line made only of these is a control or a slot, not text: "Share Tweet Email", "Advertisement". */
export const CONTROL_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'sign in', 'log in', 'login', 'register', 'subscribe',
    'close', 'caption', 'share', 'share this', 'tweet', 'email', 'e-mail', 'print', 'comment', 'comments', 'reply',
    'tags', 'topics', 'skip to content', 'skip to main content', 'loading', 'loading content', 'enlarge image', 'enlarge',
    'expand', 'play', 'play video', 'next', 'previous', 'back to top', 'read more', 'show more', 'see more', 'view gallery',
    'submit', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'copy link', 'save', 'listen',
    'media playback is unsupported on your device', 'no comments', 'leave a comment', 'add comment', 'post comment',
    'about the author', 'about the authors', 'highlights', 'breaking news', 'back', 'back to list', 'back to overview',
    'search', 'download', 'listen to this article', 'listen to article', 'report an error', 'view deal', 'check price',
    'share on', 'share via', 'share to', 'telegram', 'bluesky', 'mastodon', 'flipboard', 'xing',
    'jump to navigation',
  ],
  de: [
    'teilen', 'drucken', 'kommentar', 'kommentare', 'keine kommentare', 'schließen', 'anmelden',
    'abmelden', 'abonnieren', 'weiterlesen', 'mehr lesen', 'zum artikel', 'nach oben', 'merken', 'vorlesen', 'mehr anzeigen',
    'über den autor', 'über die autorin', 'zurück', 'zurück zur übersicht', 'zurück zur listenansicht',
    'suche', 'herunterladen', 'zum inhalt springen', 'zum seitenanfang', 'bild vergrößern', 'druckvorschau', 'artikel anhören',
    'fehler melden', 'lesermeinungen', 'leserkommentare', 'anmelden und weiterlesen', 'zum angebot', 'angebot prüfen', 'preis vergleichen',
    'teilen auf', 'teilen per', 'wechseln zu navigation',
  ],
  fr: [
    'partager', 'imprimer', 'commentaire', 'commentaires', 'fermer', 'se connecter', 'connexion', "s'abonner",
    'lire la suite', 'voir plus', 'envoyer', 'réagir', "à propos de l'auteur", 'retour',
    'rechercher', 'télécharger', 'aller au contenu', 'aller au contenu principal', 'retour en haut', "agrandir l'image",
    "écouter l'article", 'signaler une erreur', 'laisser un commentaire', 'partager sur', 'partager par',
  ],
  es: [
    'compartir', 'imprimir', 'comentario', 'comentarios', 'cerrar', 'iniciar sesión', 'suscríbete', 'leer más',
    'ver más', 'enviar', 'sobre el autor', 'volver',
    'buscar', 'descargar', 'pasar al contenido principal', 'saltar al contenido', 'volver arriba', 'ampliar imagen',
    'escucha la noticia', 'escuchar la noticia', 'reportar error', 'reportar un error', 'tus comentarios', 'deja tu comentario',
    'seguir', 'suscribite', 'compartir en', 'compartir por',
  ],
  pt: [
    'compartilhar', 'partilhar', 'imprimir', 'comentário', 'comentários', 'fechar', 'entrar', 'assine',
    'leia mais', 'ver mais', 'enviar', 'sobre o autor', 'voltar',
    'pesquisar', 'baixar', 'ir para o conteúdo', 'pular para o conteúdo', 'voltar ao topo', 'ampliar imagem', 'ouvir notícia',
    'reportar erro', 'deixe seu comentário', 'compartilhar no', 'compartilhar em', 'partilhar no',
  ],
  nl: [
    'delen', 'afdrukken', 'reacties', 'reageer', 'sluiten', 'inloggen', 'abonneren', 'lees meer', 'lees verder', 'over de auteur', 'terug',
    'zoeken', 'downloaden', 'naar de inhoud', 'ga naar de inhoud', 'naar boven', 'delen op', 'delen via',
  ],
  it: ['condividi', 'stampa', 'commenti', 'chiudi', 'accedi', 'abbonati', 'leggi di più', 'cerca', 'scarica', 'vai al contenuto', 'torna su', 'ascolta', 'condividi su'],
};

/** Labels of an advertising slot, alone or before the ad's text ("Anzeige – Heute mal ausgehen?"). */
export const ADVERTISING_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'advertisement', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'promoted', 'advertorial',
    'story continues below advertisement', 'article continues below advertisement', 'continue reading below',
  ],
  de: ['anzeige', 'anzeigen', 'werbung', 'gesponsert', 'weiter nach der anzeige', 'artikel wird unter der anzeige fortgesetzt'],
  fr: ['publicité', 'contenu sponsorisé', 'la suite après la publicité', 'la suite après cette publicité'],
  es: ['publicidad', 'anuncio', 'contenido patrocinado', 'continúa después de la publicidad', 'sigue después de la publicidad'],
  pt: ['publicidade', 'patrocinado', 'continua depois da publicidade', 'continua após a publicidade'],
  nl: ['advertentie', 'gesponsord'],
  it: ['pubblicità', 'sponsorizzato'],
};

/** Labels that introduce links to other stories ("Related:", "Lesen Sie auch"). */
export const OTHER_STORIES_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'related', 'related posts', 'related post', 'related articles', 'related article', 'related stories', 'related story',
    'related coverage', 'related news', 'related content', 'related links', 'related reading', 'you may also like',
    'you might also like', 'you may like', 'recommended', 'recommended for you', 'recommended stories', 'more stories',
    'more from', 'more on this', 'more on this story', 'more', 'trending', 'trending now', 'popular', 'most popular', 'more videos',
    'most read', 'most viewed', "don't miss", 'do not miss', 'see also', 'see more', 'read more', 'read also', 'also read',
    'also on', 'further reading', 'latest', 'latest news', 'up next', 'watch next', 'editor\'s picks', 'top stories',
    'recent articles', 'recent posts', 'popular posts', 'more on this topic', 'next article', 'previous article', 'next post', 'previous post',
  ],
  de: [
    'mehr zum thema', 'mehr zu diesem thema', 'alle meldungen zum thema', 'weitere meldungen', 'lesen sie auch', 'lesen sie mehr', 'lesen sie hier', 'auch interessant', 'das könnte sie auch interessieren',
    'das könnte sie interessieren', 'weitere artikel', 'weitere beiträge', 'ähnliche artikel', 'ähnliche beiträge',
    'verwandte artikel', 'verwandte themen', 'meistgelesen', 'meistgelesene artikel', 'meistdiskutierte artikel',
    'empfehlungen', 'schon gelesen', 'beiträge zum thema', 'mehr dazu', 'zum thema', 'neueste artikel', 'auch lesenswert',
    'empfohlene beiträge', 'empfohlene artikel', 'entdecke weitere', 'entdecken sie weitere', 'nächster artikel', 'vorheriger artikel',
    'passend zum thema', 'weitere videos', 'beliebte artikel', 'aktuell beliebte artikel', 'das könnte euch auch interessieren',
    'diese artikel könnten euch auch interessieren', 'diese artikel könnten sie auch interessieren', 'mehr lesen', 'zugehörige themenseiten',
  ],
  fr: [
    'à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'voir aussi', 'sur le même sujet', 'articles liés',
    'articles similaires', 'les plus lus', 'nos recommandations', 'à voir aussi', 'à découvrir', 'dans la même rubrique',
    'article suivant', 'article précédent', 'nos lecteurs ont lu aussi', 'vous aimerez aussi',
  ],
  es: [
    'te puede interesar', 'le puede interesar', 'lee también', 'lea también', 'leer también', 'noticias relacionadas',
    'artículos relacionados', 'más noticias', 'lo más leído', 'también te puede interesar', 'puedes ver', 'mira también',
    'ver también', 'te recomendamos', 'artículo siguiente', 'artículo anterior', 'nota relacionada', 'notas relacionadas',
    'lea aquí', 'lee aquí', 'lea más',
  ],
  pt: [
    'leia também', 'veja também', 'notícias relacionadas', 'mais lidas', 'relacionados', 'relacionadas', 'você também pode gostar',
    'veja mais', 'leia mais', 'recomendados',
  ],
  nl: ['lees ook', 'meer over', 'gerelateerd', 'gerelateerde artikelen', 'meest gelezen', 'bekijk ook', 'ook interessant'],
  it: ['leggi anche', 'potrebbe interessarti', 'articoli correlati', 'più letti', 'vedi anche', 'ti potrebbe interessare'],
};

/** Openings of a prompt to act: subscribe, follow, share, download, click. */
export const CALL_TO_ACTION_OPENINGS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'sign up', 'subscribe', 'follow', 'like us', 'like this', 'share this', 'share it', 'join', 'download', 'get the',
    'get our', 'click here', 'tap here', 'want more', 'never miss', "don't miss", 'be the first', 'get access', 'support',
    'become a', 'register', 'to continue reading', 'already a subscriber', 'we want to hear', 'enjoyed this', 'if you enjoyed',
    'tell us',
  ],
  de: [
    'jetzt', 'abonnieren sie', 'melden sie sich', 'folgen sie', 'folge uns', 'teilen sie', 'hier klicken', 'klicken sie hier',
    'verpasse keine', 'verpassen sie keine', 'unterstützen sie', 'sie wollen mehr', 'entdecken sie', 'laden sie',
  ],
  fr: ['abonnez-vous', 'inscrivez-vous', 'suivez-nous', 'suivez', 'partagez', 'téléchargez', 'cliquez ici', 'ne manquez', 'recevez'],
  es: ['suscríbete', 'suscríbase', 'síguenos', 'siganos', 'sigue', 'comparte', 'descarga', 'haz clic', 'únete', 'no te pierdas', 'recibe', 'valora'],
  pt: ['assine', 'inscreva-se', 'siga-nos', 'siga', 'compartilhe', 'baixe', 'clique aqui', 'não perca', 'receba'],
  nl: ['abonneer', 'schrijf je in', 'volg ons', 'volg', 'deel dit', 'klik hier', 'mis niets', 'download'],
  it: ['iscriviti', 'abbonati', 'seguici', 'segui', 'condividi', 'scarica', 'clicca qui', 'non perdere'],
};

/**
 * What such a prompt is about: the publication itself, its newsletter, app or channels.
 * "Sign up for our newsletter" is furniture; "Sign up for a free account" in a how-to is not.
 */
export const PUBLICATION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'newsletter', 'newsletters', 'our', 'us', 'app', 'podcast', 'channel', 'inbox', 'updates', 'alerts', 'youtube', 'twitter',
    'facebook', 'instagram', 'telegram', 'whatsapp', 'tiktok', 'linkedin', 'story', 'stories', 'journalism', 'subscriber',
    'subscription', 'this post', 'this article',
  ],
  de: ['newsletter', 'unseren', 'unserem', 'unser', 'unsere', 'uns', 'app', 'podcast', 'kanal', 'abo', 'artikel', 'news'],
  fr: ['newsletter', 'notre', 'nos', 'application', 'podcast', 'chaîne', 'abonnement', 'article'],
  es: ['boletín', 'newsletter', 'nuestro', 'nuestra', 'nuestros', 'app', 'aplicación', 'podcast', 'canal', 'noticia', 'noticias'],
  pt: ['newsletter', 'nosso', 'nossa', 'nossos', 'app', 'aplicativo', 'podcast', 'canal', 'notícias'],
  nl: ['nieuwsbrief', 'ons', 'onze', 'app', 'podcast', 'kanaal', 'artikel'],
  it: ['newsletter', 'nostro', 'nostra', 'nostri', 'app', 'podcast', 'canale', 'notizie'],
};

/** Labels of a media credit or caption line ("Photo: …", "Bild: …"), read before a colon or a figure's number ("Abbildung 4: …"). */
export const MEDIA_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'photo', 'photos', 'photograph', 'photography', 'image', 'images', 'picture', 'pictures', 'video', 'credit',
    'image credit', 'photo credit', 'caption', 'image caption', 'illustration', 'graphic', 'file photo', 'pictured',
    'figure', 'fig', 'chart', 'credits',
  ],
  de: [
    'foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'titelbild', 'grafik', 'abbildung', 'abb', 'quelle', 'symbolbild', 'symbolfoto',
    'archivbild', 'archivfoto', 'bildnachweis', 'fotonachweis', 'bildcredit', 'bildrechte',
  ],
  fr: ['photo', 'photos', 'crédit', 'crédits', 'crédit photo', 'crédits photo', 'crédits photos', 'illustration', 'image', 'source', 'figure', 'fig'],
  es: ['foto', 'fotografía', 'imagen', 'crédito', 'fuente', 'figura', 'fig'],
  pt: ['foto', 'imagem', 'crédito', 'fonte', 'figura', 'fig'],
  nl: ['foto', 'beeld', 'bron', 'figuur', 'afbeelding'],
  it: ['foto', 'immagine', 'fonte', 'figura', 'fig'],
};

/** Words that credit a picture to someone without a colon: "Image copyright Reuters", "Photo by Jane Doe". */
export const MEDIA_CREDIT_OPENINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['image copyright', 'photo by', 'photograph by', 'photos by', 'picture by', 'image by', 'image source', 'getty images'],
  de: ['foto von', 'bild von'],
  fr: ['photo de'],
  es: ['foto de', 'fotografía de'],
  pt: ['foto de'],
  nl: ['foto van'],
  it: ['foto di'],
};

/** Labels that credit the words, read before a colon, with a picture's credit after them: "Text: Jo Lind Fotos: Ana Ruiz". */
export const TEXT_CREDIT_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['text', 'words', 'story', 'reporting'],
  de: ['text', 'texte', 'redaktion'],
  fr: ['texte', 'textes', 'rédaction'],
  es: ['texto', 'textos', 'redacción'],
  pt: ['texto', 'textos', 'redação'],
  nl: ['tekst'],
  it: ['testo', 'testi'],
};

/** Openings that credit a translation: "Traduit de l'anglais", "Übersetzt von: Jo Lind". */
export const TRANSLATION_CREDIT_OPENINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['translated by', 'translated from', 'translation by'],
  de: ['übersetzt von', 'übersetzt aus', 'aus dem englischen', 'übersetzung:'],
  fr: ['traduit de', 'traduit par', 'traduction :', 'traduction:'],
  es: ['traducido por', 'traducido del', 'traducción:'],
  pt: ['traduzido por', 'traduzido do', 'tradução:'],
  nl: ['vertaald door', 'vertaald uit', 'vertaling:'],
  it: ['tradotto da', 'traduzione:'],
};

/** Openings of a post's own metadata line: where it is filed, how it is tagged, how to cite it. */
export const POST_META_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['this entry was posted', 'this post was posted', 'filed under', 'categories:', 'category:', 'tags:', 'tagged with', 'topics:', 'suggested citation', 'citation:', 'cite as:', 'cite this article:'],
  de: ['dieser beitrag wurde', 'dieser eintrag wurde', 'abgelegt unter', 'eingeordnet unter', 'kategorisiert unter', 'veröffentlicht unter', 'kategorie:', 'kategorien:', 'schlagwörter:', 'schlagworte:', 'themen:', 'zitiervorschlag', 'zitierweise:', 'empfohlene zitierweise'],
  fr: ['classé dans', 'catégorie :', 'catégorie:', 'catégories :', 'catégories:', 'mots-clés', 'étiquettes :', 'étiquettes:', 'pour citer cet article', 'citer cet article'],
  es: ['archivado en', 'categoría:', 'categorías:', 'etiquetas:', 'cómo citar', 'citar como:', 'cita sugerida'],
  pt: ['arquivado em', 'categoria:', 'categorias:', 'marcadores:', 'como citar', 'citar como:'],
  nl: ['categorie:', 'trefwoorden:', 'citeer als:'],
  it: ['archiviato in', 'categoria:', 'categorie:', 'come citare', 'citazione suggerita'],
};

/**
 * Openings that say who posted when and where: "Posted on March 30, 2015 by Admin". They
 * also open story sentences ("Posted on the door of city hall, the notice…"), so only a
 * line that is not a sentence counts.
 */
export const POST_META_VERBS: Readonly<Record<string, readonly string[]>> = {
  en: ['posted on', 'posted by', 'posted in', 'published in', 'published by'],
  de: ['veröffentlicht in', 'veröffentlicht von', 'geschrieben von', 'erstellt von'],
  fr: ['publié dans', 'publié par', 'écrit par'],
  es: ['publicado en', 'publicado por', 'escrito por'],
  pt: ['publicado em', 'publicado por', 'escrito por'],
  nl: ['geplaatst in', 'geplaatst door', 'geschreven door'],
  it: ['pubblicato in', 'pubblicato da', 'scritto da'],
};

/**
 * Links that close a teaser for another page, after its blurb: "… Antworten auf viele
 * Fragen. mehr", "Auskunft über vergangenes Wetter… mehr ›".
 */
export const READ_MORE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['more', 'read more', 'continue reading', 'full story'],
  de: ['mehr', 'weiterlesen', 'mehr lesen', 'zum artikel'],
  fr: ['lire la suite', 'la suite', 'en savoir plus'],
  es: ['más', 'leer más', 'seguir leyendo'],
  pt: ['mais', 'leia mais', 'continue lendo'],
  nl: ['meer', 'lees meer', 'lees verder'],
  it: ['di più', 'leggi di più', 'continua a leggere'],
};

/** Share buttons glued to the end of a quote by click-to-tweet plugins: cut off, the quote stays. */
export const INLINE_SHARE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['click to tweet', 'tweet this', 'share this quote'],
};

/**
 * A page's notice of its rights, anywhere in a line: "All rights reserved". The "©" sign
 * and the word "copyright" are read apart, open licences in OPEN_LICENCES.
 */
export const RIGHTS_NOTICES: Readonly<Record<string, readonly string[]>> = {
  en: ['all rights reserved'],
  de: ['alle rechte vorbehalten'],
  fr: ['tous droits réservés', 'tous droits de reproduction'],
  es: ['todos los derechos reservados'],
  pt: ['todos os direitos reservados'],
  nl: ['alle rechten voorbehouden'],
  it: ['tutti i diritti riservati'],
};

/**
 * An open licence the page puts its text under, anywhere in a line: "CC BY-NC 4.0",
 * "Creative Commons", "lizenziert unter …".
 */
export const OPEN_LICENCES: Readonly<Record<string, readonly string[]>> = {
  en: ['creative commons', 'cc by', 'cc-by', 'cc0'],
  de: ['lizenz cc', 'lizenziert unter'],
};

/**
 * Words of a counter a page prints beside a story, with its numbers: "Post Views: 22",
 * "(Visited 215 times, 55 visits today)", "1.234 Aufrufe". A line of nothing else is one.
 */
export const COUNTER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['post', 'views', 'view', 'visits', 'visited', 'times', 'today', 'reads', 'hits', 'comments', 'shares', 'likes'],
  de: ['aufrufe', 'aufgerufen', 'mal', 'gelesen', 'besuche', 'heute', 'leser', 'kommentare'],
  fr: ['vues', 'lectures', 'lu', 'fois', 'visites', 'commentaires', 'partages'],
  es: ['visitas', 'vistas', 'lecturas', 'leído', 'veces', 'hoy', 'comentarios'],
  pt: ['visualizações', 'leituras', 'lido', 'vezes', 'hoje', 'comentários', 'visitas'],
  nl: ['weergaven', 'bekeken', 'keer', 'gelezen', 'vandaag', 'reacties'],
  it: ['visualizzazioni', 'letture', 'letto', 'volte', 'visite', 'oggi', 'commenti'],
};

/**
 * A newsletter, by its name in each language: a line that names one together with the
 * publication's or the author's own (NEWSLETTER_OWNERS) is the site's prompt.
 */
export const NEWSLETTER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['newsletter', 'newsletters'],
  fr: ['infolettre', "lettre d'information"],
  es: ['boletín'],
  nl: ['nieuwsbrief'],
};

/** "Our newsletter", "unseren Newsletter", "meinen gratis Newsletter": the site's own. */
export const NEWSLETTER_OWNERS: Readonly<Record<string, readonly string[]>> = {
  en: ['our', 'my'],
  de: ['unser', 'unsere', 'unseren', 'unserem', 'mein', 'meine', 'meinen', 'meinem'],
  fr: ['notre', 'nos', 'mon', 'ma'],
  es: ['nuestro', 'nuestra', 'nuestros', 'mi'],
  pt: ['nosso', 'nossa', 'nossos', 'meu', 'minha'],
  nl: ['onze', 'ons', 'mijn'],
  it: ['nostro', 'nostra', 'nostri', 'mio', 'mia'],
};

/**
 * A site's notice that it uses cookies, anywhere in a line: "Diese Website verwendet
 * Cookies", "By continuing … you agree to the use of cookies".
 */
export const COOKIE_NOTICE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: ['uses cookies', 'use cookies', 'use of cookies', 'cookie policy', 'cookie settings', 'accept cookies', 'accept all cookies'],
  de: ['verwendet cookies', 'nutzt cookies', 'verwendung von cookies', 'einsatz von cookies', 'kontrolle von cookies', 'cookie-richtlinie', 'cookie-einstellungen', 'cookies akzeptieren'],
  fr: ['utilise des cookies', 'utilisation de cookies', 'utilisation des cookies', 'politique de cookies', 'accepter les cookies', 'paramètres des cookies'],
  es: ['utiliza cookies', 'usa cookies', 'uso de cookies', 'política de cookies', 'aceptar cookies', 'configuración de cookies'],
  pt: ['utiliza cookies', 'usa cookies', 'uso de cookies', 'política de cookies', 'aceitar cookies'],
  nl: ['gebruikt cookies', 'gebruik van cookies', 'cookiebeleid', 'cookies accepteren'],
  it: ['utilizza cookie', 'utilizza i cookie', 'uso dei cookie', 'accetta i cookie'],
};

/**
 * Labels of a press release's contact block, alone on their line ("Pressekontakt:", "Media
 * contact"): the names, phones and addresses under them are the sender's, not the story's.
 */
export const PRESS_CONTACT_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['press contact', 'press contacts', 'media contact', 'media contacts', 'media inquiries', 'press inquiries', 'contact', 'contacts'],
  de: [
    'pressekontakt', 'medienkontakt', 'kontakt', 'pressestelle', 'rückfragen bitte an', 'für rückfragen', 'ansprechpartner', 'ansprechpartnerin',
    'ansprechpartner zum thema', 'ansprechpartnerin zum thema',
  ],
  fr: ['contact presse', 'contacts presse', 'contact', 'contacts'],
  es: ['contacto de prensa', 'contacto', 'contactos'],
  pt: ['contato para imprensa', 'assessoria de imprensa', 'contato', 'contatos'],
  nl: ['perscontact', 'contact'],
  it: ['contatti stampa', 'ufficio stampa', 'contatti'],
};

/**
 * What a page prints where it could not show something, anywhere in a line: that the browser
 * is out of date or runs no JavaScript, or a placeholder for an embed the reader has not
 * consented to ("Besuchen Sie die Webseite, um dieses Element zu sehen").
 */
export const PAGE_NOTICE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: ['your browser is out of date', 'your browser is not supported', 'please enable javascript', 'javascript is disabled', 'to view this content', 'to see this content'],
  de: [
    'browser ist leider veraltet', 'browser ist veraltet', 'javascript aktivieren', 'javascript ist deaktiviert', 'um dieses element zu sehen',
    'um diesen inhalt zu sehen', 'inhalte von drittanbietern', 'keine zustimmung gegeben',
  ],
  fr: ['votre navigateur est obsolète', 'activer javascript', 'activez javascript', 'pour voir ce contenu', 'pour afficher ce contenu'],
  es: ['tu navegador está desactualizado', 'habilita javascript', 'activa javascript', 'para ver este contenido'],
  pt: ['seu navegador está desatualizado', 'habilite o javascript', 'ative o javascript', 'para ver este conteúdo'],
  nl: ['je browser is verouderd', 'uw browser is verouderd', 'schakel javascript in', 'om deze inhoud te zien'],
  it: ['il tuo browser non è aggiornato', 'abilita javascript', 'per vedere questo contenuto'],
};

/**
 * What a notice laid over the page says of the reader's browser: that it is too old, and to
 * get another ("Leider verwendet Ihr einen veralteten Browser", "Please update your browser").
 * Read in a box named as a layer (see browser-notices.ts).
 */
export const BROWSER_NOTICE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: ['outdated browser', 'out-of-date browser', 'browser is out of date', 'browser is outdated', 'unsupported browser', 'browser is not supported', 'update your browser', 'upgrade your browser', 'newer browser'],
  de: ['veralteten browser', 'veralteter browser', 'browser ist veraltet', 'browser ist leider veraltet', 'neueren browser', 'aktuelleren browser', 'browser aktualisieren', 'nicht unterstützten browser'],
  fr: ['navigateur obsolète', 'navigateur est obsolète', 'navigateur n’est pas pris en charge', "navigateur n'est pas pris en charge", 'mettre à jour votre navigateur', 'navigateur plus récent'],
  es: ['navegador desactualizado', 'navegador obsoleto', 'navegador está desactualizado', 'actualiza tu navegador', 'navegador más reciente'],
  pt: ['navegador desatualizado', 'navegador está desatualizado', 'atualize seu navegador', 'navegador mais recente'],
  nl: ['verouderde browser', 'browser is verouderd', 'update je browser', 'nieuwere browser'],
  it: ['browser obsoleto', 'browser non aggiornato', 'browser non è aggiornato', 'aggiorna il tuo browser', 'browser più recente'],
};

/** Labels that say how long a read is: "4 min read", "Lesezeit: 3 Minuten". */
export const READING_TIME_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['min read', 'minute read', 'minutes read', 'reading time', 'read time'],
  de: ['lesezeit', 'minuten lesezeit'],
  fr: ['temps de lecture', 'min de lecture'],
  es: ['tiempo de lectura', 'min de lectura'],
  pt: ['tempo de leitura', 'min de leitura'],
  nl: ['leestijd'],
  it: ['tempo di lettura'],
};

/**
 * A notice that commenting needs an account ("Um den Artikel kommentieren zu können, müssen
 * Sie eingeloggt sein"): a line that names commenting (these word openings)...
 */
export const COMMENTING_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['comment'],
  de: ['kommentar', 'kommentier'],
  fr: ['commentaire', 'commenter', 'réagir'],
  es: ['comentar', 'comentario'],
  pt: ['comentar', 'comentário'],
  nl: ['reageren', 'reactie'],
  it: ['commenta', 'commento', 'commenti'],
};

/**
 * ...and an account (these word openings), or how comments are vetted or where they go
 * (COMMENT_VENUE_WORDS).
 */
export const ACCOUNT_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['log in', 'logged in', 'login', 'sign in', 'signed in', 'register', 'registered'],
  de: ['eingeloggt', 'einloggen', 'angemeldet', 'anmelden', 'registrier', 'login'],
  fr: ['connecté', 'connecter', 'connectez', 'identifi', 'inscri'],
  es: ['iniciar sesión', 'inicia sesión', 'registr', 'login'],
  pt: ['login', 'logado', 'cadastr', 'entrar'],
  nl: ['ingelogd', 'inloggen', 'registr'],
  it: ['login', 'accedi', 'accedere', 'registrat'],
};

/**
 * How comments are vetted or where they go (word openings): "Comments are moderated", "…
 * könnt ihr uns in unseren Netzwerken hinterlassen". Not a platform's name: "did not respond
 * to a request for comment on Twitter" closes many stories.
 */
export const COMMENT_VENUE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['moderat', 'comment policy', 'community guidelines'],
  de: ['moderiert', 'moderation', 'freigeschaltet', 'netiquette', 'netzwerken'],
  fr: ['modér', 'charte de'],
  es: ['moderad', 'moderación', 'normas de participación'],
  pt: ['moderador', 'moderação', 'moderad'],
  nl: ['gemodereerd', 'moderatie'],
  it: ['moderat', 'moderazione'],
};

/**
 * Boilerplate the site prints under every story, in a sentence of its own: a prompt to rate
 * the article, a disclaimer that it is the author's opinion, not the publication's.
 */
export const SITE_NOTICE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'rate this article', 'rate this story', 'rate this post', 'views expressed in this', 'views expressed here',
    'opinions expressed in this', 'opinions expressed here', 'do not necessarily reflect the views',
    'does not necessarily reflect the views', 'do not necessarily represent the views',
  ],
  de: [
    'artikel bewerten', 'beitrag bewerten', 'meinung des autors wieder', 'meinung der autorin wieder',
    'meinung der autoren wieder', 'nicht notwendigerweise die der redaktion', 'nicht unbedingt die meinung der redaktion',
    'keinesfalls die meinung der redaktion', 'nicht die meinung der redaktion', 'alle angaben ohne gewähr',
  ],
  fr: [
    'notez cet article', 'noter cet article', "n'engagent que leur auteur", "n'engagent que leurs auteurs",
    "n'engage que son auteur", 'ne reflètent pas nécessairement', "n'engagent pas la rédaction", "n'engage pas la rédaction",
  ],
  es: ['valora este artículo', 'califica este artículo', 'no reflejan necesariamente la opinión', 'no refleja necesariamente la opinión'],
  pt: ['avalie este artigo', 'avalie esta notícia', 'não refletem necessariamente a opinião', 'não reflete necessariamente a opinião'],
  nl: ['beoordeel dit artikel', 'niet noodzakelijk de mening'],
  it: ['valuta questo articolo', "non riflettono necessariamente l'opinione", "non riflette necessariamente l'opinione"],
};

/**
 * Words that ask the reader to get in touch (word openings), read beside an e-mail address
 * or a social handle after the story: "Follow him on Twitter @jo or email him at …", "To
 * reach the reporter, contact jo@…", "We'd love to get your feedback at …", "Dann melden Sie
 * sich gern bei uns: per E-Mail an …". Not the words that name whom to ask about the story's
 * subject ("Weitere Informationen erteilt Jo Lind, jo@stadt…"): that is the story's.
 */
export const CONTACT_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['email', 'e-mail', 'contact', 'reach', 'follow', 'write to', 'mention', 'feedback', 'get in touch', 'tips'],
  de: ['e-mail', 'mail an', 'kontakt', 'erreichen', 'melden sie sich', 'schreiben sie', 'folgen sie', 'wenden sie sich'],
  fr: ['courriel', 'e-mail', 'contact', 'écrivez', 'suivez', 'joindre'],
  es: ['correo', 'e-mail', 'contact', 'escríbenos', 'escriba', 'síguenos', 'sigue'],
  pt: ['e-mail', 'contato', 'contacto', 'escreva', 'siga'],
  nl: ['e-mail', 'mail', 'contact', 'schrijf', 'volg'],
  it: ['e-mail', 'contatt', 'scrivi', 'segui'],
};

/**
 * Where the text came from, anywhere in a line: a syndication or republishing note ("This
 * article originally appeared on …", "Republished with permission"), the credit of those who
 * reported besides the author ("Jo Lind contributed to this report"), or what kind of text the
 * page says it is ("This is a guest post", "Bei diesem Beitrag handelt es sich um ein Blog aus
 * der Community", "… um eine Pressemitteilung"). The page's, not the
 * story's. Not "Additional reporting by …; Editing by …": wire copy closes with it, and readers
 * take it as part of the story (news-meta keeps it).
 */
export const PROVENANCE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'this article originally appeared', 'this story originally appeared', 'this post originally appeared',
    'this article first appeared', 'this story first appeared', 'this article was originally published',
    'this story was originally published', 'this post was originally published', 'this article is republished',
    'is republished from', 'republished with permission', 'reprinted with permission', 'adapted from its original source',
    'contributed to this report', 'contributed reporting', 'this is a guest post', 'this is a sponsored post',
  ],
  de: [
    'dieser artikel erschien zuerst', 'dieser beitrag erschien zuerst', 'dieser text erschien zuerst', 'zuerst erschienen bei',
    'zuerst erschienen in', 'unter mitarbeit von', 'bei diesem beitrag handelt es sich um', 'bei diesem artikel handelt es sich um',
    'bei diesem text handelt es sich um', 'dies ist ein gastbeitrag',
  ],
  fr: ['cet article a été initialement publié', 'initialement publié sur', 'initialement publié dans', 'cet article est paru'],
  es: ['este artículo fue publicado originalmente', 'publicado originalmente en'],
  pt: ['este artigo foi publicado originalmente', 'publicado originalmente em'],
  nl: ['dit artikel verscheen eerder', 'verscheen eerder in', 'verscheen eerder op'],
  it: ['questo articolo è stato pubblicato originariamente', 'pubblicato originariamente su'],
};

/**
 * A paywall's or a subscription offer's words, anywhere in a line, as the site says them to
 * its reader: "Subscribe to continue reading", "Already a subscriber?", "Unlimited access to
 * all our content", "Nur für Neukunden gültig". Its box (the price, the benefits, the button)
 * goes with it (see prompt-boxes). Not the words a story about a service uses too ("unlimited
 * access", "cancel anytime", "ad-free", "jederzeit kündbar").
 */
export const SUBSCRIPTION_OFFER_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'subscribe to continue', 'subscribe to read', 'continue reading for free', 'keep reading for free', 'already a subscriber',
    'already subscribed', 'register your account', 'access to all our', 'for subscribers only', 'subscribers only',
    'exclusive to subscribers', 'start your free trial',
  ],
  de: ['bereits abonnent', 'schon abonnent', 'nur für abonnenten', 'abo abschließen', 'probeabo', 'testmonat', 'nur für neukunden', 'weiterlesen mit'],
  fr: ['déjà abonné', 'réservé aux abonnés', 'abonnez-vous pour lire'],
  es: ['ya eres suscriptor', 'ya soy suscriptor', 'exclusivo para suscriptores', 'suscríbete para seguir leyendo'],
  pt: ['já é assinante', 'exclusivo para assinantes'],
  nl: ['al abonnee', 'alleen voor abonnees'],
  it: ['già abbonato', 'riservato agli abbonati'],
};

/**
 * A disclosure that the page's links earn the site money, anywhere in a line: "This post may
 * contain affiliate and/or referral links", "We use income earning auto affiliate links",
 * "Diese Seite kann Affiliate-Links beinhalten". The page's links, in the plural, or the
 * commission the reader's purchase earns: a story about affiliate marketing rarely says so.
 */
export const AFFILIATE_DISCLOSURE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: ['affiliate links', 'referral links', 'affiliate commission if you', 'may earn a commission', 'may receive a commission', 'earn a small commission', 'receive a small commission'],
  de: ['affiliate-links', 'affiliate links', 'provisions-links', 'eine kleine provision'],
  fr: ['liens affiliés', "liens d'affiliation", 'liens sponsorisés'],
  es: ['enlaces de afiliados', 'enlaces de afiliado', 'enlaces afiliados'],
  pt: ['links de afiliados', 'links afiliados'],
  nl: ['affiliate links', 'affiliate-links', 'affiliatelinks'],
  it: ['link di affiliazione', 'link affiliati'],
};

/**
 * A prompt to click a link, anywhere in a line: "Click here for more information", "Einfach
 * hier klicken und registrieren!", "Klicke dich durch die Homestorys". A story that tells its
 * reader where to click names the button; "here" is the page's own link.
 */
export const CLICK_PROMPT_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: ['click here', 'tap here', 'click through the'],
  de: ['hier klicken', 'klicken sie hier', 'klicke hier', 'klick hier', 'klicke dich durch', 'klicken sie sich durch'],
  fr: ['cliquez ici', 'cliquez sur ce lien'],
  es: ['haz clic aquí', 'haga clic aquí', 'clic aquí', 'pincha aquí', 'pinche aquí', 'pulsa aquí', 'pulse aquí'],
  pt: ['clique aqui', 'clica aqui'],
  nl: ['klik hier', 'klik je door'],
  it: ['clicca qui'],
};
