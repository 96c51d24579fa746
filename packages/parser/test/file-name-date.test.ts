import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// A meeting note dated only by its file name, as journals and static sites name notes: a fixture pair
// cannot show it (its input is always input.md), so the same invented note is read here under names.
const note = `# Call with the harbour board

1. The board will publish the dredging tender in May.
2. Berth 4 stays closed until the quay wall is repaired.
`;

const read = (path: string, data = note) => parseArticle({ path, data }).value;

describe('a Markdown note dated by its file name', () => {
  it('takes the day its name opens on when the note states none', () => {
    const article = read('notes/2026-03-14-call.md');
    expect(article?.published).toBe('2026-03-14');
    expect(article?.publishedInferred).toBe('its file name dates it ("2026-03-14-call.md")');
    expect(read('notes/2026-03-14 call.md')?.published).toBe('2026-03-14');
    expect(read('notes/2026-03-14.md')?.published).toBe('2026-03-14');
  });

  it('keeps a date the note states', () => {
    const dated = `# Call with the harbour board, 16 March 2026\n\n${note.split('\n').slice(2).join('\n')}`;
    expect(read('notes/2026-03-14-call.md', dated)?.published).toBe('2026-03-16');
  });

  it('reads no day that is none, nor a name of digits alone, nor a scrape by its name', () => {
    expect(read('notes/2026-13-14-call.md')?.published).toBeNull();
    expect(read('notes/2026-02-30-call.md')?.published).toBeNull();
    expect(read('notes/2026-03-145.md')?.published).toBeNull();
    expect(read('notes/20260314-call.md')?.published).toBeNull();
    expect(read('notes/2026-03-14-call.txt', note.replace('# ', ''))?.published).toBeNull();
  });
});
