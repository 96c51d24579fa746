/**
 * The English words the news and date-direction readers look for, kept apart from the code that
 * reads them (as chrono-node keeps a locale's words in its own module): grammar, not topic. Another
 * language gets a module of the same shape. Each list is matched whole-word, case as written.
 */

/** Irregular past forms frequent in news; regular ones end in -ed. */
export const IRREGULAR_PAST =
  `was were had did said told met held took made gave went came began left won lost cut
  set put sent spent saw knew thought brought bought fought sought rose fell struck led fled hit kept ran read paid
  became broke chose drew drove flew forgot froze grew hid hung laid lent lit meant overtook rode rang shook shot shut
  sold sank sat slid spoke stood stole stuck swore swept swung threw understood undertook upheld withdrew woke wore
  wrote`.split(/\s+/);

/** Verbs that follow "to" in a scheduled event ("agreed to meet on Friday"). */
export const SCHEDULED_INFINITIVES =
  'meet hold vote visit resume begin start decide sign travel convene announce reconvene'.split(' ');

/** Words ending in -ed that are not past tenses. */
export const NOT_PAST_ED = 'need speed seed feed bed shed red bred creed deed indeed'.split(' ');

const NOT_PAST_ED_SET = new Set(NOT_PAST_ED);

/**
 * Whether a lower-case word is a regular past or past participle: two letters or more before "-ed", and
 * none of {@link NOT_PAST_ED} ("need", "indeed").
 * @param word the word, in lower case
 */
export function isRegularPast(word: string): boolean {
  return /^\p{Ll}{2,}ed$/u.test(word) && !NOT_PAST_ED_SET.has(word);
}

/** Past tenses and reporting verbs that make a sentence a report of an action (with any -ed verb). */
export const ACTION_VERBS =
  `met held took made gave went came began left won lost cut sent struck led fled hit paid
  broke chose drew flew rose fell sold shot signed told said announced agreed voted launched killed arrested says
  announces agrees votes signs launches`.split(/\s+/);

/**
 * Past participles unlike the past tense or not among {@link ACTION_VERBS}, read as an action only after
 * an auxiliary ("have begun", "has fallen", "was taken", "had been sold"): alone most are adjectives too
 * ("fallen leaves", "a written reply"). Not "known", "seen", "thought", "meant": "is known as", "was
 * seen as" state a view or a name, no action.
 */
export const IRREGULAR_PARTICIPLES = `arisen beaten begun bid bought broken brought built caught chosen done
  drawn driven fallen flown forbidden forgiven found fought frozen given gone grown hidden hung kept laid lent
  lit overtaken put quit ridden risen shaken shown shrunk shut sold sought spent split spoken spread stolen
  stricken struck sunk sworn taken thrown torn undertaken upheld withdrawn withheld won written`.split(/\s+/);

const PAST_OR_PARTICIPLE = new Set([...IRREGULAR_PARTICIPLES, ...IRREGULAR_PAST]);

/**
 * Whether a lower-case word is a past tense or a past participle: an irregular one ({@link IRREGULAR_PAST},
 * {@link IRREGULAR_PARTICIPLES}: "was", "taken") or a regular one ({@link isRegularPast}: "ordered").
 * @param word the word, in lower case
 */
export function isPastOrParticiple(word: string): boolean {
  return PAST_OR_PARTICIPLE.has(word) || isRegularPast(word);
}

/**
 * Irregular past participles frequent in news that say what was done to a noun ("batches sold in May", "a
 * ship built in 1998"), read alone after the noun: unlike {@link IRREGULAR_PARTICIPLES} (read after an
 * auxiliary) they hold the forms like the past ("made", "sold") and "known", "seen". Read by
 * `date-direction.ts`, whose dates of a noun's past they mark.
 */
export const NOUN_PARTICIPLES =
  `made built sold held kept bought brought found paid sent spent set put cut shown
  taken given written grown known seen done won lost laid led left read shot struck`.split(/\s+/);

/**
 * Past forms that are no participle ({@link IRREGULAR_PAST} holds them too): a verb in them is finite ("the
 * index fell", "he wrote"). Read by `date-direction.ts`, and by `background-dates.ts` with more of its own.
 */
export const FINITE_PAST =
  'was were did went came began ran rose fell saw knew grew threw drew flew spoke wrote broke chose drove'.split(
    ' ',
  );

/** Auxiliaries before a participle: the perfect and the past passive ("have begun", "were taken"). */
export const PARTICIPLE_AUXILIARIES = 'has have had having was were been'.split(' ');

/**
 * Words that may stand between an auxiliary and its verb, two at most: "have both begun", "has not yet
 * fallen", "are now set to".
 */
export const AUXILIARY_INSERTS =
  'both all each also already now just since recently reportedly finally officially jointly not never yet again still previously'.split(
    ' ',
  );

/** Aspect words before "to" and a verb after a form of "be": a plan as "will" states one ("are set to close"). */
export const PLAN_BEFORE_TO = 'set poised about going'.split(' ');

/**
 * Prefixes that a hyphen joins to a verb, the compound still a verb ("re-opened", "co-founded"): any
 * other first part makes a compound in "-ed" an adjective ("state-owned", "long-awaited").
 */
export const VERB_PREFIXES = 're co pre de un mis over out under non dis'.split(' ');
const VERB_PREFIX = new Set(VERB_PREFIXES);

/**
 * Whether a compound's first part is a verb's prefix ({@link VERB_PREFIXES}: "re" of "re-opened").
 * @param part the part before the hyphen, in lower case
 */
export function isVerbPrefix(part: string): boolean {
  return VERB_PREFIX.has(part);
}

/** Participles and adjectives that, before "to" and a verb, set a plan ("scheduled to open", "due to sign"). */
export const PLAN_PARTICIPLES = 'due scheduled set slated expected planned poised'.split(' ');

/** Words after which an -ed word is an adjective ("the armed forces", "various related groups"). */
export const BEFORE_ADJECTIVE =
  `the a an various its their his her our my your of and or with for in on by at from many
  other some all these those more most well less highly newly so-called two three several`.split(/\s+/);

/**
 * Openers that refer to something the sentence before names (a pronoun, a demonstrative, "the
 * latter"): what the sentence states is about that, so it says nothing on its own. Not "We" or "Our":
 * an analyst's note or a statement says them of its own authors ("We keep our Hold rating").
 */
export const REFERRING_OPENERS = [
  ...`This That These Those Such It Its They Their He His She Her Both Another Other`.split(/\s+/),
  'The latter',
  'The former',
];

/**
 * Openers, before a comma, that time a sentence by what the sentence before tells ("Following this, the
 * index went forty points down"): when its event happened, only that sentence says.
 */
export const TIME_REFERRING_OPENERS = [
  'After this',
  'After that',
  'Following this',
  'Following that',
  'Before this',
  'Before that',
  'Prior to this',
  'Since then',
  'Soon after',
  'Soon afterwards',
  'Shortly after',
  'Shortly afterwards',
  'Afterwards',
  'Thereafter',
];

/** Openers that tie a sentence to the one before it, so that it cannot stand first or alone. */
export const DEPENDENT_OPENERS = [
  ...`Although Though While Whilst Whereas Despite Amid Amidst Given Because Since As If Unless Even But And Yet
  So Or Nor Still Instead Otherwise Likewise Similarly Hence Consequently Besides
  Then There Here We Our`.split(/\s+/),
  ...REFERRING_OPENERS,
  'Even though',
  'In spite of',
  'On the other hand',
  'In contrast',
  'By contrast',
  'In turn',
  'To this end',
  'In this regard',
  'In this context',
  'At the same time',
  'For this reason',
  'As a result',
  'In response',
];

/** Contrast or consequence markers set off after the subject ("Ostrel, on the other hand, sees …"). */
export const DEPENDENT_INSERTS = [
  'on the other hand',
  'however',
  'meanwhile',
  'in turn',
  'for its part',
  'therefore',
  'though',
  'too',
  'in contrast',
  'by contrast',
  'instead',
  'likewise',
  'similarly',
  'thus',
  'as well',
];

/**
 * Words that open an adverbial before a subject in lower case with no comma between ("Last year it carried
 * …", "However it has …", "Since then he has …"): prepositions and connectives, never a verb, so that
 * "Norvale said it will …" is no such opening. Read by `referent-before.ts`.
 */
export const REFERENT_OPENERS =
  `In On At By Since During After Before Until Through Last This Next Earlier Later However Meanwhile Also
  Instead Yet Still Now Then Today Yesterday Recently`.split(/\s+/);

/** Marks of opinion, assessment and hedging: a sentence built on them is analysis, not a report. */
export const ASSESSMENT_WORDS = `views view viewed believes believe believed seems seem seemed appears appear
  underscores underscore highlights highlight signals signal suggests suggest implies implications implication
  significant significance crucial inevitable inevitably arguably should must could might may perhaps likely
  apparently reportedly so-called claims claim alleged allegedly supposedly`.split(/\s+/);

/** Time words after "this" that date a sentence rather than point back ("this month"). */
export const THIS_TIME =
  'month week year morning afternoon evening weekend spring summer autumn fall winter'.split(' ');

/**
 * Words that open a sentence as a clause or link to the last one ("Whether Ruiz agrees…", "Meanwhile
 * Acme…"), or as a preposition made of a verb ("Regarding MagSafe, …", "Following Tuesday's vote") or
 * none of the stop words ("Like Vell, she …", "Amid Vell's fame"), never as part of a name that follows
 * them. Beside the stop words, which open sentences too. (Not "Beyond", "Inside", "Near": "Beyond Meat",
 * "Near East" open names. On 800 articles of GMB train the added prepositions cut two spans, "Unlike
 * Twitter" and "Unlike Pakistan". "Afterwards Penny tells …" and "Both Microsoft and Amazon …" had made a
 * person and a speaker of their first two words.)
 */
export const SENTENCE_OPENERS = new Set(
  `whether although though unless whereas whilst despite meanwhile moreover furthermore nevertheless
  nonetheless therefore thus hence perhaps instead besides otherwise likewise similarly indeed overall
  finally later earlier today yesterday tomorrow yet whenever wherever whatever whoever regarding concerning
  following including excluding considering notwithstanding like unlike amid amidst upon within without
  toward towards throughout among amongst afterwards afterward both either neither`.split(/\s+/),
);

/**
 * Interjections, greetings and linking words that open a sentence before a comma, "!" or "?" ("Well,",
 * "Sorry,", "Hi,", "Plus,", "Normally,", "Third,", "Yippee!"), never as a name: a blog's, a forum's or a
 * guide's asides had made 8 people, 6 places and 6 organisations on 12 of trafilatura-eval's 168
 * English scrapes. GMB train, GMB dev and WikiGold open 34 sentences with one of these before such a
 * mark (20 "Also", 4 "Then", 3 "Unfortunately", one each of "Well", "Oh", "No", "Again", "Still",
 * "Normally", "Finally"), none a name; words that are also given names ("Hope", "Will", "Grace") are
 * left out. eval:actors unchanged
 */
export const INTERJECTIONS = new Set(
  `well hi hello hey oh ok okay um uh hm hmm huh wow yay yippee alas sorry thanks thankyou yes yeah yep
  no nope wait plus also again still anyway anyhow besides fyi bonus normally usually generally
  typically basically actually honestly obviously clearly sadly luckily fortunately unfortunately
  first second third fourth fifth next lastly finally then`.split(/\s+/),
);

/** Capitalised words that open a sentence and no name ("The", "In", "He"): a name does not start with one. */
export const NOT_NAME_OPENERS =
  `The This That These In On At For But And It He She They We Our Its As By From With Of`.split(' ');

/** Verbs by which one side denies what another says ("rejected criticism that", "denied that"). */
export const DENIAL_VERBS = `reject rejects rejected rejecting deny denies denied denying dismiss dismisses
  dismissed dismissing refute refutes refuted refuting rebut rebuts rebutted dispute disputes disputed
  disputing contest contests contested contesting`.split(/\s+/);

/** Nouns for what one side says of another, the object of a denial ("rejected the accusation that"). */
export const CHARGE_NOUNS = `criticism criticisms claim claims accusation accusations allegation allegations
  charge charges report reports suggestion suggestions assertion assertions suggestion characterisation
  characterization notion idea figure figures account accounts version`.split(/\s+/);

/** Words that call a statement untrue ("the company's statement that … is no longer correct"). */
export const FALSITY_WORDS =
  `false untrue incorrect wrong inaccurate misleading baseless unfounded groundless`.split(/\s+/);
/** Words that call a statement true, after "not" or "no longer" ("is not correct"). */
export const TRUTH_WORDS = `true correct accurate right valid`.split(/\s+/);

/**
 * Words after a number that do not say what it counts ("rose to 135 on Wednesday", "12 of them"):
 * prepositions, conjunctions and articles. The number is then bare.
 */
export const NOT_UNITS = `on in at of to by from for and or but nor the a an with as than that which who whom
  since until till after before per during into onto over under about around across between among against
  via while when where if`.split(/\s+/);

/**
 * Words between a number and what it counts ("120 confirmed cases", "30 new jobs"), besides other words in
 * -ed: the next word says what is counted.
 */
export const QUANTITY_MODIFIERS = `new more other additional further extra total fresh`.split(/\s+/);

/** Determiners and possessives, after which a word in -ed is an adjective ("a reduced timetable"). */
export const DETERMINERS = `the a an its their his her our my your this these those some many several various
  any each every no`.split(/\s+/);

/**
 * The opening of a noun phrase after "due to", as a pattern's source (lower case): a determiner, a
 * gerund ("rising costs") or a number. "Due to" before one names a cause ("cancelled due to the storm"),
 * before a verb a schedule ("due to reopen"): the date and no-event readings tell them apart alike.
 */
export const CAUSE_OPENING = String.raw`(?:(?:${DETERMINERS.join('|')})\b|[a-z]{3,}ing\b|\d)`;

/**
 * The words that open a cause before its noun phrase ("due to the storm", "the result of a fire", "blamed
 * on the strike"): what they name came before the state they explain. Grammar, no topic.
 */
export const CAUSE_PHRASES = [
  'due to',
  'owing to',
  'because of',
  'result of',
  'results of',
  'consequence of',
  'aftermath of',
  'wake of',
  'blamed on',
  'linked to',
  'traced to',
];

/** A weekday's name, as a pattern's source: the timeline's weekday tests and the claims' read it alike. */
export const WEEKDAY_NAME = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** Numbers written as words ("Eleven people died", "sixty-two"), by their value: tens and units combine. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen`
    .split(/\s+/)
    .map((w, i) => [w, i] as const)
    .concat(
      'twenty thirty forty fifty sixty seventy eighty ninety'
        .split(' ')
        .map((w, i) => [w, 20 + 10 * i] as const),
    ),
);

/** Words that multiply the number before them ("1.2 million", "EUR 2.41 billion", "4bn"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

/**
 * Words and signs for money before or after a figure ("EUR 312 million", "25 million euros", "£6 million"),
 * each with the currency it names: a sign, a code and a name of one currency read alike ("$", "USD",
 * "dollars"); two figures in other currencies are no two values of one sum ("$45 million" and "36 million
 * pounds"). Not "real", an English word ("reais" is read). A dollar sign with letters before it ("C$", "HK$") is another dollar, read where the sign is.
 */
export const CURRENCY_OF_MONEY_WORD: Readonly<Record<string, string>> = {
  '€': 'eur',
  eur: 'eur',
  euro: 'eur',
  euros: 'eur',
  '£': 'gbp',
  gbp: 'gbp',
  pound: 'gbp',
  pounds: 'gbp',
  sterling: 'gbp',
  $: 'usd',
  usd: 'usd',
  dollar: 'usd',
  dollars: 'usd',
  '¥': 'jpy',
  jpy: 'jpy',
  yen: 'jpy',
  chf: 'chf',
  franc: 'chf',
  francs: 'chf',
  rupee: 'rupee',
  rupees: 'rupee',
  shilling: 'shilling',
  shillings: 'shilling',
  krona: 'krona',
  kronor: 'krona',
  krone: 'krone',
  kroner: 'krone',
  yuan: 'yuan',
  rand: 'rand',
  peso: 'peso',
  pesos: 'peso',
  reais: 'real',
};

/** Words and signs for money before or after a figure (the keys of {@link CURRENCY_OF_MONEY_WORD}). */
export const MONEY_WORDS = Object.keys(CURRENCY_OF_MONEY_WORD);

/**
 * Words that hedge or bound a figure ("about 300", "more than 200", "at least 40 million"): the figure
 * is near, not exact, and the word says nothing of what is counted. Not "all", which says a count is
 * whole ("all 212 local areas": as a hedge it made 212 one figure with another source's 214).
 */
export const FIGURE_HEDGES =
  `about around approximately roughly nearly almost some only just over under up more less
  fewer than least most closer close to at estimated`.split(/\s+/);

/**
 * Units of time after a number ("for three hours", "within six weeks"): a span or an age, which says when
 * or how long, not how many of a thing.
 */
export const TIME_UNITS =
  `second seconds minute minutes hour hours day days week weeks month months year years
  decade decades century centuries`.split(/\s+/);

/**
 * Verbs by which a sentence cites another's figure to compare its own with it ("far more than the 25
 * million euros the airline has admitted", "fewer than the 14.2 million the company announced").
 */
export const FIGURE_SOURCE_VERBS =
  `reported reports announced announces admitted admits said says claimed claims stated
  states published publishes gave given cited cites acknowledged acknowledges`.split(/\s+/);

/**
 * Words that say when, near a figure ("in the third quarter", "next spring", "on Monday morning"): they
 * say nothing of what the figure counts, and two figures of other things often share them.
 */
export const WHEN_WORDS =
  `quarter spring summer autumn winter today yesterday tomorrow morning afternoon evening night
  weekend monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/);

/** Verbs that attribute a statement to its speaker ("…, the ministry said", "said Dr. Claire Martin"). */
export const ATTRIBUTION_VERBS = 'said says added adds wrote writes stated states'.split(' ');

/**
 * Whom a speaker tells, when the telling only attributes ("Henrik Dahl told reporters at the launch
 * site"); "Management told investors of the strike's cost" is itself the statement.
 */
export const ATTRIBUTION_LISTENERS = 'reporters journalists analysts the press a news conference'.split(' ');

/** Auxiliary and modal verbs: the first of them in a clause ends its subject ("Cronobacter infections are rare"). */
export const AUXILIARY_VERBS =
  `is are was were be been being has have had will would can could should may might must
  do does did shall`.split(/\s+/);

/**
 * Words before an outlet's name that make it the one a source reports for or was told something
 * ("she told the Tern Gazette", "according to Tern Wire", "a reporter for Tern Tech", "said on Tern TV's"),
 * and after it ("Tern News' request for comment", "Tern Wire has learned"): read by `ownOutletCredits`.
 */
export const OUTLET_CREDIT_BEFORE = [
  'told',
  'tells',
  'telling',
  'said to',
  'explained to',
  'spoke to',
  'speaking to',
  'according to',
  'in an interview with',
  'in a statement to',
  'in an email to',
  'reporter for',
  'correspondent for',
  'editor for',
  'writer for',
  'writes for',
  'wrote for',
  'contributor to',
  'exclusively on',
  'said on',
];
/** See {@link OUTLET_CREDIT_BEFORE}: what follows an outlet's name when it speaks of its own reporting. */
export const OUTLET_CREDIT_AFTER = [
  "'s request",
  "' request",
  'has learned',
  'had learned',
  'contacted',
  'reported',
  'reports',
  'understands',
];

/**
 * Verbs of saying that open a reported clause after them ("has said that it wants to …", "announced it
 * plans to …"): the tense of what is reported is that clause's own, not the saying's. A listener may
 * stand between ("told reporters that").
 */
export const REPORTING_VERBS = `said says say told tells announced announces stated states added adds
  declared declares confirmed confirms warned warns insisted insists claimed claims`.split(/\s+/);

/** Verbs of speech after a name, which a person's surname said alone takes ("Ruiz said"). */
export const SPOKE = new Set(['said', 'says', 'told', 'added']);
