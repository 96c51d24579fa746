import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LowerWords, lazyData, wordSets } from '../src/data-file.js';

describe('lazyData', () => {
  it('reads its file at the first call only, and keeps what was made of it', () => {
    let made = 0;
    const nouns = lazyData('address-words.yaml', z.object({ nouns: LowerWords }), (file) => {
      made++;
      return wordSets(file);
    });
    expect(made).toBe(0);
    const first = nouns();
    expect(nouns()).toBe(first);
    expect(made).toBe(1);
    expect(first.nouns.size).toBeGreaterThan(0);
  });

  it('throws at its first call when the file does not have its schema', () => {
    const read = lazyData('address-words.yaml', z.object({ ports: LowerWords }), wordSets);
    expect(read).toThrowErrorMatchingInlineSnapshot(`
      [ZodError: [
        {
          "expected": "array",
          "code": "invalid_type",
          "path": [
            "ports"
          ],
          "message": "Invalid input: expected array, received undefined"
        }
      ]]
    `);
  });
});

describe('wordSets', () => {
  it('makes a Set of each list of strings, under its name', () => {
    const sets = wordSets({ ports: ['port avel', 'norvale'], banks: ['kestrel'] });
    expect(Object.keys(sets)).toEqual(['ports', 'banks']);
    expect([...sets.ports]).toEqual(['port avel', 'norvale']);
  });

  it('leaves out a group that is no list of strings', () => {
    const sets = wordSets({ ports: ['norvale'], label: 'transit', counts: [1, 2], byPort: { avel: ['x'] } });
    expect(Object.keys(sets)).toEqual(['ports']);
  });
});
