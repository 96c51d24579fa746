import { describe, expect, it } from 'vitest';
import { actorDeed, agreeingWithOne } from '../src/actor-deeds.js';

const norvale = ['Norvale', 'Norvalian'];

describe('actorDeed: what an actor does in a sentence whose subject it is', () => {
  it('reads the verb and its clause after the name, "the", titles and heads', () => {
    expect(
      [
        'Norvale Transit ordered 40 trams from a Hallam works on Monday, the city said.',
        'The Kestrel Union has threatened a strike.',
        'On Monday, the Kestrel Union said it would strike.',
      ].map((s) => actorDeed(s, ['Norvale Transit', 'Kestrel Union'])),
    ).toMatchInlineSnapshot(`
      [
        "ordered 40 trams from a Hallam works",
        "has threatened a strike",
        "said it would strike",
      ]
    `);
  });

  it('reads a country as the subject when its government, troops or leader act, or it is attacked', () => {
    expect(
      [
        'The Norvalian government signed the accord on 4 May.',
        "Norvale's parliament voted to leave the pact.",
        'Norvalian Prime Minister Ana Ruiz and Kestrel President Tomas Berg met in Hallam.',
        'Norvale was attacked by drones overnight.',
      ].map((s) => actorDeed(s, norvale)),
    ).toMatchInlineSnapshot(`
      [
        "signed the accord on 4 May",
        "voted to leave the pact",
        "met in Hallam",
        "was attacked by drones overnight",
      ]
    `);
  });

  it('drops the relative days of a deed, which name no day outside their report, and keeps dates', () => {
    expect(
      [
        'The Kestrel Union admitted Thursday night that the strike could last longer.',
        'Norvale Transit has kept its depots closed until Friday.',
        'Norvale Transit said earlier this week that it would buy trams.',
        'Norvale Transit cut 300 jobs in the past year.',
        'Norvale Transit opened its new line today.',
        'Norvale Transit was fined on March 3, 2019 and again in May.',
        'Norvale Transit has announced that it lost $2 million in the third quarter of this year.',
      ].map((s) => actorDeed(s, ['Norvale Transit', 'Kestrel Union'])),
    ).toMatchInlineSnapshot(`
      [
        "admitted that the strike could last longer",
        "has kept its depots closed",
        "said that it would buy trams",
        "cut 300 jobs",
        "opened its new line",
        "was fined on March 3, 2019 and again in May",
        "has announced that it lost $2 million",
      ]
    `);
  });

  it('gives null where the country is only the setting, its market or its firms', () => {
    expect(
      [
        'Stocks fell in Norvale on Tuesday.',
        "Norvale's main share index fell 2%.",
        'Norvalian carmakers cut output.',
        'Norvale Transit ordered 40 trams.',
        'Norvale is the largest city of the coast.',
        'Norvale will remain the hub of the coast line.',
        'Norvale became the hub of the line.',
        'Norvale is owned by a Hallam holding.',
        'Norvale was based in Hallam until 2020.',
        'Norvale, which makes a tenth of the coast’s goods, has entered a recession.',
        'Norvale returned to growth in May.',
      ].map((s) => actorDeed(s, norvale)),
    ).toMatchInlineSnapshot(`
      [
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]
    `);
  });

  it("keeps a date's and a number's commas, cuts a long clause before a preposition, and gives '' when the deed would dangle", () => {
    expect(
      [
        'Norvale Transit had been fined on March 3, 2019 after a crash.',
        'Norvale Transit will refund 14,500 riders.',
        'Norvale Transit said on Tuesday that its night trams carried more riders in May than in any month before.',
        'Norvale Transit vowed to "renew every line".',
        'Norvale Transit will pay €40 million (US$44 million) for a new depot (its third).',
        'Norvale Transit said repairs to the tram depot would take at least four months and cost a lot.',
      ].map((s) => actorDeed(s, ['Norvale Transit'])),
    ).toMatchInlineSnapshot(`
      [
        "had been fined on March 3, 2019 after a crash",
        "will refund 14,500 riders",
        "said that its night trams carried more riders",
        "vowed to "renew every line"",
        "will pay €40 million for a new depot",
        "",
      ]
    `);
  });

  it('keeps a name after "from", "in" or "at" where a long deed is cut before it: from whom, where', () => {
    expect(
      [
        'Kestrel Works has won an order from Norvale Transit for up to 60 of its new low-floor trams.',
        'Kestrel Works won a contract from Norvale Regional Transit for the upkeep of every depot on the line.',
        'Kestrel Works opened a new tram plant in Port Avel for about 400 workers of the old shipyard.',
      ].map((s) => actorDeed(s, ['Kestrel Works'])),
    ).toMatchInlineSnapshot(`
      [
        "has won an order from Norvale Transit",
        "won a contract from Norvale Regional Transit",
        "opened a new tram plant in Port Avel",
      ]
    `);
  });

  it('cuts before "from", "in" or "at" as before where what follows is no whole name', () => {
    expect(
      [
        'Kestrel Works has won an order from a tram operator for up to 60 of its new low-floor trams.',
        'Kestrel Works has won an order in May for up to 60 of its new low-floor trams and buses.',
        "Kestrel Works has won an order from Norvale Transit's parent for up to 60 of its new trams.",
        'Kestrel Works has won an order from Norvale Regional Transit Board Authority for up to 60 trams.',
        'Kestrel Works has cut its forecast for the third year after Norvale Transit cancelled its order.',
      ].map((s) => actorDeed(s, ['Kestrel Works'])),
    ).toMatchInlineSnapshot(`
      [
        "has won an order",
        "has won an order",
        "has won an order",
        "has won an order",
        "has cut its forecast for the third year",
      ]
    `);
  });

  it('cuts a deed only at a clause edge: never after a verb left without its object or complement', () => {
    expect(
      [
        'The Kestrel Union outlined its wage offer in a letter sent earlier today.',
        'Norvale Transit toured the new tram depot and said fares were being "set by the cost of fuel and steel."',
        'Norvale Transit said it will.',
        'Norvale Transit told the council that fares would rise, and its riders that service would improve, in a letter.',
        'The Kestrel Union was founded in 1921.',
      ].map((s) => actorDeed(s, ['Norvale Transit', 'Kestrel Union'])),
    ).toMatchInlineSnapshot(`
      [
        "outlined its wage offer",
        "toured the new tram depot",
        "",
        "told the council that fares would rise",
        "was founded in 1921",
      ]
    `);
  });

  it('reads past an apposition or a relative clause set off by commas after the name', () => {
    expect(
      [
        "Norvale Transit, the city's tram operator, has ordered 40 trams.",
        'Norvale Transit, which runs the night trams, said it would cut fares.',
        'Norvale Transit, Kestrel Air and Hallam Rail cut fares.',
      ].map((s) => actorDeed(s, ['Norvale Transit'])),
    ).toMatchInlineSnapshot(`
      [
        "has ordered 40 trams",
        "said it would cut fares",
        null,
      ]
    `);
  });

  it('reads a name set off by commas after an opening phrase that describes it', () => {
    expect(
      [
        'Rail maker, Kestrel Works, has won an order for 40 trams.',
        'Norvalian tram builder, Kestrel Works, said on Monday it would hire 200 staff.',
        'On Monday, Kestrel Works, the rail maker, said it would hire 200 staff.',
        'After the vote, Kestrel Works, which builds trams, was sold to Velmar Rail.',
      ].map((s) => actorDeed(s, ['Kestrel Works'])),
    ).toMatchInlineSnapshot(`
      [
        "has won an order for 40 trams",
        "said it would hire 200 staff",
        "said it would hire 200 staff",
        "was sold to Velmar Rail",
      ]
    `);
  });

  it('leaves a name set off by commas that is no subject: one of a list, one after a verb', () => {
    expect(
      [
        'In Hallam, Kestrel Works, Velmar Rail and Orrin Motors met on Monday.',
        'Rail maker, Kestrel Works, which builds trams in Hallam.',
        'Velmar Rail, Kestrel Works, said nothing.',
      ].map((s) => actorDeed(s, ['Kestrel Works'])),
    ).toMatchInlineSnapshot(`
      [
        null,
        null,
        null,
      ]
    `);
  });

  it("gives null to a name inside another actor's name, the other acting", () => {
    const others = ['Kestrel Varnland', 'Air Varnland', 'Ana Ruiz'];
    expect(
      [
        'Kestrel Varnland have agreed to buy 20 jets.',
        'Air Varnland has cancelled 40 flights.',
        'The Varnland government has agreed to buy 20 jets.',
        'Varnland Prime Minister Ana Ruiz has agreed to buy 20 jets.',
      ].map((s) => actorDeed(s, ['Varnland', 'Varnlandic'], others)),
    ).toMatchInlineSnapshot(`
      [
        null,
        null,
        "has agreed to buy 20 jets",
        "has agreed to buy 20 jets",
      ]
    `);
  });

  it('keeps a quoted object whole when short, else its first phrase marked as cut', () => {
    expect(
      [
        'Norvale Transit called the fare rise “a fair price” on Monday.',
        'During a visit to Hallam, Norvalian Mayor Ana Ruiz and Kestrel President Tomas Berg agreed on the need to "renew every tram line in the region so that riders can trust the network again."',
        'Norvale Transit pledged to "keep fares low, hire more drivers and open two new depots across the whole coast".',
        'Norvale Transit said "we will renew every line of the network within the coming ten years if the city pays".',
        'Norvale Transit said "".',
      ].map((s) => actorDeed(s, ['Norvale Transit', 'Norvale', 'Norvalian'])),
    ).toMatchInlineSnapshot(`
      [
        "called the fare rise “a fair price”",
        "agreed on the need to "renew every tram line …"",
        "pledged to "keep fares low …"",
        "",
        "",
      ]
    `);
  });
});

describe('agreeingWithOne: a deed told of one actor agrees with it', () => {
  it('gives a plural verb opening the deed in the singular, in square brackets, with a word of several', () => {
    expect(
      [
        'were granted a loan of 40 million crowns',
        'have agreed a second line with the ministry',
        'have both begun to offer buyouts to their workers',
        'are all set to close',
        'has ordered 40 trams',
        'said they have 800 orders',
      ].map(agreeingWithOne),
    ).toEqual([
      '[was] granted a loan of 40 million crowns',
      '[has] agreed a second line with the ministry',
      '[has] begun to offer buyouts to their workers',
      '[is] set to close',
      'has ordered 40 trams',
      'said they have 800 orders',
    ]);
  });
});
