/**
 * baicheng-news as a library: the functions the command line is built on,
 * for Node programs that want articles and figures inside their own
 * pipeline (a crawler, a web service, a notebook) without spawning the CLI.
 *
 * ```js
 * import { parseIssue, issueStats, formatIssues } from 'baicheng-news'
 * const issue = parseIssue(text, { source: '2019-07-20.md' })
 * const { figures } = issueStats(issue)
 * process.stdout.write(formatIssues([issue], 'table'))
 * ```
 *
 * These names are the stable surface; the modules behind them may move.
 */
import { Chalk } from 'chalk'
import { emitters, type FormatName } from './emit/index.js'
import { statsEmitters, type StatsItem } from './emit/stats.js'
import type { Emitter } from './emit/types.js'
import type { Diagnostic } from './io/diagnostics.js'
import { isoDate } from './pipeline/frontmatter.js'
import { processIssue, validStats, type ParsedIssue } from './pipeline/index.js'
import type { Issue } from './schema.js'
import { jiebaSegmenter, type Segmenter } from './segment.js'
import { issueStats as readStats, type IssueStats } from './stats/index.js'

export * from './schema.js'
export { emitters, FORMATS, type FormatName } from './emit/index.js'
export { statsEmitters, type StatsItem, type StatsRecords } from './emit/stats.js'
export type { Emitter, EmitOptions } from './emit/types.js'
export type { Diagnostic } from './io/diagnostics.js'
export { jiebaSegmenter, type Segmenter, type Tagged } from './segment.js'
export type { IssueStats } from './stats/index.js'
export { VERSION } from './version.js'

/** Where an issue came from, and the date to fall back on. */
export interface ParseOptions {
  /**
   * The file's path or name: it gives the issue id (`2019-07-20.md` →
   * `2019-07-20`) and, when the text has no front matter date, the date.
   * Default `issue`.
   */
  readonly source?: string
  /** The issue date (YYYY-MM-DD) when neither front matter nor `source` gives one. */
  readonly date?: string | null
}

/** The input is not an issue at all (binary, not text): nothing could be parsed. */
export class NotAnIssueError extends Error {
  override readonly name = 'NotAnIssueError'
  /** The positioned problem, as the CLI prints it. */
  readonly diagnostic: Diagnostic

  constructor(diagnostic: Diagnostic) {
    super(`${diagnostic.file}${diagnostic.line === null ? '' : `:${diagnostic.line}`}: ${diagnostic.message}`)
    this.diagnostic = diagnostic
  }
}

/** What `issueStats` needs from `parseIssue` beyond the issue: the text and where each paragraph stands. */
const parsedIssues = new WeakMap<Issue, ParsedIssue>()

/**
 * Parse one issue of 白城日报 (Markdown or plain text) into its articles,
 * notices, photo captions and banners, checked against the `Issue` schema.
 *
 * @param input the text, or the file's bytes as read (UTF-8 with or
 *   without BOM, UTF-16 with BOM, or GB18030, detected as the CLI does)
 * @throws NotAnIssueError when the bytes are not text
 * @throws RangeError when `options.date` is not a day as YYYY-MM-DD
 */
export function parseIssue(input: string | Uint8Array, options: ParseOptions = {}): Issue {
  const date = options.date ?? null
  if (date !== null && isoDate(...(date.split('-').map(Number) as [number, number, number])) !== date) {
    throw new RangeError(`Unexpected date ${JSON.stringify(date)}, expected a day as YYYY-MM-DD, e.g. 2019-07-20`)
  }
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const result = processIssue(bytes, { source: options.source ?? 'issue', fallbackDate: date })
  if ('problem' in result) throw new NotAnIssueError(result.problem)
  parsedIssues.set(result.issue, result.parsed)
  return result.issue
}

/** How to read an issue's figures. */
export interface StatsOptions {
  /** Only the headline figures (the top three of each article). */
  readonly headline?: boolean
  /** Words and parts of speech; default nodejieba, loaded on first use (about a second and 240 MB). */
  readonly segmenter?: Segmenter
}

/**
 * The figures (value, unit, approximation, what they count), dates and
 * share checks an issue reports, each with its line and column in the
 * source, checked against the `Figure`, `DateRecord` and `Check` schemas.
 *
 * @param issue an issue `parseIssue` returned (it remembers the source text
 *   the lines refer to)
 * @throws TypeError for an issue that did not come from `parseIssue`
 */
export function issueStats(issue: Issue, options: StatsOptions = {}): IssueStats {
  const parsed = parsedIssues.get(issue)
  if (!parsed) throw new TypeError('Unexpected issue not returned by parseIssue, expected the object parseIssue returned')
  return validStats(readStats(parsed, options.segmenter ?? jiebaSegmenter), options.headline === true)
}

/** How text output looks. */
export interface FormatOptions {
  /** Colour the table for a terminal (default off). */
  readonly color?: boolean
  /** CSV for spreadsheets: a UTF-8 BOM, and cells that would run as formulas made inert. */
  readonly excel?: boolean
  /** Tables: the widest a line may be, in terminal cells (default 80). */
  readonly width?: number
}

/**
 * Issues as the `parse` command prints them: `json` (one document),
 * `jsonl` (one article a line), `csv` or `table`.
 */
export function formatIssues(issues: readonly Issue[], format: FormatName, options: FormatOptions = {}): string {
  return emitAll(emitters[format](emitOptions(options)), issues)
}

/**
 * Issues' figures as the `stats` command prints them; with `records:
 * 'dates'` the line formats list dates instead.
 */
export function formatStats(
  items: readonly StatsItem[],
  format: FormatName,
  options: FormatOptions & { readonly records?: 'figures' | 'dates' } = {},
): string {
  return emitAll(statsEmitters[format]({ ...emitOptions(options), records: options.records ?? 'figures' }), items)
}

function emitOptions(options: FormatOptions) {
  return { colors: new Chalk({ level: options.color ? 1 : 0 }), excel: options.excel === true, width: options.width ?? 80 }
}

function emitAll<T, R>(emitter: Emitter<T, R>, items: readonly T[]): string {
  return emitter.start() + items.map((item) => emitter.place(emitter.render(item))).join('') + emitter.end()
}
