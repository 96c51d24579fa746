import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supportingSources } from '../src/supporting-sources.js';
import { jaccard } from '../src/text-stats.js';

// a sentence's ids are a range of a longer array (its article's), with other ids before and after
const sentence = fc
  .record({
    article: fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e') }),
    words: fc.uniqueArray(fc.nat(40), { maxLength: 8 }).map((w) => w.sort((x, y) => x - y)),
    before: fc.array(fc.nat(40), { maxLength: 3 }),
    after: fc.array(fc.nat(40), { maxLength: 3 }),
  })
  .map(({ article, words, before, after }) => ({
    article,
    wordIds: Uint32Array.from([...before, ...words, ...after]),
    wordsFrom: before.length,
    wordsTo: before.length + words.length,
  }));

describe('supportingSources', () => {
  it('finds, for each point, the sources of the sentences as similar as the threshold, as jaccard has it', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 40 }),
        fc.array(sentence, { maxLength: 40 }),
        fc.constantFrom(0.2, 0.25, 0.5),
        (points, sentences, threshold) => {
          const expected = points.map((p) => {
            const ids = new Set([p.article.id]);
            for (const t of sentences) if (jaccard(p, t) >= threshold) ids.add(t.article.id);
            return [...ids].sort();
          });
          const found = supportingSources(points, sentences, { threshold });
          expect(found).toEqual(expected);
        },
      ),
    );
  });

  it('leaves out the source of a sentence of another event', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 40 }),
        fc.array(sentence, { maxLength: 40 }),
        fc.constantFrom(0.2, 0.25, 0.5),
        (points, sentences, threshold) => {
          // any test of a pair will do: here, a sentence whose first word's id is odd is of another event
          const otherEvent = (_: unknown, t: (typeof sentences)[number]) =>
            t.wordsTo > t.wordsFrom && (t.wordIds[t.wordsFrom] as number) % 2 === 1;
          const expected = points.map((p) => {
            const ids = new Set([p.article.id]);
            for (const t of sentences)
              if (jaccard(p, t) >= threshold && !otherEvent(p, t)) ids.add(t.article.id);
            return [...ids].sort();
          });
          expect(supportingSources(points, sentences, { threshold, otherEvent })).toEqual(expected);
        },
      ),
    );
  });
});
