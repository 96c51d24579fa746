// The relatedness levels at which two statements are one subject, versions of one statement, or differ only in details.

/**
 * Relatedness (in-brief word weights) at which two statements speak of the same thing: 0.54 is the best
 * F1 on STS-B headlines train for a score of 2.5 or more, between "share some details" (2, best at 0.41)
 * and "roughly equivalent" (3, best at 0.59); test: accuracy 0.78, F1 0.81.
 */
export const SUBJECT_MIN = 0.54;
/**
 * Relatedness at which two statements are versions of one statement, so that opposite clear stances
 * toward one actor make them opposed ("a reliable partner" against "has failed the firms"): 0.59, the
 * best F1 on STS-B headlines train for "roughly equivalent" (>= 3).
 */
export const VERSION_MIN = 0.59;
/**
 * Relatedness at which two statements differ only in details, so that a negation or other numbers or
 * dates make them opposed versions of one event: 0.70, the best F1 on STS-B headlines train for "mostly
 * equivalent" (>= 4; dev F1 0.62); `bench/relatedness-levels.ts` prints the thresholds. Below it one
 * statement adds what the other lacks, and the negation or the number is often in that part: a report
 * due the day after a decision (0.68) disputed the decision's date, and on the three Wikinews story
 * clusters of `timelines/` all seven negation disputes between 0.59 and 0.70 were false ("deliveries are
 * not due until October" against "has rolled out the first", "if more aid was not given" against "were
 * given loans"). Below it, too, two statements make a claim only with a detail in common (a figure, two
 * content words side by side, one mutual word): in four read briefs the versions at 0.59–0.63 that told
 * other things shared none, those that told one thing did (`findClaims`).
 */
export const DETAIL_MIN = 0.7;
/**
 * Relatedness at which two statements that give one count a little apart (`figuredApart`) make a claim:
 * 0.40, below "share some details" (0.41); the two recount notices' areas were 0.49, and on the three
 * Wikinews story clusters of `timelines/` no dispute comes of it down to 0.30 (`bench:disputes`).
 */
export const FIGURES_SUBJECT_MIN = 0.4;
