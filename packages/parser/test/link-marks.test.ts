import { describe, expect, it } from 'vitest';
import { wordsIn } from '../src/text/count-words.js';
import { isMarkedLink } from '../src/text/link-marks.js';

const marked = (text: string) => isMarkedLink(text, wordsIn(text));

describe('isMarkedLink', () => {
  it('takes a line closing on a lone arrow or guillemet, or framed by doubled angle brackets', () => {
    expect(marked('Two responses so far »')).toBe(true);
    expect(marked('Spring timetables for the harbour ferries ›')).toBe(true);
    expect(marked('Read the council’s full report →')).toBe(true);
    expect(marked('>> Winter rota: Norvale Transit drivers keep the late routes running <<')).toBe(true);
    expect(marked('>>> Order the spring issue now! <<<')).toBe(true);
    expect(marked('‹ Older: the harbour ferries’ spring timetable')).toBe(true);
    expect(marked('← Previous post')).toBe(true);
  });
  it('leaves quotations, sentences ending before the mark, code prompts and long lines', () => {
    expect(marked('« Nous garderons les lignes de nuit tout l’hiver »')).toBe(false);
    expect(marked('« Nous garderons les lignes de nuit tout l’hiver, et nous')).toBe(false);
    expect(marked('et nous le referons l’an prochain. »')).toBe(false);
    expect(marked('>>> run_timetable(winter=True)')).toBe(false);
    expect(marked('» Offer: season tickets for the Kestrel Union')).toBe(false);
    expect(
      marked(
        'The board said the late routes would run every thirty minutes until two in the morning for the whole of the winter and well into the spring »',
      ),
    ).toBe(false);
  });
});
