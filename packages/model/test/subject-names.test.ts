import { describe, expect, it } from 'vitest';
import { namesOtherSubjects, nameWords } from '../src/subject-names.js';

describe('nameWords', () => {
  it('reads the names a statement is about, not who it cites, nor days', () => {
    expect([
      ...nameWords(
        'Norvale Transit will close its Aldmoor depot on Friday, two managers told the Harbour Courier.',
      ),
    ]).toMatchInlineSnapshot(`
      [
        "Transit",
        "Aldmoor",
        "Norvale",
      ]
    `);
    expect([...nameWords('According to the Kestrel Union, 15 people have died.')]).toMatchInlineSnapshot(
      `[]`,
    );
  });
});

describe('namesOtherSubjects', () => {
  it('tells two firms apart, and one firm from itself with another source cited', () => {
    expect(
      namesOtherSubjects(
        'Norvale Motors will cut 9,000 jobs and close 6 plants.',
        'Dravik Motors will cut 9,000 jobs and close 4 plants.',
      ),
    ).toBe(true);
    expect(
      namesOtherSubjects(
        'Norvale Motors will cut 9,000 jobs, the company said.',
        'Norvale Motors will cut 7,000 jobs, the Kestrel Union said.',
      ),
    ).toBe(false);
  });
});
