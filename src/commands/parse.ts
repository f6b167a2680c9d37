/**
 * `baicheng-news parse`: every issue becomes its articles, written to stdout
 * in the chosen format as each issue is done; diagnostics go to stderr.
 */
import { emitters, type FormatName } from '../emit/index.js'
import { colorsFor, write } from '../io/terminal.js'
import type { MainParams } from '../main.js'
import { exitCode, forEachIssue, type IssueOptions } from './issues.js'

/** The options `parse` takes, as commander hands them over. */
export interface ParseOptions extends IssueOptions {
  format?: FormatName
}

/**
 * Run `parse` over the given paths.
 *
 * @returns the exit code
 */
export async function runParse(paths: readonly string[], options: ParseOptions, io: MainParams): Promise<number> {
  const format = options.format ?? (io.stdout.isTTY ? 'table' : 'json')
  const emitter = emitters[format]({ colors: colorsFor(io.stdout, io.env, options.color !== false) })
  let started = false
  const tally = await forEachIssue('parse', paths, options, io, async (parsed) => {
    if (!started) await write(io.stdout, emitter.start())
    started = true
    await write(io.stdout, emitter.issue(parsed.issue))
  })
  if (tally !== null) {
    if (!started) await write(io.stdout, emitter.start())
    await write(io.stdout, emitter.end())
  }
  return exitCode(tally, options.strict)
}
