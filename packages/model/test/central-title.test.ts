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

  it("passes over a title whose report the other reports restate less than the average report's", () => {
    const titles = [
      'Velmar to shut two plants, 900 posts to go',
      'Velmar loses 80 million',
      'Velmar offers 9 million for bus line',
      'Workers vote to strike',
      'Ministry offers a loan',
    ];
    // each report's words as ids: the bus line's shares one with the others, the rest share many
    const bodies = [
      new Set([1, 2, 3, 4, 5, 6]),
      new Set([1, 2, 3, 4, 7, 8]),
      new Set([1, 20, 21, 22, 23, 24]),
      new Set([2, 3, 4, 5, 9, 10]),
      new Set([1, 3, 4, 6, 11, 12]),
    ];
    expect(centralTitle(titles)).toBe('Velmar offers 9 million for bus line');
    expect(centralTitle(titles, bodies)).toBe('Velmar loses 80 million');
    // reports that all share alike leave the titles to decide
    expect(
      centralTitle(
        titles,
        titles.map(() => new Set([1, 2])),
      ),
    ).toBe('Velmar offers 9 million for bus line');
  });
});
