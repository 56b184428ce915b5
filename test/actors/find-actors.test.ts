import { describe, expect, test } from 'vitest';
import { findActors } from '../../src/actors/find-actors.ts';
import { splitSentences } from '../../src/text/split-sentences.ts';
import type { Actor, ActorKind } from '../../src/types.ts';

function actorsOf(text: string, title: string | null = null): Actor[] {
  return findActors({ text, sentences: splitSentences(text), title, highlights: [] });
}

function written(text: string, actor: Actor | undefined): string[] {
  return actor?.mentions.map((m) => text.slice(m.start, m.end)) ?? [];
}

describe('folding: one actor per entity', () => {
  test('a name written once with its accents and once without is one actor ("Müller", "Muller")', () => {
    const text = 'Lena Schröder scored twice for the club on Saturday. Schroder said the team had worked hard all week.';
    const actors = actorsOf(text).filter((a) => a.kind === 'person');
    expect(actors.map((a) => a.name)).toEqual(['Lena Schröder']);
    expect(written(text, actors[0])).toEqual(['Lena Schröder', 'Schroder']);
  });

  test.each([
    ['Wang Lei, a cyber official, spoke first. Later Wang said the talks were over.', 'Wang Lei', 'person', ['Wang Lei', 'Wang']],
    ['U.S. officials met in Geneva. The United States has said US forces will stay, and Americans agree.', 'United States', 'place', ['U.S.', 'United States', 'US', 'Americans']],
    ['Chinese hackers were blamed. China denied it, and China\'s embassy said so.', 'China', 'place', ['Chinese', 'China', 'China']],
    ['The Federal Bureau of Investigation (FBI) opened a case. The FBI declined to comment.', 'Federal Bureau of Investigation', 'organization', ['Federal Bureau of Investigation', 'FBI', 'FBI']],
    ['Prime Minister Boris Johnson arrived in Brussels. Johnson then met EU leaders.', 'Boris Johnson', 'person', ['Boris Johnson', 'Johnson']],
    ['British troops left Basra. Britain said the UK mission was over.', 'Britain', 'place', ['British', 'Britain', 'UK']],
    // Arabic's article written in lower case before a name is the name's: the surname with and without it folds in.
    ['President Karim al-Haddad spoke on Monday. Later al-Haddad left, and Haddad said no more.', 'Karim al-Haddad', 'person', ['Karim al-Haddad', 'al-Haddad', 'Haddad']],
    // A surname no list knows as a place, after a preposition ("matched to Pike"), is the person's.
    ['Darren Pike was charged on Friday. The prints were matched to Pike, 50, of Mill Lane. More was found inside Pike\'s van.', 'Darren Pike', 'person', ['Darren Pike', 'Pike', 'Pike']],
  ] as Array<[string, string, ActorKind, string[]]>)('%s → %s', (text, name, kind, mentions) => {
    const actor = actorsOf(text).find((a) => a.name === name);
    expect(actor?.kind).toBe(kind);
    expect(written(text, actor)).toEqual(mentions);
  });

  test('a person named by surname alone is not the administration the person leads', () => {
    const text = 'When President Pike spoke, the Pike administration listened. Pike left at noon.';
    const actors = actorsOf(text).map((a) => [a.name, a.kind]);
    expect(actors).toContainEqual(['Pike', 'person']);
    expect(actors).toContainEqual(['Pike administration', 'organization']);
  });

  test('a person\'s first word in a tabloid\'s capitals shows as names are written ("LINDA Nolan")', () => {
    const people = actorsOf('MARTA Quill has spoken about her illness. Quill said she was fine.').filter((a) => a.kind === 'person');
    expect(people.map((a) => a.name)).toEqual(['Marta Quill']);
  });

  test('a name written once with a no-break space is the same actor', () => {
    const text = 'Nina de la Vega posted the photos. Her cousin Nina\u00a0de la Vega said they were real.';
    const people = actorsOf(text).filter((a) => a.kind === 'person');
    expect(people.map((a) => [a.name, a.mentions.length])).toEqual([['Nina de la Vega', 2]]);
  });

  test('a surname the text uses alone belongs to the person the headline names in full', () => {
    const title = 'Lena Hartwell quits as harbour mayor';
    const text =
      'Hartwell announced her departure on Monday, a week before the vote.\n\n' +
      'The website of her campaign was registered by a Tom Hartwell, a cousin, records show.\n\n' +
      'Mayor Hartwell said she would not endorse anyone. Hartwell has led the town since 2015.';
    const actors = actorsOf(text, title);
    const lena = actors.find((a) => a.name === 'Lena Hartwell');
    expect(written(text, lena)).toEqual(['Hartwell', 'Hartwell', 'Hartwell']);
    expect(lena?.role).toBe('Mayor');
    expect(written(text, actors.find((a) => a.name === 'Tom Hartwell'))).toEqual(['Tom Hartwell']);
  });

  test('a headline name run into a compound is not taken for a person the text calls by surname', () => {
    const title = 'Anna Berg-Holding Vento in trouble';
    const text = 'Vento reported a loss. The firm Vento Holding said Vento would recover. Vento shares fell.';
    expect(actorsOf(text, title).map((a) => a.name)).not.toContain('Anna Berg-Holding Vento');
  });

  test('an organization named without the sponsor that opens its full name folds into it', () => {
    const text = 'The match went to Velta Harbour Rovers on Saturday. On Sunday, Harbour Rovers lost at home.';
    const club = actorsOf(text).find((a) => a.name === 'Velta Harbour Rovers');
    expect(written(text, club)).toEqual(['Velta Harbour Rovers', 'Harbour Rovers']);
  });

  test('a campaign or a government a person the story names in full leads is an organization', () => {
    const text = 'Senator Dana Whitlock spoke in Ohio. The Whitlock campaign said it raised $2 million. The Verrano campaign of 1916 ended in defeat.';
    const names = actorsOf(text).map((a) => [a.name, a.kind]);
    expect(names).toContainEqual(['Whitlock campaign', 'organization']);
    expect(names).not.toContainEqual(['Verrano campaign', 'organization']);
  });

  test('a middle name alone stands for the one person whose full name holds it', () => {
    const text = 'Ana Brezo Castell won the final. Later Brezo thanked her coach in Lyon.';
    expect(written(text, actorsOf(text).find((a) => a.name === 'Ana Brezo Castell'))).toEqual(['Ana Brezo Castell', 'Brezo']);
  });

  test('a double surname alone folds into the full name it ends, one that opens with a first name', () => {
    const text = 'Dietitian Amanda A. Kostro Miller said vitamins help. Kostro Miller added that food matters more.';
    expect(actorsOf(text).map((a) => [a.name, a.mentions.length])).toEqual([['Amanda A. Kostro Miller', 2]]);
  });

  test('a club\'s name run into a surname in a title-case line stands for the person named in full', () => {
    const text = 'Fans hail Arsenal Sanchez after the win\n\nAlexis Sanchez scored twice on Sunday. Sanchez was happy. Arsenal Sanchez celebrated with fans.';
    const actors = actorsOf(text);
    expect(actors.map((a) => a.name)).not.toContain('Arsenal Sanchez');
    expect(actors.find((a) => a.name === 'Alexis Sanchez')?.mentions).toHaveLength(4);
  });

  test('an ordinary word run into a name the story also writes alone describes the person ("Boxer Ravinder Dhillon")', () => {
    const text = 'Ravinder Dhillon said he would return his medal. Boxer Ravinder Dhillon joined the protest on Monday. Dhillon spoke briefly.';
    const actors = actorsOf(text);
    expect(actors.map((a) => a.name)).toEqual(['Ravinder Dhillon']);
    expect(written(text, actors[0])).toEqual(['Ravinder Dhillon', 'Boxer Ravinder Dhillon', 'Dhillon']);
  });

  test('a name written in capitals (a dateline, a byline) shows as the story writes it elsewhere, else in title case', () => {
    const text = 'PORT TALBOT (Wire) - The mill closed. Workers in Port Talbot marched. In CARDIFF, Wynn Price and the UN disagreed.';
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Port Talbot', 'Cardiff', 'UN']));
    expect(names).not.toContain('PORT TALBOT');
  });

  test('"Biden administration" is an organization of its own, not a mention of a person', () => {
    const text = 'The Biden administration issued warnings. Officials in the Biden administration declined to comment.';
    const actors = actorsOf(text);
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Biden administration', 'organization']]);
    expect(actors[0]?.mentions).toHaveLength(2);
  });
});

describe('kinds', () => {
  test.each([
    ['The State Department has reiterated its commitment.', 'State Department', 'organization'],
    ['He works at the Ministry of Foreign Affairs in Beijing.', 'Ministry of Foreign Affairs', 'organization'],
    ['Shares of General Motors Corp. fell on Friday.', 'General Motors Corp.', 'organization'],
    ['The Harbour Bulletin reported the closure first.', 'Harbour Bulletin', 'organization'],
    ['The report appeared in the Wall Street Journal on Tuesday.', 'Wall Street Journal', 'organization'],
    ['Floods hit villages along the Yangtze River this week.', 'Yangtze River', 'place'],
    ['Talks resumed in St. Louis after a short break.', 'St. Louis', 'place'],
    // A postal service, a zoo, a paper's edition for a country: heads of organizations.
    ['Ms Hale says Eastland Mail are to blame for the delay.', 'Eastland Mail', 'organization'],
    ['The boy fell into an exhibit at the Riverton Park Zoo on Monday.', 'Riverton Park Zoo', 'organization'],
    ['She told Evening Mail Canada that she would stay.', 'Evening Mail Canada', 'organization'],
    // Publishers, studios and labels are companies, even as a speech verb's subject.
    ['The memoir was dropped when Brannock Publishing confirmed the news.', 'Brannock Publishing', 'organization'],
    ['The film was made by Halloway Pictures and Oskin Studios confirmed it.', 'Oskin Studios', 'organization'],
    // A street's head abbreviated with its dot closes the name.
    ['The fire started at 12 Harrow St. on Monday. Crews closed Harrow St. until noon.', 'Harrow St.', 'place'],
    ['Police closed Linden Ave. for the parade, and Linden Ave. stayed shut.', 'Linden Ave.', 'place'],
    ['Senator John McCain spoke to reporters.', 'John McCain', 'person'],
    ['Dr. Anthony Fauci testified before the Senate.', 'Anthony Fauci', 'person'],
    // A place head that is a common surname, after a first name.
    ['Rachel Ward said the halls were full.', 'Rachel Ward', 'person'],
    // A guess a cue suggests ("in Corvana": a place) outweighs a bare default ("nearby Corvana": a person).
    ['Locals from nearby Corvana visit often. Tourism in Corvana grew. Boats sail past Corvana. The flight back to Corvana is short.', 'Corvana', 'place'],
    // A word with a capital inside is a brand's, unless a surname's prefix opens it.
    ['TrailBase said the map is free. Later TrailBase said it would add roads. The data came from TrailBase.', 'TrailBase', 'organization'],
    ['The bill failed, DeLuca said. Later DeLuca said he would try again.', 'DeLuca', 'person'],
    // "The" capitalized inside a sentence, where a publication is cited, opens its title.
    ['The essay ran last month in The Kestrelian, and later in a book.', 'Kestrelian', 'organization'],
    ['A review appeared in The New Marlowan on Sunday.', 'New Marlowan', 'organization'],
    ['The talks moved to The Hague on Monday.', 'The Hague', 'place'],
    // A phrase right before a speech verb is its subject, no appositive saying what the name before is.
    ['Profits fell on weaker sales in Peru, the company said. Sales in Peru may recover.', 'Peru', 'place'],
    // What a piece of writing appears in is an outlet; a name closed by a number word is no one's.
    ['The pills help, said an essay in Wellnessly. “Sleep improved,” Wellnessly noted.', 'Wellnessly', 'organization'],
    ['A column in the Kestrel Ledger said the pier would close.', 'Kestrel Ledger', 'organization'],
    ['“I am not leaving,” the singer told Page Nine on Friday.', 'Page Nine', 'organization'],
    // A head, then only the place it stands in.
    ['A study by Harbour College Glasgow said the rents rose.', 'Harbour College Glasgow', 'organization'],
    // A head in the plural, closing a longer name; not a two-word person's name.
    ['The Wexbridge County Public Schools said classes resume.', 'Wexbridge County Public Schools', 'organization'],
    ['“It is over,” said Tom Powers, a local engineer.', 'Tom Powers', 'person'],
    // A known place after a word naming a people or a group ("Nazi Germany").
    ['Her novel is set in British India before the war.', 'British India', 'place'],
    // A county is a place; a club named after one is read from its context, not its head.
    ['Officials in Wexbridge County said the road reopens.', 'Wexbridge County', 'place'],
    // A French place opener English keeps.
    ['The summit met at the Château de Vaulmont on Friday.', 'Château de Vaulmont', 'place'],
  ] as Array<[string, string, ActorKind]>)('%s → %s (%s)', (text, name, kind) => {
    expect(actorsOf(text).find((a) => a.name === name)?.kind).toBe(kind);
  });

  test.each([
    ['Meanwhile, the markets closed higher.'],
    ['This was underscored by the report.'],
    ['In December, officials met again.'],
    ['Officials said on Monday that prices rose.'],
  ])('no actor in "%s"', (text) => {
    expect(actorsOf(text)).toEqual([]);
  });

  test('a job before a full name is the person\'s role, known first name or not', () => {
    const actors = actorsOf('Prosecutor Adaeze Okonkwo opened the case. Economist Tunde Bakare disagreed.');
    expect(actors.map((a) => [a.name, a.role])).toEqual([['Adaeze Okonkwo', 'Prosecutor'], ['Tunde Bakare', 'Economist']]);
  });

  test('a job that a firm or a person may hold names a person before a full name, a firm before one word', () => {
    const text = 'Trading was calm, said broker Adaeze Okonkwo. Shares of broker Nomvela rose.';
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toEqual(
      expect.arrayContaining([['Adaeze Okonkwo', 'person'], ['Nomvela', 'organization']]),
    );
  });

  test('a programme or a public inquiry named after a person is no actor', () => {
    const names = actorsOf('She said so on the Tessa Lind Show. The Brennan Inquiry reported last year.').map((a) => a.name);
    expect(names).not.toContain('Tessa Lind Show');
    expect(names).not.toContain('Brennan Inquiry');
    expect(actorsOf('Fans replayed the Tessa Lind Interview all week.').map((a) => a.name)).not.toContain('Tessa Lind Interview');
  });

  test('a headline in capitals yields only names', () => {
    const text = 'LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY.';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Leicestershire']);
  });
});

test('an ordinary word capitalized after "the" is an office or a thing, no one\'s name, even as a subject ("the Member has assured us")', () => {
  const text = '“On the basis that the Member has assured us, we agree,” she said. Later the Member has resigned.';
  expect(actorsOf(text).map((a) => a.name)).not.toContain('Member');
});

describe('capitals run into a full name', () => {
  test('capitals no list knows are a rank or a post, no part of the name ("DCI Harriet Vane")', () => {
    const names = actorsOf('DCI Harriet Vane said the search would go on. PC Tom Hadley found the car.').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Harriet Vane', 'Tom Hadley']));
    expect(names.some((name) => /DCI|PC /u.test(name))).toBe(false);
  });

  test('a word naming a people or a group before a full name describes the person ("Olympian Tessa Hadley")', () => {
    const names = actorsOf('Olympian Tessa Hadley won gold in the relay. Hadley said the win was hard.').map((a) => a.name);
    expect(names).toContain('Tessa Hadley');
    expect(names.some((name) => name.includes('Olympian'))).toBe(false);
  });

  test('a known body or place is a name of its own ("BBC Jon Mallory"); initials stay the name\'s', () => {
    const names = actorsOf('BBC Jon Mallory reported from the port. Later J.J. Tom Keane said nothing.').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['BBC', 'Jon Mallory', 'J.J. Tom Keane']));
  });

  test('a song\'s credit word joins two artists and belongs to neither ("Featuring")', () => {
    const names = actorsOf('This week\'s top song is by Ana Ruiz Featuring Leo Tamsin. Ana Ruiz thanked her fans.').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Ana Ruiz', 'Leo Tamsin']));
    expect(names.some((name) => name.includes('Featuring'))).toBe(false);
  });
});

describe('a first name standing alone is a person only by default', () => {
  test('a club named like a person takes the kind its context decides ("Chelsea manager")', () => {
    const text = 'Marlow wants to stay at Chelsea. He is happy at Chelsea, he said. Chelsea manager Tom Reid agreed.';
    expect(actorsOf(text).find((a) => a.name === 'Chelsea')?.kind).toBe('organization');
  });

  test('a first name the story writes in mixed case and in capitals is a person\'s, not an acronym', () => {
    const text = 'I could have asked Kayla herself. That was it: KAYLA. Kayla laughed when she heard.';
    expect(actorsOf(text).find((a) => a.name === 'Kayla')?.kind).toBe('person');
  });

  test('a person named by first name alone stays a person', () => {
    const text = 'Gemma said she would go to the market. Later Gemma left with her sister.';
    expect(actorsOf(text).find((a) => a.name === 'Gemma')?.kind).toBe('person');
  });
});

describe('roles', () => {
  test('a role after an honour written after the name ("Edwin Marsh QC, a lawyer for …")', () => {
    const text = 'Edwin Marsh QC, a lawyer for the families, said the inquiry had failed.';
    expect(actorsOf(text).find((a) => a.name === 'Edwin Marsh')?.role).toBe('lawyer for the families');
  });

  test.each([
    ['Wang Lei, a cyber official within China\'s Ministry of Foreign Affairs, spoke.', 'Wang Lei', "cyber official, China's Ministry of Foreign Affairs"],
    ['Foreign Minister Wang Yi arrived in Moscow.', 'Wang Yi', 'Foreign Minister'],
    ['President Bill Clinton signed the bill.', 'Bill Clinton', 'President'],
    ['John Smith, the company\'s chief executive, resigned.', 'John Smith', "company's chief executive"],
    ['Maria Garcia, a spokeswoman for the Interior Ministry, declined to comment.', 'Maria Garcia', 'spokeswoman, the Interior Ministry'],
    ['Germany, France and Italy signed the treaty.', 'Germany', null],
    ['Duke President Richard Brodhead condemned the act.', 'Richard Brodhead', 'President, Duke'],
    ['Palestinian President Yasser Arafat flew to Cairo.', 'Yasser Arafat', 'Palestinian President'],
    // A role is a noun phrase: the next person, or a clause, after the comma is none.
    ['Speaking to reporters in the Chilean capital of Santiago, Mr Holt said the talks had failed.', 'Santiago', null],
    ['The ministry asked the Red Cross, to help citizens leave the city, for more buses.', 'Red Cross', null],
    ['The site was registered by Tom Fenwick, who appears to be the brother of the mayor.', 'Tom Fenwick', null],
    ['Dr Anna Pike, says she is hopeful about the trial.', 'Anna Pike', null],
    ['The storm hit Ohio, killing two people in the night.', 'Ohio', null],
    ['The boy was found by Paul Rees, watched by his father.', 'Paul Rees', null],
    ['Whales stranded near the Coral Trust, with 140 pilot whales on the beach.', 'Coral Trust', null],
    ['In the Bay Area, people turned up their fans.', 'Bay Area', null],
    ['Paul Rees, a retired army general, spoke first.', 'Paul Rees', 'retired army general'],
    ['Paul Rees, the managing director of Acme Foods, spoke first.', 'Paul Rees', 'managing director, Acme Foods'],
    // The news trade's own jobs are titles too: the outlet and the reporter are two names.
    ['Kestrel Sports NFL Insider Dana Rourke reported that the trade was done.', 'Dana Rourke', 'Insider, Kestrel Sports NFL'],
    ['The move surprised fans, said Tom Ilves, a Kestrel correspondent.', 'Tom Ilves', 'Kestrel correspondent'],
    // A form of address makes a person and says no role.
    ['Miss Hayley Marlowe denied the charge in court.', 'Hayley Marlowe', null],
    // A role is a person's: a job word after an organization's name is the next person's title.
    ['In an interview with Lumen Radio, former county clerk and senior adviser said the vote was fair. Lumen Radio aired it twice.', 'Lumen Radio', null],
    // Kin name a relative, not an employer; a phrase cut after a possessive ends before its "and".
    ['Profile: Dana Wells, granddaughter of Marco Bellini and Ohio\'s "fearless" new fire chief', 'Dana Wells', 'granddaughter of Marco Bellini'],
    // "who’s" opens a clause as "who" does.
    ['Rosa Pike, who’s the sister of county chair Dan Holt, said the vote was fair.', 'Rosa Pike', null],
    // Only the first preposition ties a job to its employer: the name after it stays whole.
    ['Ava Stone, founder of the charity Friends of Elm Park, said the trees would stay.', 'Ava Stone', 'founder of the charity Friends of Elm Park'],
    // A title before a name makes its object a person, and an appositive opening with one the next person.
    ['Lena Marsh, spokesman for UN secretary general Tomas Reyes, said the talks would resume.', 'Lena Marsh', 'spokesman for UN secretary general Tomas Reyes'],
    ['Nora Quill, the artist Brandt chose to paint the mural, smiled.', 'Nora Quill', null],
    // An abbreviation's dots before the name it qualifies do not end the role.
    ['Hal Brandt, founder and chairman of U.S. Kite Systems, Inc., said sales rose.', 'Hal Brandt', 'founder and chairman, U.S. Kite Systems'],
    // A role ends with its line: the line after a signature is the next block, not more of the role.
    ['We thank our staff.\n\nJo Marsh, director of Kite Works to its members\n\nFriends,\n\nThe year was hard. Marsh said so.', 'Jo Marsh', 'director, Kite Works to its members'],
    ['Jo Marsh, director\nof Kite Works, said the year was hard.', 'Jo Marsh', 'director'],
  ])('%s → %s: %s', (text, name, role) => {
    expect(actorsOf(text).find((a) => a.name === name)?.role).toBe(role);
  });
});

describe('acronyms no list knows', () => {
  const LEAD = 'Rain fell on the coast all week.';
  // [text, acronyms shown]. Each acronym here is invented, so no list knows it.
  test.each([
    // Named once, with nothing but capitals behind it: a thing as often as an actor.
    [`${LEAD} The new laptop has a faster QPU and a ZDMI port.`, []],
    [`${LEAD} The crash caused tremendous QPU load.`, []],
    // It recurs: the story is about it.
    [`${LEAD} The ZRTA raised fares. Riders blamed the ZRTA.`, ['ZRTA']],
    // It acts: it owns something, speaks, or employs someone.
    [`${LEAD} Fares rose after the ZRTA's decision.`, ['ZRTA']],
    [`${LEAD} Fares will rise, ZRTA said on Monday.`, ['ZRTA']],
    [`${LEAD} Her sister is a professor of physics at KWIT, where she studies ice.`, ['KWIT']],
    // "at" before it while it describes the noun after it: no employer.
    [`${LEAD} Jobs are scarce at KWIT level.`, []],
    // The story's lead names it.
    ['The ZCSAA playoffs start on Friday with sixteen teams.', ['ZCSAA']],
  ])('%s → %j', (text, shown) => {
    expect(actorsOf(text).map((a) => a.name).filter((name) => /^[A-Z]{3,}$/u.test(name))).toEqual(shown);
  });
});

describe('credits', () => {
  test('the holder of a picture\'s copyright is no actor, in a caption too long for a footer', () => {
    const caption = '© Stellwerk Images HALIFAX, Sept. 3 -- A student walks past a hall of residence where hundreds were told to stay, while the university and the council met to discuss testing for the weeks ahead, the rents went on rising and the halls, built for far fewer students than now live there, filled up again within days.';
    const text = `Students stayed home.\n\n${caption}\n\nMaya Osei said the halls were full.`;
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toContain('Maya Osei');
    expect(names.some((name) => name.includes('Stellwerk'))).toBe(false);
  });
});

describe('acronyms the story defines', () => {
  test('an acronym defined after its long form is a name even where it spells a word, and folds into the long form', () => {
    const text = 'Leaders of the Sumati Akavi Dal (SAD) met the mayor on Monday. The SAD, which left the coalition, wants new talks. SAD members marched.';
    const actors = actorsOf(text);
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Sumati Akavi Dal', 'organization']]);
    expect(written(text, actors[0])).toEqual(['Sumati Akavi Dal', 'SAD', 'SAD', 'SAD']);
  });
});

describe('names inside quoted terms and titles', () => {
  // [text, actors shown]
  test.each([
    ['Unions called a ‘Lisbon bandh’ for Tuesday.', []],
    ['Her novel “The Silent Harbor of Lisbon” sold well.', []],
    ['Her novel “The Silent Harbor of Lisbon” is set in Lisbon.', ['Lisbon']],
    // Speech is in sentence case: the names in it are the story's.
    ['“Lisbon will rebuild its harbor,” said Mayor Ann Holt.', ['Lisbon', 'Ann Holt']],
    // A quoted name alone is still the name.
    ['He reads the “Velmora Gazette” every morning.', ['Velmora Gazette']],
    // American style sets the sentence's period inside the closing mark: the title is still a title.
    ['Her best book is still “Edith and Her Brothers.” It sold well.', []],
    // …but a short sentence ending there is speech.
    ['Then he wrote: “Edith Crane will win.” Nobody replied.', ['Edith Crane']],
  ])('%s → %j', (text, shown) => {
    expect(actorsOf(text).map((a) => a.name).sort()).toEqual([...shown].sort());
  });
});

describe('a town and the institutions named after it', () => {
  test('the town the story defines stays apart from its school and police', () => {
    const text =
      'Pupils at Brookvale High School, in Brookvale, a town about 20 miles north of Albany, were sent home. ' +
      'Brookvale Mayor Ann Holt spoke to parents. The paper asked Brookvale High School and the Brookvale Police Department for comment.';
    const kinds = Object.fromEntries(actorsOf(text).map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({ Brookvale: 'place', 'Brookvale High School': 'organization', 'Brookvale Police Department': 'organization' });
  });

  test('a club or paper named by its town, then by its own name alone, is one actor', () => {
    const text =
      'The Boston Celtics won again on Sunday. The Celtics have won nine in a row. ' +
      'The Denver Ledger reported the trade first, and the Ledger said more moves would follow.';
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Boston Celtics', 'Denver Ledger']));
    expect(names).not.toContain('Celtics');
    expect(names).not.toContain('Ledger');
  });

  test('a state\'s party is a branch: the party named alone stays apart', () => {
    const names = actorsOf('Texas Republicans met on Friday. Republicans in Congress said nothing.').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Texas Republicans', 'Republicans']));
  });
});

describe('cities named like people', () => {
  test.each([
    ['The delegates met in Austin on Friday.', 'Austin'],
    ['A rally was held near Charlotte at noon.', 'Charlotte'],
    ['Officials in Irving approved the plan.', 'Irving'],
  ])('%s → %s is a place', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.kind).toBe('place');
  });

  test('the same name is a person where nothing places it, or where it owns something', () => {
    expect(actorsOf('Austin said the plan would work.').find((a) => a.name === 'Austin')?.kind).toBe('person');
    expect(actorsOf('Few believed in Madison\'s plan.').find((a) => a.name === 'Madison')?.kind).not.toBe('place');
  });
});

describe('awards named like people', () => {
  test('a first name the story also writes in the plural is an award', () => {
    const text = 'The drama is tipped for a Tony. Its director, Ruth Abara, said the Tonys reward risk. Tony voters agree.';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Ruth Abara']);
  });

  test('a surname in the plural is a family, and the person stays', () => {
    const text = 'Senator Paul Grant spoke first. The Grants have lived in Ohio for decades, Grant said.';
    expect(actorsOf(text).map((a) => a.name)).toContain('Paul Grant');
  });
});

describe('salience', () => {
  test('an actor in the headline outranks one mentioned as often in the body', () => {
    const text = 'Boeing met Airbus officials. Boeing and Airbus agreed.';
    expect(actorsOf(text, 'Airbus wins order')[0]?.name).toBe('Airbus');
    expect(actorsOf(text, null)[0]?.name).toBe('Boeing');
  });

  test('a highlight\'s weight is shared among the actors it names', () => {
    const text = 'Apps from Spotify, Netflix, Yahoo and Uber now charge a fee. Later the Harbour Data Board objected. The Harbour Data Board will rule in May, and the Harbour Data Board may fine them.';
    const highlights = [{ start: 0, end: text.indexOf('.') + 1 }];
    const ranked = findActors({ text, sentences: splitSentences(text), title: null, highlights }).map((a) => a.name);
    expect(ranked[0]).toBe('Harbour Data Board');
  });
});

/** The box as [name, kind, number of mentions], most salient first. */
function box(text: string): Array<[string, ActorKind, number]> {
  return actorsOf(text).map((a) => [a.name, a.kind, a.mentions.length]);
}

describe('English stories: what the box shows', () => {
  test.each([
    // A common noun is never an actor: a word the story also writes in lower case, an acronym
    // it uses as a common noun, a lone unknown word with nothing but capitals behind it.
    ['Doctors found Melatrex in her blood. She had taken melatrex for a month, said Anna Reyes.', [['Anna Reyes', 'person', 1]]],
    ['The laptop has a single USB port. Plug the USB cable into the dock, said Lena Moss.', [['Lena Moss', 'person', 1]]],
    ['Staff built an AI tool. AI now sorts the mail, said Lena Moss.', [['Lena Moss', 'person', 1]]],
    ['She phoned her GP, and the GP sent her home, said Lena Moss.', [['Lena Moss', 'person', 1]]],
    ['It runs an 8-core CPU. The CPU stays cool, said Lena Moss.', [['Lena Moss', 'person', 1]]],
    // An acronym written with a plural "s", or spelling lower-case words before it, is a thing one counts or a term.
    ['The old GPUs ran hot. The GPU maker Vantrix said so.', [['Vantrix', 'organization', 1]]],
    ['Exports lifted gross domestic product (GDP) by 2%. The GDP figure pleased Lena Moss.', [['Lena Moss', 'person', 1]]],
    ['The app sent “personally identifiable information” (PII) abroad. The PII included names, said Lena Moss.', [['Lena Moss', 'person', 1]]],
    // A firm's name with and without its legal form is one chip; "the Company" in its papers is that firm, no chip of its own.
    ['Kestrel Mining Limited said drilling had begun. Under the lease, the Company may sell. Kestrel Mining expects more.', [['Kestrel Mining Limited', 'organization', 2]]],
    // A shop, a gallery, a journal's "Review" is an organization; a jail or a theatre a place, not a person.
    ['Staff at Pitt Lane Store said Jo Kent shopped there.', [['Pitt Lane Store', 'organization', 1], ['Jo Kent', 'person', 1]]],
    ['The Kestrel Review said the Bellwood Theatre would close.', [['Kestrel Review', 'organization', 1], ['Bellwood Theatre', 'place', 1]]],
    ['Jo Kent was held at Marlow County Jail overnight.', [['Jo Kent', 'person', 1], ['Marlow County Jail', 'place', 1]]],
    // ... while one spelling capitalized words is the name it spells.
    ['Staff at the Ruritan Bank of Commerce (RBC) said the RBC would act.', [['Ruritan Bank of Commerce', 'organization', 3]]],
    ['The crowd loved Velaris. Velaris played to a full house, and Mara Quint wrote that Velaris would tour.', [['Mara Quint', 'person', 1]]],
    // ... but an acronym employing the person after it, a name that speaks twice, "the Government" are actors.
    ['A veteran KPL strategist quit. KPL said it would appeal.', [['KPL', 'organization', 2]]],
    ['Okonjo said the bridge was safe. Later Okonjo told reporters it would reopen.', [['Okonjo', 'person', 2]]],
    ['Critics said the government moved too fast. The law passed after the Government promised a review.', [['Government', 'organization', 1]]],
    // A country named only by its adjective is context; page furniture (menus, labels, copyright lines) is no actor.
    ['Lena Moss read the French poem aloud, then the English one.', [['Lena Moss', 'person', 1]]],
    ['Home\n\nUK\n\nPolitics\n\nLakeside Herald\n\nThe council in Leeds voted on Monday, said Rosa Quint.\n\nTwitter', [['Rosa Quint', 'person', 1], ['Leeds', 'place', 1]]],
    ['The council in Leeds voted, said Rosa Quint.\n\nCopyright 2024 Lakeside Media Group. All rights reserved.', [['Rosa Quint', 'person', 1], ['Leeds', 'place', 1]]],
    ['The flood reached Leeds (Image: KPX). Rosa Quint said so.\n\nTomas Berger/Northwire', [['Rosa Quint', 'person', 1], ['Leeds', 'place', 1]]],
    // Every written form of an actor folds into one chip: surnames, shorter names, head words, acronyms.
    ['Erik Torvald sued the council. Torvald declined to comment.', [['Erik Torvald', 'person', 2]]],
    ['Thomas W. Malone wrote the book. Thomas Malone teaches in Boston, and Malone says groups are smart.', [['Thomas W. Malone', 'person', 3], ['Boston', 'place', 1]]],
    ['Sasha Ivanova studies the grid. “It is wasteful,” says Ivanova of Lakeview University.', [['Sasha Ivanova', 'person', 2], ['Lakeview University', 'organization', 1]]],
    ['The Harbor Valley Journal first reported the sale. A spokesman told the Journal that talks continue.', [['Harbor Valley Journal', 'organization', 2]]],
    ['Coastal Grid ISO ordered blackouts. Later ISO said supplies were short.', [['Coastal Grid ISO', 'organization', 2]]],
    ['Awards went to Mila Denver. Denver thanked her mother.', [['Mila Denver', 'person', 2]]],
    // Kinds: a cue made sure of outweighs default guesses, for the name and for what folds into it;
    // acronyms opening or closing a name; English place compounds; "House of ..."; a Roman numeral is no acronym.
    ['Investors sold Zentrova shares. Zentrova will charge users. Zentrova wants more ads. Zentrova also changed its logo.', [['Zentrova', 'organization', 4]]],
    ['Velden Atmora was on every stand. Investors bought Atmora shares, and Atmora stock rose.', [['Velden Atmora', 'organization', 3]]],
    ['Riders of MV Transit waited. MV Transit said trains would run at 5 a.m.', [['MV Transit', 'organization', 2]]],
    ['Ashby-under-Wold voted to close its library.', [['Ashby-under-Wold', 'place', 1]]],
    ['The bill passed the House of Delegates on Friday.', [['House of Delegates', 'organization', 1]]],
    ['King Henry VIII married again.', [['Henry VIII', 'person', 1]]],
    // An appositive that says what a one-word name is decides its kind; not an employer after a full name.
    ['Nadia Orlov works at Vantoria, an energy research institute in Oslo. Vantoria has grown fast, said Orlov.', [['Nadia Orlov', 'person', 2], ['Vantoria', 'organization', 2], ['Oslo', 'place', 1]]],
    ['Ivo Marek, a reporter for the Lakeside Herald, wrote it.', [['Ivo Marek', 'person', 1], ['Lakeside Herald', 'organization', 1]]],
  ] as Array<[string, Array<[string, ActorKind, number]>]>)('%j', (text, expected) => {
    expect(box(text)).toEqual(expected);
  });

  test('a town the story once names as its team is the team all through the story', () => {
    expect(box('The match was played in Leeds on Sunday. Leeds manager Sam Hill said the squad had trained in Leeds all week.')).toEqual([
      ['Leeds', 'organization', 3],
      ['Sam Hill', 'person', 1],
    ]);
    // Its name with "City" is the club too, one chip with it; a city the lists know keeps its own name.
    expect(box('Kestrova were beaten 2-0 by Derby. Sam Hill wants to keep Kestrova City up, and fans of Kestrova City agree.')[0]).toEqual(['Kestrova City', 'organization', 3]);
    expect(box('Kansas beat Texas 35-20 on Saturday, and fans in Kansas City cheered.').find(([name]) => name === 'Kansas City')).toEqual(['Kansas City', 'place', 1]);
    // A job that is no team's ("lawyer") leaves the town a town.
    expect(box('A Leeds lawyer, Sam Hill, said the city had grown. Leeds is busy, and buses in Leeds are full.')[0]).toEqual(['Leeds', 'place', 3]);
  });

  test('a name that fills a line and is named in a sentence too is shown', () => {
    const text = 'Leeds\n\nThe council in Leeds voted on Monday, said Rosa Quint.';
    expect(actorsOf(text).find((a) => a.name === 'Leeds')?.mentions).toHaveLength(2);
  });

  test('a town that is the surname of someone named in full stays a town after "to"', () => {
    const text = 'Awards went to Mila Denver. Denver thanked her mother, and flew home to Denver.';
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toContainEqual(['Denver', 'place']);
  });
});

describe('salience: sources', () => {
  test('a person the story quotes outranks one named as often before', () => {
    const text = 'Marta Lind met Rui Costa in the morning. Rui Costa said the deal was done, and Marta Lind agreed.';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Rui Costa', 'Marta Lind']);
  });

  test('a person introduced with a role outranks one named as often before', () => {
    const text = 'Marta Lind met Rui Costa in the morning. Mayor Rui Costa signed, and Marta Lind agreed.';
    expect(actorsOf(text)[0]?.name).toBe('Rui Costa');
  });
});

describe('folding: a surname several people share', () => {
  test('each mention goes to the full name written last before it', () => {
    const text = 'Mia Okoro sued first. Okoro said she was sure. Later Dan Okoro joined, and Okoro told reporters he agreed.';
    const actors = actorsOf(text);
    expect(actors.map((a) => a.name).sort()).toEqual(['Dan Okoro', 'Mia Okoro']);
    expect(written(text, actors.find((a) => a.name === 'Mia Okoro'))).toEqual(['Mia Okoro', 'Okoro']);
    expect(written(text, actors.find((a) => a.name === 'Dan Okoro'))).toEqual(['Dan Okoro', 'Okoro']);
  });
});
