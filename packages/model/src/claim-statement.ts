// The pieces of a statement that claim matching reads, and its figures read once.
import type { Citation } from './briefing.js';
import { type Figure, figuresOf } from './quantities.js';
import type { RelatedText } from './same-claim.js';
import type { ScoredSentence } from './score-sentences.js';

/** The pieces of a statement claim matching needs, made once. */
export interface Statement {
  s: ScoredSentence;
  text: RelatedText;
  /** Its clauses when it has several long enough to state an event on their own (see {@link clausesOf}). */
  clauseTexts: string[];
  /** Those clauses prepared for relatedness, made when a pair first compares them. */
  clauses?: RelatedText[];
  /** Relatedness to the claim's lead statement (1 for the lead). */
  r?: number;
  /** When its event happened, if it says (the date it states, as the timeline reads it). */
  date: string | undefined;
  /** Its figures ({@link figuresOf}), read when first asked. */
  figures?: Figure[];
  /**
   * Its text with a pronoun or noun subject read as the name the sentence before gives it ("It ordered
   * the line closed", "The company ordered the line closed" after "Norvale Transit said …" → "Norvale
   * Transit ordered the line closed"), when it has one.
   */
  named?: string;
  /** Its report's headline, cited, when the headline restates it (set once the claims are formed). */
  headline?: Citation;
}

/**
 * A statement's text as its doer is read: with its pronoun or noun subject ("the company") named when
 * the sentence before names it.
 */
export function doerTextOf(x: Statement): string {
  return x.named ?? x.s.text;
}

/** A statement's figures, read once. */
export function figuresIn(x: Statement): Figure[] {
  x.figures ??= figuresOf(x.s.text);
  return x.figures;
}
