import { describe, expect, test } from 'vitest';
import { findMentions } from '../../src/actors/find-mentions.ts';
import { tokenize } from '../../src/actors/tokenize.ts';

function named(text: string): string[] {
  return findMentions(text).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
}

describe('tokenize', () => {
  test('splits clitics off words but keeps name apostrophes and dotted acronyms', () => {
    expect(tokenize("They're sure China's O'Neill and D'Alema shouldn't leave the U.S.").map((t) => t.text)).toEqual([
      'They', "'re", 'sure', 'China', "'s", "O'Neill", 'and', "D'Alema", 'shouldn', "'t", 'leave', 'the', 'U.S.',
    ]);
  });
});

describe('findMentions', () => {
  test.each([
    // Headlines in capitals: only words that are not ordinary English are names.
    ['NEW YORK BEATS CHICAGO IN EXTRA INNINGS', ['place:NEW YORK', 'place:CHICAGO']],
    // Sentence-initial ordinary words are dropped, known multi-word names kept whole.
    ['South Africa beat New Zealand in Durban on Saturday.', ['place:South Africa', 'place:New Zealand', 'place:Durban']],
    ['Ironically, the plan failed. Shipments rose. Proponents waited.', []],
    // ... but a noun of reach before words closed by an institution's head opens the name.
    ['Heat records may fall (World Glacier Monitoring Organization, 2023).', ['organization:World Glacier Monitoring Organization']],
    // An employer before a title is a name of its own.
    ['Duke President Richard Brodhead condemned the act.', ['organization:Duke', 'person:Richard Brodhead']],
    ['Palestinian President Yasser Arafat flew to Cairo.', ['nationality:Palestinian', 'person:Yasser Arafat', 'place:Cairo']],
    // Teams in a row of results or a table are organizations; national sides are places.
    ['Chicago 3 Houston 2', ['organization:Chicago', 'organization:Houston']],
    // A line of players with their minutes, under its label, is no results row.
    ['Goals: Okafor 50, Brennan 66.', ['person:Okafor', 'person:Brennan']],
    ['England 320 , Pakistan 297-8', ['place:England', 'place:Pakistan']],
    ['Essex v Kent', ['organization:Essex', 'organization:Kent']],
    // A fixture list's line, two names and "at" between them: both are teams; a country stays a place.
    ['Denver at Toledo', ['organization:Denver', 'organization:Toledo']],
    ['SEATTLE AT DENVER', ['organization:SEATTLE', 'organization:DENVER']],
    ['Norway at Chile', ['place:Norway', 'place:Chile']],
    ['The mayor of Denver arrived at Toledo on Friday.', ['place:Denver', 'place:Toledo']],
    // Names with numbers joined by "and" are titles or models in a list, no results row; two innings' scores are.
    ['The store adds old games, including Harvest 3 and Frontier 2 this spring.', ['other:Harvest', 'other:Frontier']],
    ['Somerset 83 and 174, Kent 296.', ['organization:Somerset', 'organization:Kent']],
    // Context: the noun before or after a name.
    ['Italian tyre giant Pirelli announced a venture.', ['nationality:Italian', 'organization:Pirelli']],
    ['Shelling hit the Kurdish city of Arbil on Saturday.', ['nationality:Kurdish', 'place:Arbil']],
    ['Surrey captain Chris Lewis scored 80.', ['organization:Surrey', 'person:Chris Lewis']],
    // A name a preposition of place leads, then the region that holds it, is a town, whatever first name it spells.
    ['The final moves to Eugene, Oregon, said Eugene Marsh.', ['place:Eugene', 'place:Oregon', 'person:Eugene Marsh']],
    // A name closed by capitals, then a model's number, is a product's model; a king's numeral is no such capitals.
    ['It runs a Vexor RTX 4090 card.', ['other:Vexor RTX']],
    ['Henry VIII 1509 was the year of the crowning.', ['person:Henry VIII']],
    // A storm or a comet is named like a person; the word before the given name says what it is.
    ['Hurricane Delphine hit Florida, and Comet Vasko lit the sky.', ['other:Hurricane Delphine', 'place:Florida', 'other:Comet Vasko']],
    // A dateline opening its line is a town and its state, the state's abbreviation read as the state.
    ['KESTREL, N.Y. (WKTV) — A bridge closed on Monday.', ['place:KESTREL', 'place:N.Y.', 'organization:WKTV']],
    ['A firm from Tamsin, Calif., bought the mill.', ['place:Tamsin', 'place:Calif']],
    // After a person's "of", the article opens no name; Irish English's titles are titles.
    ['Sergeant Ana Pike of the Kestrova Police Department and Tanaiste Ben Holm spoke.', ['person:Ana Pike', 'organization:Kestrova Police Department', 'person:Ben Holm']],
    // A name no list knows before "of" is a person's when a title or an honorific stands before it,
    // or a country or a body the lists know stands after it; the place or body is a name of its own.
    ['President Tavo Renkai of Chile flew home.', ['person:Tavo Renkai', 'place:Chile']],
    ['Dr. Oyelu Adanne of the Harlow Health Board spoke.', ['person:Oyelu Adanne', 'organization:Harlow Health Board']],
    ['The title went to Kaito Morisane of Japan.', ['person:Kaito Morisane', 'place:Japan']],
    ['Ruo-Lin Tsai of the New York Times reported it.', ['person:Ruo-Lin Tsai', 'organization:New York Times']],
    // A job noun between an employer and a full name is the person's title, as a title word is.
    ['Orvex Analyst Mary Holt said so.', ['organization:Orvex', 'person:Mary Holt']],
    // A country names no person: a full name run into it is a name of its own.
    ['The envoy to Norway Anna Kessler resigned.', ['place:Norway', 'person:Anna Kessler']],
    // ... but a head before "of" keeps the name whole.
    ['The Bank of Japan held rates.', ['organization:Bank of Japan']],
    // A place's office makes a name no list knows that place; a residence is a place.
    ['Kestrova CM Ana Pike met reporters at Harbor Bungalow.', ['place:Kestrova', 'person:Ana Pike', 'place:Harbor Bungalow']],
    // Unknown capitals, then a number of two digits or more, designate a road or a model.
    ['Police closed the ORX 520 line on Monday.', ['other:ORX']],
    // A person named by where they come from: the place stays a place; a captain is the club's.
    ['One Boston mom and a Seattle native met Surrey captain Chris Lewis.', ['place:Boston', 'place:Seattle', 'organization:Surrey', 'person:Chris Lewis']],
    // ... from a place no list knows as well: its people are its men and women, a firm's its staff.
    ['A Kilbrannock man was fined, and a Vantrix spokesman declined to comment.', ['place:Kilbrannock', 'organization:Vantrix']],
    // A place the lists know holds its own offices.
    ['Ohio Governor Ann Pike and Chicago Mayor Tom Baxter spoke.', ['place:Ohio', 'person:Ann Pike', 'place:Chicago', 'person:Tom Baxter']],
    // Lists share a kind; a capitalized ordinary word acting as a subject is a surname.
    // A town a match's result names is its team: a score or a margin closes the result; a person
    // beats another so too, and stays a person.
    ['Durham beat Essex by six wickets, and York lost 2-1 to Derby.', ['organization:Durham', 'organization:Essex', 'organization:York', 'organization:Derby']],
    ['Leeds won 3-1 a week after a 2-0 defeat by Derby.', ['organization:Leeds', 'organization:Derby']],
    ['Murray beat Federer 6-4 in Paris.', ['person:Murray', 'person:Federer', 'place:Paris']],
    // A team's people after a town's name, or a plural verb after a town opening its sentence.
    ['Derby fans sang as Leeds striker Sam Hill waved.', ['organization:Derby', 'organization:Leeds', 'person:Sam Hill']],
    ['York were the better side, said Tom Lee. Fans who flew to York were delighted.', ['organization:York', 'person:Tom Lee', 'place:York']],
    // A people's word before a state's form is a country's official name; with more words, a body.
    ['The Russian Federation and the Russian Football Federation met.', ['place:Russian Federation', 'organization:Russian Football Federation']],
    // A peer's title before "of" and a place is an office, no one's name.
    ['Meghan, Duchess of Sussex, spoke.', ['person:Meghan']],
    // Heads of a carmaker's, a publication's, a team's, a bar's and a restaurant's name.
    ['Staff at Kestrel Auto, the Youth Outreach Team and Psychology Today agreed. Later Marlow Bar and Pike Kitchen closed.', ['organization:Kestrel Auto', 'organization:Youth Outreach Team', 'organization:Psychology Today', 'organization:Marlow Bar', 'organization:Pike Kitchen']],
    // Other languages' words for a station, a stadium, a square or a theatre open a place's name in English text.
    ['Fans left the Stadio Olimpico for Gare du Nord, then Piazza Navona and the Teatro Colón.', ['place:Stadio Olimpico', 'place:Gare du Nord', 'place:Piazza Navona', 'place:Teatro Colón']],
    // No one's given name, and no unknown word naming a person, takes a plural verb as its clause's subject: a team does.
    ['He said that Chelsea have made a bid, while Kestrova were beaten. Chelsea smiled.', ['organization:Chelsea', 'organization:Kestrova', 'person:Chelsea']],
    // A saint's, a namesake's or a people's possessive inside an institution's name; any other owner keeps its own name.
    ["She went from St Mary's Hospital to King's College London, then to St. Jude's Children's Research Hospital.", ["organization:St Mary's Hospital", "organization:King's College London", "organization:St. Jude's Children's Research Hospital"]],
    ["Fans left St James’s Park, and Trump's White House said so.", ['place:St James’s Park', 'person:Trump', 'organization:White House']],
    // Armed groups and a parliament's chambers English news names: organizations, not people or places.
    ['Fighters of al-Qaeda and Boko Haram fled, and the Upper House met.', ['organization:al-Qaeda', 'organization:Boko Haram', 'organization:Upper House']],
    ['Title rivals Essex, Derbyshire and Surrey all closed in.', ['organization:Essex', 'organization:Derbyshire', 'organization:Surrey']],
    ['Clinton and Dole met on Monday.', ['person:Clinton', 'person:Dole']],
    ['Now Dole has narrowed the gap.', ['person:Dole']],
    ['Tanks advanced to within 10 km of Arbil on Saturday.', ['place:Arbil']],
    // Acronyms, compounds, emphasis, labels, events and faiths.
    ['The IRA and the ANC issued statements.', ['organization:IRA', 'organization:ANC']],
    ['Amman-bound flights and Blue-chip stocks fell.', []],
    ['The EXPERT verdict is in.', []],
    ['Scorers: Haim Hajaj', ['person:Haim Hajaj']],
    ['He won the World Cup and the U.S. Open for Moslem fans.', ['other:World Cup', 'other:U.S. Open', 'other:Moslem']],
    ['She bought the Hair Relaxing Treatment.', ['other:Hair Relaxing Treatment']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  test('offsets point at the names in the text', () => {
    const text = 'Wang Lei, a cyber official within China\'s Ministry of Foreign Affairs, spoke.';
    for (const mention of findMentions(text)) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

describe('findMentions: English names, their edges and kinds', () => {
  // The names as written, in text order.
  test.each([
    // A name never runs across a line or paragraph break.
    ['Follow us on Instagram\n\nNadia Berg opened the bakery.', ['Instagram', 'Nadia Berg']],
    ['Share\n\nEmail\n\nRiverside Rovers won again.', ['Riverside Rovers']],
    ['The award went to Oskar Lind of\nHarbor Town.', ['Oskar Lind', 'Harbor Town']],
    // The pronoun's contractions are no names.
    ['I’ve known Pavel Novak for years, and I’d trust him.', ['Pavel Novak']],
    // In a headline in title case only words that are not ordinary ones are names; a line of
    // names and titles has no lower-case function word, so it is no headline.
    ['Zentrova Finally Puts a Price on Privacy', ['Zentrova']],
    ['Storm Warnings Issued for the Coast of Maine', ['Maine']],
    ['Harriet Quill, Boston Energy Desk', ['Harriet Quill', 'Boston Energy Desk']],
    // A lone initial's period ends the sentence before an ordinary word, and stays out of the name;
    // after a first name or another initial it is a middle initial.
    ['Orvel sold the Lumo Pad S. Then it made the Lumo Pad X.', ['Orvel', 'Lumo Pad S', 'Lumo Pad X']],
    ['Anna K. Berg met J. R. Holt at the Lumo Pad X’s launch.', ['Anna K. Berg', 'J. R. Holt', 'Lumo Pad X']],
    // A title of a place is an office: alone it names no one; before a name it is the title.
    ['The Prince of Wales toured Cornwall, where the Bishop of Truro waited.', ['Cornwall']],
    ['Mayor of Dunmore Clara Voss cut the ribbon.', ['Clara Voss']],
    // Honours after a full name are no part of it, nor a sign of a company.
    ['Edwin Marsh QC and Ruth Kell OBE gave evidence.', ['Edwin Marsh', 'Ruth Kell']],
    // A company or a describing word run into a full name: the company is a name of its own,
    // the describing word (an ordinary word, or two written as one) is dropped; a title further on keeps it.
    ['Fans queued for Nike Oliver Brandt boots.', ['Nike', 'Oliver Brandt']],
    ['Holidaymaker Thomas Greer filmed the wave. Fullback Peter Nolan scored.', ['Thomas Greer', 'Peter Nolan']],
    ['Samir Adel Haddad spoke to the crowd.', ['Samir Adel Haddad']],
    ['The clip shows Tourist Maria Lenz on the pier.', ['Maria Lenz']],
    // A job noun before two or three name words is what the person does, known first name or not;
    // a plural or an ordinary word after it opens a name of its own.
    ['Prosecutor Adaeze Okonkwo opened the case. Economist Tunde Bakare disagreed.', ['Adaeze Okonkwo', 'Tunde Bakare']],
    ['Fans of Queens Park Rangers cheered.', ['Queens Park Rangers']],
    // A conjunction that opens a clause ends a name, even where the full stop before it was lost.
    ['He lived in the city of Harbin But he moved to Wuhan later.', ['Harbin', 'Wuhan']],
    // Split at "and", a connector after it ("and of") opens no name.
    ['He was proud of the Harbour Hawks and of New York City.', ['Harbour Hawks', 'New York City']],
    // "and" after a head word, before another name closed by a head, joins two names.
    ['Shares of Norvik Steel Corp and Halden Paper Inc rose.', ['Norvik Steel Corp', 'Halden Paper Inc']],
    // A title run into its employer: the employer after the link is the name.
    ['The figures came from Ada Brill, Senior Editor for the Harbour Gazette.', ['Ada Brill', 'Harbour Gazette']],
    // A conjunction opening a sentence is no part of a name, even where a title in title case capitalizes it.
    ['Tickets for Jazz And Blues Night sold out. And Okafor asked for more.', ['Jazz', 'Blues Night', 'Okafor']],
    // Split at "the", a connector before it closes no name.
    ['The storm moved up the East Shore of the Varnal Republic.', ['East Shore', 'Varnal Republic']],
    // A title, "of" and a field of ordinary words name no one; after "of", an organization's name is the employer.
    ['Lena Osk, Vice President of Sales and Branding at Pellum, said so.', ['Lena Osk', 'Pellum']],
    ['Ivo Marr, Head of Research at Brightwell Labs, agreed.', ['Ivo Marr', 'Brightwell Labs']],
    ['Ivo Marr, the Chief Executive of Brightwell Labs, agreed.', ['Ivo Marr', 'Brightwell Labs']],
    // A title that institutions are named after keeps the name whole.
    ['She was treated at the Queen of Mercy Hospital.', ['Queen of Mercy Hospital']],
    // A title with no name after it names an office, not a person by name; a lone title word may be a surname.
    ['Deputy Premier Ana Torv spoke. The Deputy Premier said no, and the Governor agreed.', ['Ana Torv']],
    ['Stephen Quill wrote it, and Bishop said no.', ['Stephen Quill', 'Bishop']],
    // One ordinary word before a title names the office's field, unless the text names it on its own.
    ['Tourism Minister Ana Torv and District Attorney Ben Holm spoke.', ['Ana Torv', 'Ben Holm']],
    ['Shares of Pellum fell. Pellum Chief Executive Ana Torv spoke.', ['Pellum', 'Pellum', 'Ana Torv']],
    // A nationality of two words before a name is no part of it.
    ['New Zealander Tom Harte was on holiday.', ['New Zealander', 'Tom Harte']],
    // Opening a sentence, a place's opener before a name, or an adjective before an institution's name, opens the name.
    ['Talks ended. North Kestrova Police said so. Federal Grain Safety Board staff agreed.', ['North Kestrova Police', 'Federal Grain Safety Board']],
    ['Officials said so. Meanwhile the Kestrova Police left.', ['Kestrova Police']],
    // A headline style that capitalizes its function words is still a headline.
    ['Mayor Is Focused On The Budget – Not The Vote\nAna Torv spoke.', ['Ana Torv']],
    // A pronoun or verb in title case opens a clause or makes a run a title; in capitals it may be an acronym.
    ['(Harbor News - 3 May) It is too early, Ana Torv said.', ['Harbor News', 'Ana Torv']],
    ['They launched Who Has The Answer last year, and IS fighters fled.', ['IS']],
    ['Seas warmed by 1.8°C. This summer was hotter. This Evening host Ana Torv agreed.', ['Ana Torv']],
    // A title closing a run after a place or a body, with no name after it, is the office of that place or body;
    // after another name it may be a surname.
    ['The Boston Mayor agreed, and so did Kestrova County Sheriff, Julie Bishop said.', ['Boston', 'Kestrova County', 'Julie Bishop']],
    // An honour or an office after a name is no part of it, a person's or a party's.
    ['She wrote to her local Kestrova MP and to Ana Torv MEP.', ['Kestrova', 'Ana Torv']],
    // A title joined to "-General" is a title still.
    ['Kestrova Secretary-General Ana Torv spoke.', ['Kestrova', 'Ana Torv']],
  ])('%j', (text, expected) => {
    expect(findMentions(text).map((m) => m.text)).toEqual(expected);
  });

  // kind:name, in text order.
  test.each([
    // A courtesy title or an office title makes a person, whatever the name's words.
    ['Mr. Quill said the plan was sound.', ['person:Quill']],
    // A name borrowed with its Romance article is a league, a paper or a house, not a person.
    ['The La Vuelta giants want the striker.', ['organization:La Vuelta']],
    ['She wrote for Le Courrier before moving to Lyon.', ['organization:Le Courrier', 'place:Lyon']],
    ['The coach thanked President-elect Ruth Abara.', ['person:Ruth Abara']],
    ['Lakeside Middle School Principal Tom Baxter wrote to parents.', ['organization:Lakeside Middle School', 'person:Tom Baxter']],
    // An organization's head binds what follows "for", "of" or "on", and "and" inside it.
    ['She joined the Institute for Coastal Studies last year.', ['organization:Institute for Coastal Studies']],
    ['The Office for Rail and Road fined the operator.', ['organization:Office for Rail and Road']],
    ['The Committee on Coastal Safety met twice.', ['organization:Committee on Coastal Safety']],
    ['Storms hit the Farne Isles overnight.', ['place:Farne Isles']],
    ['Police met shoppers at the Harlow Mall and at Kestrova Plaza.', ['place:Harlow Mall', 'place:Kestrova Plaza']],
    // A sea is a place; a span of months, and a company's suffix standing alone, name nothing.
    ['Ships crossed the Varna Sea in June-July, as Lumo, Inc. had planned.\nInc.', ['place:Varna Sea', 'organization:Lumo, Inc.']],
    // An emphasis's marks opening a line open the sentence: the word after them is an ordinary one.
    ['**Officials from the Kestrova Police Department met.', ['organization:Kestrova Police Department']],
    // A product's model is named but acts in nothing: a model's letter or word closes it, or follows its number.
    ['Buyers chose the Lumo Pad S and the Lumo Pad Pro over the Zeno 4 Pro.', ['other:Lumo Pad S', 'other:Lumo Pad Pro', 'other:Zeno']],
    // A letter after one word, or in a table's header, is no model's (an unknown word alone stays what it was).
    ['Oranges give Vitamin C and iron.\nW D L G', ['person:Vitamin']],
    // A source is a person by default.
    ['The plan is legal, according to Ilse Brandauer.', ['person:Ilse Brandauer']],
    ['“It is legal,” says Brandauer.', ['person:Brandauer']],
    // A person "of" a place or an employer; not a title, a head or a bank.
    ['The study was led by Corinne Adler of Lakeview University.', ['person:Corinne Adler', 'organization:Lakeview University']],
    ['Secretary of State Ana Duarte flew home.', ['person:Ana Duarte']],
    ['Profits at Bank of America rose.', ['organization:Bank of America']],
    ['Sen. Ann Pike of Ohio spoke.', ['person:Ann Pike', 'place:Ohio']],
    // Teams named for places: a seed or a win-loss record; a pitcher's record is no team's.
    ['No. 3 Maple Ridge travels to No. 6 Birch Valley on Friday.', ['organization:Maple Ridge', 'organization:Birch Valley']],
    ['Cedar Creek (9-1) hosts the final.', ['organization:Cedar Creek']],
    ['Okafor (12-4) allowed two runs.', ['person:Okafor']],
    // Initials inside a name; two unknown words after a preposition are a person, one a place.
    ['The poems come from Mary A. Lindqvist and her students.', ['person:Mary A. Lindqvist']],
    ['He passed the ball to Tomasz Wierzbicki at once.', ['person:Tomasz Wierzbicki']],
    ['She moved to Karvelo last year.', ['place:Karvelo']],
    ['A. Grade was never the goal.', []],
    // "and the" joins two names; an employer before a title keeps its known name whole.
    ['We asked Lakeside High School and the Lakeside Police Department.', ['organization:Lakeside High School', 'organization:Lakeside Police Department']],
    ['Rain hit England and the Channel Isles.', ['place:England', 'place:Channel Isles']],
    // A road's word closes a place ("Drive", "Boulevard", "Highway"), so "and" after it joins two roads;
    // after a company's name it names the company's product; "Friends of" heads a support group.
    ['Crews shut Orwin Drive and Tallow Creek Road after the leak.', ['place:Orwin Drive', 'place:Tallow Creek Road']],
    ['Traffic crawled along Marlow Boulevard toward the Kessing Highway.', ['place:Marlow Boulevard', 'place:Kessing Highway']],
    ['She keeps her drafts on Google Drive.', ['other:Google Drive']],
    ['The Friends of Harrow Marsh planted reeds.', ['organization:Friends of Harrow Marsh']],
    ['The sites that are Friends of Marco praised the app.', ['other:Friends of Marco']],
    // "and" between two people's full names joins two names, though a head closes the run; between
    // given names it stays inside a foundation's name.
    ['She asked Ann Pike and Tom Reyes of Harbor News.', ['person:Ann Pike', 'person:Tom Reyes', 'organization:Harbor News']],
    ['The Bill and Melinda Okoro Foundation paid.', ['organization:Bill and Melinda Okoro Foundation']],
    // An American address: the town, its comma, its state's postal code. The code is no actor and
    // lends the town no kind as a list would; the town is a place, even one that is a given name too.
    ['Researchers in Boston, MA, tested the drug.', ['place:Boston']],
    ['She moved to Austin, TX, with her dog.', ['place:Austin']],
    ['Write to Kestrova Labs, Orlando, FL 32801.', ['organization:Kestrova Labs', 'place:Orlando']],
    ['The lab in Denver, CO, opened.', ['place:Denver']],
    ['Researchers at Lakeview University in Troy, NY, agreed.', ['organization:Lakeview University', 'place:Troy']],
    // A code written with periods is one too; a code the lists know as a state stays that place.
    ['She flew to Washington, D.C., on Monday.', ['place:Washington']],
    ['The mill in Orwell, N.Y., closed.', ['place:Orwell', 'place:N.Y.']],
    // A town, its comma, then its state or country: two places of one address, not a list that an
    // organization beside them turns into organizations. A list of regions stays a list.
    ['She studied in Tallowby, Maryland, and Harrow University.', ['place:Tallowby', 'place:Maryland', 'organization:Harrow University']],
    ['They beat Essex, Derbyshire and Acme Corp.', ['organization:Essex', 'organization:Derbyshire', 'organization:Acme Corp.']],
    // A lone title word set off by commas after a name is that name's title, no name; so the name
    // and the employer after it are no list of one kind. Alone, it may be a surname.
    ['"Rates will fall," said Tavo Renkai, Director, Harlow Securities.', ['person:Tavo Renkai', 'organization:Harlow Securities']],
    ['They thanked Smith, Judge and Jones.', ['person:Smith', 'person:Judge', 'person:Jones']],
    // A source named with ordinary words is a body or an outlet, unless its first word is a given name too.
    ['"Prices will rise," said Quiet Harbour Watch on Monday.', ['organization:Quiet Harbour Watch']],
    ['"Prices will rise," said Rose Tallow on Monday.', ['person:Rose Tallow']],
    // A disease's name is no actor, even where a place opens it.
    ['Cases of Harlow Valley Fever and West Nile Virus rose.', ['other:Harlow Valley Fever', 'other:West Nile Virus']],
    // A compass word before a place opens a region's name.
    ['Farms in Southwestern Kestrova grow rye.', ['place:Southwestern Kestrova']],
    // A place before a known party names its branch there; Virginia is a state as well as a given name.
    ['Ohio Democrats and Virginia Republicans met in Virginia.', ['organization:Ohio Democrats', 'organization:Virginia Republicans', 'place:Virginia']],
    // A doctorate written with periods is no name ("Ph" had been a person).
    ['Ivo Marek, Ph.D., led the study.', ['person:Ivo Marek']],
    // A person's name before a degree written so stays the person's.
    ['Ann Pike, MD, treated him.', ['person:Ann Pike']],
    // A capitalized "The" after a connector opens a name of its own.
    ['She reported from Kestrova for The Tallow Foundation.', ['place:Kestrova', 'organization:Tallow Foundation']],
    // "and" after a known organization, before a name of its own closed by a head, joins two names.
    ['She filed for Reuters and Tallow Valley Radio.', ['organization:Reuters', 'organization:Tallow Valley Radio']],
    ['She read the Globe and Mail daily.', ['organization:Globe and Mail']],
    // A people's word before a known organization names its branch in that country.
    ['The seat went to Welsh Labour in May.', ['organization:Welsh Labour']],
    // A word dropped opening a sentence leaves no comma opening a name, nor a legal form alone.
    ['Monsters, Inc. won the prize.', []],
    ['Former New Jersey Gov. Ann Pike spoke.', ['place:New Jersey', 'person:Ann Pike']],
    // People by their title in the plural are no name ("Tory MPs"); a head after a connector is ("House of Lords").
    ['Labour MPs met peers in the House of Lords.', ['organization:Labour', 'organization:House of Lords']],
    // Words that name a company and nothing else; not an ordinary word opening a sentence.
    ['Analysts expect Spotify to raise its prices.', ['organization:Spotify']],
    ['Yahoo said nothing about the sale.', ['organization:Yahoo']],
    ['Reliance on contract staff has grown.', []],
    // English writes no person's one-word name after "the"; an ordinary word there stays what it was.
    ['Visitors queued as the Vellmont reopened its halls.', ['organization:Vellmont']],
    // A feast or a holiday is named, but never a person.
    ['This year Halloween falls on a Friday.', ['other:Halloween']],
  ])('%j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  test('a title after the word opening its sentence is read as the title ("When President …")', () => {
    const person = findMentions('Talks ended.\nWhen President Ana Pike spoke, they cheered.').find((m) => m.kind === 'person');
    expect([person?.text, person?.title]).toEqual(['Ana Pike', 'President']);
  });

  test('a name\'s context stays on its line: a heading\'s last word is no title of the next paragraph\'s first name', () => {
    const mentions = findMentions('Union meets the Kestrova manager\n\nBrightwell Tanning Works closed on Monday.');
    expect(mentions.find((m) => m.text === 'Brightwell Tanning Works')?.guessed).toBe(true);
  });

  test('a run of ordinary words beside a company in a list stays no name', () => {
    expect(named('Shares of Orbex Corp. and Bright Ideas Together fell.')).not.toContain('organization:Bright Ideas Together');
  });

  test('a title in the plural before first names is no part of them, and neither one\'s role ("Princes William and Harry")', () => {
    const people = findMentions('Crowds cheered Princes Oliver and Henry. Fans of Queens Park Rangers cheered.').map((m) => [m.text, m.title]);
    expect(people).toEqual([['Oliver', null], ['Henry', null], ['Queens Park Rangers', null]]);
  });

  test.each([
    ['President-elect Ruth Abara arrived.', 'President-elect'],
    ['U.S. Secretary Ann Lee met the press.', 'U.S. Secretary'],
    ['Secretary of State Ana Duarte flew home.', 'Secretary of State'],
    // After an office's "of", its field of ordinary words belongs to the title, not to the name.
    ['Deputy Director of Public Prosecutions Ivo Marek resigned.', 'Deputy Director of Public Prosecutions'],
    // An abbreviated title before the title, with its period, is part of it, never a name.
    ['Lt. Col. Ivo Marek testified.', 'Lt. Col.'],
  ])('the title before the name in "%s" is %s', (text, title) => {
    expect(findMentions(text).find((m) => m.kind === 'person')?.title).toBe(title);
  });
});
