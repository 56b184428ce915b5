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
  ])('%j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});
