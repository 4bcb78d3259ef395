import { describe, expect, it } from 'vitest';
import { appositive, countRoleHeads, roleHead } from '../../../scripts/train/role-heads';

describe('roleHead: the noun a description of a person stands on', () => {
  it.each([
    ['program administrator for the state', 'administrator'],
    ['retired aerospace executive', 'executive'],
    ['the executive director at the museum', 'director'],
    ["Salesforce's CEO", 'ceo'],
    ['a spokeswoman for the ministry', 'spokeswoman'],
  ])('%s → %s', (description, head) => expect(roleHead(description)).toBe(head));

  it('refuses a capitalised word (a name or a place, not a common noun)', () => {
    expect(roleHead('Ellen')).toBeNull();
    expect(roleHead('a player from Liverpool')).toBe('player');
    expect(roleHead('Thomas Edison')).toBeNull();
  });

  it('refuses verbs, pronouns and quantifiers at the end of the phrase', () => {
    expect(roleHead('recently published')).toBeNull();
    expect(roleHead('working')).toBeNull();
    expect(roleHead('one of the founders')).toBeNull();
    expect(roleHead('herself')).toBeNull();
  });
});

describe('appositive: the description after a name in a source span', () => {
  it('reads "Name, description,"', () => {
    expect(appositive('Chris Weston, chief market strategist in Melbourne at IG Ltd.,')).toBe('chief market strategist in Melbourne at IG Ltd.');
  });
  it('finds none where no name opens the span', () => {
    expect(appositive('the spokesman')).toBeNull();
  });
});

describe('countRoleHeads', () => {
  it('keeps heads seen at least minCount times, parts of a "; " list counted apart, sorted', () => {
    const heads = countRoleHeads(['senior analyst; the mayor', 'an analyst at the bank', 'mayor of Paris', 'a lone baker'], 2);
    expect(heads).toEqual(['analyst', 'mayor']);
  });
});
