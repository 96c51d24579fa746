import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActorMentions } from '../src/actor-mentions.js';
import { datelineLength } from '../src/dateline.js';

const mentions = new ActorMentions([
  { name: 'Norway', aliases: ['Norwegian', 'OSLO', 'Oslo'] },
  { name: 'NATO', aliases: [] },
  { name: "People's Party", aliases: [] },
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

  it('finds no name inside a word, and one after a hyphen', () => {
    expect(found('The preNATO order and the 𝐀Oslo accords; pre-NATO Oslo2 and NATO-led Oslo.')).toEqual([
      'NATO',
      'NATO',
      'Oslo',
    ]);
  });

  it('reads a name a dollar sign follows as a currency’s, not the actor’s', () => {
    const us = new ActorMentions([{ name: 'United States', aliases: ['US', 'U.S.'] }]);
    const text = 'Oil lost more than US$6 in US trading, and the U.S. $2 bill is rare.';
    expect(us.find(text).map((m) => text.slice(m.from, m.to))).toEqual(['US', 'U.S.']);
  });

  it('reads a name a word of direction makes another place of as no mention ("South America")', () => {
    const places = new ActorMentions([
      { name: 'United States', aliases: ['America', 'US'] },
      { name: 'Sudan', aliases: ['Khartoum'] },
    ]);
    const text =
      'Cocaine from South America and Latin America reached America; South Sudan and Sudan met, as did northern Sudan and MidSouth Sudan.';
    expect(places.find(text).map((m) => text.slice(m.from, m.to))).toEqual([
      'America',
      'Sudan',
      'Sudan',
      'Sudan',
    ]);
  });

  it('reads a curly apostrophe in the text as a straight one, without changing the offsets', () => {
    expect(found("The People’s Party and the People's Party met in Oslo’s port.")).toEqual([
      'People’s Party',
      "People's Party",
      'Oslo',
    ]);
  });

  it('reads a capital that opens a name as the city’s body or event, not its country', () => {
    expect(found('Oslo Børs fell as the Oslo Philharmonic played in Oslo on Monday, Oslo Tuesday.')).toEqual([
      'Oslo',
      'Oslo',
    ]);
  });

  it('finds what a look-behind for a letter or digit before each name finds', () => {
    // the pattern once opened with (?<![\p{L}\p{N}]); find() now tests the character before a match,
    // and passes over the capital that opens a name ("Oslo Norway" here)
    const behind = /(?<![\p{L}\p{N}])(?:People's Party|Norwegian|NATO|OSLO|Norway|Oslo)(?![\p{L}\p{N}$])/gu;
    const expected = (text: string) =>
      [...text.replace(/’/g, "'").matchAll(behind)]
        .filter((m) => m.index >= datelineLength(text))
        .filter((m) => !(m[0] === 'Oslo' && /^ \p{Lu}\p{Ll}/u.test(text.slice(m.index + 4, m.index + 8))))
        .map((m) => [m.index, m.index + m[0].length]);
    const pieces = ['NATO', 'Oslo', 'OSLO', 'Norway', 'a', 'x', '7', ' ', '-', '—', '𝐀', '.', 'é', '$'];
    const apostrophes = ['People', 's Party', "'", '’', 'People’s Party'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, ...apostrophes), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(mentions.find(text).map((m) => [m.from, m.to])).toEqual(expected(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('datelineLength', () => {
  it.each([
    ['SANTIAGO — The bank cut rates.', 11],
    ['NEW DELHI, Nov 29 (Wire) -- Officials said so.', 28],
    ['WASHINGTON, D.C. – “We are ready,” she said.', 19],
    ['SAN JOSE, Calif., Aug 18, 2027 (Tech Wire) - Chipmaker Nordvolt said so.', 45],
    ['The bank — its board split — cut rates.', 0],
    ['IMF — the fund said so.', 0],
  ])('%s → %i', (text, length) => {
    expect(datelineLength(text)).toBe(length);
  });
});
