import type { Token } from './tokenize-words.js';

/** "AM", "p.m." and their other spellings: the half of the day a clock time is in. */
const MERIDIEM = /^(?:[AP]M|[AP]\.M\.|[ap]\.m\.)$/;
const HOUR_OR_MINUTES = /^\d{1,2}$/;

/**
 * Whether token `at` is the "AM" or "PM" of a clock time ("8:10 AM", "10 p.m."), which is no word of a
 * name after it: a schedule's "8:10 AM Leaves her trailer" had been a body "AM Leaves".
 * @param tokens a sentence's tokens
 * @param at the token's index
 * @returns true when the token is a meridiem right after an hour or its minutes
 */
export function isMeridiemAt(tokens: readonly Token[], at: number): boolean {
  return (
    at > 0 &&
    MERIDIEM.test((tokens[at] as Token).text) &&
    HOUR_OR_MINUTES.test((tokens[at - 1] as Token).text)
  );
}

/**
 * Whether the tokens before `at` are a clock time alone ("8:10 AM", "10 p.m.", "[14:30]"): a row of a
 * schedule or a log, whose next word opens its text as a sentence's first word does.
 * @param tokens a sentence's tokens
 * @param at the token after the time
 * @returns true when a clock time with its meridiem and nothing else comes before token `at`
 */
export function opensAfterClock(tokens: readonly Token[], at: number): boolean {
  if (!isMeridiemAt(tokens, at - 1)) return false;
  for (let i = 0; i < at - 1; i++) if (!CLOCK_PART.test((tokens[i] as Token).text)) return false;
  return true;
}

const CLOCK_PART = /^(?:\d{1,2}|[^\p{L}\p{N}]+)$/u;
