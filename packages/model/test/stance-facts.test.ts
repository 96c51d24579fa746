import { describe, expect, it } from 'vitest';
import { stanceFact } from '../src/stance-facts.js';
import { stanceToward } from '../src/stance-toward.js';

const at = (sentence: string, mention: string) => {
  const from = sentence.indexOf(mention);
  return { from, to: from + mention.length };
};
const fact = (sentence: string, mention: string) => stanceFact(sentence, at(sentence, mention));

describe('stanceFact', () => {
  it('reads a moved quantity of the actor as a figure, whoever holds it in the phrase', () => {
    expect(fact("Veldoria's main stock index fell 4.2% on Tuesday.", 'Veldoria')).toBe('figure');
    expect(fact('The Kest Composite, was down 2.6% at 16:08 UTC.', 'Kest Composite')).toBe('figure');
    expect(fact('Shares of Harrow Motors plunged 12% in early trading.', 'Harrow Motors')).toBe('figure');
    expect(fact('Harrow Motors lost $2.1 billion in the second quarter.', 'Harrow Motors')).toBe('figure');
    expect(fact('The Kest Composite closed at its lowest level in six years.', 'Kest Composite')).toBe(
      'figure',
    );
    expect(fact('Harrow Motors posted a net profit of $900 million.', 'Harrow Motors')).toBe('figure');
  });

  it('needs no figure when the phrase names what is measured', () => {
    expect(fact("Veldoria's exports dropped sharply in March.", 'Veldoria')).toBe('figure');
    expect(fact('Inflation in Veldoria rose again.', 'Veldoria')).toBe('figure');
    expect(fact('The Veldorian currency weakened against the dollar.', 'Veldorian')).toBe('figure');
  });

  it('reads the quantity a report verb saw move as the phrase of the actor', () => {
    expect(fact('Harrow Motors saw its shares fall sharply.', 'Harrow Motors')).toBe('figure');
    expect(fact('Veldorian lenders saw shares tumble on Monday.', 'Veldorian')).toBe('figure');
    expect(fact('Harrow Motors saw a drop in morale.', 'Harrow Motors')).toBeNull();
  });

  it('reads the actor whose quantity a figure moved, or against which it moved', () => {
    expect(fact('Dunmore reported a 45% drop in Veldorian car sales.', 'Veldorian')).toBe('figure');
    expect(fact('The dollar rose to 92.3 against the Veldorian mark.', 'Veldorian')).toBe('figure');
  });

  it('reads an actor telling its own figures as a figure, not one telling another', () => {
    expect(fact('Harrow Motors said that its sales rose 43% in May.', 'Harrow Motors')).toBe('figure');
    expect(fact('Harrow Motors said Dunmore sales rose 43% in May.', 'Harrow Motors')).toBeNull();
  });

  it('reads harm in a place, harm that struck it and harm that befell its own as an event', () => {
    expect(fact('The earthquake killed at least 40 people in northern Veldoria.', 'Veldoria')).toBe('event');
    expect(fact('A strong earthquake struck Veldoria, destroying hundreds of homes.', 'Veldoria')).toBe(
      'event',
    );
    expect(fact('A Harrow Motors bus crashed on the coast road.', 'Harrow Motors')).toBe('event');
    expect(fact('Three Harrow Motors workers were killed in the blast.', 'Harrow Motors')).toBe('event');
  });

  it("reads harm, a threat or a risk aimed at the actor's people or holdings as an event", () => {
    expect(fact('Militants hinted at targeting Veldorian interests abroad.', 'Veldorian')).toBe('event');
    expect(fact('Rebels threatened attacks on the Veldorian embassy.', 'Veldorian')).toBe('event');
    expect(fact("The ministry cited risks to Veldoria's troops.", 'Veldoria')).toBe('event');
    expect(fact('The Veldoria-led coalition had suffered several raids.', 'Veldoria')).toBe('event');
    expect(fact('Veldorian military bases came under fire overnight.', 'Veldorian')).toBe('event');
    expect(fact('Two Veldorian convoys were ambushed near the border.', 'Veldorian')).toBe('event');
    // the actor's people doing the harm, or being it, or the actor itself attacked in words
    expect(fact('Veldorian forces attacked the rebel camp.', 'Veldorian')).toBeNull();
    expect(fact('Veldorian troops were attacking the town.', 'Veldorian')).toBeNull();
    expect(fact('Veldorian bases are a threat to the region.', 'Veldorian')).toBeNull();
    expect(fact('Critics attacked Veldoria over its budget.', 'Veldoria')).toBeNull();
  });

  it('reads a crisis that befell the actor as an event, not a crisis it is blamed for or dealt with', () => {
    expect(fact('Harrow Motors filed for bankruptcy on Monday.', 'Harrow Motors')).toBe('event');
    expect(fact('The collapse of Harrow Motors left thousands without jobs.', 'Harrow Motors')).toBe('event');
    expect(fact("The crisis in Veldoria's banks deepened.", 'Veldoria')).toBe('event');
    expect(fact("Veldoria's debt crisis began in May.", 'Veldoria')).toBe('event');
    expect(fact('Veldoria slipped into a deep recession in the spring.', 'Veldoria')).toBe('event');
    expect(fact('Veldoria defaulted on its foreign debt.', 'Veldoria')).toBe('event');
    expect(fact('Dunmore blamed Veldoria for the crisis.', 'Veldoria')).toBeNull();
    expect(fact('Veldoria was blamed for the collapse of the talks.', 'Veldoria')).toBeNull();
    expect(fact('Veldoria averted a collapse of its banks.', 'Veldoria')).toBeNull();
    expect(fact("Veldoria's handling of the crisis was poor.", 'Veldoria')).toBeNull();
    expect(fact('The Veldorian Bankruptcy Court heard the case.', 'Veldorian')).toBeNull();
  });

  it('reads the actor named with others as one subject as that subject', () => {
    expect(fact('Citrine Bank and Bank of Dunmore fell 9% on Friday.', 'Citrine Bank')).toBe('figure');
    expect(fact('Acme, Dunmore and Harrow Motors filed for bankruptcy.', 'Acme')).toBe('event');
    expect(fact('Harrow Motors and the Dunmore Group both reported a 39% loss.', 'Harrow Motors')).toBe(
      'figure',
    );
    expect(fact('Veldoria and Kestria slipped into a deep recession.', 'Veldoria')).toBe('event');
    // a list a comma closes, another clause after "and": not the subject
    expect(
      fact('The carmakers, Acme and Harrow Motors, due to the sales slump, cut jobs.', 'Acme'),
    ).toBeNull();
    expect(fact("Veldoria protested and Dunmore's shares fell 5%.", 'Veldoria')).toBeNull();
  });

  it('reads a figure in words as a figure, not an ordinal or what the actor did', () => {
    expect(fact('Harrow Motors fell by a fifth on Tuesday.', 'Harrow Motors')).toBe('figure');
    expect(fact('Harrow Motors lost nearly half its value in a week.', 'Harrow Motors')).toBe('figure');
    expect(fact('Harrow Motors lost more than a third of its value.', 'Harrow Motors')).toBe('figure');
    expect(fact('Harrow Motors shed two-thirds of its value.', 'Harrow Motors')).toBe('figure');
    expect(fact('Shares of Harrow Motors doubled after the report.', 'Harrow Motors')).toBe('figure');
    expect(fact("Veldoria's deficit halved in two years.", 'Veldoria')).toBe('figure');
    expect(fact('Harrow Motors doubled its dividend.', 'Harrow Motors')).toBeNull();
    expect(fact('Veldoria lost for a third time.', 'Veldoria')).toBeNull();
    expect(fact('Veldoria lost in the second half.', 'Veldoria')).toBeNull();
  });

  it("reads a record in the actor's history or market as a figure", () => {
    expect(fact('It was the largest single-day decline in Veldorian history.', 'Veldorian')).toBe('figure');
    expect(fact("Monday was the worst day in Veldoria's market in a decade.", 'Veldoria')).toBe('figure');
    expect(fact('He was the worst president in Veldorian history.', 'Veldorian')).toBeNull();
  });

  it("reads a market's worries located in the actor or its economy as an event", () => {
    expect(fact('Shares fell on fears of economic problems in Veldoria.', 'Veldoria')).toBe('event');
    expect(fact('Growing worries about mortgage lenders in Veldoria rattled investors.', 'Veldoria')).toBe(
      'event',
    );
    expect(fact('Fears that the housing market in Veldoria has stalled spread.', 'Veldoria')).toBe('event');
    expect(fact('Investors fear the Veldorian economy is close to a recession.', 'Veldorian')).toBe('event');
    expect(fact('Critics voiced concerns about Veldorian economic sanctions.', 'Veldorian')).toBeNull();
    expect(fact("Neighbours voiced concerns about Veldoria's currency manipulation.", 'Veldoria')).toBeNull();
  });

  it('reads a crisis named by the actor with another, or one it has been in, as an event', () => {
    expect(fact('Veldoria has not been in recession since 2001.', 'Veldoria')).toBe('event');
    expect(fact('Analysts fear that Veldoria is headed for an economic recession.', 'Veldoria')).toBe(
      'event',
    );
    expect(fact('Losses could deepen as the Veldorian and Ostrian debt crisis spreads.', 'Veldorian')).toBe(
      'event',
    );
  });

  it('reads figures a body of the actor gave out as a figure', () => {
    expect(fact('Jobless figures released Friday by the Veldorian labour ministry rose.', 'Veldorian')).toBe(
      'figure',
    );
    expect(fact('Stocks slid on data from the Veldorian statistics office.', 'Veldorian')).toBe('figure');
    expect(
      fact('The data reported by the Veldorian institute failed to prove its claims.', 'Veldorian'),
    ).toBeNull();
    expect(fact('Bombs were used in large numbers by Veldorian forces.', 'Veldorian')).toBeNull();
    expect(fact("They are discredited figures from Veldoria's past.", 'Veldoria')).toBeNull();
  });

  it('reads the actor as the home of firms, or of one named firm, as a label', () => {
    expect(fact('Three large Veldorian auto companies face ruin.', 'Veldorian')).toBe('label');
    expect(fact('The Veldorian car maker Harrow Motors was badly hurt.', 'Veldorian')).toBe('label');
    expect(fact('Harrow, the largest car maker in Veldoria, failed badly.', 'Veldoria')).toBe('label');
    expect(fact('The government is entangled with the Harrow company.', 'Harrow')).toBeNull();
    expect(fact('Harrow say airlines demand better planes.', 'Harrow')).toBeNull();
    expect(fact('Veldoria fined banks for fraud.', 'Veldoria')).toBeNull();
    expect(fact('The Veldorian government failed badly.', 'Veldorian')).toBeNull();
  });

  it('leaves judgement, action and plain moves without a figure to the model', () => {
    expect(fact('Veldoria is a corrupt and brutal regime that crushes dissent.', 'Veldoria')).toBeNull();
    expect(fact("Veldoria's army killed 40 protesters in the capital.", 'Veldoria')).toBeNull();
    expect(fact('Veldoria lost the vote at the council.', 'Veldoria')).toBeNull();
    expect(fact("Veldoria's proposals have not reached a level that satisfies us.", 'Veldoria')).toBeNull();
    expect(fact('A Veldorian skater dropped out of the 1,500-meter race.', 'Veldorian')).toBeNull();
    expect(fact('Harrow Motors announced a 12% pay rise for its workers.', 'Harrow Motors')).toBeNull();
  });

  it('makes the stance of such a sentence neutral', () => {
    const sentence = 'A strong earthquake struck Veldoria, killing dozens and destroying hundreds of homes.';
    expect(stanceToward(sentence, at(sentence, 'Veldoria'))).toBe('neutral');
  });
});
