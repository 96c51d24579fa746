import { describe, expect, it } from 'vitest';
import { nameParticles } from '../src/name-particles.js';

describe('nameParticles: data/name-particles.yaml by role', () => {
  it('reads the shipped file through its schema, each role with its own words', () => {
    const { inside, prefix, connector } = nameParticles();
    expect([...inside]).toContain('del');
    expect([...inside]).not.toContain('al');
    expect([...connector]).toContain('bin');
    expect(['al-Assad', 'van', 'Abu', 'alpha', 'delta'].map((w) => prefix.test(w))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
