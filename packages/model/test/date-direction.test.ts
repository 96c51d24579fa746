import { describe, expect, it } from 'vitest';
import { isActionNoun } from '../src/action-nouns.js';
import {
  afterActionNoun,
  dateDirection,
  modifiesNoun,
  planTense,
  premodifiesNoun,
} from '../src/date-direction.js';

/** The direction of the date written in brackets: "[on Friday]". */
const direction = (marked: string) => {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return dateDirection(marked.replace('[', '').replace(']', ''), start, end);
};

describe('dateDirection: the tense and modality of the clause around a date', () => {
  it('points forwards for what will, is due to or is scheduled to happen', () => {
    expect(direction('Finance ministers will meet [on Friday] to agree the rules.')).toBe('forward');
    expect(direction('The next decision is due [on 18 December], when forecasts are published.')).toBe(
      'forward',
    );
    expect(direction('A new round is scheduled for [3 February], the mediators said.')).toBe('forward');
    expect(direction('The vote, expected on [14 March], could topple the cabinet.')).toBe('forward');
    expect(direction('The summit will be held [on Monday] in Lisbon.')).toBe('forward');
    expect(direction('Leaders agreed to meet [on 2 May] in Geneva.')).toBe('forward');
  });

  it('points forwards for a clause of time in the past under a "would": a future seen from a past saying', () => {
    expect(direction('Ana Ruiz said the fund would be paid when the markets opened on [Friday].')).toBe(
      'forward',
    );
    expect(direction('The board announced that fares would rise once the line reopened on [Monday].')).toBe(
      'forward',
    );
    expect(direction('The fund was paid when the markets opened on [Friday].')).toBe('backward');
    expect(direction('Ruiz said the bank would have failed when the markets opened on [Friday].')).toBe(
      'backward',
    );
  });

  it('points backwards for what happened', () => {
    expect(direction('The central bank cut rates [on Friday] by a quarter point.')).toBe('backward');
    expect(direction('The previous round was held [on 8 December] in Geneva.')).toBe('backward');
    expect(direction('Talks started [on January 27] after months of delay.')).toBe('backward');
  });

  it('reads "due to" a noun as a cause, a cause of a state, sure or guessed, as past', () => {
    expect(direction('Two ferries were cancelled due to the storm [on 12 April].')).toBe('backward');
    expect(direction('The closure is probably due to the storm [on 12 April].')).toBe('backward');
    expect(direction('The closure could be due to the fuel spill [on 3 May].')).toBe('backward');
    expect(direction('The delay might be the result of a fire [on 2 June].')).toBe('backward');
    expect(direction("The harbour's losses are blamed on the strike of [2 April].")).toBe('backward');
    expect(direction('The closure could be the start of a strike [on 2 June].')).toBe('neutral');
    expect(direction('The quay is due to reopen [on 20 May].')).toBe('forward');
    expect(direction('The quay could be reopened to ferries [on 20 July].')).toBe('forward');
    expect(direction('The quay could be ready [on 20 July].')).toBe('forward');
  });

  it('reads the clause of the date, not the rest of the sentence', () => {
    expect(direction('The minister said [on Friday] that talks will resume.')).toBe('backward');
    expect(direction('Talks that collapsed in spring will resume [on 3 June].')).toBe('forward');
  });

  it('reads a deadline a demand or a request sets as ahead of it, whatever its tense', () => {
    expect(direction("The crews' union demanded that the ferry company reply by [Friday].")).toBe('forward');
    expect(direction('The mayor urged the water board to decide before [March 3].')).toBe('forward');
    expect(direction('Residents have called on the council to publish the plan by [the end of May].')).toBe(
      'forward',
    );
    expect(direction('The union demanded that the fees paid in [March] be returned.')).not.toBe('forward');
    expect(direction('The clerk was asked by [Friday] evening to leave.')).not.toBe('forward');
  });

  it('reads any date of what a demand asks in a clause of "that" as ahead of it', () => {
    expect(
      direction("The crews' union demanded that the ferry company meet its delegates on [Friday]."),
    ).toBe('forward');
    expect(direction('The harbour council asked that the night ferry run on [Sunday] as well.')).toBe(
      'forward',
    );
    expect(direction("The pilots' guild demanded a hearing on [Monday].")).toBe('backward');
    expect(direction('The union demanded on [Monday] that the company pay the crews.')).toBe('backward');
    expect(direction('The mayor demanded that the board, which met on [Tuesday], publish its minutes.')).toBe(
      'backward',
    );
    expect(direction('The union demanded that the board that met on [Tuesday] resign.')).toBe('backward');
  });

  it('reads a day someone is given time until as ahead of the giving, "to" after it or not', () => {
    expect(direction("The ferry company gave the crews' union until [Friday].")).toBe('forward');
    expect(direction('The two hauliers were given until [May 29].')).toBe('forward');
    expect(direction('The court granted the firm [until 2029].')).toBe('forward');
    expect(direction('The harbour master gave a talk on Monday and stayed until [Tuesday].')).toBe(
      'backward',
    );
    expect(direction('The strike lasted until [Friday].')).toBe('backward');
  });

  it("reads a plan's new date after the words that put it off or bring it forward as ahead", () => {
    expect(direction('The opening of the Norvale bridge has been postponed to [9 September].')).toBe(
      'forward',
    );
    expect(direction('The vote was pushed back until [Thursday], the council said.')).toBe('forward');
    expect(direction('The Kestrel Union rescheduled the hearing for [Sunday].')).toBe('forward');
    expect(direction('The launch was moved forward to [12 March] after the tests.')).toBe('forward');
    // the day of the putting off, or the date the plan was moved from, keeps the clause's tense
    expect(direction('The board postponed its vote on [Monday].')).toBe('backward');
    expect(direction('The meeting was postponed from [4 May].')).toBe('backward');
  });

  it('reads a reported clause in its own tense, not in that of the verb of saying that opens it', () => {
    expect(direction('The van maker has said that it wants to close its depots by [early June].')).toBe(
      'neutral',
    );
    expect(direction('The board announced it plans to sell the unit [in September].')).toBe('forward');
    expect(direction('The union told members that it will strike [on Friday].')).toBe('forward');
    expect(direction('The firm said that its sales fell [in March].')).toBe('backward');
    expect(direction('The carrier told reporters that it wants new routes by [early June].')).toBe('neutral');
    // a date before the saying keeps the saying's tense, and "that" right before a date is no opening
    expect(direction('The minister said [on Friday] that he wants talks.')).toBe('backward');
    expect(direction('The mayor said that [Monday] was the busiest day.')).toBe('backward');
  });

  it('ends a clause at "and" or "but" before a predicate of its own', () => {
    const both = 'The agency opened three centres [on Saturday] and will open two more on Wednesday.';
    expect(direction(both)).toBe('backward');
    expect(
      direction(both.replace('[on Saturday]', 'on Saturday').replace('on Wednesday', '[on Wednesday]')),
    ).toBe('forward');
    expect(direction('Talks stalled [on Monday] but will resume next week.')).toBe('backward');
    expect(direction('Talks will resume [on Monday] and run until Friday.')).toBe('forward');
  });

  it('reads a past form after a determiner as an adjective or a noun, not a tense', () => {
    expect(direction('The operator will run a reduced timetable [on Wednesday].')).toBe('forward');
    expect(direction('The bank will announce a cut [on Thursday].')).toBe('forward');
    expect(direction('The board approved the revised plan [on Monday].')).toBe('backward');
    expect(direction('The last meeting was [on Monday].')).toBe('backward');
  });

  it('takes the cue before the date, the verb it belongs to, before one after it', () => {
    expect(direction('The cut agreed by the council [on Sunday] will remove a third of the budget.')).toBe(
      'backward',
    );
    expect(direction('[On Friday] the bank will cut its rates again.')).toBe('forward');
  });

  it('points forwards for a passive infinitive, past an -ed word before it', () => {
    expect(
      direction('The ministry plans a narrower bill, limited to serious crimes, to be tabled [in June].'),
    ).toBe('forward');
  });

  it('points forwards for a present tense of a scheduling verb, not for a noun or a negated past', () => {
    expect(direction('The mediation office, which meets both sides [on Thursday], is the only route.')).toBe(
      'forward',
    );
    expect(direction('The two sides meet [on Monday] in Geneva.')).toBe('forward');
    expect(direction('The trial begins [on 3 June].')).toBe('forward');
    expect(direction('The votes [on Thursday] showed a split.')).toBe('backward');
    expect(direction('The two sides did not meet [on Monday].')).toBe('backward');
  });

  it('points forwards for a present tense of intent with its object, not for the noun', () => {
    expect(direction("The crane operators' union plans a meeting [on Thursday] to discuss safety.")).toBe(
      'forward',
    );
    expect(
      direction(
        'The authority expects the terminal to reopen in [the first week of April], once engineers have inspected the cranes.',
      ),
    ).toBe('forward');
    expect(direction('Its plans [on Thursday] were dropped.')).toBe('backward');
  });

  it("reads a participle with its agent after the date as its noun's, not the clause's tense", () => {
    expect(
      direction(
        'The union calls on workers to strike [on Saturday 20 June] against the reform adopted by the Assembly.',
      ),
    ).toBe('neutral');
    expect(direction('Protests [on Saturday] were organised by the unions.')).toBe('backward');
    expect(direction('The bill, adopted by parliament [on Monday], will take effect in July.')).toBe(
      'backward',
    );
  });

  it('reads a possibility as ahead, a planned thing as no tense, and "effective" as opening a clause', () => {
    expect(direction('It said 28 of the 40 trains withdrawn could return to service [on March 20].')).toBe(
      'forward',
    );
    expect(direction('The strike might resume [on Monday], the union said.')).toBe('forward');
    expect(direction('He could not attend the hearing [on Monday].')).not.toBe('forward');
    // an expectation too: "should peak Wednesday" in Tuesday's forecast is the coming Wednesday
    expect(direction('The cold snap should peak [Wednesday] before temperatures climb back up.')).toBe(
      'forward',
    );
    expect(direction('The board should have met [on Monday] to approve it.')).not.toBe('forward');
    expect(
      direction('The attack forced the cancellation of appointments and planned operations [on Monday].'),
    ).toBe('backward');
    expect(direction('The planned strike [on Monday] will go ahead.')).toBe('forward');
    expect(
      direction(
        'The company has suspended 40 trains on the line, effective from the first train [on March 12].',
      ),
    ).toBe('neutral');
  });

  it('reads "until" before a date as its preposition, a state lasting until a day ahead', () => {
    expect(
      direction(
        'Temperatures are expected to stay above 38 degrees until [Thursday], the weather service said.',
      ),
    ).toBe('forward');
    expect(direction('The airport is closed until [Friday].')).toBe('forward');
    expect(direction('The airport was closed until [Friday].')).toBe('backward');
  });

  it('takes the tense of a linking verb, not of the participle after it', () => {
    expect(direction('The airport will stay closed until [Friday].')).toBe('forward');
    expect(direction('The border remained closed [on Monday].')).toBe('backward');
  });

  it('reads an -ed word after a preposition as an adjective, not a tense', () => {
    expect(direction('He said all branches would open for extended hours [on Wednesday].')).toBe('forward');
    expect(direction('The bank came under increased pressure [on Monday].')).toBe('backward');
  });

  it('is neutral when the clause has no tense cue', () => {
    expect(direction('Elections [on 5 May].')).toBe('neutral');
  });

  describe('modifiesNoun: a date of a participle that describes a noun, not of the clause', () => {
    /** Whether the date written in brackets belongs to a noun's participle. */
    const ofNoun = (marked: string) =>
      modifiesNoun(marked.replace('[', '').replace(']', ''), marked.indexOf('['));

    it("is the noun's when the clause has its own verb before the noun", () => {
      expect(ofNoun('The recall covers formula produced between [15 December] and 30 January.')).toBe(true);
      expect(ofNoun('The review will examine ground support installed between [March 2024] and May.')).toBe(
        true,
      );
      expect(ofNoun('The trial, which tested the drug in patients enrolled from [May 2023], ended.')).toBe(
        true,
      );
      expect(ofNoun('We used data published in [October 2019] by the agency.')).toBe(true);
      expect(ofNoun('Data from the visits, collected through [30 June], will be shown on Sunday.')).toBe(
        true,
      );
    });

    it("is the clause's when the participle is its verb", () => {
      expect(ofNoun('Part of the stope collapsed at the mine on [Wednesday].')).toBe(false);
      expect(ofNoun('Families of the men killed at the mine gathered at the hall on [Friday].')).toBe(false);
      expect(ofNoun('The company announced on [Friday] that it would cut jobs.')).toBe(false);
      expect(ofNoun('Four workers were killed on [Wednesday].')).toBe(false);
      expect(ofNoun('Bloomberg News reported on [Friday] that the firm faces scrutiny.')).toBe(false);
      expect(ofNoun('When the Air Force selected Los Angeles based Northrop on [February 29], it won.')).toBe(
        false,
      );
      expect(ofNoun('Cases rose in four countries, researchers reported on [Tuesday].')).toBe(false);
      expect(ofNoun('Its output, which rose 13 percent, increased in [2000].')).toBe(false);
      expect(ofNoun('The carmaker has a deadline set at [June 1] to present a plan.')).toBe(false);
    });

    it("is the noun's when the participle describes the subject and the clause's verb follows the date", () => {
      expect(ofNoun('Cars registered before [September 2015] will pay the charge.')).toBe(true);
      expect(ofNoun('Vehicles built after [March 2020] are exempt.')).toBe(true);
      expect(ofNoun('Loans made before [October 2019] accounted for most of the losses.')).toBe(true);
      expect(ofNoun('Dams built in [2019] with the upstream method were ordered closed.')).toBe(true);
      expect(ofNoun('The company recalled the cars before [September 2015].')).toBe(false);
      expect(ofNoun('The company reported on [Friday] profits rose.')).toBe(false);
      expect(ofNoun('The tunnel was inspected before [June 2024].')).toBe(false);
    });

    it("is the noun's in a relative clause before a verb in the past, not before one in the present", () => {
      expect(
        ofNoun('Halden, which had $412 million in cash at the end of [September], said it would file.'),
      ).toBe(true);
      expect(ofNoun('Shares of a rival, whose drug failed a trial in [July], fell 6%.')).toBe(true);
      expect(
        ofNoun('"It was safe," said Dale Horvath, a supervisor who worked there until [last month].'),
      ).toBe(true);
      expect(ofNoun('The man who died on [Friday] was named as John Smith.')).toBe(false);
      // no comma sets the clause off in the subject: the sentence's verb in the past follows the date
      expect(
        ofNoun('Investors who lost money when the shares collapsed in [2020] said they would sue.'),
      ).toBe(true);
      expect(ofNoun('The strike that began in [October] ended on Monday.')).toBe(true);
      expect(ofNoun('Pensioners whose savings were frozen in [March] marched on the ministry.')).toBe(true);
      expect(ofNoun('A fund manager bought shares that collapsed in [2019].')).toBe(true);
      expect(ofNoun('The union said that fares rose in [April].')).toBe(false);
      expect(ofNoun('Shares that collapsed in [2019] are still worth less.')).toBe(true);
      expect(ofNoun('The woman who was hurt on [Tuesday] was named.')).toBe(false);
      expect(
        ofNoun('The mediation office, which meets both sides on [Thursday], is now the only route.'),
      ).toBe(false);
    });

    it("is the noun's after a verb in -s that takes no object, before its preposition", () => {
      expect(ofNoun('The levy comes with fare rises agreed in [January].')).toBe(true);
      expect(ofNoun('The levy applies to routes opened in [2019].')).toBe(true);
      // another word in -s before a preposition may be a plural noun: the participle is the verb
      expect(ofNoun('The city councillors of Port Avel voted on [Monday].')).toBe(false);
      expect(ofNoun('The new rules on imports came into force in [January].')).toBe(false);
    });

    it("is the noun's in a clause in the perfect set off after a main clause in the present", () => {
      expect(
        ofNoun('Port Avel keeps its night buses, which have carried fewer riders since [last October].'),
      ).toBe(true);
      expect(ofNoun('She replaces Tomas Vell, who has led the board since [2019].')).toBe(true);
      expect(ofNoun('Norvale Transit, which has cut fares, said on [Monday] it would hire.')).toBe(false);
    });
  });
});

/** Whether the date written in brackets modifies the noun after it: "above its [May 4, 2025] low". */
const premodifies = (marked: string) => {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return premodifiesNoun(marked.replace('[', '').replace(']', ''), start, end);
};

describe("premodifiesNoun: a date before a noun, the noun's time and not its clause's", () => {
  it('reads a date in the possessive or between a determiner and its noun, after a verb or a preposition', () => {
    expect(premodifies("The index partly recovered from [yesterday]'s fall.")).toBe(true);
    expect(premodifies("The firm expects to beat [last year]'s output.")).toBe(true);
    expect(premodifies('The index remained above its [May 4, 2025] low of 3,120 points.')).toBe(true);
    expect(premodifies('It marks the anniversary of the [October 1996] bond market crash.')).toBe(true);
  });
  it('leaves the subject, a preposition of time, and a date with no noun after it', () => {
    expect(premodifies("[Yesterday]'s fall wiped out a month of gains.")).toBe(false);
    expect(premodifies('The [October 1996] crash was the worst in a decade.')).toBe(false);
    expect(premodifies('However, its [May 4, 2025] low held.')).toBe(false);
    expect(premodifies("The party won 40 seats in [last year]'s election.")).toBe(false);
    expect(premodifies('The board agreed at the [June 2] meeting to sell.')).toBe(false);
    expect(premodifies("The team went into [Sunday]'s final with two titles.")).toBe(false);
    expect(premodifies('Sales rose in the [May 2025] and June quarters.')).toBe(false);
    expect(premodifies('The plant opened [on May 4, 2025] in Leeds.')).toBe(false);
    expect(premodifies("Crowds wore coats as [Tuesday]'s frost set in.")).toBe(false);
    expect(premodifies('Their fear grew after raids, most recently a [May 7] raid on the ward.')).toBe(false);
  });
  it('reads a day before a month and year that the reader left apart', () => {
    expect(premodifies('The move follows a 12 [March 2019] ruling by the court.')).toBe(true);
  });
});

/** Whether the date written in brackets ends a noun phrase of action: "on its rescue [in 2019]". */
const ofAction = (marked: string) =>
  afterActionNoun(marked.replace('[', '').replace(']', ''), marked.indexOf('['), isActionNoun);

describe('afterActionNoun: a date after a noun of action set off by a preposition', () => {
  it("reads the action's date in a phrase after a preposition not of time", () => {
    expect(ofAction('The state lost $2 billion on its initial rescue [in 2019].')).toBe(true);
    expect(ofAction('Bond prices steadied after the collapse of Kestrel Bank [in September].')).toBe(true);
    expect(ofAction('The hinges have creaked since their launch [in 2016].')).toBe(true);
    expect(ofAction('They moved on with the production of 100 trucks [in 2003].')).toBe(true);
  });
  it('leaves a phrase after a verb or a preposition of time, and a noun of a thing', () => {
    expect(ofAction('Varo completed the sale of its truck unit [in 2024].')).toBe(false);
    expect(ofAction('The model was unveiled during a ceremony [on October 3].')).toBe(false);
    expect(ofAction('The figures go to the securities commission [in March].')).toBe(false);
    expect(ofAction('Sales rose at the Turin plant [in 2024].')).toBe(false);
  });
  it('knows a noun of action by its list or its ending, less the things so ending', () => {
    expect(['bailout', 'production', 'settlement', 'approval', 'closure'].every(isActionNoun)).toBe(true);
    expect(['nation', 'capital', 'government', 'commission', 'plant'].some(isActionNoun)).toBe(false);
  });
});

describe('planTense: whether a sentence announces what will happen, and in which tense', () => {
  it('reads a plan ahead, one a saying reports, and one told in the past', () => {
    expect(planTense('The Arlo Line, the valley’s oldest railway, will close three stations by 2028.')).toBe(
      'future',
    );
    expect(planTense('The Kestrel 9, a mid-sized airliner, is scheduled to enter service in 2028.')).toBe(
      'future',
    );
    expect(planTense('The Norrby mill announced today it would cut 900 jobs.')).toBe('future');
    expect(planTense('The mayor said on Friday that the council will sell the depot.')).toBe('future');
    expect(planTense('“We will close two plants,” the chief executive said.')).toBe('future');
    expect(planTense('The Orrin ferry was set to make its maiden voyage on Monday.')).toBe('past');
  });

  it('reads no plan in a report of what was done, nor in a dependent clause or a word of time', () => {
    expect(planTense('The council has continued to keep the bridge closed until Friday.')).toBeUndefined();
    expect(planTense('Three years after it was first due, the yard has launched the ship.')).toBeUndefined();
    expect(planTense('The next meeting of the board approved the accounts.')).toBeUndefined();
    expect(planTense('Farmers in Orrin said the harvest fell by a third.')).toBeUndefined();
    expect(planTense('The Orrin ferry is the largest on the estuary.')).toBeUndefined();
  });
});
