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
  test.each([
    ['Wang Lei, a cyber official, spoke first. Later Wang said the talks were over.', 'Wang Lei', 'person', ['Wang Lei', 'Wang']],
    ['U.S. officials met in Geneva. The United States has said US forces will stay, and Americans agree.', 'United States', 'place', ['U.S.', 'United States', 'US', 'Americans']],
    ['Chinese hackers were blamed. China denied it, and China\'s embassy said so.', 'China', 'place', ['Chinese', 'China', 'China']],
    ['The Federal Bureau of Investigation (FBI) opened a case. The FBI declined to comment.', 'Federal Bureau of Investigation', 'organization', ['Federal Bureau of Investigation', 'FBI', 'FBI']],
    ['Prime Minister Boris Johnson arrived in Brussels. Johnson then met EU leaders.', 'Boris Johnson', 'person', ['Boris Johnson', 'Johnson']],
    ['British troops left Basra. Britain said the UK mission was over.', 'Britain', 'place', ['British', 'Britain', 'UK']],
  ] as Array<[string, string, ActorKind, string[]]>)('%s → %s', (text, name, kind, mentions) => {
    const actor = actorsOf(text).find((a) => a.name === name);
    expect(actor?.kind).toBe(kind);
    expect(written(text, actor)).toEqual(mentions);
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
    ['The report appeared in the Wall Street Journal on Tuesday.', 'Wall Street Journal', 'organization'],
    ['Floods hit villages along the Yangtze River this week.', 'Yangtze River', 'place'],
    ['Talks resumed in St. Louis after a short break.', 'St. Louis', 'place'],
    ['Senator John McCain spoke to reporters.', 'John McCain', 'person'],
    ['Dr. Anthony Fauci testified before the Senate.', 'Anthony Fauci', 'person'],
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

  test('a headline in capitals yields only names', () => {
    const text = 'LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY.';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['LEICESTERSHIRE']);
  });
});

describe('roles', () => {
  test.each([
    ['Wang Lei, a cyber official within China\'s Ministry of Foreign Affairs, spoke.', 'Wang Lei', "cyber official, China's Ministry of Foreign Affairs"],
    ['Foreign Minister Wang Yi arrived in Moscow.', 'Wang Yi', 'Foreign Minister'],
    ['President Bill Clinton signed the bill.', 'Bill Clinton', 'President'],
    ['John Smith, the company\'s chief executive, resigned.', 'John Smith', "company's chief executive"],
    ['Maria Garcia, a spokeswoman for the Interior Ministry, declined to comment.', 'Maria Garcia', 'spokeswoman, the Interior Ministry'],
    ['Germany, France and Italy signed the treaty.', 'Germany', null],
    ['Duke President Richard Brodhead condemned the act.', 'Richard Brodhead', 'President, Duke'],
    ['Palestinian President Yasser Arafat flew to Cairo.', 'Yasser Arafat', 'Palestinian President'],
  ])('%s → %s: %s', (text, name, role) => {
    expect(actorsOf(text).find((a) => a.name === name)?.role).toBe(role);
  });
});

describe('salience', () => {
  test('an actor in the headline outranks one mentioned as often in the body', () => {
    const text = 'Boeing met Airbus officials. Boeing and Airbus agreed.';
    expect(actorsOf(text, 'Airbus wins order')[0]?.name).toBe('Airbus');
    expect(actorsOf(text, null)[0]?.name).toBe('Boeing');
  });
});

describe('common nouns are never actors', () => {
  test('a word the story also writes in lower case is a common noun', () => {
    const text = 'Doctors found Melatrex in her blood. She had taken melatrex for a month, said Anna Reyes.';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Anna Reyes']);
  });

  test('"the Government" names the institution the story means', () => {
    const text = 'Critics said the government moved too fast. The law passed after the Government promised a review.';
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toEqual([['Government', 'organization']]);
  });
});

describe('folding: head words', () => {
  test('"the Journal" folds into the one newspaper the story names', () => {
    const text = 'The Harbor Valley Journal first reported the sale. A spokesman told the Journal that talks continue.';
    const actors = actorsOf(text);
    expect(actors.map((a) => a.name)).toEqual(['Harbor Valley Journal']);
    expect(actors[0]?.mentions).toHaveLength(2);
  });
});

describe('fewer chips beat wrong chips', () => {
  test('a lone unknown word with nothing but capitals behind it is not shown', () => {
    const text = 'The crowd loved Velaris. Velaris played to a full house, and Mara Quint wrote that Velaris would tour.';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Mara Quint']);
  });

  test('a lone word of a full name in the story is that person', () => {
    const text = 'Erik Torvald sued the council. Torvald declined to comment.';
    expect(actorsOf(text).map((a) => [a.name, a.mentions.length])).toEqual([['Erik Torvald', 2]]);
  });

  test('a name that speaks more than once is shown', () => {
    const text = 'Okonjo said the bridge was safe. Later Okonjo told reporters it would reopen.';
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toEqual([['Okonjo', 'person']]);
  });
});

describe('kinds from the shape of English names', () => {
  test.each([
    ['Ashby-under-Wold voted to close its library.', 'Ashby-under-Wold', 'place'],
    ['The bill passed the House of Delegates on Friday.', 'House of Delegates', 'organization'],
  ] as Array<[string, string, ActorKind]>)('%s → %s (%s)', (text, name, kind) => {
    expect(actorsOf(text).find((a) => a.name === name)?.kind).toBe(kind);
  });
});

describe('acronyms used as common nouns', () => {
  test.each([
    ['The laptop has a single USB port. Plug the USB cable into the dock, said Lena Moss.'],
    ['Staff built an AI tool. AI now sorts the mail, said Lena Moss.'],
    ['She phoned her GP, and the GP sent her home, said Lena Moss.'],
    ['It runs an 8-core CPU. The CPU stays cool, said Lena Moss.'],
  ])('%s', (text) => {
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Lena Moss']);
  });

  test('an organization that employs the person after it stays an organization', () => {
    const text = 'A veteran KPL strategist quit. KPL said it would appeal.';
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toEqual([['KPL', 'organization']]);
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

describe('folding: shorter forms of a full name', () => {
  test('a name without its middle initial folds into the full name, and the surname with it', () => {
    const text = 'Thomas W. Malone wrote the book. Thomas Malone teaches in Boston, and Malone says groups are smart.';
    const actors = actorsOf(text).filter((a) => a.kind === 'person');
    expect(actors.map((a) => a.name)).toEqual(['Thomas W. Malone']);
    expect(actors[0]?.mentions).toHaveLength(3);
  });

  test('a lone surname before "of" is the person, the name after it an employer', () => {
    const text = 'Sasha Ivanova studies the grid. “It is wasteful,” says Ivanova of Lakeview University.';
    const actors = actorsOf(text).map((a) => [a.name, a.kind]);
    expect(actors).toContainEqual(['Sasha Ivanova', 'person']);
    expect(actors).toContainEqual(['Lakeview University', 'organization']);
    expect(actors).toHaveLength(2);
  });
});

describe('organizations named by an acronym they end with', () => {
  test('"Coastal Grid ISO" is an organization, and "ISO" folds into it', () => {
    const text = 'Coastal Grid ISO ordered blackouts. Later ISO said supplies were short.';
    const actors = actorsOf(text);
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Coastal Grid ISO', 'organization']]);
    expect(actors[0]?.mentions).toHaveLength(2);
  });

  test('a Roman numeral is no acronym', () => {
    expect(actorsOf('King Henry VIII married again.').map((a) => a.kind)).toEqual(['person']);
  });

  test('a kind a cue made sure of outweighs any number of default guesses', () => {
    const text = 'Investors sold Zentrova shares. Zentrova will charge users. Zentrova wants more ads. Zentrova also changed its logo.';
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toEqual([['Zentrova', 'organization']]);
  });
});

describe('places that are not actors', () => {
  test('a country named only by its adjective is no actor', () => {
    const text = 'Lena Moss read the French poem aloud, then the English one.';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Lena Moss']);
  });

  test('a town that is the surname of the one person named in full is that person', () => {
    const text = 'Awards went to Mila Denver. Denver thanked her mother.';
    expect(actorsOf(text).map((a) => [a.name, a.kind, a.mentions.length])).toEqual([['Mila Denver', 'person', 2]]);
  });

  test('not when the story also puts a preposition of place before it', () => {
    const text = 'Awards went to Mila Denver. Denver thanked her mother, and flew home to Denver.';
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toContainEqual(['Denver', 'place']);
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

describe('folding: the kind of a group', () => {
  test('a name nothing sure backs takes the kind its folded mentions support', () => {
    const text = 'Velden Atmora was on every stand. Investors bought Atmora shares, and Atmora stock rose.';
    expect(actorsOf(text).map((a) => [a.name, a.kind, a.mentions.length])).toEqual([['Velden Atmora', 'organization', 3]]);
  });
});

describe('page furniture', () => {
  test('names that only fill lines of their own (menus, labels, credits) are not shown', () => {
    const text = 'Home\n\nUK\n\nPolitics\n\nLakeside Herald\n\nThe council in Leeds voted on Monday, said Rosa Quint.\n\nTwitter';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Rosa Quint', 'Leeds']);
  });

  test('a name that fills a line and is named in a sentence too is shown', () => {
    const text = 'Leeds\n\nThe council in Leeds voted on Monday, said Rosa Quint.';
    expect(actorsOf(text).find((a) => a.name === 'Leeds')?.mentions).toHaveLength(2);
  });
});

describe('names opened by an acronym, and copyright lines', () => {
  test('"NJ Transit"-type names are organizations', () => {
    const text = 'Riders of MV Transit waited. MV Transit said trains would run at 5 a.m.';
    expect(actorsOf(text).map((a) => [a.name, a.kind])).toEqual([['MV Transit', 'organization']]);
  });

  test('names only in a copyright line are furniture', () => {
    const text = 'The council in Leeds voted, said Rosa Quint.\n\nCopyright 2024 Lakeside Media Group. All rights reserved.';
    expect(actorsOf(text).map((a) => a.name)).toEqual(['Rosa Quint', 'Leeds']);
  });
});
