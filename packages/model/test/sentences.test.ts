import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinQuotations } from '../src/join-quotations.js';
import { lastWordBeforeStop, splitSentences } from '../src/sentences.js';
import { STOP_WORDS } from '../src/text-stats.js';

describe('lastWordBeforeStop', () => {
  it('captures what /(\\S+)\\.$/ captures', () => {
    const text = fc.array(fc.constantFrom('a', 'B', '.', ' ', '\u00a0', '\n', '(', 'é', '\u2009', '\ufeff'), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, (chars) => {
        const s = chars.join('');
        expect(lastWordBeforeStop(s)).toBe(/(\S+)\.$/.exec(s)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });
});

/** The sentences' texts, each checked to be the text between its offsets. */
const textsKeepingOffsets = (text: string): string[] =>
  splitSentences(text).map((s) => {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    return s.text;
  });

describe('splitSentences', () => {
  it('does not split after abbreviations and initials, and keeps offsets', () => {
    const text = 'Gen. Anton Verlo met U.S. officials on Jan. 5. Peter J. Holm spoke.\n\nA new paragraph.';
    expect(textsKeepingOffsets(text)).toEqual([
      'Gen. Anton Verlo met U.S. officials on Jan. 5.',
      'Peter J. Holm spoke.',
      'A new paragraph.',
    ]);
  });

  it('does not split after a legal form’s abbreviation before an aside or a name, and keeps offsets', () => {
    const text =
      'The maker Harwick Paper N.V. (Harwick) has sold its mill. Permai Agro Sdn. Bhd. bought it. The sale went to Tarvo Pty. The deal closed on Monday.';
    expect(textsKeepingOffsets(text)).toEqual([
      'The maker Harwick Paper N.V. (Harwick) has sold its mill.',
      'Permai Agro Sdn. Bhd. bought it.',
      'The sale went to Tarvo Pty.',
      'The deal closed on Monday.',
    ]);
  });

  it('leaves a list’s bullet glyph out of the sentence it opens, and keeps offsets', () => {
    const text = '• Tyrese Maxey scored a dozen.\n\n  ● Nic Batum returned. • Not a bullet here.';
    expect(textsKeepingOffsets(text)).toEqual([
      'Tyrese Maxey scored a dozen.',
      'Nic Batum returned.',
      'Not a bullet here.',
    ]);
  });
});

describe('splitSentences joins a quotation of a few sentences', () => {
  const texts = (text: string) => splitSentences(text).map((s) => s.text);

  it('joins the sentences from the one that opens a quotation to the one that closes it', () => {
    const text =
      '"We have waited since Monday. I want my money now," said retired teacher Ali Hassan. The bank shut.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      '"We have waited since Monday. I want my money now," said retired teacher Ali Hassan.',
      'The bank shut.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads curly marks, an introduction before the quotation, and single marks where no double is', () => {
    expect(texts('Tóth said: ‘The level is falling. It will not stop soon.’ The end.')).toEqual([
      'Tóth said: ‘The level is falling. It will not stop soon.’',
      'The end.',
    ]);
    expect(texts('“We cannot control rain. We can dredge,” Lakatos said. “It takes weeks.”')).toEqual([
      '“We cannot control rain. We can dredge,” Lakatos said.',
      '“It takes weeks.”',
    ]);
  });

  it('joins up to three sentences after the first, no more', () => {
    expect(texts('"One. Two. Three. Four," he said.')).toEqual(['"One. Two. Three. Four," he said.']);
    expect(texts('"One. Two. Three. Four. Five," he said.')).toEqual([
      '"One.',
      'Two.',
      'Three.',
      'Four.',
      'Five," he said.',
    ]);
  });

  it('leaves a quotation that goes on in the next paragraph, and a quotation in several paragraphs', () => {
    expect(texts('"This is no one-off. It will recur.\n\n"Plan for it," she said.')).toEqual([
      '"This is no one-off.',
      'It will recur.',
      '"Plan for it," she said.',
    ]);
    expect(texts('"It will recur. Again. "And again," she said.')).toEqual([
      '"It will recur.',
      'Again.',
      '"And again," she said.',
    ]);
  });

  it('takes no inch mark, apostrophe or closing mark for an opening one', () => {
    expect(texts('The 6" main was too small. It failed. "It did," he said.')).toEqual([
      'The 6" main was too small.',
      'It failed.',
      '"It did," he said.',
    ]);
    expect(texts("The workers' pay rose. It's done. 'We are happy,' said Ann.")).toEqual([
      "The workers' pay rose.",
      "It's done.",
      "'We are happy,' said Ann.",
    ]);
  });

  it('joins what follows a quotation ending in "?" or "!" when it is the rest of its sentence', () => {
    expect(texts('"Where are they? When?" Costello asked. Next. "Why?" she said. "Go!" The end.')).toEqual([
      '"Where are they? When?" Costello asked.',
      'Next.',
      '"Why?" she said.',
      '"Go!"',
      'The end.',
    ]);
  });
});

/**
 * splitSentences as it was before the segmenter was skipped for paragraphs it cannot split, its
 * quotations then joined: the oracle.
 */
function oracleSplit(text: string): { text: string; start: number; end: number }[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const segmentsOf = function* (paragraph: string) {
    let offset = 0;
    while (offset < paragraph.length) {
      let end = paragraph.length;
      if (end - offset > 4000) {
        const slice = paragraph.slice(offset + 2000, offset + 4000);
        let sentenceEnd = -1;
        for (const m of slice.matchAll(/[.!?]["”’)]?\s+/g)) sentenceEnd = m.index + m[0].length;
        const cut = sentenceEnd > 0 ? sentenceEnd : slice.lastIndexOf(' ');
        end = cut > 0 ? offset + 2000 + cut : offset + 4000;
      }
      for (const seg of segmenter.segment(paragraph.slice(offset, end)))
        yield { segment: seg.segment, index: offset + seg.index };
      offset = end;
    }
  };
  const abbreviation = (s: string) => {
    const last = /(\S+)\.$/.exec(s)?.[1];
    if (last === undefined) return false;
    const word = last.replace(/^[("“'‘]+/, '').toLowerCase();
    return ['gen', 'u.s', 'mr', 'jan'].includes(word) || /^\p{Lu}$/u.test(last);
  };
  // a name's two or three initials before the rest of the name ("P.J. | Crowley"), not before a stop word
  const initials = (s: string, next: string) => {
    const last = /(\S+)\.$/.exec(s)?.[1];
    if (last === undefined || !/^[("“'‘]?(?:\p{Lu}\.){1,2}\p{Lu}$/u.test(last)) return false;
    const word = /^\p{Lu}[\p{Ll}\p{M}'’-]*/u.exec(next)?.[0];
    return word !== undefined && word.length > 1 && !STOP_WORDS.has(word.toLowerCase());
  };
  const out: { text: string; start: number; end: number }[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n\n')) {
    let pending: { text: string; start: number; end: number } | null = null;
    const from = out.length;
    for (const seg of segmentsOf(paragraph)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const trimmed = seg.segment.trim();
      if (trimmed.length === 0) continue;
      const start = paragraphStart + seg.index + lead;
      const piece = { text: trimmed, start, end: start + trimmed.length };
      // a closing mark the segmenter cut off alone ('… season. "') stays with the sentence it closes
      const markAlone = /^["”]$/u.test(piece.text);
      if (pending && (abbreviation(pending.text) || initials(pending.text, piece.text) || markAlone))
        pending = { text: text.slice(pending.start, piece.end), start: pending.start, end: piece.end };
      else {
        if (pending) out.push(pending);
        pending = piece;
      }
    }
    if (pending) out.push(pending);
    // the quotations of several sentences joined (join-quotations.ts, tested on its own below)
    out.splice(from, out.length - from, ...joinQuotations(out.slice(from), text));
    paragraphStart += paragraph.length + 2;
  }
  return out;
}

describe('splitSentences against the segmenter on every paragraph', () => {
  it('gives the same sentences', () => {
    const parts = [
      'Tax',
      ' cuts',
      ' Gen.',
      ' U.S.',
      ' A.',
      ' P.J.',
      ' The',
      ' rose',
      '.',
      '!',
      '?',
      '。',
      '।',
      '\u2024',
      '\n',
      '\n\n',
      '\r',
      '\u2029',
      ' ',
      '\u00a0',
      '"',
      '”',
      'é',
      '𝐀',
      ' mr.',
      ' Jan.',
    ];
    const text = fc
      .tuple(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), fc.nat(5000), fc.boolean())
      .map(([p, n, long]) => {
        // a long paragraph without a terminator is still cut into windows at a space
        const filler = long ? ' word'.repeat(n / 4) : '';
        return p.join('') + filler;
      });
    fc.assert(
      fc.property(text, (t) => {
        expect(splitSentences(t)).toEqual(oracleSplit(t));
      }),
      { numRuns: 3000 },
    );
  });
});
