// Why two statements of one claim oppose each other: a denial, a correction, other figures, order, dates or stances.
import type { ActorMentions } from './actor-mentions.js';
import { DETAIL_MIN, VERSION_MIN } from './claim-levels.js';
import { figuresIn, type Statement } from './claim-statement.js';
import { countedApart, figuredApart, sameSlotOtherValue } from './figures-apart.js';
import { sameNewsDays } from './news-days.js';
import { negatesWhatOtherStates, saysOpposite, saysOtherOrder } from './opposite-words.js';
import { oneFactOtherFigures, quantitiesDiffer, quantitiesOf } from './quantities.js';
import type { ValenceLexicon } from './score-valence.js';
import { clearStance } from './stance-toward.js';
import { correctsCited, correctsFigure } from './statement-corrections.js';
import { denies } from './statement-denials.js';
import { ofItsOwnDay, otherTimes, sameWeekday } from './statement-times.js';

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
  if (denies(a.s.text) !== denies(b.s.text)) return 'denial';
  // a figure one side gives and the other corrects ("… not 1 million"), at any relatedness that makes
  // a claim, for the same reason
  if (correctsFigure(a.s.text, b.s.text) || correctsCited(a.s.text, b.s.text)) return 'correction';
  // one fact given other figures, in statements of one claim of the same days: "The two-day strike by
  // pilots in August cost the airline 25 million euros" against "the two-day walkout cost the airline
  // at least 40 million euros"; "open four new routes" against "Six new routes are planned" (a
  // statement of other figures joins a claim only as a version that disputes it, so without this such
  // sources were no claim at all, or, with the figure in words, supported it)
  if (
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(a.date, b.date) &&
    !(ofItsOwnDay(a) && ofItsOwnDay(b) && a.date !== b.date) &&
    // shares and sums (per cent, money) of one thing only in versions of one statement: "the aircraft have
    // a catalogue value of $1.78 billion" and "of US$3.5 billion" in reports of two airlines' orders (0.56)
    oneFactOtherFigures(figuresIn(a), figuresIn(b), r >= VERSION_MIN)
  )
    return 'figures';
  // one toll given other values ("killing at least 12 people" against "15 people have died"), or one
  // count a little apart ("all 212 local areas" against "214 areas")
  if (countedApart(a, b) || figuredApart(a, b)) return 'figures';
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
  if (r >= DETAIL_MIN && a.text.negated !== b.text.negated) return 'negation';
  // one fact said with words of opposite meaning, in versions of one statement of the same days: "The
  // tunnel failed its safety inspection in January" against "Andes Copper said the tunnel had passed a
  // safety inspection in January" (0.72), which had stood as supporting it
  // and one negating a word the other states, in such versions
  if (sameNewsDays(a.s.article, b.s.article) && !otherTimes(a.date, b.date)) {
    if (saysOpposite(a.s.text, b.s.text)) return 'opposite';
    if (negatesWhatOtherStates(a.s.text, b.s.text)) return 'negation';
  }
  if (
    r >= DETAIL_MIN &&
    sameNewsDays(a.s.article, b.s.article) &&
    quantitiesDiffer(quantitiesOf(a.s.text), quantitiesOf(b.s.text))
  )
    return 'numbers';
  // one figure in the same words, another value, in versions of one statement: "reduced deaths among
  // young children by 32 percent" against "reduced deaths by 24 percent" (0.64): the number sits in the
  // part both share, so the pair need not be closer; not figures of two days ("fell by 3 percent today"
  // in reports of 6 and 7 October)
  if (
    r >= VERSION_MIN &&
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(a.date, b.date) &&
    !(ofItsOwnDay(a) && ofItsOwnDay(b) && a.date !== b.date) &&
    sameSlotOtherValue(a.s.text, b.s.text)
  )
    return 'numbers';
  // other dates for one event; not two reports each of its own day ("have fallen dramatically today"
  // on 6 October, "continued to fall dramatically today" on the 7th: two days' falls), nor one weekday
  // both name, which each report's tense resolved another way ("would call both sides to new talks on
  // Thursday" against "which meets both sides on Thursday": the sources agree, the reading differs)
  if (
    r >= DETAIL_MIN &&
    sameNewsDays(a.s.article, b.s.article) &&
    otherTimes(a.date, b.date) &&
    !ofItsOwnDay(a) &&
    !ofItsOwnDay(b) &&
    !sameWeekday(a.s.text, b.s.text)
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
