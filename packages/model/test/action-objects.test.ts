import { describe, expect, it } from 'vitest';
import { isActedUpon } from '../src/action-objects.js';

const valdoria = ['Valdoria', 'Valdorian'];

describe('isActedUpon: an actor as the other side of an action', () => {
  it('reads the name after "with" or "against" a noun of action comes before', () => {
    expect(
      [
        'Kestrel Air signed a 20-year landing deal with Valdoria on Tuesday.',
        'The court upheld its ruling against Valdoria.',
        'The union called for sanctions against the Valdorian government.',
        'Talks on a settlement with Valdoria resumed.',
      ].map((s) => isActedUpon(s, valdoria)),
    ).toEqual([true, true, true, true]);
  });

  it('does not read the setting, an owner or a companion', () => {
    expect(
      [
        'Fares rose 5% in Valdoria in March.',
        "Valdoria's trams are old.",
        'The minister travelled with Valdoria in mind.',
        'Kestrel Air flew with Valdoria’s crews.',
      ].map((s) => isActedUpon(s, valdoria)),
    ).toEqual([false, false, false, false]);
  });
});
