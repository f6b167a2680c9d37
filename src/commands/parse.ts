/**
 * `baicheng-news parse`: every issue becomes its articles, written to stdout
 * in the chosen format as each issue is done; diagnostics go to stderr.
 */
import { emitters, type FormatName } from '../emit/index.js'
import { EXIT, UsageError } from '../errors.js'
import { formatDiagnostic, type Diagnostic } from '../io/diagnostics.js'
import { collectSources, readSource, sourceName } from '../io/read.js'
import { colorsFor, write } from '../io/terminal.js'
import type { MainParams } from '../main.js'
import { isoDate } from '../pipeline/frontmatter.js'
import { readIssue } from '../read-issue.js'
import type { Issue } from '../schema.js'

/** The options `parse` takes, as commander hands them over. */
export interface ParseOptions {
  format?: FormatName
  date?: string
  strict?: boolean
  quiet?: boolean
  color?: boolean
  debug?: boolean
}

/**
 * Run `parse` over the given paths.
 *
 * @returns the exit code
 */
export async function runParse(paths: readonly string[], options: ParseOptions, io: MainParams): Promise<number> {
  const fallbackDate = options.date === undefined ? null : checkDate(options.date)
  if (paths.length === 0 && io.stdin.isTTY) {
    io.stderr.write(
      'Usage: baicheng-news parse [options] [paths...]\n' +
        'Give issue files or folders, or pipe an issue to stdin. See: baicheng-news parse --help\n',
    )
    return EXIT.usage
  }
  const errColors = colorsFor(io.stderr, io.env, options.color !== false)
  const report = (d: Diagnostic): void => {
    if (d.severity === 'warning' && options.quiet) return
    io.stderr.write(`${formatDiagnostic(d, errColors)}\n`)
  }

  const { sources, problems } = await collectSources(paths.length === 0 ? ['-'] : paths)
  let failed = problems.filter((p) => p.severity === 'error').length
  let warned = problems.length - failed
  problems.forEach(report)

  const format = options.format ?? (io.stdout.isTTY ? 'table' : 'json')
  const emitter = emitters[format]({ colors: colorsFor(io.stdout, io.env, options.color !== false) })
  let parsed = 0
  await write(io.stdout, emitter.start())
  for (const source of sources) {
    const name = sourceName(source)
    const read = await readSource(source, io.stdin)
    if ('severity' in read) {
      report(read)
      failed++
      continue
    }
    let issue: Issue
    try {
      const result = readIssue(read.bytes, { source: name, fallbackDate })
      if ('problem' in result) {
        report(result.problem)
        failed++
        continue
      }
      issue = result.issue
    } catch (error) {
      const detail = options.debug && error instanceof Error ? (error.stack ?? error.message) : String(error)
      report({ file: name, line: null, severity: 'error', code: 'internal', message: `Could not parse: ${detail}` })
      failed++
      continue
    }
    for (const w of issue.warnings) report({ file: name, line: w.line, severity: 'warning', code: w.code, message: w.message })
    warned += issue.warnings.length
    await write(io.stdout, emitter.issue(issue))
    parsed++
  }
  await write(io.stdout, emitter.end())

  if (parsed === 0 && (failed > 0 || sources.length === 0)) return EXIT.usage
  if (failed > 0) return EXIT.failed
  if (options.strict && warned > 0) return EXIT.failed
  return EXIT.ok
}

function checkDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null
  if (!date) throw new UsageError(`Unexpected --date ${JSON.stringify(value)}, expected a day as YYYY-MM-DD, e.g. --date 2019-07-20`)
  return date
}
