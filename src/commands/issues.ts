/**
 * The loop `parse` and `stats` share: resolve paths, read each file, parse
 * it, report problems on stderr, and hand every parsed issue on. One bad file
 * never stops the rest.
 */
import { EXIT, UsageError } from '../errors.js'
import { formatDiagnostic, type Diagnostic } from '../io/diagnostics.js'
import { collectSources, readSource, sourceName } from '../io/read.js'
import { colorsFor } from '../io/terminal.js'
import type { MainParams } from '../main.js'
import { isoDate } from '../pipeline/frontmatter.js'
import { checkConservation, describeImbalance } from '../pipeline/conservation.js'
import type { ParsedIssue } from '../pipeline/index.js'
import { readIssue } from '../read-issue.js'
import type { Warning } from '../schema.js'

/** Options every command that reads issues takes. */
export interface IssueOptions {
  date?: string
  check?: boolean
  strict?: boolean
  quiet?: boolean
  color?: boolean
  debug?: boolean
}

/** A warning from a command's own work on an issue; `error` makes it count as a failed file. */
export type Finding = Warning & { readonly error?: boolean }

/** What the loop counted, for the exit code. */
export interface Tally {
  sources: number
  parsed: number
  failed: number
  warned: number
  /** With --check: files where conservation held. */
  conserved: number
}

/**
 * Read every issue the paths name and call `each` with it, in path order.
 *
 * @param each receives a parsed issue and returns more warnings to report (or none)
 * @returns the tally, or null when usage was wrong and has been reported
 */
export async function forEachIssue(
  command: string,
  paths: readonly string[],
  options: IssueOptions,
  io: MainParams,
  each: (parsed: ParsedIssue) => Promise<readonly Finding[] | void> | readonly Finding[] | void,
): Promise<Tally | null> {
  const fallbackDate = options.date === undefined ? null : checkDate(options.date)
  if (paths.length === 0 && io.stdin.isTTY) {
    io.stderr.write(
      `Usage: baicheng-news ${command} [options] [paths...]\n` +
        `Give issue files or folders, or pipe an issue to stdin. See: baicheng-news ${command} --help\n`,
    )
    return null
  }
  const colors = colorsFor(io.stderr, io.env, options.color !== false)
  const report = (d: Diagnostic): void => {
    if (d.severity === 'warning' && options.quiet) return
    io.stderr.write(`${formatDiagnostic(d, colors)}\n`)
  }
  const { sources, problems } = await collectSources(paths.length === 0 ? ['-'] : paths)
  const tally: Tally = { sources: sources.length, parsed: 0, failed: 0, warned: 0, conserved: 0 }
  for (const p of problems) {
    if (p.severity === 'error') tally.failed++
    else tally.warned++
    report(p)
  }
  for (const source of sources) {
    const name = sourceName(source)
    const read = await readSource(source, io.stdin)
    if ('severity' in read) {
      report(read)
      tally.failed++
      continue
    }
    let parsed: ParsedIssue
    try {
      const result = readIssue(read.bytes, { source: name, fallbackDate })
      if ('problem' in result) {
        report(result.problem)
        tally.failed++
        continue
      }
      parsed = result.parsed
    } catch (error) {
      const detail = options.debug && error instanceof Error ? (error.stack ?? error.message) : String(error)
      report({ file: name, line: null, severity: 'error', code: 'internal', message: `Could not parse: ${detail}` })
      tally.failed++
      continue
    }
    if (options.check) {
      const imbalance = describeImbalance(checkConservation(parsed))
      if (imbalance) {
        report({ file: name, line: imbalance.line, severity: 'error', code: 'conservation', message: imbalance.message })
        tally.failed++
      } else tally.conserved++
    }
    const more: readonly Finding[] = (await each(parsed)) ?? []
    for (const w of [...parsed.issue.warnings, ...more].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const error = 'error' in w && w.error === true
      report({ file: name, line: w.line, severity: error ? 'error' : 'warning', code: w.code, message: w.message })
      if (error) tally.failed++
      else tally.warned++
    }
    tally.parsed++
  }
  if (options.check && !options.quiet) {
    io.stderr.write(`baicheng-news: conservation holds in ${tally.conserved} of ${tally.parsed} files\n`)
  }
  return tally
}

/** The exit code a tally means. */
export function exitCode(tally: Tally | null, strict: boolean | undefined): number {
  if (tally === null) return EXIT.usage
  if (tally.parsed === 0 && (tally.failed > 0 || tally.sources === 0)) return EXIT.usage
  if (tally.failed > 0) return EXIT.failed
  if (strict && tally.warned > 0) return EXIT.failed
  return EXIT.ok
}

function checkDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null
  if (!date) throw new UsageError(`Unexpected --date ${JSON.stringify(value)}, expected a day as YYYY-MM-DD, e.g. --date 2019-07-20`)
  return date
}
