import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { joinPointsOf } from '../src/text/far-join.js';
import { JOIN_FEATURES, nextCandidate } from '../src/text/join-features.js';
import { checkJoinModel, joinModel } from '../src/text/join-model.js';

describe('the join model', () => {
  it('ships weights for every join feature, in their order', () => {
    const model = joinModel();
    expect(model.features).toEqual([...JOIN_FEATURES]);
    expect(model.weights).toHaveLength(JOIN_FEATURES.length);
  });

  it('refuses a model that weighs other features, or a weight that is no number', () => {
    expect(() => checkJoinModel({ weights: { bias: 1 } })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: a join model weighs the features bias, boxLines, boxWords, boxShort, boxRepeated, boxDigits, boxItems, candScore, candLines, candProse, candWordsPerLine, bodyScore, ratio, tail, textAfter; got ["bias"]]`,
    );
    expect(() =>
      checkJoinModel({
        weights: Object.fromEntries(JOIN_FEATURES.map((f) => [f, f === 'bias' ? 'a' : 1])),
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: a join model's weights are numbers; got {"bias":"a","boxLines":1,"boxWords":1,"boxShort":1,"boxRepeated":1,"boxDigits":1,"boxItems":1,"candScore":1,"candLines":1,"candProse":1,"candWordsPerLine":1,"bodyScore":1,"ratio":1,"tail":1,"textAfter":1}]`,
    );
  });
});

const PARAGRAPH =
  'The ferry crews worked through the night to clear the ice from the landing stages before the first crossing of the day left at six.';

/**
 * A page of a body (lines 0-1, two paragraphs), a box of these short lines, and a paragraph under it,
 * with the scores selectBody would give them (a paragraph its words, a short line of a run -10 each).
 */
function page(box: string[]) {
  const texts = [PARAGRAPH, PARAGRAPH, ...box, PARAGRAPH];
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = texts.map((t): LineKind => (t === PARAGRAPH ? 'prose' : 'short'));
  const lengths = texts.map((t) => t.split(' ').length);
  const scores = texts.map((t, i) => (t === PARAGRAPH ? (lengths[i] as number) : -10));
  return { lines, kinds, lengths, scores };
}

/** The body's new last line on a page of this box when the model joins every point it is asked. */
function joined(box: string[]): number {
  return joinPointsOf(page(box), 0, 1, () => true);
}

describe('joinPointsOf', () => {
  const box = ['Ashcombe', 'Bramley Cross', 'Cotterell', 'Dunmere', 'Eastbrook', 'Fallowfield'];
  it('finds the run of text past the box, and joins it when the model says so', () => {
    expect(nextCandidate(page(box).scores, 1, 20)).toEqual({ first: 8, last: 8, score: 25 });
    expect(joined(box)).toBe(8);
    expect(joinPointsOf(page(box), 0, 1, () => false)).toBe(1);
  });
  it("joins nothing past a site's closing line, nor past a box far heavier than the body", () => {
    expect(joined([...box, 'Related articles'])).toBe(1);
    const long = Array.from({ length: 100 }, (_, i) => `Village hall number ${i}`);
    expect(joined(long)).toBe(1);
    expect(joined(long.slice(0, 10))).toBe(12);
  });
  it('joins nothing past a call to share, follow or subscribe right under the body, but past one further down', () => {
    expect(joined(['Share this article', ...box])).toBe(1);
    expect(joined([...box.slice(0, 3), 'Follow us', ...box.slice(3)])).toBe(1);
    // the seventh line under the body: beyond SITE_CALL_REACH, a share button of the box itself
    expect(joined([...box, 'Share'])).toBe(9);
  });
});
