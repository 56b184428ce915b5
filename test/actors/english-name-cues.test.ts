import { describe, expect, test } from 'vitest';
import { findMentions } from '../../src/actors/find-mentions.ts';

/** kind:name, in text order. */
function named(text: string): string[] {
  return findMentions(text).map((m) => `${m.kind}:${m.text}`);
}

describe('English names on pages nobody tuned for: the cue each reads', () => {
  test.each([
    // A position's abbreviation between a team and a full name: the team and the person are two
    // names, the abbreviation neither.
    ['Rovers DL Sam Ortega spoke on Monday.', ['person:Sam Ortega']],
    ['Kestrova Rovers CB Ann Pike was hurt.', ['organization:Kestrova Rovers', 'person:Ann Pike']],
    // An agency's acronym closing a caption, run into the full name before it, is credited, not a surname.
    ['The crew at dusk. Maria Lund AP\n\nTwo sailors were rescued.', ['person:Maria Lund', 'organization:AP']],
    // A dateline writes its town in capitals: a town, not an acronym.
    ['KESTON, N.Y. (AP) — The mill closed on Monday.', ['place:KESTON', 'place:N.Y.', 'organization:AP']],
    // Acronyms in a row are a body's (a network and its market); a name in capitals is still a name.
    ['KRVX DFW reports the man was sentenced.', ['organization:KRVX DFW']],
    // A word of the company list that is an ordinary word's plural opens its sentence as that word.
    ['Hotels were full on Friday, Ann Pike said.', ['person:Ann Pike']],
    // A source's name before a channel's number is a station's, not a person's; a year after it is a citation's.
    ['Ann Pike told Kestrel 9 the rifle was locked away.', ['person:Ann Pike', 'organization:Kestrel']],
    ['According to Okafor 2019, rates fell.', ['person:Okafor']],
    // A title closing a run after a body's or a place's name is no part of the name: after a place's
    // head, after an acronym, once "and" has split the run, and "Founder" and "Auditor" are titles.
    ['Marlow County Auditor and Clerk Dana Pruett said ballots were late.', ['place:Marlow County', 'person:Dana Pruett']],
    ["The Nvidia Founder's Edition sold out in minutes.", ['organization:Nvidia', 'other:Edition']],
    ['Ann Pike, a KRVA Director, said the vote was fair.', ['person:Ann Pike']],
    ['Public Ombudsman Nadia Vrel said the deaths were caused by gunfire.', ['person:Nadia Vrel']],
    // A caption that lost its stop runs into the next sentence, which opens with the surname of
    // someone the story names in full: two names, when the words before the surname make one.
    ['Keeper Joe Marden praised his rival Luca Bressan Marden said Bressan was the best he had faced.',
      ['person:Joe Marden', 'person:Luca Bressan', 'person:Marden', 'person:Bressan']],
    ['Tom Heaton saved it at Gorton Park Heaton insisted he saw the ball.', ['person:Tom Heaton', 'other:Gorton Park', 'person:Heaton']],
    // A second given name closes no name, and two words are one person's: full names stay whole.
    ['Elvis Presley married Priscilla Presley. Lisa Marie Presley was born in 1968. Marie smiled.',
      ['person:Elvis Presley', 'person:Priscilla Presley', 'person:Lisa Marie Presley', 'person:Marie']],
    ['MPs: Darren Kell, Chloe Dorran, Kell Dorran.', ['person:Darren Kell', 'person:Chloe Dorran', 'person:Kell Dorran']],
    ['His father, Allan Dorran Snr, spoke. Allan Snr said Dorran was kind.', ['person:Allan Dorran Snr', 'person:Allan Snr', 'person:Dorran']],
    // A firm's name the lists know, then words they do not: its product or programme, no one's name.
    ['You can cast it with a Google Chromecast in the lounge.', ['other:Google Chromecast']],
    ['The show aired on BBC Kestrafile last night.', ['other:BBC Kestrafile']],
    // Words that only describe a person, run into a full name that opens with a known first name,
    // are no part of it: several ordinary words, or a nickname made of an ordinary word and "-er" or "-ie".
    ['The panel heard from Celebrated Harpist Ann Dorran on Sunday.', ['person:Ann Dorran']],
    ['The guard Sixer Dave Kell scored 20 points.', ['person:Dave Kell']],
    ['Veteran Gunner Tom Reyes signed on Friday.', ['person:Tom Reyes']],
    // A given name that only looks like a word and an ending ("Samer") is the person's own.
    ['Samer Ali Dorran, 42, told reporters he was pleased.', ['person:Samer Ali Dorran']],
    // What is based somewhere is a body, though its name reads as a person's; a noun between makes the person.
    ['The Dallas-based Orvin reported a loss on Monday.', ['organization:Orvin']],
    ['Shares of Kestrel-based Eden Dorran fell 4%.', ['organization:Eden Dorran']],
    ['London-based artist Ann Pike said the mural was finished.', ['person:Ann Pike']],
    // A given name alone in a list of bodies and places names a body like them; beside another name that may be a person's, it stays one.
    ['He has had offers from Marlow Athletic, Kestrel Rovers and Shelby.', ['organization:Marlow Athletic', 'organization:Kestrel Rovers', 'organization:Shelby']],
    ['The deal pleased Shelby, Harry and Netflix.', ['person:Shelby', 'person:Harry', 'organization:Netflix']],
    // A noun that names what trades, plays or gives under a name makes that name a body's.
    ['She is the new face of beauty brand Orvelle Maison.', ['organization:Orvelle Maison']],
    // Where someone holds a job ("editors at", "an analyst at") is the employer, not a town.
    ['One of his editors at Velvora said the book sold well.', ['organization:Velvora']],
    ['Growth will slow, said an analyst at Kestrova Dunmore.', ['organization:Kestrova Dunmore']],
    // A job's word written with a capital is a name's word: the name after "at" is no employer for it.
    ['Hosting Cook at Velvora was a dream, Ann Pike said.', ['other:Cook', 'place:Velvora', 'person:Ann Pike']],
    ['The charity Sea Kestrels said the beach was clean. He told magazine Velvora about it.', ['organization:Sea Kestrels', 'organization:Velvora']],
  ])('%j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  test('a title before a surname stays the person\'s, though the surname closes another full name', () => {
    const mentions = findMentions('Hal Dorran spoke. The President said that Vice President Dorran was right.');
    expect(mentions.find((m) => m.text === 'Dorran')?.title).toBe('Vice President');
  });
});
