import { describe, expect, it } from 'vitest';
import { roleWithoutDanglingEnd } from '../src/find-roles.js';

describe('roleWithoutDanglingEnd', () => {
  it('drops the function words a cut left and an opening article', () => {
    expect(roleWithoutDanglingEnd('the director of the harbour hospital in the')).toBe(
      'director of the harbour hospital',
    );
    expect(roleWithoutDanglingEnd('an analyst who now advises banks')).toBe('analyst');
  });

  it('writes a role of a common noun\'s possessive as its other roles are, without a capital "The"', () => {
    expect(roleWithoutDanglingEnd("The bank's CEO")).toBe("bank's CEO");
    expect(roleWithoutDanglingEnd("the agency's head")).toBe("the agency's head");
    expect(roleWithoutDanglingEnd("The Halvard Bank's chief")).toBe("Halvard Bank's chief");
  });
});
