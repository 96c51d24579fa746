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

  it('drops a form of address that ends a role of more words, and keeps one alone', () => {
    expect(roleWithoutDanglingEnd('Chief Education Officer Dr')).toBe('Chief Education Officer');
    expect(roleWithoutDanglingEnd('Education Minister Ms.')).toBe('Education Minister');
    expect(roleWithoutDanglingEnd('Dr')).toBe('Dr');
  });
});
