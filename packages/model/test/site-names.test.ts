import { describe, expect, it } from 'vitest';
import { namesASite } from '../src/site-names.js';

describe('namesASite: a firm’s site by the words of its name', () => {
  it('reads a head noun of works, last or before "of", and a site named by its town and of it', () => {
    const names = [
      'Dunmore Engine Plant',
      'Tarrant Stamping Plant of Tarrant',
      'Ostrel Assembly of Ostrel',
      'Varnland Assembly',
      'National Assembly of Varnland',
      'Bank of Ostrel',
      'Plant',
      'Kestrel Motors',
    ];
    expect(names.map((n) => `${n}: ${namesASite(n)}`)).toMatchInlineSnapshot(`
      [
        "Dunmore Engine Plant: true",
        "Tarrant Stamping Plant of Tarrant: true",
        "Ostrel Assembly of Ostrel: true",
        "Varnland Assembly: false",
        "National Assembly of Varnland: false",
        "Bank of Ostrel: false",
        "Plant: false",
        "Kestrel Motors: false",
      ]
    `);
  });
});
