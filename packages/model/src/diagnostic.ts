import { z } from 'zod';

/**
 * A finding about one input, reported and carried on rather than thrown (like a vfile message).
 * `file` is the path as given; `line`/`column` are 1-based when known.
 */
export const Diagnostic = z.object({
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  /** Stable rule id, such as `no-date` or `boilerplate-dropped`. */
  ruleId: z.string(),
  /** Which part of Briefing reported it: `parser`, `model`, `render`, `cli`. */
  source: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

export type Diagnostic = z.infer<typeof Diagnostic>;

/** A result that carries its findings instead of throwing on the first problem. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/**
 * Formats a diagnostic the way compilers do: `file:line:col: severity: message [source:ruleId]`.
 * @param d the diagnostic
 * @returns one line of text
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where =
    d.file === undefined ? '' : `${d.file}${d.line === undefined ? '' : `:${d.line}:${d.column ?? 1}`}: `;
  return `${where}${d.severity}: ${d.message} [${d.source}:${d.ruleId}]`;
}
