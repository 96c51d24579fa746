import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsLikeSentence, sentenceEnds } from '../src/text/line-ends.js';

/** The patterns the two tests stand for, as kindOf used them. */
const TERMINAL = /(?:[.!?…:;"”’»)\]。！？」』）]|[.!?…][“‘«‹›]|\p{Extended_Pictographic}\uFE0F?)$/u;
const SENTENCE_END = /[.!?…]["”’»)“‘«‹›]?(\s|$)|[。！？]/gu;

describe('line ends', () => {
  it('answer as the patterns they replace (fast-check)', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'.!?…:;"”’»)]。！」“‘«‹› \n'),
      fc.constantFrom('a', 'B', 'é', '1', '😉', '\ufe0f', '\u2063', '\ud83d', ','),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (units) => {
        const text = units.join('');
        expect(endsLikeSentence(text)).toBe(TERMINAL.test(text));
        expect(sentenceEnds(text)).toBe(Math.min(2, text.match(SENTENCE_END)?.length ?? 0));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it('end a sentence at a quote closed the German or Swiss way after a stop, not at a quoted name', () => {
    expect(endsLikeSentence('Sie sagte: „Wir fahren wieder jeden Sonntag.“')).toBe(true);
    expect(endsLikeSentence('Er meinte nur: ‚Das geht.‘')).toBe(true);
    expect(endsLikeSentence('Fontane schrieb: »Die Märker haben einen ridikülen Zug.«')).toBe(true);
    expect(endsLikeSentence('Sie schrieb: ‹Wir kommen wieder.›')).toBe(true);
    // a headline or a name in quotes has no stop before its closing mark
    expect(endsLikeSentence('Bundesprogramm „Blaues Band Deutschland“')).toBe(false);
    expect(endsLikeSentence('Kohlmann: „Als nächstes gewinnen wir den Davis Cup“')).toBe(false);
    expect(
      sentenceEnds('„Wir fahren wieder.“ Das sagte sie am Montag in der Stadthalle vor vielen Gästen.'),
    ).toBe(2);
  });
});
