import { describe, expect, it } from 'vitest';
import { colonDatelineLength, datelineLength, isStoryLabel } from '../src/dateline.js';

describe('datelineLength: a wire dateline before a dash', () => {
  it('reads the place, its region and date, and the agency', () => {
    expect(datelineLength('SAN JOSE, Calif., Aug 18 (Tech Wire) - Chipmaker Nordvolt said')).toBe(39);
    expect(datelineLength('NATO — the alliance — said')).toBe(0);
  });
});

describe("colonDatelineLength: a dateline before a colon, opening a story's first sentence", () => {
  it('reads the place in capitals, with a region or an agency', () => {
    expect(colonDatelineLength(['Title', 'KUANTAN: Depositors queued on Friday.'], 1)).toBe(9);
    expect(colonDatelineLength(['NEW DELHI: The ministry said.', 'It did.'], 0)).toBe(11);
    expect(colonDatelineLength(['KOTA BHARU, Kelantan: Floods rose.'], 0)).toBe(22);
    expect(colonDatelineLength(['MUMBAI (PTI): Shares fell.'], 0)).toBe(14);
  });

  it("reads no label of the story, no speaker of a transcript, and only the story's first sentence", () => {
    expect(colonDatelineLength(['UPDATE: Queues grow', 'EXCLUSIVE: The bank knew.'], 1)).toBe(0);
    expect(colonDatelineLength(['UPDATE: Queues grow', 'KUANTAN: Queues grew.'], 1)).toBe(9);
    expect(colonDatelineLength(['SMITH: Good evening.', 'JONES: Thank you.'], 0)).toBe(0);
    expect(colonDatelineLength(['A title', 'The bank said.', 'KUANTAN: Queues grew.'], 1)).toBe(0);
    expect(colonDatelineLength(['KUANTAN: the queues grew.'], 0)).toBe(0);
  });
});

describe("isStoryLabel: a story's label or a transcript's role before a colon", () => {
  it('reads labels and roles in any case, and no name', () => {
    expect(isStoryLabel('UPDATE')).toBe(true);
    expect(isStoryLabel('Fact  Check')).toBe(true);
    expect(isStoryLabel('HOST')).toBe(true);
    expect(isStoryLabel('HALLORAN')).toBe(false);
  });
});
