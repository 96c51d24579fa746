import { describe, expect, it } from 'vitest';
import { centralTitle } from '../src/central-title.js';

describe('centralTitle: a story is titled by the report most like the others', () => {
  it('takes the title whose words the other titles share most', () => {
    expect(
      centralTitle([
        'Carmaker Halvard cutting 30,000 jobs by 2012',
        'Orlen Motors offers buyouts to workers',
        'US automakers Orlen and Vesta seek more government aid',
        'Vesta files for bankruptcy as US aid runs out',
        'Orlen seeks bankruptcy protection after aid talks fail',
      ]),
    ).toBe('US automakers Orlen and Vesta seek more government aid');
  });

  it('keeps the earliest on a tie, with two titles or none', () => {
    expect(centralTitle(['Lerida dam breaks', 'Lerida flood warning', 'Lerida roads closed'])).toBe(
      'Lerida dam breaks',
    );
    expect(centralTitle(['Recount ordered', 'Recount to begin Monday'])).toBe('Recount ordered');
    expect(centralTitle([])).toBeUndefined();
  });

  it('reads plurals and possessives as their word, and stop words not at all', () => {
    expect(
      centralTitle([
        "The board's vote is in",
        'Boards of the towns vote again',
        'A town votes on the boards',
        'Rain',
      ]),
    ).toBe('Boards of the towns vote again');
  });
});
