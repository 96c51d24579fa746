import { describe, expect, it } from 'vitest';
import { loadMarkupReaders, parseArticle, parseArticleWith } from '../src/index.js';

const scrape = `Ministers agree on a timetable for the withdrawal

By Jane Doe
Ministers from both governments agreed on Tuesday on a timetable for the withdrawal of foreign troops, ending months of negotiations that had stalled over the pace of the handover.
`;
const note = `# Ministers agree on a timetable

Ministers from both governments agreed on Tuesday on a timetable for the withdrawal of foreign troops.
`;

describe('parseArticleWith', () => {
  it('reads a text scrape without the readers of markup, as parseArticle does', () => {
    const input = { path: 'notes/withdrawal.txt', data: scrape };
    const alone = parseArticleWith(input, null);
    expect(alone.value).toEqual(parseArticle(input).value);
    expect(alone.diagnostics).toEqual(parseArticle(input).diagnostics);
  });

  it('reads Markdown and HTML with the readers it loads, as parseArticle does', async () => {
    const markup = await loadMarkupReaders();
    for (const input of [
      { path: 'notes/withdrawal.md', data: note },
      {
        path: 'notes/withdrawal.html',
        data: `<html><body><article><h1>Ministers</h1><p>${scrape}</p></article></body></html>`,
      },
    ]) {
      expect(parseArticleWith(input, markup)).toEqual(parseArticle(input));
    }
  });

  it('throws when asked to read Markdown or HTML without the readers of markup', () => {
    expect(() =>
      parseArticleWith({ path: 'notes/withdrawal.md', data: note }, null),
    ).toThrowErrorMatchingInlineSnapshot(
      `[MarkupReadersError: notes/withdrawal.md is markdown: parsing it needs the readers of markup, and none were given]`,
    );
  });
});
