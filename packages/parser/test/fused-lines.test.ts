import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsIn } from '../src/text/count-words.js';
import { fusedHeadline, fusedLinkList, mayBeFused } from '../src/text/fused-lines.js';

describe('mayBeFused', () => {
  it('says yes of every line either fused test takes', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        ' ',
        'a',
        'b',
        'B',
        'Cd',
        'µ',
        'ß',
        'É',
        'é',
        '?',
        ')',
        '”',
        '…',
        '.',
        'Σ',
        'σ',
        '\u2009',
      ),
      fc.constantFrom('word ', 'Word ', 'Alpha', 'lebt', 'Options', 'The ', 'and '),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), (units) => {
        const text = units.join('');
        if (fusedHeadline(text) || fusedLinkList(text, wordsIn(text))) expect(mayBeFused(text)).toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('says no of a Latin-1 line with no lower-case letter glued to a capital', () => {
    expect(mayBeFused('Week 12: Deebo Samuel Emerging As Strong WR OptionsThe 49ers')).toBe(true);
    expect(mayBeFused('Alles was lebtAlpha Cepheiand')).toBe(true);
    expect(mayBeFused('Das Kabinett tagt in Berlin. Die Minister (CDU) sagen…')).toBe(false);
    expect(mayBeFused('Ein Satz über Zürich')).toBe(false);
    expect(mayBeFused('Краткое сообщение')).toBe(true);
  });
});
