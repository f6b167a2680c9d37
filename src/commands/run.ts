/**
 * `parse` and `stats` as one command run: every issue rendered in the chosen
 * format (in the worker that parsed it) and placed in input order on stdout,
 * or with `--out` in one file per issue; diagnostics go to stderr.
 */
import { FORMATS, makeEmitter, type FormatName, type RenderSettings, type Rendered } from '../emit/index.js'
import { prepareOutputFolder } from '../io/folder.js'
import { colorsFor, terminalWidth } from '../io/terminal.js'
import type { MainParams } from '../main.js'
import { exitCode, forEachIssue, type IssueOptions } from './issues.js'
import { createSink } from './output.js'

/** The options `parse` and `stats` take, as commander hands them over. */
export interface RunOptions extends IssueOptions {
  format?: FormatName
  out?: string
  excel?: boolean
  /** stats: only headline figures. */
  headline?: boolean
  /** stats: list dates instead of figures. */
  dates?: boolean
}

/**
 * Run `parse` or `stats` over the given paths.
 *
 * @returns the exit code
 */
export async function runIssues(command: 'parse' | 'stats', paths: readonly string[], options: RunOptions, io: MainParams): Promise<number> {
  const format = options.format ?? (io.stdout.isTTY && !options.out ? 'table' : 'json')
  if (!FORMATS.includes(format)) throw new Error(`unknown format ${format}`)
  if (options.out !== undefined) await prepareOutputFolder(options.out)
  // Files written with --out are data: never coloured, whatever FORCE_COLOR says.
  const colors = colorsFor(io.stdout, io.env, options.color !== false && !options.out)
  const settings: RenderSettings = {
    command,
    format,
    colorLevel: colors.level > 0 ? 1 : 0,
    excel: options.excel === true,
    records: options.dates ? 'dates' : 'figures',
    width: terminalWidth(options.out ? {} : io.stdout, io.env),
  }
  // The stream's framing (separators, the JSON tail) lives here; with --out every file gets its own.
  const shared = makeEmitter(settings)
  const framing = () => (options.out ? makeEmitter(settings) : shared)
  const sink = createSink(io, format, options.out, command === 'stats' ? 'stats' : '')
  const stats = command === 'stats' ? { headline: options.headline === true } : null
  const tally = await forEachIssue(
    command,
    paths,
    options,
    io,
    { stats, render: settings, export: null },
    async ({ name, issueId, rendered }) => {
      const e = framing()
      // Workers send line formats already encoded; what goes before them (a separator) is placed here.
      const chunks = rendered instanceof Uint8Array ? [e.place(''), rendered] : [e.place(rendered as Rendered)]
      const problem = await sink.issue({ name, issueId }, () => e.start(), chunks, () => e.end())
      return problem ? [{ code: 'unwritable', message: problem, line: null, error: true }] : []
    },
    (sources) => sink.prepare(sources),
  )
  if (tally !== null) await sink.close(() => shared.start(), () => shared.end())
  return exitCode(tally, options.strict)
}
