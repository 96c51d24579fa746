import { describe, expect, it } from 'vitest';
import { statesAView } from '../src/unspoken-view.js';

describe('statesAView: a view with no speaker, no thing that happened nor one said by someone named', () => {
  it.each([
    'Regarding the harbour, the delays of the new line and the quarrels of its planners have contributed to growing doubts about the plan in Port Avel.',
    'There can be no doubt that the new toll is one of the main causes of the fall in trade along the coast road.',
    'The rising cost of land in Port Avel fuelled by the new line leads to ever longer commutes for its workers.',
    'Such talks have paved the way for a lasting peace between the two river towns of Norvale.',
  ])('reads "%s" as a view', (text) => {
    expect(statesAView(text)).toBe(true);
  });

  it.each([
    // a speaker named: a thing said
    'The delays of the new line have contributed to growing doubts about the plan, Ana Ruiz said.',
    'According to Ana Ruiz, the delays of the new line have contributed to growing doubts about the plan.',
    // a view quoted is the speaker's
    '"The delays have contributed to growing doubts about the plan," the mayor of Port Avel told reporters.',
    // an actor acting: its subject a name
    'The Kestrel Union has contributed to the flood fund of Port Avel along with other unions of the coast.',
    // a cause told in the past of a day, an event
    'The storm led to the closure of the Port Avel harbour on Monday and the loss of two fishing boats.',
    // a cause in the simple past: what happened
    'The storm contributed to the closure of the Port Avel harbour and the loss of two fishing boats.',
    // a figure ties it to a case
    'The new toll has led to a fall of 12 percent in the trade along the coast road to Port Avel.',
    // news with no judgement
    'Norvale Transit has opened a new tram line between Port Avel and the airport after years of delay.',
  ])('leaves "%s" alone', (text) => {
    expect(statesAView(text)).toBe(false);
  });
});
