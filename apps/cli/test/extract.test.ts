import { describe, expect, it } from 'vitest';
import { brief, repoRoot } from './helpers.js';

describe('brief extract --json', () => {
  it('prints one record per file with the documented fields', () => {
    const run = brief(
      [
        'extract',
        '--json',
        'corpus/al-fassel-long-term-partnership.txt',
        'corpus/alwaght-nato-mission-boost.txt',
      ],
      repoRoot,
    );
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout);
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['path', 'title', 'authors', 'published', 'outlet', 'language', 'text']),
      );
      expect(r.text).not.toMatch(/\n{3,}/);
    }
    expect(records[0].path).toBe('corpus/al-fassel-long-term-partnership.txt');
  });
});
