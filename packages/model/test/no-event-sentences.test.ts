import { describe, expect, it } from 'vitest';
import { marksAnniversary, tellsNoEvent, tellsPlanOnly } from '../src/no-event-sentences.js';

describe('tellsNoEvent: a dated sentence that is someone’s words, or a present state or view with no act', () => {
  it('reads each class of sentence', () => {
    const cases = [
      '"These trams will serve the city for thirty years, and every rider will feel it," said Tomas Vell.',
      'The council let the night crews down on 5 March," Ruiz said.',
      'Citing "a precautionary measure", Norvale Transit announced that two trams would be withdrawn.',
      'Norvale Transit is owned by three port towns.',
      'At present the operator has 40 trams and 12 on order.',
      'However, no-bid contracts are only open to the firm selected by the agency.',
      'Orrin officials say the closure would be a setback for the coast.',
      'Orrin officials say the ferry will sail again on Monday.',
      'The Kestrel Union, which is the largest buyer, has ordered twelve trams.',
      'The operator is expected to name a new chief.',
      'Worries about the levy are sending the Kestrel index lower.',
      'Norvale Transit will cut 300 jobs.',
      'The final count was 52 to 35.',
      'In the leaked minutes, Kestrel Union officials appear hostile to the merger.',
      'The old depot appears to have been sold in March.',
      'The Norvale Courier cites a rise in fares announced Thursday by the transit board.',
      'The Orrin Herald cites figures released on Wednesday by the port authority.',
      'The state-owned ferry line is the largest on the coast.',
      'Its long-awaited depot is the size of a similarly-sized yard in Ostrel.',
      'Norvale Transit re-opened the depot on Monday.',
      'The Vireo is a new tram under trial in Ostrel and scheduled to enter service in 2027.',
      'Some councillors now want the treasury to set aside part of the fund earmarked for the harbour.',
      'The union points to figures released Wednesday that fares would keep rising.',
      'Despite being given a new coat of paint in 2019, the ferry’s hull dates back to 1988.',
      'Norvale Transit has a fleet of trams built in 1998.',
      'Some councillors want the fund that was earmarked in May.',
      'Orrin officials say the depot closed in May.',
      'The Kestrel Union and the port towns have unexpectedly won the ferry contract.',
      'There is still a chance of an appeal; the Kestrel Union was successfully challenged in 2024.',
      'The Kestrel index, down 50 points to 4,211 on Friday.',
      'The closure could be due to the fuel spill on 3 May.',
      'The closure is due to the storm on 12 April.',
      'The quay is due to reopen on 20 May.',
      'Today marked a sombre date for traders, who 20 years ago saw the Kestrel index crash.',
      'Friday marks the tenth anniversary of the Orrin flood.',
      'Thousands gathered on Friday to mark the tenth anniversary of the flood.',
    ];
    expect(cases.map((c) => `${tellsNoEvent(c) ?? '-'}  ${c}`)).toMatchInlineSnapshot(`
      [
        "quotation  "These trams will serve the city for thirty years, and every rider will feel it," said Tomas Vell.",
        "quotation  The council let the night crews down on 5 March," Ruiz said.",
        "-  Citing "a precautionary measure", Norvale Transit announced that two trams would be withdrawn.",
        "present  Norvale Transit is owned by three port towns.",
        "present  At present the operator has 40 trams and 12 on order.",
        "present  However, no-bid contracts are only open to the firm selected by the agency.",
        "present  Orrin officials say the closure would be a setback for the coast.",
        "-  Orrin officials say the ferry will sail again on Monday.",
        "-  The Kestrel Union, which is the largest buyer, has ordered twelve trams.",
        "-  The operator is expected to name a new chief.",
        "-  Worries about the levy are sending the Kestrel index lower.",
        "-  Norvale Transit will cut 300 jobs.",
        "-  The final count was 52 to 35.",
        "present  In the leaked minutes, Kestrel Union officials appear hostile to the merger.",
        "-  The old depot appears to have been sold in March.",
        "present  The Norvale Courier cites a rise in fares announced Thursday by the transit board.",
        "present  The Orrin Herald cites figures released on Wednesday by the port authority.",
        "present  The state-owned ferry line is the largest on the coast.",
        "present  Its long-awaited depot is the size of a similarly-sized yard in Ostrel.",
        "-  Norvale Transit re-opened the depot on Monday.",
        "-  The Vireo is a new tram under trial in Ostrel and scheduled to enter service in 2027.",
        "present  Some councillors now want the treasury to set aside part of the fund earmarked for the harbour.",
        "present  The union points to figures released Wednesday that fares would keep rising.",
        "present  Despite being given a new coat of paint in 2019, the ferry’s hull dates back to 1988.",
        "present  Norvale Transit has a fleet of trams built in 1998.",
        "-  Some councillors want the fund that was earmarked in May.",
        "-  Orrin officials say the depot closed in May.",
        "-  The Kestrel Union and the port towns have unexpectedly won the ferry contract.",
        "-  There is still a chance of an appeal; the Kestrel Union was successfully challenged in 2024.",
        "-  The Kestrel index, down 50 points to 4,211 on Friday.",
        "present  The closure could be due to the fuel spill on 3 May.",
        "present  The closure is due to the storm on 12 April.",
        "-  The quay is due to reopen on 20 May.",
        "anniversary  Today marked a sombre date for traders, who 20 years ago saw the Kestrel index crash.",
        "anniversary  Friday marks the tenth anniversary of the Orrin flood.",
        "-  Thousands gathered on Friday to mark the tenth anniversary of the flood.",
      ]
    `);
  });
});

describe('tellsPlanOnly: a sentence whose first verb is a modal or a plan, and no clause an act', () => {
  it('reads each class of sentence', () => {
    const cases = [
      'Further aid will also be provided by the regional treasury.',
      "The depot's name is to be changed to Orrin Trams.",
      'The operator is expected to name a new chief.',
      'The new trams will be built in Ostrel and shipped to the coast.',
      'Norvale Transit will cut 300 jobs after it lost 2 million crowns.',
      'The drivers voted to accept the new owner.',
      'Tomas Vell said the depot would close.',
      'The Kestrel Union has ordered twelve trams.',
    ];
    expect(cases.map((c) => `${tellsPlanOnly(c) ? 'plan' : '-'}  ${c}`)).toMatchInlineSnapshot(`
      [
        "plan  Further aid will also be provided by the regional treasury.",
        "plan  The depot's name is to be changed to Orrin Trams.",
        "plan  The operator is expected to name a new chief.",
        "plan  The new trams will be built in Ostrel and shipped to the coast.",
        "-  Norvale Transit will cut 300 jobs after it lost 2 million crowns.",
        "-  The drivers voted to accept the new owner.",
        "-  Tomas Vell said the depot would close.",
        "-  The Kestrel Union has ordered twelve trams.",
      ]
    `);
  });
});

describe('marksAnniversary: tellsNoEvent’s anniversary, read quickly', () => {
  it('agrees with tellsNoEvent on anniversaries, market reports and a gathering to mark a day', () => {
    const sentences = [
      'Today marks ten years since the Orrin flood.',
      'Friday marked twenty years since the Kestrel Union was founded in 2005.',
      'Today also marks a sombre date: forty years ago the Norvale bridge fell.',
      'Markets in Ostrel fell on Monday as the index marked its worst day since 2019.',
      'Hundreds gathered in Port Avel on Tuesday to mark ten years since the flood.',
      '"Today marks ten years since the flood," Ana Ruiz said.',
      'Norvale Transit cut 400 jobs on 3 March.',
    ];
    const got = sentences.map(marksAnniversary);
    expect(got).toEqual(sentences.map((s) => tellsNoEvent(s) === 'anniversary'));
    expect(got).toEqual([true, true, true, false, false, false, false]);
  });
});
