import type { Diagnostic } from '@briefing/model';

/** What happened to one brief, for the `--json` summary. */
export interface BriefSummary {
  id: string;
  status: 'built' | 'unchanged' | 'failed';
  files: string[];
  sources: number;
  warnings: number;
  errors: number;
  /** Findings about its inputs; for an unchanged brief, those of the run that built it. */
  diagnostics: Diagnostic[];
  /**
   * What changed since the last run: new sources (URL, else path), and from the previous JSON model also
   * sources whose text changed and sources no longer among the brief's, the claims whose support changed
   * and the previous brief's claims no longer listed.
   */
  changes: {
    newSources: string[];
    updatedSources?: string[];
    removedSources?: string[];
    newEvents: string[];
    changedClaims?: number;
    droppedClaims?: number;
  };
  timings: Record<string, number>;
  error?: string;
}

/** The result of a build run. */
export interface BuildSummary {
  briefs: BriefSummary[];
  browserLaunches: number;
  exitCode: 0 | 1;
}

/**
 * Counts a brief's warnings and errors into its summary.
 * @param summary the brief's summary (changed in place)
 * @param diagnostics its findings
 */
export function countFindings(summary: BriefSummary, diagnostics: Diagnostic[]): void {
  summary.diagnostics = diagnostics;
  summary.warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  summary.errors = diagnostics.filter((d) => d.severity === 'error').length;
}

/**
 * Whether a brief fails the run: it failed, an input had an error, or `--strict` and it has warnings
 * (whether it was built now or is unchanged since the run that found them).
 * @param summary the brief's summary
 * @param strict `--strict`
 */
export function failsRun(summary: BriefSummary, strict: boolean): boolean {
  return summary.status === 'failed' || summary.errors > 0 || (strict && summary.warnings > 0);
}
