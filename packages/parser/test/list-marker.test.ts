import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isListMarker } from '../src/text/classify-lines.js';

describe('isListMarker', () => {
  it('answers as the pattern alone, its length test passing over no marker (fast-check)', () => {
    const unit = fc.constantFrom('(', '#', '.', ')', ':', '1', '٣', '\ud835\udfce', 'Ⅻ', '²', 'a', ' ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join('');
        expect(isListMarker(text)).toBe(/^[(#]?\p{N}{1,3}[.):]?$/u.test(text));
      }),
      { numRuns: 2000 },
    );
    expect(isListMarker('(\ud835\udfce\ud835\udfce\ud835\udfce)')).toBe(true);
  });
});
