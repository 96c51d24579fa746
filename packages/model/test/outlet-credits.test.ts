import { describe, expect, it } from 'vitest';
import { ownOutletCredits } from '../src/outlet-credits.js';

describe('ownOutletCredits: a source naming its own outlet as the one reporting', () => {
  it('counts the outlet told, cited, asked for comment, or in a dateline', () => {
    expect(
      ownOutletCredits('"We will not sell," she told the Tern Gazette on Monday.', ['Tern Gazette']),
    ).toBe(1);
    expect(ownOutletCredits('According to Tern Gazette, the vote was delayed.', ['Tern Gazette'])).toBe(1);
    expect(
      ownOutletCredits("The mayor did not respond to Tern Gazette's request for comment.", ['Tern Gazette']),
    ).toBe(1);
    expect(ownOutletCredits("The ministry ignored Tern News' request.", ['Tern News'])).toBe(1);
    expect(
      ownOutletCredits('(Tern Business)The market fell.\n\nTern Business has learned that…', [
        'Tern Business',
      ]),
    ).toBe(2);
    expect(ownOutletCredits('Lena Moss is a reporter for Tern Tech covering courts.', ['Tern Tech'])).toBe(1);
  });

  it("counts a wire's credit in a dateline", () => {
    expect(ownOutletCredits('KESTREL BAY, May 2 (Tern Wire) - The council voted.', ['Tern Wire'])).toBe(1);
    expect(ownOutletCredits('Kestrel Bay (Tern Wire)The council voted.', ['Tern Wire'])).toBe(1);
    expect(ownOutletCredits('The council (see Tern Wire) voted.', ['Tern Wire'])).toBe(0);
  });

  it('counts a longer form once, not also its shorter one', () => {
    expect(
      ownOutletCredits('He told Tern Gazette Online that he would stay.', [
        'Tern Gazette',
        'Tern Gazette Online',
      ]),
    ).toBe(1);
  });

  it('leaves the outlet as an actor of its own story, and other words that share its name', () => {
    expect(
      ownOutletCredits('I joined Tern Labs after my degree, and Tern Labs grew fast.', ['Tern Labs']),
    ).toBe(0);
    expect(ownOutletCredits('Tern Labs said on Monday it would hire 40 engineers.', ['Tern Labs'])).toBe(0);
    expect(ownOutletCredits('They told experience matters more than youth.', ['Experience'])).toBe(0);
  });
});
