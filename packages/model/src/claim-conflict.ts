// Why two statements of one claim oppose each other: a denial, a correction, other doers, other figures, order, dates or stances.
import type { ActorMentions } from './actor-mentions.js';
import { DETAIL_MIN, VERSION_MIN } from './claim-levels.js';
import { doerTextOf, figuresIn, type Statement } from './claim-statement.js';
import { countedApart, countUpdated, figuredApart, sameSlotOtherValue } from './figures-apart.js';
import { sameNewsDays } from './news-days.js';
import {
  negatesOnlyWhatOtherLacks,
  negatesWhatOtherStates,
  saysOpposite,
  saysOtherOrder,
} from './opposite-words.js';
import { figuresAgree, oneFactOtherFigures, quantitiesDiffer, quantitiesOf } from './quantities.js';
import type { ValenceLexicon } from './score-valence.js';
import { clearStance } from './stance-toward.js';
import { correctsCited, correctsFigure } from './statement-corrections.js';
import { denies } from './statement-denials.js';
import { oneDeedOfOtherDoers } from './statement-doers.js';
import { keptPaceWithReports, ofItsOwnDay, otherSpans, otherTimes, sameWeekday } from './statement-times.js';
import { namesOtherSubjects } from './subject-names.js';

/** A plain negation: "not", "never", "no" or a word ending in "n't". */
const PLAIN_NEGATION = /\b(?:not|never|no)\b|n't\b/i;

/** Why two statements of one claim oppose each other, or null when they do not. */
export function conflict(
  a: Statement,
  b: Statement,
  mentions: ActorMentions,
  lexicon: ValenceLexicon,
): string | null {
  // only versions of one statement can oppose: related ones ("the bank cut rates", "the peso fell after
  // the bank cut rates") may differ in numbers, negation or tone without contradicting each other
  const r = b.r ?? 0;
  // one side's denial of what the other says ("Parents' groups criticised the agency for acting too
  // slowly" against "The minister rejected criticism that the agency had reacted too slowly"): the
  // denial restates the charge inside a frame of its own, so it relates to it less closely than two
  // versions of one statement do, and the pair is a claim (SUBJECT_MIN) already
  const denier = denies(a.s.text) ? a : b;
  const other = denier === a ? b : a;
  // one side's denial that another source reports as a plain negation ("Norvale Transit denied that it
  // will close the depot" beside "Norvale Transit said it will not close the depot") is one side: both
  // say the thing is not so (fixture claims-one-denial-told-two-ways; it had stood as a dispute)
  // (the denial verb reads as the denier's negation; the other's must be a plain one, not "refused")
  const denialRestated =
    denies(other.s.text) !== denies(denier.s.text) &&
    denier.text.negated &&
    other.text.negated &&
    PLAIN_NEGATION.test(other.s.text);
  if (denies(a.s.text) !== denies(b.s.text) && !denialRestated) return 'denial';
  // a figure one side gives and the other corrects ("… not 1 million"), at any relatedness that makes
  // a claim, for the same reason
  if (correctsFigure(a.s.text, b.s.text) || correctsCited(a.s.text, b.s.text)) return 'correction';
  // one definite deed given to other doers ("The Kestrel Front claimed responsibility for the bombing …"
  // against "Police said the Norvale Brigade carried out the bombing …"), neither naming the other's: a
  // dispute of who did it, which had stood as support (fixture claims-one-deed-other-doers)
  if (oneDeedOfOtherDoers(doerTextOf(a), doerTextOf(b), mentions)) return 'doer';
  // a later report's higher toll updates the earlier one (fixture claims-toll-risen-next-day): its
  // figures dispute nothing, and other figures keep it out of the claim
  const updated = countUpdated(a, b);
  // figures and dates of two subjects are two facts: "Norvale Motors will cut 9,000 jobs and close 6
  // plants" against "Dravik Motors will cut 9,000 jobs and close 4 plants" (fixture
  // claims-figures-of-two-subjects); such statements dispute no figure or date of each other
  const twoSubjects = namesOtherSubjects(a.s.text, b.s.text);
  // figures that agree once hedges, bounds and ranges are read ("about 2,000 jobs" and "1,950 jobs")
  // dispute nothing, though their numbers differ as written (fixture claims-figure-within-a-bound)
  const agreeing = figuresAgree(figuresIn(a), figuresIn(b));
  // one fact given other figures, in statements of one claim of the same days: "The two-day strike by
  // pilots in August cost the airline 25 million euros" against "the two-day walkout cost the airline
  // at least 40 million euros"; "open four new routes" against "Six new routes are planned" (a
  // statement of other figures joins a claim only as a version that disputes it, so without this such
  // sources were no claim at all, or, with the figure in words, supported it)
  if (
    !updated &&
    !twoSubjects &&
    sameNewsDays(a.s.article, b.s.article) &&
    !otherSpans(a.date, b.date) &&
    !(ofItsOwnDay(a) && ofItsOwnDay(b) && a.date !== b.date) &&
    // shares and sums (per cent, money) of one thing only in versions of one statement: "the aircraft have
    // a catalogue value of $1.78 billion" and "of US$3.5 billion" in reports of two airlines' orders (0.56)
    oneFactOtherFigures(figuresIn(a), figuresIn(b), r >= VERSION_MIN)
  )
    return 'figures';
  // one toll given other values ("killing 12 people" against "15 people have died"; not "at least 12"), or one
  // count a little apart ("all 212 local areas" against "214 areas")
  if (!updated && !twoSubjects && (countedApart(a, b) || figuredApart(a, b))) return 'figures';
  // one thing set before an event in one and after it in the other, in statements of one claim of the
  // same days: "warned investors about the strike's cost before the walkout began" against "told
  // investors of the strike's cost only after the walkout had ended" had stood as supporting it
  if (
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(a.date, b.date) &&
    saysOtherOrder(a.s.text, b.s.text)
  )
    return 'order';
  if (r < VERSION_MIN) return null;
  // a plain negation only ("did not resign" against "resigned"): "The court denied the union's appeal"
  // reads as negated, yet does not deny "The union appealed the ruling" (fixture
  // claims-appeal-denied-is-no-denial)
  if (
    r >= DETAIL_MIN &&
    a.text.negated !== b.text.negated &&
    PLAIN_NEGATION.test(a.s.text) !== PLAIN_NEGATION.test(b.s.text) &&
    !denialRestated &&
    // not a negation in a part one adds ("fell sharply this week on fears that the levy might not lift
    // trade" beside "have fallen sharply today"), which denies nothing the other states (fixture
    // claims-own-day-in-a-told-week; it had read as a dispute)
    !negatesOnlyWhatOtherLacks(a.s.text, b.s.text)
  )
    return 'negation';
  // one fact said with words of opposite meaning, in versions of one statement of the same days: "The
  // tunnel failed its safety inspection in January" against "Andes Copper said the tunnel had passed a
  // safety inspection in January" (0.72), which had stood as supporting it
  // and one negating a word the other states, in such versions
  if (sameNewsDays(a.s.article, b.s.article) && !otherTimes(a.date, b.date)) {
    if (saysOpposite(a.s.text, b.s.text)) return 'opposite';
    if (negatesWhatOtherStates(a.s.text, b.s.text) && !denialRestated) return 'negation';
  }
  // not figures of two days or spans ("closed at 8,412 points on Tuesday" against "closed at 8,905
  // points on Thursday"; "fell 3 percent on Tuesday" against "have fallen 12 percent this month"),
  // fixture claims-figures-of-two-spans
  if (
    !updated &&
    !twoSubjects &&
    !agreeing &&
    r >= DETAIL_MIN &&
    sameNewsDays(a.s.article, b.s.article) &&
    !otherSpans(a.date, b.date) &&
    quantitiesDiffer(quantitiesOf(a.s.text, true), quantitiesOf(b.s.text, true))
  )
    return 'numbers';
  // one figure in the same words, another value, in versions of one statement: "reduced deaths among
  // young children by 32 percent" against "reduced deaths by 24 percent" (0.64): the number sits in the
  // part both share, so the pair need not be closer; not figures of two days ("fell by 3 percent today"
  // in reports of 6 and 7 October)
  if (
    !updated &&
    !twoSubjects &&
    !agreeing &&
    r >= VERSION_MIN &&
    sameNewsDays(a.s.article, b.s.article) &&
    !otherSpans(a.date, b.date) &&
    !(ofItsOwnDay(a) && ofItsOwnDay(b) && a.date !== b.date) &&
    sameSlotOtherValue(a.s.text, b.s.text)
  )
    return 'numbers';
  // other dates for one event; not two reports each of its own day ("have fallen dramatically today"
  // on 6 October, "continued to fall dramatically today" on the 7th: two days' falls), nor one weekday
  // both name, which each report's tense resolved another way ("would call both sides to new talks on
  // Thursday" against "which meets both sides on Thursday": the sources agree, the reading differs)
  if (
    !twoSubjects &&
    r >= DETAIL_MIN &&
    sameNewsDays(a.s.article, b.s.article) &&
    otherTimes(a.date, b.date) &&
    !ofItsOwnDay(a) &&
    !ofItsOwnDay(b) &&
    !sameWeekday(a.s.text, b.s.text) &&
    // nor two reports each of the day before its own (fixture claims-figures-of-two-spans)
    !keptPaceWithReports(a, b)
  )
    return 'dates';
  const inB = new Map(mentions.find(b.s.text).map((m) => [m.actor, m]));
  for (const m of mentions.find(a.s.text)) {
    const other = inB.get(m.actor);
    if (!other) continue;
    // only clear stances: a factual report the model reads as faintly positive in one source and
    // faintly negative in another is no dispute
    const x = clearStance(a.s.text, m, lexicon);
    const y = x && clearStance(b.s.text, other, lexicon);
    if (x && y && x !== y) return 'stance';
  }
  return null;
}
