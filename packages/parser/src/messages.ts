import type { Diagnostic } from '@briefing/model';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** Where in the file a finding is, 1-based. */
export interface Place {
  line: number;
  column: number;
}

/**
 * Records a finding about a file as a vfile message, the unified way: a reason, a place, a rule id
 * and the source `parser`; `error` sets `fatal`, `info` leaves it unset (vfile's three levels).
 * @param file the file being parsed
 * @param severity how bad it is
 * @param ruleId stable id of the rule, such as `no-date`
 * @param reason what was found, in words
 * @param place where, when it is known
 * @returns the message, also in `file.messages`
 */
export function report(
  file: VFile,
  severity: Diagnostic['severity'],
  ruleId: string,
  reason: string,
  place?: Place,
): VFileMessage {
  const options = { ...(place ? { place } : {}), ruleId, source: 'parser' };
  // a VFileMessage is an Error, whose constructor captures the call stack that vfile-message then
  // overwrites with '' (a message's place is in the file, not in our code): capturing none saves
  // nearly all of a message's cost (6.3 → 1.5 µs, and a page gets one or two)
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return severity === 'info'
      ? file.info(reason, options)
      : Object.assign(file.message(reason, options), { fatal: severity === 'error' });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Turns a vfile message into the plain, JSON-ready {@link Diagnostic} the rest of Briefing carries.
 * @param message a message of a parsed file
 * @returns the diagnostic, naming the file by the path it was given as
 */
export function toDiagnostic(message: VFileMessage): Diagnostic {
  return {
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    ruleId: message.ruleId ?? 'unknown',
    source: message.source ?? 'parser',
    ...(message.file ? { file: message.file } : {}),
    ...(message.line === undefined ? {} : { line: message.line }),
    ...(message.column === undefined ? {} : { column: message.column }),
  };
}
