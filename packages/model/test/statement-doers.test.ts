import { describe, expect, it } from 'vitest';
import { ActorMentions } from '../src/actor-mentions.js';
import { doerOf, oneDeedOfOtherDoers, otherDoers } from '../src/statement-doers.js';

const none = new ActorMentions([]);

describe('who a statement says did what it tells', () => {
  it('reads the name right before the first verb, past the speaker', () => {
    expect(doerOf('Police said the Norvale Brigade carried out the bombing.', none)).toEqual([
      'Norvale',
      'Brigade',
    ]);
    expect(doerOf('Norvale Transit has ordered 40 trams, the company said.', none)).toEqual([
      'Norvale',
      'Transit',
    ]);
    expect(doerOf("The city's operator ordered 40 trams.", none)).toEqual([]);
  });

  it('reads two names of one actor as one doer', () => {
    const mentions = new ActorMentions([{ name: 'Norvale Transit', aliases: ['NT'] }]);
    expect(otherDoers('NT ordered 40 trams.', 'Norvale Transit ordered 40 trams.', mentions)).toBe(false);
  });

  it('gives a deed to other doers when neither statement names the other', () => {
    expect(otherDoers('Norvale Transit ordered 40 trams.', 'Velmar Rail ordered 40 trams.', none)).toBe(true);
    expect(
      otherDoers(
        'Norvale Transit ordered 40 trams.',
        'Velmar Rail built 40 trams for Norvale Transit.',
        none,
      ),
    ).toBe(false);
    // an office holder acts for a body another source may name
    expect(
      otherDoers('Mayor Ana Ruiz opened the tram line.', 'Norvale Transit opened the tram line.', none),
    ).toBe(false);
  });

  it('disputes who did one definite deed, and tells two events otherwise', () => {
    expect(
      oneDeedOfOtherDoers(
        'The Kestrel Front claimed responsibility for the bombing of the bridge.',
        'Police said the Norvale Brigade carried out the bombing of the bridge.',
        none,
      ),
    ).toBe(true);
    expect(
      oneDeedOfOtherDoers('Norvale Transit ordered 40 trams.', 'Velmar Rail ordered 40 trams.', none),
    ).toBe(false);
  });
});

describe('a doer named before a description of it', () => {
  it('reads the name past a description set off by commas, not past a pronoun or a said', () => {
    expect(doerOf("Norvale Transit, the city's tram operator, ordered 40 trams.", none)).toEqual([
      'Norvale',
      'Transit',
    ]);
    expect(doerOf('On Tuesday, Ana Ruiz, a former mayor, has opened the tram line.', none)).toEqual([
      'Ana',
      'Ruiz',
    ]);
    expect(doerOf("Norvale Transit, the city's operator, said it ordered 40 trams.", none)).toEqual([]);
    expect(doerOf('Norvale Transit, Velmar Rail and the Kestrel works signed the deal.', none)).toEqual([]);
    expect(
      otherDoers(
        "Norvale Transit, the city's tram operator, ordered 40 trams.",
        'Velmar Rail ordered 40 trams.',
        none,
      ),
    ).toBe(true);
  });
});
