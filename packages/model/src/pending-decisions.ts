import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { blankQuotations } from './quoted-passages.js';

const PendingDecisionsFile = z.object({
  deliberating: z.array(z.string().regex(/^[a-z]+ing$/)).min(1),
  deciding: LowerWords,
  pendingNouns: LowerWords,
  announcing: LowerWords,
});

/**
 * The words of `data/pending-decisions.yaml`, read once: `announcing` as a Set, and `pending`, the
 * pattern of a decision still to be taken.
 * @throws ZodError when the data file does not have its schema
 */
const pendingDecisions = lazyData('pending-decisions.yaml', PendingDecisionsFile, (read) => {
  const deliberating = read.deliberating.join('|');
  const deciding = read.deciding.join('|');
  const nouns = read.pendingNouns.join('|');
  const adverbs = String.raw`(?:(?:still|now|also|currently|reportedly|already|formally|seriously)\s+)?`;
  return {
    announcing: new Set(read.announcing) as ReadonlySet<string>,
    pending: new RegExp(
      [
        // "is considering", "has been weighing" (not "had been considering": a past deliberation)
        String.raw`\b(?:is|are|was|were|(?<!\bhad\s+)been)\s+${adverbs}(?:${deliberating})\b`,
        // "will vote", "is expected to decide", "is due to rule", "has yet to approve"
        String.raw`\b(?:will|shall|(?:is|are|was|were)\s+${adverbs}(?:expected|due|set|scheduled|slated|poised|likely)\s+to|(?:has|have)\s+yet\s+to)\s+${adverbs}(?:${deciding})\b`,
        // "faces a deadline", "a decision is expected", "with a ruling pending"
        String.raw`\bfac(?:es|e|ing)\s+an?\s+(?:\S+\s+)?(?:${nouns})\b`,
        String.raw`\b(?:${nouns})\s+(?:is|are)\s+${adverbs}(?:expected|due|pending)\b`,
      ].join('|'),
      'i',
    ),
  };
});

/**
 * Whether a word is the past form of a verb that makes a plan public ("announced", "unveiled", "said";
 * `announcing` of `data/pending-decisions.yaml`).
 * @param word a word in lower case
 * @throws ZodError when the data file does not have its schema
 */
export function isAnnouncing(word: string): boolean {
  return pendingDecisions().announcing.has(word);
}

/**
 * Whether a sentence tells, outside a quotation, a decision still to be taken: "the ministry is
 * considering a levy on freight", "shareholders will vote on the merger", "the court is expected to
 * rule", "the council has yet to decide", "the Kestrel Union faces a deadline". Such a sentence with no
 * date of its own is what an analyst watches, as of its report's day.
 * @param text one sentence
 * @throws ZodError when the data file does not have its schema
 */
export function tellsPendingDecision(text: string): boolean {
  return pendingDecisions().pending.test(blankQuotations(text));
}
