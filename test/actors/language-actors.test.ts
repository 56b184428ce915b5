// Key actors in stories in German, French, Spanish, Italian, Portuguese and Dutch, read with
// the real language chunks built from the packages (as the CLI builds them). Every sentence
// here is invented for these tests.
import { beforeAll, describe, expect, test } from 'vitest';
import { readChunkFromPackages } from '../../cli/language-chunks.ts';
import { findActors } from '../../src/actors/find-actors.ts';
import { loadLanguage } from '../../src/language/load-language.ts';
import type { Language } from '../../src/language/language.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';
import type { Actor } from '../../src/types.ts';

const CODES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'cs'] as const;
type Code = (typeof CODES)[number];
const languages = new Map<Code, Language>();

beforeAll(async () => {
  for (const code of CODES) {
    const language = await loadLanguage(code, readChunkFromPackages);
    if (!language) throw new Error(`no language data for ${code}`);
    languages.set(code, language);
  }
}, 60_000);

function actorsOf(code: Code, text: string, title: string | null = null): Actor[] {
  return findActors({ text, sentences: splitSentences(text), title, highlights: [], language: languages.get(code) });
}

/** The story's actor `name` is of `kind`, with `mentions` mentions. */
function expectActor(code: Code, text: string, name: string, kind: string, mentions: number): void {
  const actor = actorsOf(code, text).find((a) => a.name === name);
  expect(actor?.kind).toBe(kind);
  expect(actor?.mentions).toHaveLength(mentions);
}

const shown = (code: Code, text: string): Array<[string, string]> => actorsOf(code, text).map((a) => [a.name, a.kind]);

describe('common words are never actors', () => {
  // Texts with no actor in them, each row with the cue that keeps its words out of the box.
  test.each([
    ['function words, weekdays, months, common nouns', 'de', 'Und die Zeit drängt. Banken und Versicherer warten seit Oktober auf eine Antwort. Es geht um viel Geld, sagte am Montag ein Sprecher. Die Arbeiter kamen um acht Uhr.'],
    ['function words, weekdays, months, common nouns', 'fr', 'En mars, les banques attendaient une réponse. Que faire maintenant ? Selon un porte-parole, la réunion de lundi a duré deux heures. Une décision viendra en octobre.'],
    ['function words, weekdays, months, common nouns', 'es', 'En marzo, los bancos esperaban una respuesta. Que nadie se engañe: el lunes la reunión duró dos horas. Una decisión llegará en octubre, según un portavoz.'],
    ['function words, weekdays, months, common nouns', 'it', 'In marzo le banche aspettavano una risposta. Che fare adesso? Secondo un portavoce, la riunione di lunedì è durata due ore. Una decisione arriverà in ottobre.'],
    ['function words, weekdays, months, common nouns', 'pt', 'Em março, os bancos esperavam uma resposta. Que fazer agora? Segundo um porta-voz, a reunião de segunda-feira durou duas horas. Uma decisão chega em outubro.'],
    ['function words, weekdays, months, common nouns', 'nl', 'In maart wachtten de banken op een antwoord. Wat nu? Volgens een woordvoerder duurde de vergadering op maandag twee uur. Een besluit volgt in oktober.'],
    ['a feast', 'fr', 'Les magasins ferment avant Noël. Après Noël, les prix baissent. À Noël, tout est cher. Pendant le Ramadan, on jeûne.'],
    ['a feast', 'es', 'Las tiendas cierran antes de Navidad. Después de Navidad, los precios bajan. En Navidad todo es caro.'],
    ['a feast', 'it', 'I negozi chiudono prima di Natale. Dopo Natale i prezzi scendono. A Natale tutto costa. A Pasqua viaggiamo.'],
    ['a feast', 'pt', 'As lojas fecham antes do Natal. Depois do Natal, os preços caem. No Natal tudo é caro. Na Páscoa viajamos.'],
    ['a German noun the dictionary builds only as a compound ("Maß|nahme")', 'de', 'Die Stadt plant neue Maßnahmen. Jede Maßnahme kostet Geld. Nach der Festnahme folgten weitere Maßnahmen.'],
    ['a verb made a noun closing a compound ("Intervall|fasten")', 'de', 'Das Intervallfasten hilft vielen. Beim Intervallfasten isst man selten. Intervallfasten ist beliebt.'],
    ['a present participle opening a sentence ("Anschließend", its verb "anschließen" in the dictionary)', 'de', 'Anschließend fuhren wir heim. Anschließend aßen wir. Anschließend schliefen alle.'],
    ['an article alone, shouted ("DIE Woche")', 'de', 'Der Bericht lief spät. DIE Woche war lang, und DIE Nacht auch. DIE Stadt schlief.'],
    ['a letter alone ("R$ 40 mil", the real\'s sign)', 'pt', 'A loja cobrava R$ 40 mil pelo carro, depois R$ 35 mil, e por fim R$ 30 mil.'],
    ['a German noun the dictionary lacks, however often it recurs (every noun is capitalized there)', 'de', 'Die Quinoa ist gesund. Viele essen Quinoa zum Frühstück, weil Quinoa viel Eiweiß enthält. Auch Kinder mögen Quinoa.'],
    ['a German noun the dictionary lacks after a preposition of place and an article ("in der", "im"): German puts its nouns there, names seldom', 'de', 'Viele schwören auf Kombucha. In der Kombucha steckt Säure, und in der Kombucha gärt Zucker. Die Hefe wächst im Kefir, und im Kefir bleibt sie lange.'],
    ['English words borrowed into German, several in a row', 'de', 'Die Firma setzt auf Remote Work. Mit Remote Work spart sie Geld, und Remote Work hilft auch der Shared Economy. Die Shared Economy wächst.'],
    ['an article opening a list item or a heading after its mark or number ("# Das …", "2 Das …")', 'de', 'So geht es.\n\n# Das Carbon-Lenkrad sitzt fest.\n\n2 Das Jahresbrutto steigt.\n\nMehr gibt es nicht.'],
    ['a title alone, even after another title ("der Vorsitzende Landrichter")', 'de', 'Am Ende verhängte der Vorsitzende Landrichter ein Bußgeld. Die zuständige Staatsanwältin schwieg.'],
    ['a town only the world\'s list knows, which the story also writes opening its compounds ("Corona-Regeln"): a borrowed word, a virus here', 'de', 'Die Corona-Regeln gelten weiter. Seit Corona arbeiten viele Leute zu Hause. Wegen Corona fiel das Fest aus. Die Corona-Tests bleiben kostenlos.'],
    ['a verb in the future whose letters, less the accent, spell a name in the shared list ("Haré", "Hare")', 'es', 'El párroco habló ayer con la prensa.\n\n“Haré todo lo que pueda”\n\nEl párroco pidió calma. ”Haré todo lo que sea necesario por aclarar esta denuncia”, dijo.'],
    ['a greeting opening a sentence, or after a comma in a row of salutations ("Hey Schatz", "Liebe Kegelfreunde")', 'de', 'Liebe Nachbarn, Liebe Kegelfreunde, das Fest beginnt um acht Uhr. Er rief nur: Hey Schatz, komm rein!'],
    ['a firm\'s name that is also a borrowed word, after a determiner no name takes ("nach jedem Sprint", "kein Sprint")', 'de', 'Das Team plant in kurzen Etappen. Nach jedem Sprint zeigt es die Arbeit vor, und kein Sprint dauert länger als zwei Wochen.'],
    ['a Roman numeral alone ("la fase II")', 'es', 'Empieza la fase II del plan. La fase II dura un año, y luego viene la III. Tras la II, todo cambia.'],
    ['a word of the language after a noun\'s determiner, whatever surname it spells ("unterm Tannenbaum", "das Beste")', 'de', 'Die Kinder sitzen unterm Tannenbaum. Später singen alle vor dem Tannenbaum. Sie ist das Beste, was ihm passiert ist, und er kann am Besten kochen.'],
    ['an adjective opening a sentence before a compound noun ("Starke Stromerzeugung")', 'de', 'Starke Windkraftanlagen drehen sich im Norden. Stabile Mehrheitsverhältnisse fehlen im Landtag. Reine Beitragszahler zahlen mehr.'],
    ['a charter, a law by another name ("la Carta Magna")', 'es', 'El debate sobre la Carta Magna sigue. La Carta Magna fue votada hace años, y la Carta Magna aún rige.'],
    ['a compound closed by an event\'s, a price\'s or a law\'s head, even after an article run on from a heading ("Der Benzinpreis")', 'de', 'Tipps zum Sparen: Günstiger heizen Der Heizölpreis klettert wieder. Später am Tag meldete die Börse neue Zahlen. Günstiger heizen Der Heizölpreis bleibt hoch.'],
    ['a noun of the language an English list knows as an organization ("das Amt": the lexicon\'s AMT)', 'de', 'Nach der Wahl trat sie das Amt an. Der Antrag wurde vom zuständigen Amt geprüft.'],
    ['a charter, a law by another name ("la Charte")', 'fr', 'Le débat sur la Charte sociale continue. La Charte sociale fut votée il y a longtemps.'],
    ['an institution\'s head in the genitive, alone ("des Ministeriums"): the dictionary files its base like a name', 'de', 'Ein Sprecher des Ministeriums bestätigte die Pläne. Die Leitung des Ministeriums schwieg.'],
    ['a German word the dictionary writes in lower case, opening a sentence, that the shared names list also holds ("Klar", "Tolles", "Hohe" of "Hoh")', 'de', 'Klar, das neue Rad ist leicht. Tolles Internetz, dieses. Hohe Mieten bei kleinen Wohnungen. Starkes Ehrenamt braucht Geld.'],
    ['an acronym the story counts, with an article, a number or a plural, a thing wherever it stands ("ein SUV", "300 PS", "die URLs")', 'de', 'Der Kunde kaufte einen neuen SUV mit 300 PS. Der SUV fährt schnell, denn PS zählen. Das Programm speichert URLs. Jede URL landet in einer Liste, und URL ist das Stichwort.'],
    ['an acronym the story counts, with an article, a number or a plural, a thing wherever it stands ("una IA", "500 MW")', 'es', 'La empresa presentó una IA capaz de escribir. La IA ya redacta informes. La planta tendrá 500 MW, y MW es la unidad del contrato.'],
    ['a heading shouted in four words or more, none of them a function word the engine knows', 'cs', 'MĚSTO ZÍSKALO VELKOU DOTACI\n\nStavba knihovny začne příští rok.'],
    ['a legal form alone, of no firm named before it ("und Co.", "die GmbH")', 'de', 'Die Jugend liest kaum noch Zeitung, sie schaut Videos und Co. Die GmbH zahlt Steuern, und die GmbH stellt ein. Jede KG braucht einen Vertrag.'],
    ['a verb\'s finite form or participle opening a sentence, its infinitive in the dictionary ("Vereinfacht gesagt", "Finde …", "Sag …")', 'de', 'Vereinfacht gesagt fehlt das Geld. Vereinfacht dargestellt reicht es nicht. Finde das nicht gut, sagt sie. Finde ich auch, sagt er. Sag Bescheid, wenn es klappt. Sag Bescheid, sagte er.'],
    ['an ordinary word after an elided article opening a sentence ("L’azienda"): the capital is the sentence\'s', 'it', 'L’azienda ha replicato con una nota. L\'opposizione ha protestato a lungo. L’azienda non ha commentato.'],
  ] as Array<[string, Code, string]>)('%s (%s)', (_cue, code, text) => {
    expect(shown(code, text)).toEqual([]);
  });

  test('where the pronoun follows the verb, the word before a speech verb opens the sentence and speaks for no one ("Freilich sagt er")', () => {
    expect(shown('de', 'Die Tour führt durch Leipzig. Freilich sagt er, dass die Stadt sich verändert habe. Natürlich sagt sie das gern.')).toEqual([['Leipzig', 'place']]);
    expect(shown('nl', 'De tocht gaat door Utrecht. Eerlijk zegt hij dat de stad veranderd is.')).toEqual([['Utrecht', 'place']]);
  });

  test('a compound closed by a noun the dictionary files like a name ("Klima|wandel") is a noun; a place or an institution so closed is not', () => {
    const text = 'Der Klimawandel ist real. Gegen den Klimawandel hilft nur Mut. Der Klimawandel bleibt. In Oberbayern regnet es. Das Justizministerium prüft den Fall.';
    expect(shown('de', text)).toEqual([['Oberbayern', 'place'], ['Justizministerium', 'organization']]);
  });

  test('a unit abbreviated between a number and its period or bracket is no name ("28 Pkt)", "3,5 Mio. t")', () => {
    const text = 'Die Tabelle: Kiel (28 Pkt), Lübeck (26 Pkt), Rostock (21 Pkt). Der Hafen schlug 3,5 Mio. t um, dann 4,1 Mio. t und 5,2 Mio. t.';
    const names = shown('de', text).map(([name]) => name);
    expect(names).not.toContain('Pkt');
    expect(names).not.toContain('Mio');
  });

  test('an English word standing alone in German text ("Points of Interest") is a borrowed noun, not a name; an acronym or a surname stays', () => {
    const text =
      'Die neuen Karten zeigen Points of Interest. Viele Karten kennen Points of Interest nicht. Die Updates sind gratis, die Updates kommen oft, die Updates helfen. ' +
      'Die WHO warnte. Laut WHO steigen die Fälle. Die WHO rät zur Vorsicht. Trainerin Krystal Banks lobte das Team. Banks war zufrieden, sagte Banks.';
    const names = shown('de', text).map(([name]) => name);
    for (const word of ['Updates', 'Points', 'Interest']) expect(names).not.toContain(word);
    expect(names).toEqual(expect.arrayContaining(['WHO', 'Krystal Banks']));
    expect(actorsOf('de', text).find((a) => a.name === 'Krystal Banks')?.mentions).toHaveLength(3);
    // A surname German has no noun for ("Rivers") is kept too, though no word changes its role.
    const rivers = 'Trainerin Krystal Rivers lobte das Team. Rivers war zufrieden, sagte Rivers.';
    expect(actorsOf('de', rivers).find((a) => a.name === 'Krystal Rivers')?.mentions).toHaveLength(3);
  });
});

describe('names, with their kind', () => {
  test.each([
    ['de', 'Bürgermeisterin Henrike Vossberg eröffnete die Brücke in Kiel. Der Baukonzern Strandwerk hatte sie gebaut.', [['Henrike Vossberg', 'person'], ['Kiel', 'place'], ['Strandwerk', 'organization']]],
    ['fr', 'La maire Sophie Marchetti a inauguré le pont à Nantes. Le groupe Batival l’avait construit pour la ville.', [['Sophie Marchetti', 'person'], ['Nantes', 'place'], ['Batival', 'organization']]],
    ['es', 'La alcaldesa Lucía Ferrand inauguró el puente en Valencia. La empresa Constructora Rivas lo había construido.', [['Lucía Ferrand', 'person'], ['Valencia', 'place'], ['Constructora Rivas', 'organization']]],
    ['it', 'Il sindaco Paolo Venturini ha inaugurato il ponte a Bologna. La società Edilponti lo aveva costruito per il comune.', [['Paolo Venturini', 'person'], ['Bologna', 'place'], ['Edilponti', 'organization']]],
    ['pt', 'O prefeito Rafael Moreira inaugurou a ponte em Curitiba. A empresa Construtora Vidal tinha feito a obra.', [['Rafael Moreira', 'person'], ['Curitiba', 'place'], ['Construtora Vidal', 'organization']]],
    ['nl', 'Burgemeester Anouk Verhoef opende de brug in Utrecht. Het bouwbedrijf Dijkstra Bouw had de brug gebouwd.', [['Anouk Verhoef', 'person'], ['Utrecht', 'place'], ['Dijkstra Bouw', 'organization']]],
  ] as Array<[Code, string, Array<[string, string]>]>)('%s', (code, text, expected) => {
    const actors = shown(code, text);
    for (const actor of expected) expect(actors).toContainEqual(actor);
  });

  // Texts where one cue decides an actor's kind, each row naming the cue.
  test.each([
    ['a descriptor across a connector names the owner as often as the firm', 'de', 'Das Portal war das zweite Unternehmen von Tarvo Ekberg, der es später verkaufte. Dann sagte Tarvo Ekberg nichts mehr.', 'Tarvo Ekberg', 'person'],
    ['a descriptor across a connector names the owner as often as the firm', 'es', 'La tienda es la empresa de Tarvo Ekberg desde 2010. Luego Tarvo Ekberg la vendió a otros.', 'Tarvo Ekberg', 'person'],
    ['German "bei" before an unknown name: a firm, not a place', 'de', 'Jonas Reuter arbeitet seit Jahren bei Kestrova. Auch seine Schwester ist bei Kestrova angestellt.', 'Kestrova', 'organization'],
    ['after an article no person\'s name takes, an institution', 'es', 'Ayer la Cruz Celeste repartió mantas en el barrio. Mañana la Cruz Celeste volverá con comida, dijo un vecino.', 'Cruz Celeste', 'organization'],
    ['after an article no person\'s name takes, an institution', 'fr', 'Le député a parlé. Selon la Maison Verte, la Maison Verte ouvrira lundi.', 'Maison Verte', 'organization'],
    ['after a contracted article no person\'s name takes ("du", "au"), an institution, its name joined by an elided connector too', 'fr', 'Selon une source du Quai d’Orvenne, le vol part ce soir. La cellule de crise du Quai d’Orvenne reste ouverte, selon le Quai d’Orvenne.', 'Quai d’Orvenne', 'organization'],
    ['"du" inside a person\'s name is its particle, no article before a name', 'fr', 'Ivan du Roy a écrit un livre. Ivan du Roy le présente demain, selon son éditeur.', 'Ivan du Roy', 'person'],
    ['a place\'s head and a connector open a place\'s name, even where the head is also a first name ("Sierra de …")', 'es', 'Los guardaparques recorren Sierra de Olmos cada semana. En Sierra de Olmos viven zorros, dijo la guía.', 'Sierra de Olmos', 'place'],
  ] as Array<[string, Code, string, string, string]>)('%s (%s)', (_cue, code, text, name, kind) => {
    expect(shown(code, text)).toContainEqual([name, kind]);
  });

  test.each([
    ['es', 'La portavoz de Aduanas dijo que el control sigue. Ayer la portavoz de Aduanas explicó que faltan agentes.', 'Aduanas'],
    ['es', 'El abogado del Estado sostuvo que el contrato es nulo. Luego el abogado del Estado sostuvo lo mismo ante el juez.', 'Estado'],
    ['pt', 'O advogado da Fazenda disse que o contrato é nulo. O advogado da Fazenda afirmou que vai recorrer.', 'Fazenda'],
  ] as Array<[Code, string, string]>)('after a title and a connector, a name is the titled person\'s employer, and the speech verb after it is the person\'s (%s: %s)', (code, text, name) => {
    const actors = shown(code, text);
    expect(actors).toContainEqual([name, 'organization']);
    expect(actors).not.toContainEqual([name, 'person']);
  });

  test('a speech verb after a name the title stands right before is still the named person\'s ("la portavoz Lucía Ferrand dijo")', () => {
    expect(shown('es', 'La portavoz Lucía Ferrand dijo que el control sigue. Después Lucía Ferrand explicó que faltan agentes.')).toContainEqual(['Lucía Ferrand', 'person']);
  });

  test('a title before a name is the person\'s role', () => {
    const [mayor] = actorsOf('de', 'Oberbürgermeisterin Henrike Vossberg lud ein. Vossberg sprach lange.');
    expect(mayor).toMatchObject({ name: 'Henrike Vossberg', kind: 'person', role: 'Oberbürgermeisterin' });
  });

  test('where only names are capitalized, a word of the language closed by a title, opening a sentence, is the title ("Museumdirecteur"), not the name\'s first word', () => {
    const [director] = actorsOf('nl', 'Museumdirecteur Taco Brinkhorst noemde het een historisch moment. Brinkhorst lachte.');
    expect(director).toMatchObject({ name: 'Taco Brinkhorst', kind: 'person', role: 'Museumdirecteur' });
    // A surname so ending opens with no word of the language.
    expect(shown('nl', 'Hoffman zei dat de wachtlijsten groeien. Volgens Hoffman is dat een probleem.')).toEqual([['Hoffman', 'person']]);
  });

  test.each([
    ['de', 'Herr Jonas Hellwig sagte, er sei zufrieden. Hellwig lachte.', 'Jonas Hellwig', null],
    ['fr', 'Madame Lucie Garnier a dit non. Lucie Garnier est partie.', 'Lucie Garnier', null],
    ['de', 'Die Rede des Ministerpräsidenten Jonas Hellwig war kurz. Hellwig lachte.', 'Jonas Hellwig', 'Ministerpräsident'],
    // A title in the plural is several people's, none one's role.
    ['pt', 'Os Presidentes do Supremo, Marcos Teixeira, e do Senado, Paulo Brandão, se reuniram. Teixeira falou primeiro.', 'Marcos Teixeira', null],
    // A title and its portfolio, before a first name.
    ['it', 'Il ministro dei Trasporti Marco Bellandi ha risposto che il governo è pronto.', 'Marco Bellandi', 'ministro dei Trasporti'],
    ['fr', 'Le ministre de l’Intérieur Julien Morvan a répondu aux questions.', 'Julien Morvan', 'ministre de l’Intérieur'],
    ['de', 'Der Minister für Wirtschaft Jonas Hellwig sagte nein.', 'Jonas Hellwig', 'Minister für Wirtschaft'],
  ] as Array<[Code, string, string, string | null]>)('a form of address gives no role, an inflected title shows its base form, a portfolio is the title\'s (%s: %s)', (code, text, name, role) => {
    expect(actorsOf(code, text).find((a) => a.name === name)?.role ?? null).toBe(role);
  });

  test('a place\'s head word before its name makes a place, elided article or not', () => {
    expect(shown('fr', 'Le vent a soufflé fort sur l’île de Batz et à la pointe Saint-Mathieu.')).toEqual(
      expect.arrayContaining([['Batz', 'place'], ['Saint-Mathieu', 'place']]),
    );
  });

  test.each([
    ['es', 'La Guardia Marina detuvo a dos hombres. La Guardia Marina cerró la calle, dijo Ana Ruiz.', 'Guardia Marina'],
    ['es', 'Los militantes de La Orozco marcharon. La agrupación La Orozco apoyó al Gobierno, dijo Ana Ruiz.', 'La Orozco'],
    ['pt', 'Os militantes de Os Cardosos marcharam. O grupo Os Cardosos apoiou o Governo, disse Ana Souza.', 'Os Cardosos'],
  ] as Array<[Code, string, string]>)('a name an article opens is no person\'s where the language writes no such name (%s)', (code, text, name) => {
    expect(actorsOf(code, text).find((a) => a.name === name)?.kind).toBe('organization');
  });

  test.each([
    ['de', 'Das Konzert fand im Schloss Wendelstein statt. Das Schloss Wendelstein war voll, sagte Anna Berger.', 'Schloss Wendelstein'],
    ['nl', 'Het concert was in Kasteel Wendelstein. Kasteel Wendelstein was vol, zei Anna de Boer.', 'Kasteel Wendelstein'],
    ['it', 'Il concerto si è tenuto al Castello di Wendelstein. Il Castello di Wendelstein era pieno, ha detto Anna Rossi.', 'Castello di Wendelstein'],
    ['de', 'Das Dorf Velmarn wurde geräumt. Im Dorf Velmarn blieb niemand, sagte Anna Berger.', 'Velmarn'],
    ['de', 'Das Land Velmarn klagt. Das Land Velmarn will Geld vom Bund, sagte Anna Berger.', 'Velmarn'],
    ['de', 'Die Kreisstadt Velmarn liegt am Fluss. In der Kreisstadt Velmarn regnet es, sagte Anna Berger.', 'Velmarn'],
    ['nl', 'De hoofdstad Velmarn ligt aan de rivier. In de hoofdstad Velmarn regent het, zei Anna de Boer.', 'Velmarn'],
    ['es', 'Los vecinos de San Telmar protestaron. En San Telmar no hay agua, dijo Ana Ruiz.', 'San Telmar'],
    ['pt', 'Os moradores de São Telmar protestaram. Em São Telmar falta água, disse Ana Souza.', 'São Telmar'],
    ['es', 'La Cuenca del Telmar sufre la sequía. La Cuenca del Telmar es enorme, dijo Ana Ruiz.', 'Cuenca del Telmar'],
  ] as Array<[Code, string, string]>)('a castle, a palace, a saint\'s town, a basin or a name a compound of "town" introduces is a place (%s)', (code, text, name) => {
    expect(actorsOf(code, text).find((a) => a.name === name)?.kind).toBe('place');
  });

  test('a surname written in capitals after a first name, accented or not, is a person\'s', () => {
    expect(shown('fr', 'Selon Eloïse MARTEL, la grève continue. Hier, Eloïse MARTEL a rencontré les élus à Rennes.')).toEqual(
      expect.arrayContaining([['Eloïse MARTEL', 'person']]),
    );
  });

  test('a capitalized article and ordinary words name a publication or a party, not a person', () => {
    expect(shown('fr', 'Le rapport, publié hier par Le Monde, accuse la mairie de Rennes.')).toContainEqual(['Le Monde', 'organization']);
    expect(shown('es', 'El informe, según El País, llegó a Valencia y a La Paz.')).toEqual(
      expect.arrayContaining([['El País', 'organization'], ['La Paz', 'place']]),
    );
    expect(shown('es', 'El informe, según El Eco de Bolivia, llegó ayer.')).toContainEqual(['El Eco de Bolivia', 'organization']);
  });

  test('a picture\'s credit names no actor', () => {
    const text = 'Studierende vor dem Hörsaal in Kiel. Foto: Jonas Weller/dpa\n\nDie Universität Kiel sagte die Vorlesung ab. Rektorin Maren Tesch bedauerte das.';
    expect(shown('de', text).map(([name]) => name)).not.toContain('Jonas Weller');
  });

  test('a person named after an institution\'s connector is a name of their own', () => {
    const names = shown('fr', 'Le ministre des Armées d’Hélène Duvivier a démissionné hier à Lyon.').map(([name]) => name);
    expect(names).toContain('Hélène Duvivier');
    expect(names).not.toContain('Armées d’Hélène Duvivier');
  });

  test.each([
    ['nl', 'Na de race zei Lucas Verbeek van Kronfeld dat de banden het probleem waren.', 'Lucas Verbeek', 'Kronfeld'],
    ['de', 'Am Abend sprach Jonas Hartwig von Veltrax über die Preise.', 'Jonas Hartwig', 'Veltrax'],
    ['de', 'Am Abend sprach Jost de Kamper von Veltrax über die Preise.', 'Jost de Kamper', 'Veltrax'],
    ['nl', 'Volgens minister Eelco Harkema van Financiën is er geen geld.', 'Eelco Harkema', 'Financiën'],
  ] as Array<[Code, string, string, string]>)('%s: after a surname, a particle is a preposition ("Lucas Verbeek van Kronfeld")', (code, text, person, other) => {
    const names = shown(code, text).map(([name]) => name);
    expect(names).toContain(person);
    expect(names.some((name) => name.includes(person) && name.includes(other))).toBe(false);
  });

  test('a particle after a first name belongs to the surname ("Pieter van Dalen", "Anna von Lenthe")', () => {
    expect(shown('nl', 'Pieter van Dalen zei dat het project vordert.')).toContainEqual(['Pieter van Dalen', 'person']);
    expect(shown('de', 'Anna von Lenthe sagte, das Projekt komme voran.')).toContainEqual(['Anna von Lenthe', 'person']);
  });

  test('where particles stand only after given names, a given name no list knows opens a person ("Marijke van den Bosch", "Femke de Wit")', () => {
    const names = shown('nl', 'Volgens Femke de Wit is het plan te duur. Marijke van den Bosch zei dat de gemeente moet betalen. De bus stopt in Hoek van Holland.');
    expect(names).toContainEqual(['Femke de Wit', 'person']);
    expect(names).toContainEqual(['Marijke van den Bosch', 'person']);
    expect(names.filter(([, kind]) => kind === 'person')).toHaveLength(2);
    // Where every noun is capitalized, an unknown word before "von" is as often a compound noun.
    expect(shown('de', 'Die Screenshots von Steuerungsanlagen zeigen Lücken.')).toEqual([]);
  });

  test.each([
    ['es', 'El Poder Judicial rechazó el pedido. Según Marta Olmedo, el Poder Judicial actuó tarde. La Carta Magna no dice nada.', 'Poder Judicial'],
    ['it', 'La Protezione Civile è arrivata. Secondo Paolo Venturini, la Protezione Civile ha lavorato bene.', 'Protezione Civile'],
    ['fr', 'La Sécurité Civile est arrivée. Selon Sophie Marchetti, la Sécurité Civile a bien travaillé.', 'Sécurité Civile'],
  ] as Array<[Code, string, string]>)('%s: ordinary words written with capitals name an institution, not a person', (code, text, institution) => {
    const actors = shown(code, text);
    expect(actors).toContainEqual([institution, 'organization']);
    expect(actors.filter(([, kind]) => kind === 'person').map(([name]) => name)).not.toContain(institution);
  });

  test('"von" after a first name and a surname opens what the person is of, even a surname that is also a word ("Jonas Losehand von …")', () => {
    const names = actorsOf('de', 'Der Jurist Jonas Losehand von Kestrel Media sagte, die Lizenz sei frei. Ursula von der Brelen kam auch.').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Jonas Losehand', 'Ursula von der Brelen']));
  });

  test('a name an English organization\'s head closes is an organization in any language ("Kestrel University")', () => {
    const text = 'Forscher der Kestrel University in Houston fanden heraus, dass es klappt. Die Kestrel University bestätigte das.';
    expect(actorsOf('de', text).find((a) => a.name === 'Kestrel University')?.kind).toBe('organization');
  });

  test('after two names no list knows, a proper name the dictionary lists is the surname ("Velo Anrik Erdogan")', () => {
    expect(actorsOf('de', 'Der Präsident Velo Anrik Erdogan kam nach Ankara.').map((a) => a.name)).toContain('Velo Anrik Erdogan');
  });

  test('a particle written capitalized after a first name goes on to the surname, whatever noun it is ("Maria Van der Linde")', () => {
    const text = 'Ministerin Maria Van der Linde besuchte Graz. Van der Linde sagte, sie sei zufrieden.';
    expect(actorsOf('de', text).find((a) => a.name === 'Maria Van der Linde')?.mentions).toHaveLength(2);
  });

  test('a German noun before a first name and a surname is what the person does, even one that is a surname too', () => {
    const names = shown('de', 'Der Winzer Andreas Kretschko lud zur Probe ein. Am Abend kam Hans Peter Lindner.').map(([name]) => name);
    expect(names).toContain('Andreas Kretschko');
    expect(names).toContain('Hans Peter Lindner');
  });

  test.each([
    ['Der Chief Officer von Siemens sprach. Der Chief Officer von Siemens lachte.', 'Siemens'],
    ['Der Tarifstreit von Lufthansa dauert an. Lufthansa bietet mehr Geld.', 'Lufthansa'],
  ])('German common nouns or English words before "von" are what the name after it has or does, not its first part (%s)', (text, name) => {
    const names = shown('de', text).map(([shownName]) => shownName);
    expect(names).toContain(name);
    expect(names.filter((shownName) => shownName.includes(' von '))).toEqual([]);
  });

  test('a given name goes on across "von", and a body\'s head across "für" ("Hildegard von Velden", "Institut für Meereskunde")', () => {
    const names = shown('de', 'Hildegard von Velden schrieb. Hildegard von Velden las. Das Institut für Meereskunde forscht.').map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['Hildegard von Velden', 'Institut für Meereskunde']));
  });

  test('a name the lists know stays one opening a sentence, whatever verb its letters and "-en" spell ("Walt" of "walten")', () => {
    expect(shown('de', 'Walt Disney gründete ein Studio. Walt Disney starb später.')).toContainEqual(['Walt Disney', 'person']);
  });

  test('a pronoun German capitalizes to address the reader is no name', () => {
    const names = shown('de', 'Wusstest Du, dass Oregano hilft? Auf Ihrem PC läuft die App von Vortex. Das Blog von Karin Weber zeigt es.').map(([name]) => name);
    expect(names).toEqual(['Karin Weber']);
  });

  test.each([
    ['es', 'La Operación Tormenta terminó ayer. La Operación Tormenta duró un mes. Ganó el Nobel de la Paz en 2021 y habló del Nobel de la Paz, dijo Marta Olmedo.'],
    ['fr', 'L’Opération Tempête a pris fin hier. L’Opération Tempête a duré un mois, a déclaré Sophie Marchetti.'],
  ] as Array<[Code, string]>)('%s: an operation or a prize is named, but no actor', (code, text) => {
    const names = shown(code, text).map(([name]) => name);
    expect(names.some((name) => /Opera|Opéra|Nobel/u.test(name))).toBe(false);
    expect(names.length).toBeGreaterThan(0);
  });

  test('a word that introduces names and heads them too ends a name it closes ("du Harbour Street Journal")', () => {
    const names = shown('fr', 'Selon Rory Jones, journaliste du Harbour Street Journal, les tunnels sont longs. Le Harbour Street Journal le dit.');
    expect(names).toContainEqual(['Harbour Street Journal', 'organization']);
  });

  test('a German noun the dictionary files like a name ("Thema", "Restaurant") is no first name before a name', () => {
    const names = shown('de', 'Viele Fragen gibt es zum Thema Veltrax. Wir mochten das Restaurant Brenneck sehr. Gestern sprach Lotte Tobisch in Wien.').map(([name]) => name);
    expect(names).toContain('Lotte Tobisch');
    expect(names.some((name) => name.startsWith('Thema') || name.startsWith('Restaurant'))).toBe(false);
  });

  test('a German noun the dictionary files like a place is no surname, unless a first name goes before it', () => {
    const text = 'Mit einem Klick geht es los. Ein Klick genügt, und per Klick kommt die Antwort. Das Buch von Hildegard von Bingen liegt im Regal. Er reiste nach Den Haag.';
    const names = shown('de', text).map(([name]) => name);
    expect(names).not.toContain('Klick');
    expect(names).toEqual(expect.arrayContaining(['Hildegard von Bingen', 'Den Haag']));
  });

  test.each([
    ['it', 'Ieri a Bologna la Guardia di Finanza ha sequestrato beni. Secondo la Guardia di Finanza valgono molto.', 'Bologna', 'Guardia di Finanza'],
    ['es', 'Ayer en Valencia la Guardia Civil detuvo a dos hombres. Según la Guardia Civil, huían.', 'Valencia', 'Guardia Civil'],
  ] as Array<[Code, string, string, string]>)('%s: an article after a place opens the next name', (code, text, place, body) => {
    const names = shown(code, text).map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining([place, body]));
  });

  test('an elided connector joins a name ("Banca d\'Italia")', () => {
    expect(shown('it', "La Banca d'Italia ha chiesto prudenza. Secondo la Banca d'Italia i rischi crescono.")).toContainEqual(["Banca d'Italia", 'organization']);
  });

  test.each([
    ['it', 'Il ministro è arrivato a Palazzo Verdani. Poi ha lasciato Palazzo Verdani in fretta.', 'Palazzo Verdani'],
    ['pt', 'O ministro chegou ao Palácio das Garças. Depois, o Palácio das Garças divulgou nota.', 'Palácio das Garças'],
  ] as Array<[Code, string, string]>)('%s: a palace is a place', (code, text, palace) => {
    expect(shown(code, text)).toContainEqual([palace, 'place']);
  });

  test('a league that is a party or a body is an organization, not an event ("la Lega")', () => {
    expect(shown('it', 'In Umbria la Lega resta forte. Paolo Venturini guida la Lega da anni. La Lega ha votato contro.')).toContainEqual(['Lega', 'organization']);
  });

  test('the language\'s own adjective, capitalized after an organization\'s head, belongs to its name', () => {
    const names = shown('pt', 'Segundo o Banco Central, a inflação caiu. A Polícia Federal prendeu dois suspeitos. A Polícia Federal agiu cedo.');
    expect(names).toEqual(expect.arrayContaining([['Banco Central', 'organization'], ['Polícia Federal', 'organization']]));
  });

  test('a name a list knows joins across its connector, even where its last word is a month ("Rio de Janeiro")', () => {
    expect(shown('pt', 'No Rio de Janeiro houve protestos. O Rio de Janeiro parou.')).toContainEqual(['Rio de Janeiro', 'place']);
  });

  test('a heading shouted in capitals is no name', () => {
    expect(shown('es', 'LA GRAN NOCHE\n\nLa orquesta tocó en Sevilla. EL REGRESO\n\nLa gira sigue en Granada.')).toEqual([
      ['Sevilla', 'place'],
      ['Granada', 'place'],
    ]);
    expect(shown('de', 'FREE FOR A WEEK\n\nDie Messe in Leipzig ist eröffnet. Die EU fördert sie.').map(([name]) => name)).not.toContain('FREE FOR A WEEK');
  });

  test('countries named in the story\'s language are places, not people', () => {
    expect(shown('de', 'Die Lieferung aus Syrien und dem Libanon kam zu spät. Auch Frankreich half.')).toEqual(
      expect.arrayContaining([['Syrien', 'place'], ['Libanon', 'place'], ['Frankreich', 'place']]),
    );
    expect(shown('fr', 'Les livraisons venues du Liban et de Syrie ont pris du retard.')).toEqual(
      expect.arrayContaining([['Liban', 'place'], ['Syrie', 'place']]),
    );
  });
});

describe('a known organization run into a full name after the verb is two names', () => {
  test.each([
    ['es', 'Lo contó en Facebook Marta Quiroga, y nadie la desmintió.', [['Facebook', 'organization'], ['Marta Quiroga', 'person']]],
    ['cs', 'Včera to na Twitter napsal Martin Kolář a pak na Instagram Petra Malá.', [['Martin Kolář', 'person'], ['Petra Malá', 'person']]],
  ] as Array<[Code, string, Array<[string, string]>]>)('%s', (code, text, expected) => {
    const actors = shown(code, text);
    for (const actor of expected) expect(actors).toContainEqual(actor);
  });

  test.each([
    ['es', 'Lo explicó ayer la presidenta del Banco Central Ana María Pérez en Lima.', [['Banco Central', 'organization'], ['Ana María Pérez', 'person']]],
    ['pt', 'Segundo o diretor da Polícia Federal Carlos Mendes Dias, a operação continua.', [['Polícia Federal', 'organization'], ['Carlos Mendes Dias', 'person']]],
    // One name after the title's connector, then a known first name: the body the person serves, even one a town's name spells.
    ['it', 'Il presidente del Monza Paolo Scardino ha parlato ai tifosi.', [['Paolo Scardino', 'person']]],
    ['es', 'El presidente del Getafe José Quintela habló con la prensa.', [['José Quintela', 'person']]],
  ] as Array<[Code, string, Array<[string, string]>]>)('after a title, the employer and then the person (%s)', (code, text, expected) => {
    const mentions = actorsOf(code, text).map((a) => [a.name, a.kind]);
    for (const actor of expected) expect(mentions).toContainEqual(actor);
  });

  test.each([
    // The body a title presides, then the person, whose names no list need know and whose surname may be a word.
    ['it', 'Ieri il presidente del Senato Ornella Castagne ha aperto la seduta. Castagne ha parlato a lungo.', 'Ornella Castagne'],
    // A compound closed by a title is a title, whatever opens it.
    ['nl', 'Volgens GroenRood-Pvdb-leider Tjalling Brouwerkamp is het plan te duur.', 'Tjalling Brouwerkamp'],
  ] as Array<[Code, string, string]>)('a title before the person stays out of the name (%s)', (code, text, person) => {
    expect(shown(code, text)).toContainEqual([person, 'person']);
  });

  test.each([
    ['fr', 'Le Premier ministre Paul Vasseur a présenté le budget.', 'Paul Vasseur', 'Premier ministre'],
    ['it', 'Il segretario generale della lega, Marco Ferri, ha parlato.', 'Marco Ferri', 'segretario generale della lega'],
  ] as Array<[Code, string, string, string]>)('a title of several title words is the role whole (%s)', (code, text, person, role) => {
    expect(actorsOf(code, text).find((a) => a.name === person)?.role).toBe(role);
  });

  test('a given name that is also an institution\'s head ("marine", a navy) opens a person\'s name of names only', () => {
    const actors = shown('fr', 'Marine Le Goff a voté contre. La Marine nationale a confirmé.');
    expect(actors).toContainEqual(['Marine Le Goff', 'person']);
    expect(actors).toContainEqual(['Marine nationale', 'organization']);
  });

  test('a known company, then ordinary English words or a place, names a part of it, even opening a sentence', () => {
    const text = 'Die Daten liegen bei Microsoft Cloud Deutschland, sagt der Anbieter. Microsoft Cloud Deutschland schweigt.';
    expect(shown('de', text)).toEqual([['Microsoft Cloud Deutschland', 'organization']]);
  });

  test('not where the words after the organization are ordinary words or acronyms ("Google Cloud …")', () => {
    const text = 'El servicio Google Cloud Ibérica creció mucho, dijo Google Cloud Ibérica.';
    expect(shown('es', text).map(([name]) => name)).not.toContain('Cloud Ibérica');
  });
});

describe('a country in the genitive after a German noun is the noun\'s complement, not a surname', () => {
  test('"im Osten Paraguays": the country alone', () => {
    expect(shown('de', 'Im Osten Paraguays regnet es seit Tagen, sagte Anna Weber.')).toEqual([['Paraguay', 'place'], ['Anna Weber', 'person']]);
  });
});

describe('an acronym between a title and a full name is the party the title serves', () => {
  test('"le député RDX Hugo Ferrand": the party an organization, the title with it the person\'s role', () => {
    const actors = actorsOf('fr', 'Pour le député RDX Hugo Ferrand, le compte n’y est pas.');
    expect(actors.map((a) => [a.name, a.kind, a.role ?? null])).toEqual([
      ['RDX', 'organization', null],
      ['Hugo Ferrand', 'person', 'député RDX'],
    ]);
  });
});

describe('an organization\'s head binds what follows its connector', () => {
  test.each([
    // A capitalized word after the head and its connector is the name's, whatever English word it spells.
    ['nl', 'Volgens de Raad van State is de regel te streng.', [['Raad van State', 'organization']]],
    // A ministry named by its portfolio; a compound descriptor of a body ("brancheorganisatie").
    ['nl', 'Minister Sanne Veld van Landelijke Zaken zwijgt. Volgens brancheorganisatie Fietsend Holland groeit de markt.', [['Sanne Veld', 'person'], ['Landelijke Zaken', 'organization'], ['Fietsend Holland', 'organization']]],
    // A place the lists know, shaped like a first name and a surname, stays in the name after its connector.
    ['pt', 'A Universidade Livre de São Paulo abriu vagas.', [['Universidade Livre de São Paulo', 'organization']]],
    // A head inside the name, before its connector, makes an organization.
    ['nl', 'Volgens het Centraal Bureau voor de Visserij stegen de vangsten.', [['Centraal Bureau voor de Visserij', 'organization']]],
  ] as Array<[Code, string, Array<[string, string]>]>)('%s: %s', (code, text, expected) => {
    expect(shown(code, text)).toEqual(expected);
  });
});

describe('an acronym the story cites "according to", after an article, is a sure organization', () => {
  test.each([
    ['es', 'Según el IRVE, el paro bajó en marzo.'],
    ['pt', 'Segundo o IRVE, a inflação caiu em março.'],
    ['fr', 'Selon l’IRVE, la croissance ralentit.'],
  ] as Array<[Code, string]>)('%s: %s', (code, text) => {
    expect(shown(code, text)).toEqual([['IRVE', 'organization']]);
  });
});

describe('a compound descriptor opening a Dutch sentence says what the name after it is', () => {
  test('"Energiebedrijf Vennema", "Supermarktketen Holtkamp": the body alone, an organization', () => {
    const text = 'Energiebedrijf Vennema verhoogt de tarieven. Supermarktketen Holtkamp sluit tien winkels in het noorden.';
    expect(shown('nl', text)).toEqual([['Vennema', 'organization'], ['Holtkamp', 'organization']]);
  });

  test('a compound of a word that alone may be a person\'s ("belegger") and of a firm\'s words ("maatschappij", "leverancier") describes a firm', () => {
    const text = 'Vastgoedbelegger Drostwijk verkoopt woningen. Luchtvaartmaatschappij Noordwind schrapt vluchten. Volgens energieleverancier Brandstroom stijgen de prijzen.';
    expect(shown('nl', text)).toEqual([['Drostwijk', 'organization'], ['Noordwind', 'organization'], ['Brandstroom', 'organization']]);
  });
});

describe('a head written with a capital, where only names are capitalized, is the name\'s own', () => {
  test.each([
    ['es', 'Según el Banco de Valdoria, los precios subieron. Ayer el Banco Ferrat ganó más.', ['Banco de Valdoria', 'Banco Ferrat']],
    ['pt', 'Segundo o Banco de Valdória, os juros subiram. Ontem o Banco Ferrat lucrou mais.', ['Banco de Valdória', 'Banco Ferrat']],
  ] as Array<[Code, string, string[]]>)('%s', (code, text, names) => {
    expect(shown(code, text)).toEqual(names.map((name) => [name, 'organization']));
  });
});

describe('a body\'s descriptor right before a name outweighs a person\'s reading of its words', () => {
  test('a body\'s descriptor right before a town\'s name names a body called after the town ("el banco Santander")', () => {
    expect(shown('es', 'Ayer el banco Terrassa cerró dos oficinas. El banco Terrassa despidió a cien empleados.')).toEqual([['Terrassa', 'organization']]);
  });

  test('a body named after a law keeps its descriptor\'s reading ("die Initiative Lieferkettengesetz")', () => {
    const text = 'Die Initiative Heizkostengesetz sammelt Unterschriften. Die Initiative Heizkostengesetz will mehr Schutz für Mieter.';
    expect(shown('de', text)).toEqual([['Heizkostengesetz', 'organization']]);
  });

  test.each([
    ['de', 'Die Firma Clara Nordby kaufte das Werk. Später verkaufte die Firma Clara Nordby es wieder.'],
    ['es', 'La empresa Clara Nordby compró la planta. Después, la empresa Clara Nordby la vendió.'],
  ] as Array<[Code, string]>)('%s', (code, text) => {
    expect(shown(code, text)).toEqual([['Clara Nordby', 'organization']]);
  });

  test('the descriptor after an elided article opening a sentence ("L’entreprise Vaudrel") says what the name is', () => {
    expect(shown('fr', 'L’entreprise Vaudrel ferme son usine.')).toEqual([['Vaudrel', 'organization']]);
    expect(shown('it', 'L\'azienda Vaudrel chiude la fabbrica.')).toEqual([['Vaudrel', 'organization']]);
  });
});

describe('a German noun a determiner opens is that noun; the name after it is another\'s', () => {
  test('"nach dem Tod Lorenzens", "im Fall Jana Pohl": the person alone', () => {
    const text = 'Nach dem Tod Lorenzens übernahm Jana Pohl die Firma. Im Fall Jana Pohl ermittelt die Polizei. Gerüchte vom Tod Lorenzens gab es lange.';
    expect(shown('de', text).map(([name]) => name)).toEqual(['Jana Pohl']);
  });

  test('an adjective or a name a head closes keeps its first word ("dem Deutschen Bundestag", "an der Wall Street")', () => {
    const names = shown('de', 'Sie sprach vor dem Deutschen Bundestag. Die Banken an der Wall Street schlossen früh.').map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['Deutschen Bundestag', 'Wall Street']));
  });

  test.each([
    ['a possessive ("seinem Bruder Malte")', 'Die Firma gehört seinem Bruder Malte. Malte wohnt in Kiel.', [['Kiel', 'place']]],
    ['a demonstrative ("in diesem Jahr Dresden")', 'Wer Zeit hat, kann in diesem Jahr Dresden besuchen.', [['Dresden', 'place']]],
    ['a determiner before adjectives in lower case ("im nächsten Jahr Dresden")', 'Im nächsten Jahr Dresden zu besuchen, lohnt sich.', [['Dresden', 'place']]],
    ['a noun the dictionary also has in lower case in another sense ("der Band", band)', 'Der Auftritt der Band Portugal war laut. Die Band Portugal spielt wieder.', [['Portugal', 'place']]],
  ] as Array<[string, string, Array<[string, string]>]>)('so is the noun after %s', (_cue, text, names) => {
    expect(shown('de', text)).toEqual(names);
  });
});

describe('a public body\'s head, "für" and its remit are one name (German)', () => {
  test.each([
    ['one noun', 'Die Förderung kommt vom Landesamt für Küstenschutz. Das Landesamt für Küstenschutz prüft jeden Antrag.', 'Landesamt für Küstenschutz'],
    ['two nouns and "und"', 'Geld gibt das Bundesamt für Küstenschutz und Fischerei. Das Bundesamt für Küstenschutz und Fischerei prüft die Anträge.', 'Bundesamt für Küstenschutz und Fischerei'],
    ['a list closed by "und"', 'Eingeladen hat das Ministerium für Schule, Sport und Jugend. Das Ministerium für Schule, Sport und Jugend zahlt die Reise.', 'Ministerium für Schule, Sport und Jugend'],
    ['an institute in the genitive', 'Die Forscher des Instituts für Meereskunde messen die Wellen. Das Institut für Meereskunde teilt die Daten.', 'Institut für Meereskunde'],
  ])('%s', (_shape, text, name) => {
    const actor = actorsOf('de', text).find((a) => a.name === name);
    expect(actor?.kind).toBe('organization');
    expect(actor?.mentions).toHaveLength(2);
  });

  test.each([
    ['a remit that goes on after a preposition and an article is not cut short', 'Das Landesamt für Datenschutz in der Verwaltung warnt. Das Landesamt für Datenschutz in der Verwaltung prüft.'],
    ['a thing\'s head is no body\'s ("Datenbank für …")', 'Die Datenbank für Baugenehmigungen wächst. Die Datenbank für Baugenehmigungen ist öffentlich.'],
  ])('%s', (_cue, text) => {
    expect(shown('de', text)).toEqual([]);
  });
});

describe('a word the names lists hold, then an acronym, is a body or its product, no person', () => {
  test.each([
    ['de', 'Die Messungen stammen vom Fraunhofer IKM. Das Fraunhofer IKM veröffentlicht sie jährlich.', 'Fraunhofer IKM'],
    ['de', 'Die Serie läuft bei Apple TV. Apple TV zeigt sie ab Mai.', 'Apple TV'],
  ] as Array<[Code, string, string]>)('%s: %s', (code, text, name) => {
    expect(actorsOf(code, text).find((a) => a.name === name)?.kind).toBe('organization');
  });

  test('a pope\'s or a monarch\'s number is no acronym ("Benedikt XVI")', () => {
    expect(shown('de', 'Papst Benedikt XVI besuchte die Stadt. Benedikt XVI sprach lange.')).toContainEqual(['Benedikt XVI', 'person']);
  });
});

describe('a word of a web address names nothing in the story', () => {
  test.each([
    ['de', 'Weiterlesen: www.beispielzeitung.de/thema/Wuppertal', 'Wuppertal'],
    ['fr', 'Source : https://exemple.fr/dossiers/Marseille', 'Marseille'],
    ['es', 'Más en exemplo.es/noticias/Sevilla', 'Sevilla'],
  ] as Array<[Code, string, string]>)('%s: %s', (code, text, name) => {
    expect(actorsOf(code, text).map((a) => a.name)).not.toContain(name);
  });
});

describe('a company the lists know, then one more word, names a part or a product of it, no person', () => {
  test.each([
    ['es', 'El nuevo Volkswagen Gol llegó a Rosario. El Volkswagen Gol cuesta menos.', 'Volkswagen Gol'],
    ['de', 'Die Piloten lernen bei Lufthansa Aviation. Lufthansa Aviation bildet sie aus.', 'Lufthansa Aviation'],
  ] as Array<[Code, string, string]>)('%s: %s', (code, text, name) => {
    expect(actorsOf(code, text).find((a) => a.name === name)?.kind).toBe('organization');
  });

  test('after a company\'s name that is also a given name, the next word may be a surname ("Mercedes Sosa")', () => {
    expect(shown('es', 'La cantante Mercedes Sosa cantó en Tucumán. Mercedes Sosa volvió en mayo.')).toContainEqual(['Mercedes Sosa', 'person']);
  });
});

describe('where every noun is capitalized, a name of ordinary English words only is a borrowed term, no person (German)', () => {
  test('"Junk Food", "Power Bottom": the people-names list\'s surnames among the words say nothing', () => {
    const text = 'Junk Food ist billig. Viele Kinder essen Junk Food. Der Kurs Power Bottom war voll. Power Bottom beginnt um acht.';
    expect(shown('de', text).map(([name]) => name)).not.toContain('Junk Food');
    expect(shown('de', text).map(([name]) => name)).not.toContain('Power Bottom');
  });

  test('a first name the lexicon knows, then an English word, is still a person ("Tim Cook")', () => {
    expect(shown('de', 'Tim Cook stellte das Gerät vor. Tim Cook lobte sein Team.')).toContainEqual(['Tim Cook', 'person']);
  });
});

describe('a name closed by an ordinary English word, opened by no first name, is no person', () => {
  test.each([
    ['es', 'El servicio Glimmo Music llegó a Lima. Glimmo Music cuesta poco. Según Glimmo Music, crece.', 'Glimmo Music'],
    ['fr', 'Le service Zorvo Pay arrive en France. Zorvo Pay coûte peu. Zorvo Pay grandit.', 'Zorvo Pay'],
    ['de', 'Der Trenzo Sale hat begonnen. Beim Trenzo Sale gibt es Rabatt. Trenzo Sale endet bald.', 'Trenzo Sale'],
    ['de', 'Das Kelvo Briefing erscheint früh. Im Kelvo Briefing steht alles. Kelvo Briefing lesen viele.', 'Kelvo Briefing'],
  ] as Array<[Code, string, string]>)('%s: %s', (code, text, name) => {
    expect(shown(code, text)).not.toContainEqual([name, 'person']);
  });

  test('a first name before the English word, or a surname the lexicon knows, keeps the person', () => {
    expect(shown('es', 'El golfista Tim Cook ganó en Lima. Tim Cook celebró.')).toContainEqual(['Tim Cook', 'person']);
    expect(shown('de', 'Emma Harding sprach in Bonn. Emma Harding lobte den Antrag.')).toContainEqual(['Emma Harding', 'person']);
    expect(shown('pt', 'A cantora Ylna Smith chegou a Lisboa. Ylna Smith cantou.')).toContainEqual(['Ylna Smith', 'person']);
  });

  test('a given name of the names list that is no English word keeps the person ("Heike Stone"); an acronym keeps the body', () => {
    expect(shown('de', 'Heike Stone sprach in Bonn. Heike Stone lobte den Antrag.')).toContainEqual(['Heike Stone', 'person']);
    expect(shown('de', 'Der Hafen von XQ World wächst. XQ World baut aus.')).toContainEqual(['XQ World', 'organization']);
  });
});

describe('a body named for a person joins its head to the surname by a hyphen (German)', () => {
  test.each([
    ['Die Heinrich Böll-Stiftung lädt ein. Die Heinrich Böll-Stiftung zahlt die Reise.', 'Heinrich Böll-Stiftung'],
    ['Das Robert Koch-Institut meldet neue Zahlen. Laut Robert Koch-Institut steigen sie.', 'Robert Koch-Institut'],
  ])('%s', (text, name) => {
    expect(shown('de', text)).toContainEqual([name, 'organization']);
  });

  test('a double surname is still a person\'s ("Anna Schmidt-Wagner")', () => {
    expect(shown('de', 'Anna Schmidt-Wagner sagte das. Anna Schmidt-Wagner kam später.')).toContainEqual(['Anna Schmidt-Wagner', 'person']);
  });
});

describe('a far town the names list also holds as a person\'s name is a place only with a cue', () => {
  test('named once, with no place\'s cue, it is no place ("vor Corona")', () => {
    const names = shown('de', 'In den Jahren vor Corona sei alles leichter gewesen, sagte Anna Berger.').map(([name]) => name);
    expect(names).not.toContain('Corona');
  });

  test('a preposition of place before it still makes it one ("in Corona")', () => {
    expect(shown('de', 'Die Firma von Anna Berger sitzt in Corona und baut Pumpen.')).toContainEqual(['Corona', 'place']);
  });

  test('so does the country it lies in, right after it ("Asunción in Paraguay")', () => {
    expect(shown('de', 'Die Straßenkinder von Asunción in Paraguay spielen Fußball, erzählt Anna Berger.')).toContainEqual(['Asunción', 'place']);
  });
});

describe('a feast\'s English name, borrowed as it is, names a date, no actor', () => {
  test.each([
    ['de', 'Am Black Friday kaufen viele ein. Der Black Friday lockt auch Anna Berger.'],
    ['it', 'Il Black Friday arriva presto. Mario Rossi aspetta il Black Friday da mesi.'],
  ] as Array<[Code, string]>)('%s: %s', (code, text) => {
    expect(shown(code, text).map(([name]) => name)).not.toContain('Black Friday');
  });
});

describe('an acronym joined to a title or a body by a hyphen names an organization', () => {
  test.each([
    ['de', 'Der KFV-Präsident zweifelt an der Politik. Auf der KFV-Pressekonferenz sprach er lange.', 'KFV', 'organization', 2],
    ['de', 'Der CDU-Chef Max Bauer sagte das. Die CDU-Fraktion stimmt zu.', 'CDU', 'organization', 2],
    ['de', 'Die US-Regierung schweigt. Der US-Präsident reist ab.', 'US', 'place', 2],
    ['nl', 'De KVP-fractie stemde tegen het plan. Volgens KVP-leider Sanne Smit is het plan te duur.', 'KVP', 'organization', 2],
  ] as Array<[Code, string, string, string, number]>)('%s: %s', (code, text, name, kind, mentions) => {
    expectActor(code, text, name, kind, mentions);
  });

  test('the compound is the title of the person named after it, not part of the name', () => {
    const people = actorsOf('nl', 'Volgens KVP-leider Sanne Smit is het plan te duur.').filter((a) => a.kind === 'person');
    expect(people.map((a) => [a.name, a.role])).toEqual([['Sanne Smit', 'KVP-leider']]);
  });

  test('not where the compound closes with an ordinary noun, or the acronym holds a number', () => {
    expect(shown('de', 'Der KI-Markt wächst, der G20-Gipfel beginnt, und die IT-Abteilung schweigt.')).toEqual([]);
  });
});

describe('a verb after an institution\'s head is what it does, not an adjective of its name', () => {
  test.each([
    ['it', 'I Carabinieri arrivano sul posto alle nove. La Procura verifica i conti del Comune.', ['Carabinieri', 'Procura']],
    ['es', 'La Policía indica que el robo fue de noche. El Ayuntamiento publica hoy el pliego.', ['Policía', 'Ayuntamiento']],
    ['fr', 'Le Ministère explique que le texte sera revu. La Préfecture indique que la route est fermée.', ['Ministère', 'Préfecture']],
  ] as Array<[Code, string, string[]]>)('%s: %s', (code, text, bodies) => {
    expect(shown(code, text).map(([name]) => name)).toEqual(expect.arrayContaining(bodies));
  });

  test.each([
    ['it', 'Ieri la Commissione europea ha deciso di aspettare.', 'Commissione europea'],
    ['es', 'Ayer el Gobierno venezolano decidió esperar.', 'Gobierno venezolano'],
    ['fr', 'Hier, le Conseil constitutionnel a décidé d’attendre. Le Conseil constitutionnel a refusé.', 'Conseil constitutionnel'],
  ] as Array<[Code, string, string]>)('an adjective after the head stays in the name (%s: %s)', (code, text, name) => {
    expect(shown(code, text).map(([shownName]) => shownName)).toContain(name);
  });
});

describe('a number between two capitalized words of the language is part of one name, never a person\'s', () => {
  test('it: "la Gazzetta 7 Giorni scrive", "il Movimento 9 Lune"', () => {
    const actors = shown('it', 'Secondo la Gazzetta 7 Giorni, il Movimento 9 Lune cresce. La Gazzetta 7 Giorni scrive che il Movimento 9 Lune ha vinto.');
    expect(actors).toEqual(expect.arrayContaining([['Gazzetta 7 Giorni', 'organization'], ['Movimento 9 Lune', 'organization']]));
    expect(actors.map(([name]) => name)).not.toContain('Giorni');
  });

  test('a date and a score stay apart ("Lunedì 24 Marzo", "Fiorentina 2 Verona 1")', () => {
    const names = shown('it', 'Lunedì 24 Marzo si vota a Torino. Ieri Fiorentina 2 Verona 1.').map(([name]) => name);
    expect(names.filter((name) => /\d/u.test(name))).toEqual([]);
  });
});

describe('a word no list or dictionary knows, cited after "according to" and an article, is an institution', () => {
  test.each([
    ['it', 'Secondo la Fimsa i salari calano. La Fimsa chiede un incontro al governo.', 'Fimsa'],
    ['es', 'Según la Anfep, las ventas bajan. La Anfep pide ayuda al Gobierno.', 'Anfep'],
    ['pt', 'Segundo o Sindimed, as vendas caem. O Sindimed pede ajuda.', 'Sindimed'],
  ] as Array<[Code, string, string]>)('%s: %s', (code, text, name) => {
    expect(shown(code, text)).toContainEqual([name, 'organization']);
  });

  test('a surname after the article is still the person the story named in full ("Elda Trovenzi … secondo la Trovenzi")', () => {
    const actors = shown('it', 'Elda Trovenzi ha parlato ieri a Torino. Secondo la Trovenzi il piano è fermo.');
    expect(actors).toContainEqual(['Elda Trovenzi', 'person']);
    expect(actors.map(([name]) => name)).not.toContain('Trovenzi');
  });
});

describe('ordinary words written with capitals, plural or feminine ones too, are no person (Italian)', () => {
  test('section headings of plural nouns and adjectives ("Ultime Notizie", "Notizie Recenti")', () => {
    const text = 'Ultime Notizie\n\nIl sindaco ha parlato ieri sera in consiglio.\n\nNotizie Recenti\n\nIl sindaco tornerà domani.';
    expect(shown('it', text).filter(([, kind]) => kind === 'person')).toEqual([]);
  });

  test('a surname opening with a function word stays a person ("Della Valle")', () => {
    expect(shown('it', 'Sara Bianchi ha parlato. Secondo Della Valle il piano è fermo.')).toContainEqual(['Della Valle', 'person']);
  });
});

describe('a town in capitals opening a dateline is the place, no acronym', () => {
  test('"ROMA –", "MADRID (EFE) –" at the start of the line', () => {
    expect(shown('it', 'ROMA – Il consiglio comunale ha votato il bilancio. La sindaca ha parlato a lungo.')).toContainEqual(['Roma', 'place']);
    const text = 'MADRID (EFE) – El ayuntamiento cerró el parque. MADRID vive su otoño más seco.';
    expect(shown('es', text)).toEqual([['Madrid', 'place']]);
  });

  test('an acronym no list knows as a place keeps its reading there', () => {
    expect(shown('de', 'KSV – Der Verein hat gewählt. Der KSV will aufsteigen.')).toContainEqual(['KSV', 'organization']);
  });
});

describe('a name never crosses a line or paragraph break', () => {
  test.each([
    ['de', 'Die Rede hielt Anna Berg\n\nPeter Olsen sagte danach, er sei zufrieden. Anna Berg nickte. Peter Olsen ging.'],
    ['fr', 'Le discours fut prononcé par Anna Berg\nPierre Olsen a ensuite déclaré être satisfait. Anna Berg a approuvé. Pierre Olsen est parti.'],
    ['es', 'El discurso lo dio Anna Berg\n\nPedro Olsen dijo después que estaba contento. Anna Berg asintió. Pedro Olsen se fue.'],
    ['it', 'Il discorso lo ha tenuto Anna Berg\n\nPietro Olsen ha detto poi di essere contento. Anna Berg ha annuito. Pietro Olsen è uscito.'],
    ['pt', 'O discurso foi feito por Anna Berg\n\nPedro Olsen disse depois que estava contente. Anna Berg concordou. Pedro Olsen saiu.'],
    ['nl', 'De toespraak werd gehouden door Anna Berg\n\nPieter Olsen zei daarna dat hij tevreden was. Anna Berg knikte. Pieter Olsen vertrok.'],
  ] as Array<[Code, string]>)('%s', (code, text) => {
    const names = actorsOf(code, text).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Anna Berg']));
    for (const name of names) expect(name).not.toMatch(/\n/);
  });
});

describe('every written form of an actor folds into one chip', () => {
  test('the genitive of a name whose last word is short folds into the name', () => {
    const text = 'Präsident Park Min Ho sprach in Busan. Später trat Park Min Hos Schwester vor die Presse.';
    const park = actorsOf('de', text).find((a) => a.name === 'Park Min Ho');
    expect(park?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Park Min Ho', 'Park Min Hos']);
  });

  test('a surname opening with its particle, capitalized without the first name, folds into the full name ("zei De Wit")', () => {
    const text = 'Dat heeft minister Joost de Vlieger dinsdag gezegd. \'We wachten niet langer,\' zei De Vlieger.';
    expect(shown('nl', text)).toEqual([['Joost de Vlieger', 'person']]);
  });

  test('a town whose name is also a noun closes an organization\'s name after its head', () => {
    expect(shown('de', 'Gestern sagte die Universität Kiel die Vorlesung ab.')).toContainEqual(['Universität Kiel', 'organization']);
  });

  test('an organization written with one word clipped folds into its full name', () => {
    const text = 'Die Universität Rostock sagte die Vorlesung ab. Später erklärte die Uni Rostock, die Polizei sei gerufen worden.';
    const kiel = actorsOf('de', text).find((a) => a.name === 'Universität Rostock');
    expect(kiel?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Universität Rostock', 'Uni Rostock']);
  });

  test.each([
    ['de', 'Deutschland wächst. Die deutschen Banken sind zufrieden, und die Wirtschaft Deutschlands legt zu.', 'Deutschland', 'place', 3],
    ['de', 'Kanzlerin Greta Hallmann reiste nach Kiel. Hallmanns Rede war kurz. Hallmann kehrte am Abend zurück.', 'Greta Hallmann', 'person', 3],
    // A full name written only in the genitive: the surname alone shows the name without it.
    ['de', 'Greta Hallmanns Rede war kurz. Die Kammer hatte auf Drängen Hallmanns getagt. Hallmann kehrte am Abend zurück.', 'Greta Hallmann', 'person', 3],
    ['de', 'Die Europäische Zentralbank hob den Zins. Kritik an der Europäischen Zentralbank kam aus Kiel.', 'Europäische Zentralbank', 'organization', 2],
    ['fr', 'La France a voté. Les Français ont choisi un nouveau parlement, et l’économie française attend.', 'France', 'place', 3],
    ['es', 'España crece. Los bancos españoles están contentos y la economía española sigue.', 'España', 'place', 3],
    ['it', 'L’Italia cresce. Le banche italiane sono contente e gli italiani aspettano.', 'Italia', 'place', 3],
    ['pt', 'O Brasil cresce. Os bancos brasileiros estão contentes e a economia brasileira continua.', 'Brasil', 'place', 3],
    ['nl', 'Nederland groeit. De Nederlandse banken zijn tevreden.', 'Nederland', 'place', 2],
  ] as Array<[Code, string, string, string, number]>)('%s: %s', (code, text, name, kind, mentions) => {
    expectActor(code, text, name, kind, mentions);
    expect(actorsOf(code, text).filter((a) => a.name !== name && a.name.toLowerCase().includes(name.toLowerCase().slice(0, 5)))).toEqual([]);
  });
});

describe('a language without its own tables shows only names a list vouches for', () => {
  test('Czech: known countries and towns, and people with a known first name; no capitalized common word', () => {
    const text = 'Vláda jednala v Praze. Ministr David Novák řekl, že Německo pomůže. Každý den přicházejí nové zprávy. Zatím nikdo neví víc.';
    const actors = shown('cs', text);
    expect(actors).toEqual(expect.arrayContaining([['David Novák', 'person']]));
    for (const [name] of actors) expect(['Vláda', 'Každý', 'Zatím', 'Ministr']).not.toContain(name);
  });

  test('a name inflected by a short ending folds into the name the story writes whole ("Petra Vojteka"); a longer one stays apart ("Jana Vojteková")', () => {
    const text = 'Trenér Petr Vojtek byl spokojen. Podle Petra Vojteka tým hrál dobře. Jana Vojteková, jeho sestra, mlčela.';
    const names = actorsOf('cs', text).map((a) => [a.name, a.mentions.length]);
    expect(names).toEqual(expect.arrayContaining([['Petr Vojtek', 2]]));
    expect(names.some(([name]) => name === 'Petra Vojteka')).toBe(false);
  });

  test('a first name written with the language’s accents is still a known first name ("Ondřej", "Matěj")', () => {
    const text = 'Trenér chválil, jak Ondřej Kubelka ubránil útočníka. Večer pak Matěj Dolanský promluvil o zápase.';
    expect(shown('cs', text)).toEqual(expect.arrayContaining([['Ondřej Kubelka', 'person'], ['Matěj Dolanský', 'person']]));
  });

  test('a word of the language, accented, is not the name it spells without accents ("Sarà" is no Sara, "Olá" no Ola)', () => {
    expect(shown('it', 'Secondo il piano, Sarà Roma a decidere.').map(([name]) => name)).not.toContain('Sarà Roma');
    expect(shown('pt', 'Ela escreveu: Olá Lisboa, cheguei.').map(([name]) => name)).not.toContain('Olá Lisboa');
  });

  test('an accented first name the dictionary lists in lower case too ("João") is a first name before a surname', () => {
    const text = 'O autarca João Trindes anunciou obras. Mais tarde, João Pedro Santos criticou o plano. João Trindes respondeu.';
    expect(shown('pt', text)).toEqual(expect.arrayContaining([['João Trindes', 'person'], ['João Pedro Santos', 'person']]));
    expect(shown('pt', 'Olá Lisboa! Olá Porto, até logo.').filter(([, kind]) => kind === 'person')).toEqual([]);
  });

  test('an accented first name before a surname that is a word too ("João Ventoso") is no run of ordinary words', () => {
    const text = 'Segundo João Ventoso, o plano da câmara avança. Para João Ventoso, a obra acaba em maio.';
    expect(shown('pt', text)).toContainEqual(['João Ventoso', 'person']);
  });
});

describe('accents written as combining marks', () => {
  test('a name so written is one word, and one actor with the same name written whole', () => {
    const text = 'La militante Genevie\u0300ve Marlaud a été blessée. Geneviève Marlaud porte plainte. De\u0300s lundi, l’enquête commence.';
    const actors = actorsOf('fr', text);
    expect(actors.map((a) => a.name)).toEqual(['Geneviève Marlaud']);
    const written = actors[0]?.mentions.map((m) => text.slice(m.start, m.end).normalize('NFC'));
    expect(written).toEqual(['Geneviève Marlaud', 'Geneviève Marlaud']);
  });
});

describe('roles', () => {
  test('a title before a comma gives the person named after it a role ("La maire, Sophie Marchetti")', () => {
    const actors = actorsOf('fr', 'La maire, Sophie Marchetti, a salué la foule. Le directeur du chantier, Julien Roussel, était présent.');
    expect(actors.find((a) => a.name === 'Sophie Marchetti')?.role).toBe('maire');
    expect(actors.find((a) => a.name === 'Julien Roussel')?.role).toBe('directeur du chantier');
  });

  test.each([
    ['fr', 'Devant le juge, Marc Lefèvre a reconnu tous les faits.', 'Marc Lefèvre'],
    ['es', 'Ante el juez, Pablo Ortega reconoció todos los hechos.', 'Pablo Ortega'],
  ] as const)('%s: a title ending a phrase before the comma is not the role of the name whose verb follows: %s', (code, text, name) => {
    const actors = actorsOf(code, text);
    expect(actors.map((a) => a.name)).toContain(name);
    expect(actors.find((a) => a.name === name)?.role).toBeNull();
  });

  test('adjectives before a title go with the title, not the name ("Der Berliner Verkehrsbeauftragte Jonas Brehm")', () => {
    const actors = actorsOf('de', 'Der Berliner Verkehrsbeauftragte Jonas Brehm lobte die neue Brücke.');
    expect(actors.map((a) => a.name)).toContain('Jonas Brehm');
    expect(actors.find((a) => a.name === 'Jonas Brehm')?.role).toBe('Verkehrsbeauftragte');
  });
});

describe('background', () => {
  test('a country named once, only by an adjective, is no actor; named again, it is', () => {
    expect(shown('de', 'Die spanische Tochter des Konzerns Strandwerk baut in Kiel.').map(([name]) => name)).not.toContain('Spanien');
    expect(shown('de', 'Die spanische Regierung lobte den Plan. Spanien will ihn übernehmen.')).toContainEqual(['Spanien', 'place']);
  });

  test.each([
    ['es', 'La nueva Constitución fue votada. Según la Constitución, el Senado decide. La Constitución de Bolivia es distinta.', 'Constitución'],
    ['fr', 'Le Code civil a changé. Selon le Code civil, le maire décide. Le Code civil le dit.', 'Code civil'],
    ['pt', 'A Constituição foi votada. Segundo a Constituição, o Senado decide. A Constituição mudou.', 'Constituição'],
  ] as Array<[Code, string, string]>)('a constitution or a code is a law, no actor (%s)', (code, text, law) => {
    expect(shown(code, text).map(([name]) => name).filter((name) => name.startsWith(law))).toEqual([]);
  });
});

describe('a town\'s name after an article no town takes names its club', () => {
  test.each([
    ['it', 'Ieri sera il Monza ha vinto ancora. I tifosi erano contenti.', [['Monza', 'organization']]],
    ['it', 'Il difensore è passato al Monza per due milioni.', [['Monza', 'organization']]],
    ['es', 'El Getafe perdió ayer por dos goles. Los aficionados se quejaron.', [['Getafe', 'organization']]],
    // No article: the town ("a Monza", "en Getafe").
    ['it', 'La fiera si tiene a Monza da dieci anni.', [['Monza', 'place']]],
    ['es', 'La fábrica abrió en Getafe hace dos años.', [['Getafe', 'place']]],
  ] as Array<[Code, string, Array<[string, string]>]>)('%s: %s', (code, text, expected) => {
    const actors = shown(code, text);
    for (const actor of expected) expect(actors).toContainEqual(actor);
  });
});

describe('acronyms', () => {
  test('an acronym before the noun it names the maker of is no counted thing ("in eurem KLAX Markt"); the firm stays', () => {
    const text = 'Die Kette KLAX wächst. Holt euch das Angebot in eurem KLAX Markt ab. KLAX meldete mehr Umsatz.';
    expect(shown('de', text)).toContainEqual(['KLAX', 'organization']);
  });
});

describe('towns whose names are also words', () => {
  test('a German town\'s name that is also a noun is that noun after a determiner no town takes ("im Norden Spaniens", "in der Halle"), and the town without one ("nach Halle")', () => {
    const text = 'Im Norden Spaniens regnet es oft. Das Konzert in der Halle Ostwind fiel aus. Die Band zog weiter nach Halle.';
    expect(shown('de', text)).toEqual([['Spanien', 'place'], ['Halle', 'place']]);
    expectActor('de', text, 'Halle', 'place', 1);
  });
});

describe('people whose names are also words', () => {
  test('after a greeting, the person addressed is named without it ("Hola Marta Quesada", "Liebe Anna Berger")', () => {
    expect(shown('es', 'Hola Marta Quesada, gracias por la carta. Marta Quesada no contestó.')).toContainEqual(['Marta Quesada', 'person']);
    expect(shown('de', 'Liebe Anna Berger, danke für den Brief. Anna Berger antwortete nicht.')).toContainEqual(['Anna Berger', 'person']);
  });

  test('a name the shared list writes without its accent is still read accent-blind ("José"), beside a verb whose accented ending is no name\'s ("Haré")', () => {
    const actors = shown('es', 'José Ortega prometió ayer una respuesta. “Haré lo que pueda”, dijo José a la prensa.');
    expect(actors).toContainEqual(['José Ortega', 'person']);
    expect(actors.map(([name]) => name)).not.toContain('Haré');
  });

  test('a surname that is also an ordinary word, opening a sentence alone, is the person the story named in full ("Anna Lange … Lange sagte")', () => {
    const lange = actorsOf('de', 'Die Forscherin Anna Lange kam spät. Lange sagte, das Labor sei zu klein.').find((a) => a.name === 'Anna Lange');
    expect(lange?.mentions).toHaveLength(2);
  });

  test('after a first name, a word the dictionary knows only inflected is a surname ("Robin Ziegele")', () => {
    expect(shown('de', '„Das ist gut“, sagte Innenverteidiger Robin Ziegele nach dem Spiel.')).toContainEqual(['Robin Ziegele', 'person']);
  });

  test.each([
    ['de', 'Finanzministerin Anna Berger sagte, der Haushalt sei gesichert.', 'Anna Berger'],
    ['de', 'Kanzler Peter Lang reiste am Abend ab.', 'Peter Lang'],
    ['de', 'Am Abend blieb Thomas Krüger in Berlin.', 'Thomas Krüger'],
    ['de', 'Der Abgeordnete Jonas Weber stimmte zu.', 'Jonas Weber'],
    ['fr', 'Pierre Martin a déclaré que le projet avance.', 'Pierre Martin'],
    ['nl', 'Jan de Vries zei dat het project vordert.', 'Jan de Vries'],
  ] as Array<[Code, string, string]>)('%s: %s', (code, text, name) => {
    expect(shown(code, text)).toContainEqual([name, 'person']);
  });

  test('a given name the names list holds, a particle and a surname that is a place\'s head word make a person ("Jan van der Berg", "berg" a hill)', () => {
    expect(shown('nl', 'Volgens Joost van der Berg is de brug te smal. Directeur Jan de Berg zei dat de gemeente betaalt.')).toEqual(
      expect.arrayContaining([['Joost van der Berg', 'person'], ['Jan de Berg', 'person']]),
    );
    // A place's head opening the name still makes a place ("Hoek van Holland" is no one's).
    expect(shown('nl', 'De veerboot vertrekt vanuit Hoek van Holland.').map(([, kind]) => kind)).not.toContain('person');
  });

  test.each([
    ['nl', 'Minister van Financiën Anna de Graaf zei dat de begroting klopt.', 'Anna de Graaf', 'Minister van Financiën'],
    ['nl', 'Gisteren zei minister van Defensie Joost van der Meulen dat het leger groeit.', 'Joost van der Meulen', 'minister van Defensie'],
    ['de', 'Gestern sagte die Präsidentin der Kommission Helga von der Aue, der Plan stehe.', 'Helga von der Aue', 'Präsidentin der Kommission'],
  ] as Array<[Code, string, string, string]>)('a title\'s remit, then a full name with its particles, is the remit and the person (%s: %s)', (code, text, name, role) => {
    const person = actorsOf(code, text).find((a) => a.name === name);
    expect(person?.kind).toBe('person');
    expect(person?.role).toBe(role);
  });

  test('a preposition between two names keeps them apart ("Mark Visser in Duitsland")', () => {
    expect(shown('nl', 'Volgens Jan de Vries woont Mark Visser in Duitsland.')).toEqual(
      expect.arrayContaining([['Mark Visser', 'person'], ['Duitsland', 'place']]),
    );
  });

  test('a connector only places\' and bodies\' names hold ends a person\'s name before it ("Léa Fournel en Allemagne", "sur Radio Lumière")', () => {
    const text = 'La ministre Léa Fournel en Allemagne a signé l’accord. Le syndicaliste Paul Garnier sur Radio Lumière a dénoncé la réforme. Le maire de Boulogne sur Mer a salué le texte.';
    expect(shown('fr', text).map(([name]) => name)).toEqual(expect.arrayContaining(['Léa Fournel', 'Allemagne', 'Paul Garnier', 'Boulogne sur Mer']));
  });
});
