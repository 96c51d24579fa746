import { describe, expect, it } from 'vitest';
import { quoteWeight } from '../src/quote-weight.js';

/** Each quote beside its weight. */
const weights = (...quotes: string[]) => quotes.map((q) => [q, quoteWeight(q)]);

describe('quoteWeight', () => {
  it('weighs a figure over a name, a name and a clause over a clause, and a pleasantry under all', () => {
    expect(
      weights(
        'The depot cost 14 million crowns and will house the new buses',
        'Fares rise by a few cents in billions of journeys',
        'The Kestrel Union has signed off on the new shifts',
        'It is a short walk from the river',
        'highly efficient and quiet vehicles',
        'I am so proud of everyone who worked on this building',
      ),
    ).toMatchInlineSnapshot(`
      [
        [
          "The depot cost 14 million crowns and will house the new buses",
          3,
        ],
        [
          "Fares rise by a few cents in billions of journeys",
          2,
        ],
        [
          "The Kestrel Union has signed off on the new shifts",
          2,
        ],
        [
          "It is a short walk from the river",
          1,
        ],
        [
          "highly efficient and quiet vehicles",
          0,
        ],
        [
          "I am so proud of everyone who worked on this building",
          -1,
        ],
      ]
    `);
  });

  it('reads no name in a word that opens a sentence or a quotation inside the quote, nor in "I"', () => {
    expect(
      weights(
        "We waited. Nobody came. I'm sure they tried",
        'He said: "Wait for the ferry," and we did',
        'I told Mara Holt the ferry was late',
      ),
    ).toMatchInlineSnapshot(`
      [
        [
          "We waited. Nobody came. I'm sure they tried",
          1,
        ],
        [
          "He said: "Wait for the ferry," and we did",
          1,
        ],
        [
          "I told Mara Holt the ferry was late",
          2,
        ],
      ]
    `);
  });
});
