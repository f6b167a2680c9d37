/**
 * `baicheng-news parse`: every issue becomes its articles, written to stdout
 * (or with `--out`, one file per issue) in the chosen format as each issue
 * is done; diagnostics go to stderr.
 */
import { emitters, type FormatName } from '../emit/index.js'
import { colorsFor } from '../io/terminal.js'
import type { MainParams } from '../main.js'
import { exitCode, forEachIssue, type IssueOptions } from './issues.js'
import { createSink } from './output.js'

/** The options `parse` takes, as commander hands them over. */
export interface ParseOptions extends IssueOptions {
  format?: FormatName
  out?: string
  excel?: boolean
}

/**
 * Run `parse` over the given paths.
 *
 * @returns the exit code
 */
export async function runParse(paths: readonly string[], options: ParseOptions, io: MainParams): Promise<number> {
  const format = options.format ?? (io.stdout.isTTY && !options.out ? 'table' : 'json')
  const colors = colorsFor(options.out ? {} : io.stdout, io.env, options.color !== false)
  // One emitter streams to stdout; with --out each file gets its own.
  const shared = emitters[format]({ colors, excel: options.excel })
  const emitter = () => (options.out ? emitters[format]({ colors, excel: options.excel }) : shared)
  const sink = createSink(io, format, options.out)
  const tally = await forEachIssue('parse', paths, options, io, null, async ({ issue }) => {
    const e = emitter()
    const problem = await sink.issue(issue.id, () => ({ start: () => e.start(), issue: () => e.issue(issue), end: () => e.end() }))
    return problem ? [{ code: 'unwritable', message: problem, line: null, error: true }] : []
  })
  if (tally !== null) await sink.close(() => ({ start: () => shared.start(), issue: () => '', end: () => shared.end() }))
  return exitCode(tally, options.strict)
}
