import { describe, expect, it } from 'vitest';
import { TITLE_FEATURES } from '../src/text/title-features.js';
import { checkTitleModel, titleModel } from '../src/text/title-model.js';

describe('the title model', () => {
  it('ships weights for every feature the candidates have, in their order', () => {
    const model = titleModel();
    expect(model.features).toEqual([...TITLE_FEATURES]);
    expect(model.weights).toHaveLength(TITLE_FEATURES.length);
  });

  it('refuses a model that weighs other features, or a weight that is no number', () => {
    expect(() => checkTitleModel({ weights: { echo: 1 } })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: a title model weighs the features echo, echoed, repeated, nearDateline, first, distance, rank, words, short, few, separator, asks, capitals, inMenu, allCapitals, colon, quoted, numbers, prose, furniture, firstEcho, dekBelow, bodyFirst, credit, underPointer, nearByline, quotedElsewhere, endsStop, markBelow, sentenceBelow, fewEchoed, contentWords, proseBelow, overHeadline; got ["echo"]]`,
    );
    expect(() =>
      checkTitleModel({
        weights: Object.fromEntries(TITLE_FEATURES.map((f) => [f, f === 'echo' ? 'a' : 1])),
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: a title model's weights are numbers; got {"echo":"a","echoed":1,"repeated":1,"nearDateline":1,"first":1,"distance":1,"rank":1,"words":1,"short":1,"few":1,"separator":1,"asks":1,"capitals":1,"inMenu":1,"allCapitals":1,"colon":1,"quoted":1,"numbers":1,"prose":1,"furniture":1,"firstEcho":1,"dekBelow":1,"bodyFirst":1,"credit":1,"underPointer":1,"nearByline":1,"quotedElsewhere":1,"endsStop":1,"markBelow":1,"sentenceBelow":1,"fewEchoed":1,"contentWords":1,"proseBelow":1,"overHeadline":1}]`,
    );
  });
});
