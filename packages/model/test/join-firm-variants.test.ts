import { describe, expect, it } from 'vitest';
import type { Group } from '../src/actor-group.js';
import { joinAddedHeads, joinClippedTrades } from '../src/join-firm-variants.js';

/** A group of one source, named by its forms (the first its name). */
function group(kind: Group['kind'], source: string, ...forms: string[]): Group {
  return {
    name: forms[0] as string,
    kind,
    known: false,
    forms: new Map(forms.map((f) => [f, 1])),
    roles: null,
    mentions: forms.length,
    sources: new Set([source]),
    kinds: null,
    country: null,
    into: null,
    opening: false,
  };
}

describe('joinAddedHeads: a body named with and without a head noun', () => {
  it('joins two forms of two words or more, one with "Department" after it', () => {
    const bare = group('organisation', 'a', 'Ostrel Treasury', 'Treasury');
    const headed = group('organisation', 'b', 'Ostrel Treasury Department', 'Treasury Department');
    const left = joinAddedHeads([bare, headed]);
    expect(left).toHaveLength(1);
    expect([...(left[0] as Group).sources].sort()).toEqual(['a', 'b']);
  });

  it('leaves apart a one-word form, which is any country\'s body ("Defense" beside "Defense Ministry")', () => {
    const groups = [group('organisation', 'a', 'Defense'), group('organisation', 'b', 'Defense Ministry')];
    expect(joinAddedHeads(groups)).toHaveLength(2);
  });

  it('leaves apart a form two bodies have', () => {
    const groups = [
      group('organisation', 'a', 'Ostrel Treasury'),
      group('organisation', 'b', 'Ostrel Treasury', 'Ostrel Treasury Office'),
      group('organisation', 'c', 'Ostrel Treasury Department'),
    ];
    expect(joinAddedHeads(groups)).toHaveLength(3);
  });
});

describe('joinClippedTrades: a firm named with its trade noun clipped', () => {
  it('joins "Halvard Auto" to the one "Halvard Automotive Group"', () => {
    const full = group('organisation', 'a', 'Halvard Automotive Group');
    const left = joinClippedTrades([group('person', 'b', 'Halvard Auto'), full]);
    expect(left).toEqual([full]);
    expect(full.forms.has('Halvard Auto')).toBe(true);
  });

  it('leaves the clipped name apart beside two firms it could be', () => {
    const groups = [
      group('organisation', 'a', 'Halvard Automotive Group'),
      group('organisation', 'b', 'Halvard Automotive Inc.'),
      group('organisation', 'c', 'Halvard Auto'),
    ];
    expect(joinClippedTrades(groups)).toHaveLength(3);
  });
});
