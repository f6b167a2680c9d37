/**
 * Diagnostics: what went wrong or was repaired, positioned in a file, and how
 * they are printed on stderr (`file:line: severity: message [code]`).
 */
import type { ChalkInstance } from 'chalk'
import { escapeForTerminal } from './terminal.js'

/** One message about one input file. */
export interface Diagnostic {
  readonly file: string
  /** 1-based line, or null when the message is about the whole file. */
  readonly line: number | null
  /** `note`: data worth a line with -v (a share check that holds), never counted as a warning. */
  readonly severity: 'error' | 'warning' | 'note'
  /** A stable rule id: `joined-paragraph`, `unreadable`, `not-text` … */
  readonly code: string
  readonly message: string
}

/**
 * Format a diagnostic as one line. Control characters in the file name or the
 * message (text quoted from the archive) are shown as escapes, so the line
 * stays one line and cannot drive the terminal.
 *
 * @param colors a chalk instance at level 0 for plain text
 */
export function formatDiagnostic(d: Diagnostic, colors: ChalkInstance): string {
  const file = escapeForTerminal(d.file)
  const where = d.line === null ? file : `${file}:${d.line}`
  const severity = d.severity === 'error' ? colors.red('error') : d.severity === 'note' ? colors.green('note') : colors.yellow('warning')
  return `${colors.bold(where)}: ${severity}: ${escapeForTerminal(d.message)} ${colors.dim(`[${escapeForTerminal(d.code)}]`)}`
}

/**
 * Format a diagnostic as a GitHub Actions workflow command
 * (`::warning file=…,line=…,title=…::message`), which the runner turns into an
 * annotation on the file and line. Escaped as the Actions toolkit does: `%`,
 * CR and LF in the message; also `:` and `,` in the properties; other
 * control characters as on the terminal.
 */
export function formatGithubDiagnostic(d: Diagnostic): string {
  const properties = [`file=${escapeProperty(d.file)}`, ...(d.line === null ? [] : [`line=${d.line}`]), `title=${escapeProperty(d.code)}`]
  return `::${d.severity === 'note' ? 'notice' : d.severity} ${properties.join(',')}::${escapeData(d.message)}`
}

function escapeData(text: string): string {
  // Line breaks as GitHub encodes them (an annotation may have several lines); other control characters as for any terminal.
  return escapeForTerminal(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
