/**
 * Diagnostics: what went wrong or was repaired, positioned in a file, and how
 * they are printed on stderr (`file:line: severity: message [code]`).
 */
import type { ChalkInstance } from 'chalk'

/** One message about one input file. */
export interface Diagnostic {
  readonly file: string
  /** 1-based line, or null when the message is about the whole file. */
  readonly line: number | null
  readonly severity: 'error' | 'warning'
  /** A stable rule id: `joined-paragraph`, `unreadable`, `not-text` … */
  readonly code: string
  readonly message: string
}

/**
 * Format a diagnostic as one line.
 *
 * @param colors a chalk instance at level 0 for plain text
 */
export function formatDiagnostic(d: Diagnostic, colors: ChalkInstance): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}`
  const severity = d.severity === 'error' ? colors.red('error') : colors.yellow('warning')
  return `${colors.bold(where)}: ${severity}: ${d.message} ${colors.dim(`[${d.code}]`)}`
}
