// Who said what in each language readers bring, through the real pipeline: the language's
// chunk (built from the packages), findActors for the speakers, findQuotes for the quotes.
// Every sentence here is written for this test.
import { beforeAll, describe, expect, test } from 'vitest';
import { readChunkFromPackages } from '../../cli/language-chunks.ts';
import { findActors } from '../../src/actors/find-actors.ts';
import { findQuotes } from '../../src/actors/find-quotes.ts';
import type { Language } from '../../src/language/language.ts';
import { loadLanguage } from '../../src/language/load-language.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';

/** [text, speaker, quote]: the one quote the text holds. */
type Credited = readonly [string, string, string];

interface LanguageCases {
  /** A direct quote in each of the language's quotation styles. */
  styles: readonly Credited[];
  /** A person is named beside a country or a town: the person speaks. */
  personNotCountry: readonly Credited[];
  /** "sagte er", "a-t-il dit", "dijo": the person named before speaks. */
  pronoun: readonly Credited[];
  /** Reported speech, without quotation marks. */
  reported: readonly Credited[];
  /** Quoted words or names with no verb of speech: no quote. */
  none: readonly string[];
}

const CASES: Record<string, LanguageCases> = {
  en: {
    styles: [
      ['“We will not back down,” said Foreign Minister Anna Lindqvist.', 'Anna Lindqvist', 'We will not back down'],
      ['"The budget is balanced," Treasury Secretary Paul Grant told reporters.', 'Paul Grant', 'The budget is balanced'],
      ["'We had no choice,' said Governor Maria Alvarez.", 'Maria Alvarez', 'We had no choice'],
      ['Governor Maria Alvarez wrote: ‘The bridge stays closed until spring.’', 'Maria Alvarez', 'The bridge stays closed until spring.'],
    ],
    personNotCountry: [
      ['“France will help Ukraine,” President Marc Leroy said in Germany.', 'Marc Leroy', 'France will help Ukraine'],
      ['Germany must spend more on defence, Senator Tom Becker said in Brussels.', 'Tom Becker', 'Germany must spend more on defence'],
    ],
    pronoun: [['Senator Tom Becker arrived late. “I apologise for the delay,” he said.', 'Tom Becker', 'I apologise for the delay']],
    reported: [
      ['Senator Tom Becker said that the vote would be delayed.', 'Tom Becker', 'the vote would be delayed'],
      ['Prices will rise next year, according to the economist Laura Chen.', 'Laura Chen', 'Prices will rise next year'],
    ],
    none: ['The crowd chanted “we want peace” as Senator Tom Becker arrived.', 'Senator Tom Becker read “War and Peace” on the train to Boston.'],
  },
  de: {
    styles: [
      ['„Wir werden die Steuern nicht erhöhen“, sagte Finanzministerin Julia Neumann am Dienstag.', 'Julia Neumann', 'Wir werden die Steuern nicht erhöhen'],
      ['Bürgermeister Klaus Hoffmann sagte: »Die Pläne sind noch nicht fertig.«', 'Klaus Hoffmann', 'Die Pläne sind noch nicht fertig.'],
      ['«Wir brauchen mehr Zeit», erklärte Bürgermeisterin Eva Keller.', 'Eva Keller', 'Wir brauchen mehr Zeit'],
      ['"Das Projekt kostet viel zu viel", kritisierte der Abgeordnete Jonas Hartmann.', 'Jonas Hartmann', 'Das Projekt kostet viel zu viel'],
      ['“Die Schule bleibt offen”, betonte Direktor Stefan Braun.', 'Stefan Braun', 'Die Schule bleibt offen'],
      ['‚Das war ein Fehler‘, hat Ministerin Sabine Roth am Montag gesagt.', 'Sabine Roth', 'Das war ein Fehler'],
      ['„Wir bleiben bei unserem Angebot“, so Gewerkschaftschef Uwe Schulz.', 'Uwe Schulz', 'Wir bleiben bei unserem Angebot'],
      ['„Der Zug fährt wieder. Die Strecke ist frei“, sagte Direktor Stefan Braun.', 'Stefan Braun', 'Der Zug fährt wieder. Die Strecke ist frei'],
      ['„Die Saison war lang und schwer“, resümierte Trainerin Eva Keller.', 'Eva Keller', 'Die Saison war lang und schwer'],
      ['„Bleiben Sie bei Glätte lieber zu Hause“, rät Direktor Stefan Braun.', 'Stefan Braun', 'Bleiben Sie bei Glätte lieber zu Hause'],
      // "von" opens the name as the story writes it in full; "erzählt" is a present tense, not only a participle.
      ['Anna von Lenthe leitet den Verband seit Mai. „Wir rechnen mit weniger Geschäften“, sagte von Lenthe.', 'Anna von Lenthe', 'Wir rechnen mit weniger Geschäften'],
      ['„Das Echo hat uns sehr überrascht“, erzählt Paul Berger.', 'Paul Berger', 'Das Echo hat uns sehr überrascht'],
      // A name before the speaker's describes them.
      ['Die Forscherin Julia Neumann leitet das Labor. „Das Ergebnis ist sehr gut“, berichtet Neumanns Kollege Paul Berger.', 'Paul Berger', 'Das Ergebnis ist sehr gut'],
    ],
    personNotCountry: [
      ['Frankreich werde die Ukraine weiter unterstützen, sagte Präsidentin Marie Dubois in Berlin.', 'Marie Dubois', 'Frankreich werde die Ukraine weiter unterstützen'],
      ['In Österreich sagte Kanzler Martin Vogel: „Wir helfen unseren Nachbarn.“', 'Martin Vogel', 'Wir helfen unseren Nachbarn.'],
    ],
    pronoun: [
      ['Finanzministerin Julia Neumann kam zu spät zur Sitzung. „Es tut mir sehr leid“, sagte sie.', 'Julia Neumann', 'Es tut mir sehr leid'],
      ['Direktor Stefan Braun blieb ruhig. Er sagte, dass die Schule offen bleibe.', 'Stefan Braun', 'die Schule offen bleibe'],
    ],
    reported: [
      ['Die Abgeordnete Maria Schmidt sagte, dass die Verhandlungen gescheitert seien.', 'Maria Schmidt', 'die Verhandlungen gescheitert seien'],
      ['Die Lage sei sehr ernst, erklärte Innenminister Paul Wagner.', 'Paul Wagner', 'Die Lage sei sehr ernst'],
      ['Ministerin Sabine Roth zufolge wird das Gesetz im Herbst beschlossen.', 'Sabine Roth', 'wird das Gesetz im Herbst beschlossen'],
      ['Die Acme Holding teilte am Montag mit, dass sie 300 Stellen streichen werde.', 'Acme Holding', 'sie 300 Stellen streichen werde'],
      // A name set off by a comma at the sentence's start is addressed; the one joined to the verb speaks.
      ['Frau Neumann, Bürgermeister Paul Berger verkündete diese Woche, dass die Schule schließt.', 'Paul Berger', 'die Schule schließt'],
      // The verb closes the claim before its comma; the comma after the speaker opens an apposition.
      ['Die Lage sei sehr ernst, betonte Innenminister Paul Wagner, der seit Mai im Amt ist.', 'Paul Wagner', 'Die Lage sei sehr ernst'],
      ['Die Lage, betonte Innenminister Paul Wagner, sei sehr ernst und schwierig.', 'Paul Wagner', 'sei sehr ernst und schwierig'],
    ],
    none: [
      'Die Menge rief „Wir wollen Frieden“, als Kanzler Martin Vogel kam.',
      'Kanzler Martin Vogel liest gern die „Süddeutsche Zeitung“ im Zug.',
      'Der Plan wurde von Innenminister Paul Wagner im Landtag erklärt.',
      // "teilt" speaks only with its particle "mit".
      'Die Schulen melden ihren Bedarf an Lehrern, die Acme Holding teilt das Geld zu.',
      // The verb right after the quotation has its subject after it, unnamed: no one named before speaks.
      'Am Montag besuchte Julia Neumann die Schule: „Das ist alles sehr gut so“, sagte ein Sprecher der Stadt.',
      // "so" before a verb or a conjunction names no source.
      'Die Grenzen sollen bald wieder offen sein, so wie Kanzler Martin Vogel es im Mai getan hatte.',
      'Geht man etwas weiter in der Zeit zurück, so hatte Kanzler Martin Vogel damals keine Wahl.',
    ],
  },
  fr: {
    styles: [
      ['« Nous ne céderons pas », a déclaré le ministre Jean Dupont.', 'Jean Dupont', 'Nous ne céderons pas'],
      ['«\u00a0Le budget sera voté\u00a0», a affirmé la ministre Claire Moreau.', 'Claire Moreau', 'Le budget sera voté'],
      ['“La réforme est prête”, explique l’économiste Paul Girard.', 'Paul Girard', 'La réforme est prête'],
      ['"Les chiffres sont mauvais", a reconnu le ministre Jean Dupont.', 'Jean Dupont', 'Les chiffres sont mauvais'],
    ],
    personNotCountry: [['« La France aidera l’Ukraine », a déclaré le président Emmanuel Petit à Berlin.', 'Emmanuel Petit', 'La France aidera l’Ukraine']],
    pronoun: [['Le député Marc Roussel est arrivé en retard. « Je suis vraiment désolé », a-t-il dit.', 'Marc Roussel', 'Je suis vraiment désolé']],
    reported: [
      ['La ministre Claire Moreau a affirmé que le budget serait voté en décembre.', 'Claire Moreau', 'le budget serait voté en décembre'],
      ['Selon le ministre Jean Dupont, la réforme sera adoptée avant l’été.', 'Jean Dupont', 'la réforme sera adoptée avant l’été'],
      ['La députée Anne Leroy estime qu’il faut agir vite.', 'Anne Leroy', 'il faut agir vite'],
    ],
    none: [
      'La foule criait « nous voulons la paix » devant la mairie de Lyon.',
      'Le plan a été annoncé par le ministre Jean Dupont.',
      // The verb right after the quotation has its subject after it: Claire Dumont did not write.
      'Claire Dumont a fait les travaux « sans aucune autorisation », écrit le journal local.',
    ],
  },
  es: {
    styles: [
      ['«No vamos a rendirnos», dijo el presidente Pedro Ramírez.', 'Pedro Ramírez', 'No vamos a rendirnos'],
      ['“Los datos son buenos”, afirmó la ministra Ana López.', 'Ana López', 'Los datos son buenos'],
      ['"El puente está cerrado", explicó el alcalde Jorge Navarro.', 'Jorge Navarro', 'El puente está cerrado'],
    ],
    personNotCountry: [['«España ayudará a Ucrania», dijo el presidente Pedro Ramírez en Francia.', 'Pedro Ramírez', 'España ayudará a Ucrania']],
    pronoun: [
      ['El diputado Carlos Medina llegó tarde a la reunión. «Lo siento mucho», dijo él.', 'Carlos Medina', 'Lo siento mucho'],
      ['La diputada Carmen Ruiz llegó tarde a la reunión. «Lo siento mucho», dijo.', 'Carmen Ruiz', 'Lo siento mucho'],
    ],
    reported: [
      ['La ministra Ana López dijo que el gobierno bajará los impuestos.', 'Ana López', 'el gobierno bajará los impuestos'],
      ['Según el ministro Carlos Medina, la economía crecerá este año.', 'Carlos Medina', 'la economía crecerá este año'],
      ['La economía crecerá este año, aseguró el ministro Carlos Medina.', 'Carlos Medina', 'La economía crecerá este año'],
    ],
    none: ['La multitud gritaba «queremos la paz» frente al ayuntamiento de Sevilla.'],
  },
  it: {
    styles: [
      ['«Non ci arrenderemo», ha detto il premier Marco Rossi.', 'Marco Rossi', 'Non ci arrenderemo'],
      ['“I conti sono in ordine”, ha dichiarato la ministra Giulia Bianchi.', 'Giulia Bianchi', 'I conti sono in ordine'],
      ['"Il ponte resta chiuso", ha spiegato il sindaco Luca Ferrari.', 'Luca Ferrari', 'Il ponte resta chiuso'],
    ],
    personNotCountry: [['«L’Italia aiuterà l’Ucraina», ha detto il premier Marco Rossi a Parigi.', 'Marco Rossi', 'L’Italia aiuterà l’Ucraina']],
    pronoun: [['Il sindaco Luca Ferrari è arrivato in ritardo. «Mi dispiace molto», ha detto.', 'Luca Ferrari', 'Mi dispiace molto']],
    reported: [
      ['La ministra Giulia Bianchi ha detto che il governo ridurrà le tasse.', 'Giulia Bianchi', 'il governo ridurrà le tasse'],
      ['Secondo il ministro Marco Rossi, l’economia crescerà quest’anno.', 'Marco Rossi', 'l’economia crescerà quest’anno'],
      ['L’economia crescerà quest’anno, ha spiegato il ministro Marco Rossi.', 'Marco Rossi', 'L’economia crescerà quest’anno'],
    ],
    none: ['La folla gridava «vogliamo la pace» davanti al municipio di Torino.'],
  },
  pt: {
    styles: [
      ['«Não vamos desistir», disse o presidente João Silva.', 'João Silva', 'Não vamos desistir'],
      ['“Os números são bons”, afirmou a ministra Maria Costa.', 'Maria Costa', 'Os números são bons'],
      ['"A ponte continua fechada", explicou o prefeito Rui Almeida.', 'Rui Almeida', 'A ponte continua fechada'],
      ['"A obra termina em maio", falou o prefeito Rui Almeida.', 'Rui Almeida', 'A obra termina em maio'],
    ],
    personNotCountry: [['«Portugal vai ajudar a Ucrânia», disse o presidente João Silva em Espanha.', 'João Silva', 'Portugal vai ajudar a Ucrânia']],
    pronoun: [
      ['O deputado Paulo Santos chegou atrasado à reunião. «Peço desculpa a todos», disse ele.', 'Paulo Santos', 'Peço desculpa a todos'],
      ['O deputado Paulo Santos chegou atrasado à reunião. "Peço desculpa a todos", disse.', 'Paulo Santos', 'Peço desculpa a todos'],
    ],
    reported: [
      ['A ministra Maria Costa afirmou que o governo vai baixar os impostos.', 'Maria Costa', 'o governo vai baixar os impostos'],
      ['Segundo o ministro João Silva, a economia vai crescer este ano.', 'João Silva', 'a economia vai crescer este ano'],
    ],
    none: ['A multidão gritava «queremos a paz» em frente à câmara de Lisboa.'],
  },
  nl: {
    styles: [
      ['„De plannen zijn nog niet klaar”, zei minister Mark Visser.', 'Mark Visser', 'De plannen zijn nog niet klaar'],
      ['‘We gaan gewoon door’, zei burgemeester Sanne Bakker.', 'Sanne Bakker', 'We gaan gewoon door'],
      ["'De brug blijft dicht', zei burgemeester Sanne Bakker.", 'Sanne Bakker', 'De brug blijft dicht'],
      ['“De cijfers zijn goed”, zei minister Mark Visser.', 'Mark Visser', 'De cijfers zijn goed'],
    ],
    personNotCountry: [['Premier Mark Visser zei tijdens een bezoek aan Duitsland: “Wij steunen Oekraïne volledig.”', 'Mark Visser', 'Wij steunen Oekraïne volledig.']],
    pronoun: [['De wethouder Lars Mulder kwam te laat. "Het spijt me echt", zei hij.', 'Lars Mulder', 'Het spijt me echt']],
    reported: [
      ['Minister Sophie Smit zei dat de regering de belastingen verlaagt.', 'Sophie Smit', 'de regering de belastingen verlaagt'],
      ['Volgens minister Mark Visser daalt de werkloosheid dit jaar.', 'Mark Visser', 'daalt de werkloosheid dit jaar'],
      ['De werkloosheid daalt dit jaar, aldus minister Mark Visser.', 'Mark Visser', 'De werkloosheid daalt dit jaar'],
    ],
    none: ['De menigte riep ‘wij willen vrede’ toen minister Mark Visser aankwam.'],
  },
};

const languages = new Map<string, Language | null>();

beforeAll(async () => {
  for (const code of Object.keys(CASES)) languages.set(code, await loadLanguage(code, readChunkFromPackages));
});

/** [speaker, quote] of each quote in `text`, read as `code`; each quote's offsets give its text back. */
function quotesOf(code: string, text: string): Array<[string, string]> {
  const language = languages.get(code) ?? null;
  const sentences = splitSentences(text);
  const actors = findActors({ text, sentences, title: null, highlights: [], language });
  const quotes = findQuotes({ text, sentences, actors, language });
  for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  return quotes.map((quote) => [quote.speaker, quote.text]);
}

/** The verb's subject is a role, and the person it is follows after a comma, closing the clause. */
const APPOSITIVE_AFTER_VERB: Readonly<Record<string, Credited>> = {
  en: ['“We worked day and night,” said the site manager, Lena Holt.', 'Lena Holt', 'We worked day and night'],
  de: ['„Wir haben Tag und Nacht gearbeitet“, sagte der Bauleiter, Lena Holt.', 'Lena Holt', 'Wir haben Tag und Nacht gearbeitet'],
  fr: ['« Nous avons travaillé jour et nuit », a déclaré la cheffe du chantier, Lena Holt.', 'Lena Holt', 'Nous avons travaillé jour et nuit'],
  es: ['«Trabajamos día y noche», dijo la jefa de obra, Lena Holt.', 'Lena Holt', 'Trabajamos día y noche'],
  it: ['«Abbiamo lavorato giorno e notte», ha detto la direttrice dei lavori, Lena Holt.', 'Lena Holt', 'Abbiamo lavorato giorno e notte'],
  pt: ['«Trabalhámos dia e noite», disse a diretora da obra, Lena Holt.', 'Lena Holt', 'Trabalhámos dia e noite'],
  nl: ['“We hebben dag en nacht gewerkt”, zei de bouwleider, Lena Holt.', 'Lena Holt', 'We hebben dag en nacht gewerkt'],
};

/** What stands before a name whose verb goes on to a long object is no claim: [text]. */
const OBJECT_AFTER_VERB: Readonly<Record<string, string>> = {
  fr: 'Prenant la parole en public, Marc Lefèvre a reconnu tous les faits qui lui sont reprochés depuis deux ans.',
  es: 'Tomando la palabra ante la sala, Pablo Ortega reconoció todos los hechos del caso y pidió perdón a la familia.',
  pt: 'Tomando a palavra perante o juiz, Rui Tavares reconheceu todos os factos do processo e pediu desculpa à família.',
};

/** A claim before its attribution, with a short phrase of when or a listener after the verb: [text, speaker, claim]. */
const CLAIM_BEFORE_SHORT_TAIL: Readonly<Record<string, Credited>> = {
  en: ['The depot will stay open all year, Tom Becker told me after the long meeting.', 'Tom Becker', 'The depot will stay open all year'],
  fr: ['Le dépôt restera ouvert toute l’année, Marc Lefèvre a affirmé lundi.', 'Marc Lefèvre', 'Le dépôt restera ouvert toute l’année'],
};

/** A second verb after "but" goes on with the first's subject, not a name in the first verb's claim: [text, speaker, quote]. */
const BUT_CONTINUES: Readonly<Record<string, Credited>> = {
  en: ['Senator Tom Becker spoke to reporters about the councillor Jo Lind. He maintained that the fine given to Lind cannot be cancelled, but argued that “rules” must stop a “climate of impunity”.', 'Tom Becker', 'climate of impunity'],
  pt: ['O senador Paulo Souza falou com jornalistas sobre o deputado Rui Alves. Ele sustentou que a multa aplicada a Alves não pode ser anulada, mas defendeu que sejam fixadas "regras" para evitar um "clima de impunidade".', 'Paulo Souza', 'clima de impunidade'],
};

/** A claim in the reporter's words that names the person the pronoun would stand for: someone else spoke. */
const SPEAKER_NAMED_IN_CLAIM: Readonly<Record<string, string>> = {
  en: 'The singer Lena Holt was taken to hospital on Monday. Her manager was at her side. He said that Lena Holt and her brother are both doing well.',
  es: 'La cantante Lena Holt fue ingresada el lunes. Su representante estuvo a su lado. Aseguró que tanto Lena Holt como su hermano se encuentran bien.',
};

/** A verb of retort before a colon and the quote: [text, speaker, quote]. */
const RETORT_BEFORE_COLON: Record<string, Credited> = {
  de: ['Jonas Falk konterte: „Das ist ein Irrtum.“', 'Jonas Falk', 'Das ist ein Irrtum.'],
  fr: ['Élise Marchal a rétorqué : « C’est une erreur. »', 'Élise Marchal', 'C’est une erreur.'],
  es: ['Elena Robles replicó: «Es un error».', 'Elena Robles', 'Es un error'],
  it: ['Marco Ferri ha ribattuto: «È un errore».', 'Marco Ferri', 'È un errore'],
  pt: ['Rui Tavares rebateu: «É um erro».', 'Rui Tavares', 'É um erro'],
};

describe('a claim before its speaker', () => {
  test.each(Object.entries(OBJECT_AFTER_VERB))('%s: is none where the verb goes on to its object', (code, text) => {
    expect(quotesOf(code, text)).toEqual([]);
  });

  test.each(Object.entries(CLAIM_BEFORE_SHORT_TAIL))('%s: is read where only a short phrase or a listener follows the verb', (code, [text, speaker, quote]) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });
});

describe('reported speech naming its own speaker', () => {
  test.each(Object.entries(SPEAKER_NAMED_IN_CLAIM))('%s: is credited to no one', (code, text) => {
    expect(quotesOf(code, text)).toEqual([]);
  });
});

describe('a verb after "but"', () => {
  test.each(Object.entries(BUT_CONTINUES))('%s: speaks for its clause\'s subject', (code, [text, speaker, quote]) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });
});

describe('a retort is speech', () => {
  test.each(Object.entries(RETORT_BEFORE_COLON))('%s: the person before the verb speaks', (code, [text, speaker, quote]) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });
});

describe('a speaker named in apposition after the verb', () => {
  test.each(Object.entries(APPOSITIVE_AFTER_VERB))('%s: the person after the comma speaks', (code, [text, speaker, quote]) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });

  test('a name after the comma that goes on into the clause is not the speaker', () => {
    expect(quotesOf('en', '“We worked day and night,” said the site manager, Lena Holt and her team cheered.').map(([speaker]) => speaker)).not.toContain('Lena Holt');
  });
});

/** A person named in one clause, then an unnamed subject ("the spokesman") before the verb of the next: no one is credited. */
const UNNAMED_SUBJECT: Readonly<Record<string, string>> = {
  en: 'Senator Tom Becker met the farmers, and the farmers said that prices were far too low.',
  de: 'Bürgermeister Paul Wagner besuchte die Bauern, und der Sprecher sagte, dass die Preise zu niedrig seien.',
  fr: 'Le maire Paul Girard a reçu les syndicats, et la ministre a déclaré que le budget serait voté.',
  es: 'El alcalde Jorge Navarro visitó a los agricultores, y el portavoz dijo que los precios eran bajos.',
  it: 'Il sindaco Luca Ferrari ha incontrato gli agricoltori, e il portavoce ha detto che i prezzi sono bassi.',
  pt: 'O prefeito Rui Almeida visitou os agricultores, e o porta-voz disse que os preços eram baixos.',
  nl: 'Burgemeester Sanne Bakker bezocht de boeren, en de woordvoerder zei dat de prijzen te laag zijn.',
};

describe('an unnamed subject before the verb', () => {
  test.each(Object.entries(UNNAMED_SUBJECT))('%s: the person named before does not speak', (code, text) => {
    expect(quotesOf(code, text)).toEqual([]);
  });

  test('after a clause that sets the scene, it stands for that clause’s subject', () => {
    const text = 'When Senator Tom Becker was asked about the vote, the senator said that it would be delayed.';
    expect(quotesOf('en', text)).toEqual([['Tom Becker', 'it would be delayed']]);
  });
});

/** Languages that drop their pronouns: a relative pronoun opening the verb's clause is its subject, and no one named is. */
const RELATIVE_SUBJECT: Readonly<Record<string, string>> = {
  es: 'La ministra Ana López visitó el hospital. Su hermano, que ha explicado que el paciente estaba grave, pidió calma.',
  it: 'Il sindaco Luca Ferrari è arrivato. Sua sorella, che ha detto che il ponte è chiuso, è rimasta a casa.',
  pt: 'O prefeito Rui Almeida chegou cedo. A irmã dele, que disse que a ponte está fechada, ficou em casa.',
};

/** An aside in brackets between a subject and its verb leaves the subject speaking: [text, speaker, quote]. */
const ASIDE_IN_BRACKETS: Readonly<Record<string, Credited>> = {
  pt: ['O ministro João Silva chegou. A Polícia Federal (PF) informou que as buscas terminaram ontem.', 'Polícia Federal', 'as buscas terminaram ontem'],
  it: ['Il ministro Marco Rossi è arrivato. La Protezione Civile (PC) ha detto che la strada è chiusa.', 'Protezione Civile', 'la strada è chiusa'],
};

describe('a dropped subject', () => {
  test.each(Object.entries(RELATIVE_SUBJECT))('%s: is not read where a relative pronoun opens the clause', (code, text) => {
    expect(quotesOf(code, text)).toEqual([]);
  });

  test.each(Object.entries(ASIDE_IN_BRACKETS))('%s: is not read after a subject with an aside in brackets', (code, [text, speaker, quote]) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });
});

/**
 * Short news stories of several paragraphs, written for this test, in the two languages the
 * corpus has almost no pages in: every quote and claim with its speaker, and none for the
 * unnamed ("Alcuni funzionari francesi", "Duitse ambtenaren", "Il portavoce"), nor for a
 * relative clause's subject ("Sua sorella, che ha detto", "Haar broer, die zei").
 */
const STORIES: Readonly<Record<string, { text: string; quotes: ReadonlyArray<readonly [string, string]> }>> = {
  it: {
    text: [
      'Il sindaco di Genova, Paolo Serra, ha presentato ieri il nuovo piano per il porto. «Il porto deve crescere senza soffocare la città», ha detto Serra durante la conferenza stampa in municipio.',
      'La ministra Chiara Valli ha spiegato che i lavori cominceranno in primavera. Secondo la ministra, il governo ha già stanziato trecento milioni di euro.',
      'Alcuni funzionari francesi hanno detto che la Francia guarda con interesse al progetto. Il portavoce ha aggiunto che una delegazione arriverà a Genova a maggio.',
      "Il presidente dell'Autorità portuale, Marco Gatti, è rimasto prudente. «Non abbiamo ancora firmato nulla», ha ammesso. Sua sorella, che ha detto che il progetto è troppo costoso, guida un comitato di cittadini.",
      "L'Unione europea (Ue) ha confermato che valuterà la richiesta di fondi entro l'estate. «Serve una risposta rapida», ha ribadito Serra.",
    ].join('\n\n'),
    quotes: [
      ['Paolo Serra', 'Il porto deve crescere senza soffocare la città'],
      ['Chiara Valli', 'i lavori cominceranno in primavera'],
      ['Marco Gatti', 'Non abbiamo ancora firmato nulla'],
      ['Unione europea', "valuterà la richiesta di fondi entro l'estate"],
      ['Paolo Serra', 'Serve una risposta rapida'],
    ],
  },
  nl: {
    text: [
      'Burgemeester Femke Dijkstra van Utrecht presenteerde dinsdag een nieuw plan voor het station. „We willen dat reizigers zich hier weer welkom voelen”, zei Dijkstra tijdens een persconferentie op het stadhuis.',
      'Minister Ruud Hendriks van Infrastructuur zei dat de bouw in het voorjaar begint. Volgens de minister heeft het kabinet al driehonderd miljoen euro gereserveerd.',
      'Duitse ambtenaren zeiden dat Duitsland met belangstelling naar het plan kijkt. De woordvoerder voegde eraan toe dat een delegatie in mei naar Utrecht komt.',
      'De directeur van ProRail, Anouk Visser, bleef voorzichtig. ‘We hebben nog niets getekend’, zei ze. Haar broer, die zei dat het plan veel te duur is, leidt een actiegroep van bewoners.',
      `Dijkstra's woordvoerder liet weten dat de gemeente de plannen in juni aan de raad voorlegt. "Dit is een kans die we niet mogen laten liggen", aldus Dijkstra.`,
    ].join('\n\n'),
    quotes: [
      ['Femke Dijkstra', 'We willen dat reizigers zich hier weer welkom voelen'],
      ['Ruud Hendriks', 'de bouw in het voorjaar begint'],
      ['Anouk Visser', 'We hebben nog niets getekend'],
      ['Femke Dijkstra', 'de gemeente de plannen in juni aan de raad voorlegt'],
      ['Femke Dijkstra', 'Dit is een kans die we niet mogen laten liggen'],
    ],
  },
};

describe.each(Object.entries(STORIES))('a story in %s', (code, { text, quotes }) => {
  test('each quote goes to its speaker, and none to the unnamed', () => {
    expect(quotesOf(code, text)).toEqual(quotes);
  });
});

describe('a quotation standing alone', () => {
  test('goes on the speech of the sentence before', () => {
    const text = 'Direktor Stefan Braun sprach sich für längere Ferien aus. „Die Kinder brauchen Ruhe.“';
    expect(quotesOf('de', text)).toEqual([['Stefan Braun', 'Die Kinder brauchen Ruhe.']]);
  });

  test('is nobody’s after a sentence without a verb of speech', () => {
    expect(quotesOf('de', 'Direktor Stefan Braun ging nach Hause. „Die Kinder brauchen Ruhe.“')).toEqual([]);
  });
});

describe.each(Object.entries(CASES))('quotes in %s', (code, cases) => {
  test.each(cases.styles)('each quotation style: %s', (text, speaker, quote) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });

  test.each(cases.personNotCountry)('the person speaks, not the country: %s', (text, speaker, quote) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });

  test.each(cases.pronoun)('a pronoun speaks for the person named before: %s', (text, speaker, quote) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });

  test.each(cases.reported)('reported speech: %s', (text, speaker, quote) => {
    expect(quotesOf(code, text)).toEqual([[speaker, quote]]);
  });

  test.each(cases.none)('no quote without a verb of speech: %s', (text) => {
    expect(quotesOf(code, text)).toEqual([]);
  });
});
