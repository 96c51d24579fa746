import { describe, expect, it } from 'vitest';
import { quotedPassages } from '../src/quoted-passages.js';
import { isQuotedPhrase } from '../src/quoted-phrases.js';

/** Each passage of a sentence and whether it is a phrase the writer quotes. */
const phrases = (sentence: string) =>
  quotedPassages(sentence).map((p) => [p.text, isQuotedPhrase(sentence, p)]);

describe('isQuotedPhrase', () => {
  it("takes a term inside the writer's clause for a phrase, a statement or an attributed one for none", () => {
    expect(phrases('Brannock said the company would offer a "voluntary early departure" package.')).toEqual([
      ['voluntary early departure', true],
    ]);
    expect(phrases('Berg said the plan was "dead on arrival".')).toEqual([['dead on arrival', false]]);
    expect(phrases('Talks were "going nowhere fast," Ruiz said on Monday.')).toEqual([
      ['going nowhere fast,', false],
    ]);
    expect(phrases('Asked about fares, she said "absolutely not, not this year."')).toEqual([
      ['absolutely not, not this year.', false],
    ]);
    expect(phrases('Rask warned that riders "will feel the change by spring".')).toEqual([
      ['will feel the change by spring', false],
    ]);
  });

  it('reads "states" and "notes" as nouns, no verb of saying reporting the phrase', () => {
    expect(
      phrases(
        'The harbour states criticised the plan, with the pilots warning of "longer queues at every pier".',
      ),
    ).toEqual([['longer queues at every pier', true]]);
  });

  it("takes an attribution whose verb has an object for the writer's sentence", () => {
    expect(
      phrases('Calling the delay one that had been "years in the making," Ruiz explained the new plan.'),
    ).toEqual([['years in the making,', true]]);
  });
});
