import { describe, expect, it } from 'vitest';
import { withNounAntecedent } from '../src/noun-antecedent.js';

/** The last sentence of a report, with the thing its subject stands for named as the report told it. */
const named = (...texts: string[]) =>
  withNounAntecedent(
    texts.map((text) => ({ text })),
    texts.length - 1,
  );

describe('withNounAntecedent: "the" and a noun named as its report told the thing', () => {
  it('names the thing by its nearest mention before that names it, or the subject of the sentence before for a label', () => {
    expect([
      named(
        "Kestrel Air confirmed that there was a software fault on the Orrin 400 tram's first run.",
        'The fault was not reported when the tram reached the depot on 11 May.',
      ),
      named(
        'A 90 million crown loan deal for Norvale Transit -- the ferry operator -- was rejected by the council.',
        'The bill failed in the council on 3 May.',
      ),
      named(
        'A trial run of the new Orrin 400, the longest tram of the fleet, was delayed today.',
        'The run was meant to show the tram could turn at Port Avel.',
      ),
      named('The Orvan index rose 2%.', 'Analysts were calm.', 'The index fell 3% on Tuesday.'),
      named(
        'Kestrel Bank signed a deal with Norvale Transit worth 90 million crowns.',
        'However, the deal was signed on 2 May.',
      ),
    ]).toMatchInlineSnapshot(`
      [
        "[The software fault on the Orrin 400] was not reported when the tram reached the depot on 11 May.",
        "[The 90 million crown loan deal for Norvale Transit] failed in the council on 3 May.",
        "[The trial run of the new Orrin 400] was meant to show the tram could turn at Port Avel.",
        "[The Orvan index] fell 3% on Tuesday.",
        "However, [the deal with Norvale Transit] was signed on 2 May.",
      ]
    `);
  });

  it('leaves a new thing, an actor, a thing no mention names (a day is no name), and a deed no noun tells', () => {
    expect([
      named('Norvale Transit ordered twelve Kestrel 400 ferries.', 'The first ferries will sail in 2030.'),
      named('Ana Ruiz spoke for Norvale Transit.', 'The company said it would appeal on 3 May.'),
      named('A fire broke out at the Port Avel quay.', 'The ferry was late on 3 May.'),
      named(
        'Norvale Transit has announced sweeping cuts.',
        'The measure comes on top of plans announced in January.',
      ),
      named('A ferry company of Port Avel was fined.', 'The decision was appealed on 3 May.'),
      named('Norvale Transit cut fares.', 'Ana Ruiz said so on 3 May.'),
      named(
        'Fish prices fell at the harbour market on Thursday.',
        'The harbour market will reopen tomorrow.',
      ),
    ]).toMatchInlineSnapshot(`
      [
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
});
