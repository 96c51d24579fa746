import { Article } from '@briefing/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

function check(path: string, data: Uint8Array | string): void {
  const { value, diagnostics } = parseArticle({ path, data });
  if (value === null) {
    expect(diagnostics.some((d) => d.severity === 'error' && d.file === path)).toBe(true);
    return;
  }
  Article.parse(value);
  let previous = 0;
  for (const b of value.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(previous);
    expect(value.text.slice(b.start, b.end).length).toBe(b.end - b.start);
    previous = b.end;
    if (typeof data === 'string' && value.format !== 'html') {
      // the position points at the block's first character, and line/column agree with the offset
      const { line, column, offset } = b.position;
      const before = data.slice(0, offset);
      expect(before.split('\n').length).toBe(line);
      expect(offset - (before.lastIndexOf('\n') + 1) + 1).toBe(column);
      if (value.format === 'text') expect(data.charAt(offset)).toBe(value.text.charAt(b.start));
    }
  }
}

const prose = fc
  .array(
    fc.oneof(
      fc.lorem({ mode: 'sentences', maxCount: 6 }),
      fc.string(),
      fc.constantFrom('', '#', '---', '> q', '* x'),
    ),
    {
      maxLength: 30,
    },
  )
  .map((lines) => lines.join('\n'));

describe('parseArticle on arbitrary input (fast-check)', () => {
  it('gives an article or an error naming the file, for any bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('a.txt', 'a.md', 'a.html'),
        (bytes, file) => check(file, bytes),
      ),
      { numRuns: RUNS },
    );
  });

  it('gives an article or an error naming the file, for any text or Markdown', () => {
    fc.assert(
      fc.property(prose, fc.constantFrom('a.txt', 'a.md'), (text, file) => check(file, text)),
      { numRuns: RUNS },
    );
  });

  it('keeps positions right in documents long enough to be parsed in pieces', () => {
    const long = fc
      .array(
        fc.oneof(
          fc.lorem({ mode: 'sentences', maxCount: 8 }),
          fc.constantFrom('', '', '```', '# Part', '- item'),
        ),
        {
          minLength: 300,
          maxLength: 600,
        },
      )
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(long, fc.constantFrom('a.txt', 'a.md'), (text, file) => check(file, text)),
      { numRuns: Math.max(10, RUNS / 10) },
    );
  });

  it('gives an article or an error naming the file, for any HTML-ish string', () => {
    const tag = fc.constantFrom('p', 'div', 'article', 'script', 'a', 'h1', 'table', 'main', 'nav');
    const html = fc
      .array(fc.tuple(tag, fc.oneof(fc.lorem({ mode: 'sentences' }), fc.string())), { maxLength: 20 })
      .map((parts) => parts.map(([t, s]) => `<${t} href="//x" onclick="x()">${s}</${t}>`).join(''));
    fc.assert(
      fc.property(html, (page) => check('a.html', page)),
      { numRuns: RUNS },
    );
  });
});
