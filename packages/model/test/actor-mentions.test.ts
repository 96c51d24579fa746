import { describe, expect, it } from 'vitest';
import { ActorMentions } from '../src/actor-mentions.js';
import { datelineLength } from '../src/dateline.js';

const mentions = new ActorMentions([
  { name: 'Norway', aliases: ['Norwegian', 'OSLO', 'Oslo'] },
  { name: 'NATO', aliases: [] },
]);
const found = (text: string) => mentions.find(text).map((m) => text.slice(m.from, m.to));

describe('ActorMentions: where a sentence names the brief actors', () => {
  it('passes over the dateline a wire report opens with: it says where the writer was', () => {
    expect(found('OSLO — The Norwegian krone fell to its weakest level in three months.')).toEqual([
      'Norwegian',
    ]);
    expect(found('OSLO, Norway (Wire) - Oslo police said the square was closed.')).toEqual(['Oslo']);
  });

  it('still finds a name in capitals that a dash and a lower-case word follow', () => {
    expect(found('NATO — the alliance of 32 states — met in Oslo.')).toEqual(['NATO', 'Oslo']);
  });
});

describe('datelineLength', () => {
  it.each([
    ['SANTIAGO — The bank cut rates.', 11],
    ['NEW DELHI, Nov 29 (Wire) -- Officials said so.', 28],
    ['WASHINGTON, D.C. – “We are ready,” she said.', 19],
    ['The bank — its board split — cut rates.', 0],
    ['IMF — the fund said so.', 0],
  ])('%s → %i', (text, length) => {
    expect(datelineLength(text)).toBe(length);
  });
});
