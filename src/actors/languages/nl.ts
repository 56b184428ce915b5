// Dutch name evidence. Compound nouns are written as one word ("minister-president",
// "partijleider"), as in German, but only names are capitalized.
import type { LanguageWords } from './language-words.ts';

export const NL: LanguageWords = {
  nameConnectors: ['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'van der', 'van den', 'voor', 'en', 'op', 'in', 'von', 'al', 'el', '&'],
  personTitles: [
    'dhr', 'mevr', 'mevrouw', 'meneer', 'heer', 'dr', 'prof', 'professor', 'premier', 'minister', 'minister-president',
    'staatssecretaris', 'president', 'burgemeester', 'wethouder', 'kamerlid', 'senator', 'woordvoerder',
    'woordvoerster', 'directeur', 'topman', 'topvrouw', 'baas', 'voorzitter', 'paus', 'koning', 'koningin', 'prins',
    'prinses', 'generaal', 'kolonel', 'kapitein', 'rechter', 'officier', 'advocaat', 'trainer', 'coach', 'spits',
    'middenvelder', 'verdediger', 'keeper', 'doelman', 'ambassadeur', 'gouverneur', 'commissaris', 'kanselier',
    'leider', 'oprichter', 'econoom', 'onderzoeker', 'schrijver', 'schrijfster', 'acteur', 'actrice', 'zanger',
    'zangeres', 'kandidaat', 'lijsttrekker', 'partijleider', 'fractievoorzitter', 'bondscoach',
  ],
  personTitleEndings: ['minister', 'voorzitter', 'leider', 'woordvoerder', 'directeur', 'trekker', 'coach', 'president', 'secretaris', 'man', 'vrouw'],
  orgHeads: [
    'ministerie', 'partij', 'unie', 'bank', 'rechtbank', 'hof', 'raad', 'universiteit', 'hogeschool', 'instituut',
    'stichting', 'vereniging', 'bond', 'agentschap', 'commissie', 'kamer', 'tweede kamer', 'eerste kamer', 'senaat',
    'parlement', 'kabinet', 'regering', 'politie', 'leger', 'vakbond', 'groep', 'maatschappij', 'bedrijf', 'dienst',
    'autoriteit', 'federatie', 'comité', 'academie', 'school', 'centrum', 'club', 'beweging', 'front', 'alliantie',
    'gemeente', 'provincie', 'omroep', 'krant', 'nv', 'bv',
  ],
  orgEndings: ['ministerie', 'partij', 'bank', 'rechtbank', 'raad', 'universiteit', 'instituut', 'stichting', 'vereniging', 'bond', 'commissie', 'politie', 'omroep', 'dienst'],
  nameAdjectiveEndings: [],
  orgSuffixes: ['nv', 'n.v.', 'bv', 'b.v.', 'vof', 'inc', 'ltd', 'gmbh', 'ag', 'fc'],
  orgDescriptors: [
    'bedrijf', 'concern', 'onderneming', 'firma', 'fabrikant', 'keten', 'krant', 'dagblad', 'tijdschrift', 'partij',
    'club', 'ploeg', 'team', 'vereniging', 'organisatie', 'ngo', 'vakbond', 'bank', 'verzekeraar', 'operator',
    'gigant', 'merk', 'platform', 'netwerk', 'omroep', 'zender', 'fonds', 'groep',
  ],
  orgDescriptorEndings: ['bedrijf', 'concern', 'fabrikant', 'keten', 'verzekeraar', 'omroep', 'zender', 'partij', 'club'],
  placeDescriptors: [
    'stad', 'gemeente', 'dorp', 'plaats', 'regio', 'provincie', 'land', 'hoofdstad', 'eiland', 'wijk', 'buurt',
    'territorium', 'republiek', 'staat', 'deelstaat', 'streek',
  ],
  placeHeads: ['straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'brug', 'station', 'luchthaven', 'haven', 'berg', 'meer', 'eiland', 'rivier', 'zee', 'baai', 'dal'],
  placePrepositions: ['in', 'uit', 'naar', 'bij', 'nabij', 'vanuit', 'te'],
  speechVerbs: [
    'zei', 'zegt', 'zeiden', 'gezegd', 'verklaarde', 'verklaart', 'stelde', 'stelt', 'benadrukte', 'benadrukt',
    'liet', 'laat', 'voegde', 'vertelde', 'vertelt', 'waarschuwde', 'waarschuwt', 'meldde', 'meldt', 'schreef',
    'schrijft', 'bevestigde', 'bevestigt', 'kondigde', 'beloofde', 'antwoordde', 'reageerde', 'reageert', 'aldus',
    'volgens', 'twitterde', 'erkende', 'noemde', 'noemt',
  ],
  placeNames: ['londen', 'brussel', 'genève', 'münchen', 'keulen', 'wenen', 'rome', 'milaan', 'napels', 'venetië', 'florence', 'moskou', 'peking', 'warschau', 'praag', 'kiev', 'athene', 'lissabon', 'kopenhagen', 'den haag', 'straatsburg', 'washington', 'new york', 'teheran', 'caïro', 'jeruzalem', 'beiroet', 'tokio', 'parijs', 'berlijn', 'antwerpen', 'gent'],
  regionAliases: { 'groot-brittannië': 'GB', amerika: 'US', holland: 'NL' },
  demonyms: {
    nederlands: 'NL', belgisch: 'BE', vlaams: 'BE', duits: 'DE', frans: 'FR', brits: 'GB', engels: 'GB',
    amerikaans: 'US', russisch: 'RU', oekraïens: 'UA', chinees: 'CN', japans: 'JP', italiaans: 'IT', spaans: 'ES',
    portugees: 'PT', pools: 'PL', turks: 'TR', marokkaans: 'MA', israëlisch: 'IL', palestijns: 'PS', iraans: 'IR',
    iraaks: 'IQ', syrisch: 'SY', egyptisch: 'EG', indiaas: 'IN', surinaams: 'SR', braziliaans: 'BR', canadees: 'CA',
    zweeds: 'SE', noors: 'NO', deens: 'DK', grieks: 'GR', zwitsers: 'CH', oostenrijks: 'AT', europees: '',
    afrikaans: '', arabisch: '', joods: '', islamitisch: '',
  },
  inflections: ['en', 's', 'e'],
  wordEndings: ['heid', 'heden', 'ing', 'ingen', 'schap', 'schappen', 'tie', 'ties', 'lijk', 'lijke', 'isme', 'iteit'],
  capitalizesNouns: false,
  quotes: { '“': '”', '„': '”', '"': '"', '‘': '’', '«': '»' },
};
