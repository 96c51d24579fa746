import { describe, expect, it } from 'vitest';
import { fusedNameCredit } from '../src/text/caption-credits.js';

describe('fusedNameCredit', () => {
  it("tells a caption by its photographer's name run on to its last word", () => {
    expect(fusedNameCredit('Flooded fields: no spreading allowedAna Ruiz')).toBe(true);
    expect(fusedNameCredit('The ground must be free of frost on the day of spreading!Jane Roe')).toBe(true);
  });

  it('leaves brands in camel case, names after a space and other names alone', () => {
    expect(fusedNameCredit('Battery life is better on the new NorvaleBook Pro')).toBe(false); // a capital opens the word
    expect(fusedNameCredit('The mayor thanked volunteers, said Ana Ruiz')).toBe(false); // a space before it
    expect(fusedNameCredit('The line was opened by the operatorVarnland Transit')).toBe(false); // no given name
    expect(fusedNameCredit('Tickets are sold on the eBay Store')).toBe(false); // one letter in lower case
  });
});
