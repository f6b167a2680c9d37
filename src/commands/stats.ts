/**
 * `baicheng-news stats`: the figures every issue reports, with value, unit,
 * approximation, what they count and where; the dates it names; and checks
 * of its arithmetic. Loads the segmenter (in each worker), so it costs
 * about a second more than `parse` at start.
 */
import type { FormatName } from '../emit/index.js'
import { statsEmitters } from '../emit/stats.js'
import { colorsFor } from '../io/terminal.js'
import type { MainParams } from '../main.js'
import { exitCode, forEachIssue, type IssueOptions } from './issues.js'
import { createSink } from './output.js'

/** The options `stats` takes, as commander hands them over. */
export interface StatsOptions extends IssueOptions {
  format?: FormatName
  headline?: boolean
  dates?: boolean
  out?: string
  excel?: boolean
}

/**
 * Run `stats` over the given paths.
 *
 * @returns the exit code
 */
export async function runStats(paths: readonly string[], options: StatsOptions, io: MainParams): Promise<number> {
  const format = options.format ?? (io.stdout.isTTY && !options.out ? 'table' : 'json')
  const settings = {
    colors: colorsFor(options.out ? {} : io.stdout, io.env, options.color !== false),
    records: options.dates ? ('dates' as const) : ('figures' as const),
    excel: options.excel,
  }
  const shared = statsEmitters[format](settings)
  const emitter = () => (options.out ? statsEmitters[format](settings) : shared)
  const sink = createSink(io, format, options.out, 'stats')
  const tally = await forEachIssue('stats', paths, options, io, { headline: options.headline === true }, async ({ issue, stats }) => {
    const e = emitter()
    const problem = await sink.issue(issue.id, () => ({
      start: () => e.start(),
      issue: () => e.issue(issue.source, stats!),
      end: () => e.end(),
    }))
    return problem ? [{ code: 'unwritable', message: problem, line: null, error: true }] : []
  })
  if (tally !== null) await sink.close(() => ({ start: () => shared.start(), issue: () => '', end: () => shared.end() }))
  return exitCode(tally, options.strict)
}
