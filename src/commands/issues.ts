/**
 * The loop `parse` and `stats` share: resolve paths, take this shard's part,
 * do the work for each file (on worker threads for a folder), report
 * problems on stderr, and hand every issue on in input order. One bad file
 * never stops the rest.
 */
import { EXIT, UsageError } from '../errors.js'
import { formatDiagnostic, formatGithubDiagnostic, type Diagnostic } from '../io/diagnostics.js'
import { collectSources, DEFAULT_MAX_SIZE_MB, readLimited, sourceName, type Source } from '../io/read.js'
import { Progress } from '../io/progress.js'
import { colorsFor } from '../io/terminal.js'
import type { MainParams } from '../main.js'
import { isoDate } from '../pipeline/frontmatter.js'
import { parseShard } from '../export/shard.js'
import { chooseJobs } from '../run/jobs.js'
import { runWork, type PoolSettings } from '../run/pool.js'
import type { Finding, WorkOptions, WorkOutput, WorkResult } from '../run/work.js'

export type { Finding } from '../run/work.js'

/** Options every command that reads issues takes. */
export interface IssueOptions {
  date?: string
  check?: boolean
  strict?: boolean
  quiet?: boolean
  color?: boolean
  debug?: boolean
  verbose?: boolean
  jobs?: string
  shard?: string
  /** `github`: also print each diagnostic as a GitHub Actions workflow command. */
  diagnostics?: string
  maxSize?: string
}

/** What the loop counted, for the exit code. */
export interface Tally {
  sources: number
  parsed: number
  failed: number
  warned: number
  /** With --check: files where conservation held. */
  conserved: number
}

/** A file's successful result, as the command emits it. */
export type Parsed = Extract<WorkResult, { ok: true }>

/**
 * Do the work for every issue the paths name and call `each` with it, in
 * path order.
 *
 * @param work read figures too (`stats`), how each issue is rendered (in the thread that parses it), export rows
 * @param each writes an issue out; returns findings (a write error) to report
 * @param prepare sees the inputs before any work (and may refuse them with a UsageError)
 * @param listen sees every diagnostic, `--quiet` or not (the report lists them)
 * @returns the tally, or null when usage was wrong and has been reported
 */
export async function forEachIssue(
  command: string,
  paths: readonly string[],
  options: IssueOptions,
  io: MainParams,
  work: Pick<WorkOptions, 'stats'> & WorkOutput,
  each: (result: Parsed) => Promise<readonly Finding[] | void> | readonly Finding[] | void,
  prepare?: (sources: readonly Source[]) => void,
  listen?: (d: Diagnostic) => void,
): Promise<Tally | null> {
  const { fallbackDate, requested, shard, maxBytes } = checkIssueOptions(command, paths, options, io)
  const colors = colorsFor(io.stderr, io.env, options.color !== false)
  const progress = new Progress(io.stderr, colors, io.stderr.isTTY === true && !options.quiet && io.env.TERM !== 'dumb')
  const report = (d: Diagnostic): void => {
    listen?.(d)
    if (d.severity === 'warning' && options.quiet) return
    progress.clear()
    io.stderr.write(`${formatDiagnostic(d, colors)}\n`)
    if (options.diagnostics === 'github') io.stderr.write(`${formatGithubDiagnostic(d)}\n`)
  }
  const collected = await collectSources(paths.length === 0 ? ['-'] : paths)
  const sources = shard ? collected.sources.filter((s) => inShard(s, shard)) : collected.sources
  prepare?.(sources)
  const tally: Tally = { sources: sources.length, parsed: 0, failed: 0, warned: 0, conserved: 0 }
  for (const p of collected.problems) {
    if (p.severity === 'error') tally.failed++
    else tally.warned++
    report(p)
  }
  const { workers: jobs, capped } = chooseJobs(requested, work.stats ? 'stats' : 'parse', sources.filter((s) => s.kind === 'file').length)
  if (capped) report({ file: 'baicheng-news', line: null, severity: 'warning', code: 'jobs-capped', message: capped })
  const options_: WorkOptions = { fallbackDate, check: options.check === true, debug: options.debug === true, maxBytes, ...work }
  const readStdin = (): Promise<Uint8Array> => readLimited(io.stdin, maxBytes)
  progress.start(sources.length)
  const handle = async (result: WorkResult): Promise<void> => {
    if (!result.ok) {
      report(result.problem)
      tally.failed++
      return
    }
    if (result.conserved) tally.conserved++
    if (result.kept) {
      // Skipped by --incremental: its rows are kept as they were.
      await each(result)
      return
    }
    const more: readonly Finding[] = (await each(result)) ?? []
    for (const finding of [...result.findings, ...more]) {
      if (finding.note === true) {
        if (options.verbose && !options.quiet) report({ file: result.name, line: finding.line, severity: 'note', code: finding.code, message: finding.message })
        continue
      }
      const error = finding.error === true
      report({ file: result.name, line: finding.line, severity: error ? 'error' : 'warning', code: finding.code, message: finding.message })
      if (error) tally.failed++
      else tally.warned++
    }
    tally.parsed++
  }
  for await (const result of runWork(sources, options_, jobs, readStdin, poolSettings(io.env))) {
    // The progress line shares the terminal with stdout: gone before an issue is written, redrawn after.
    progress.clear()
    await handle(result)
    progress.advance(result.bytes)
  }
  progress.clear()
  summarize(command, tally, jobs, options, io)
  return tally
}

/** The options every issue command checks before reading anything; a UsageError for one that is wrong. */
function checkIssueOptions(command: string, paths: readonly string[], options: IssueOptions, io: MainParams) {
  const fallbackDate = options.date === undefined ? null : checkDate(options.date)
  const requested = options.jobs === undefined ? null : checkJobs(options.jobs)
  if (options.diagnostics !== undefined && options.diagnostics !== 'github') {
    throw new UsageError(`Unexpected --diagnostics ${JSON.stringify(options.diagnostics)}, expected github, e.g. --diagnostics github`)
  }
  const shard = options.shard === undefined ? null : parseShard(options.shard, io.env)
  const maxBytes = (options.maxSize === undefined ? DEFAULT_MAX_SIZE_MB : checkMaxSize(options.maxSize)) * 1024 * 1024
  if (paths.length === 0 && io.stdin.isTTY) {
    throw new UsageError('No input given', 'expected issue files or folders, or an issue piped to stdin', command)
  }
  return { fallbackDate, requested, shard, maxBytes }
}

/** The closing lines on stderr: the run's counts (`--verbose`) and conservation (`--check`). */
function summarize(command: string, tally: Tally, jobs: number, options: IssueOptions, io: MainParams): void {
  if (options.verbose && !options.quiet) {
    io.stderr.write(
      `baicheng-news: ${command}: ${tally.parsed} of ${tally.sources} files read, ${tally.failed} failed, ${tally.warned} warnings, ${jobs} ${jobs === 1 ? 'thread' : 'workers'}\n`,
    )
  }
  if (options.check && !options.quiet) {
    io.stderr.write(`baicheng-news: conservation holds in ${tally.conserved} of ${tally.parsed} files\n`)
  }
}

/** BAICHENG_NEWS_WORKER_HEAP_MB sets a worker's heap cap (tests make it small to run out cheaply). */
function poolSettings(env: MainParams['env']): PoolSettings {
  const heap = env.BAICHENG_NEWS_WORKER_HEAP_MB
  return heap !== undefined && /^[1-9]\d{0,5}$/.test(heap) ? { heapMb: Number(heap) } : {}
}

/** The exit code a tally means. */
export function exitCode(tally: Tally | null, strict: boolean | undefined): number {
  if (tally === null) return EXIT.usage
  if (tally.parsed === 0 && (tally.failed > 0 || tally.sources === 0)) return EXIT.usage
  if (tally.failed > 0) return EXIT.failed
  if (strict && tally.warned > 0) return EXIT.failed
  return EXIT.ok
}

/**
 * Which shard a file belongs to: a hash of its name, so a file keeps its
 * shard when others are added or removed.
 */
export function shardOf(name: string, count: number): number {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(name, 'utf8')) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % count) + 1
}

function inShard(source: Source, shard: { index: number; count: number }): boolean {
  // Standard input is one source; it goes to the first shard.
  if (source.kind === 'stdin') return shard.index === 1
  return shardOf(sourceName(source), shard.count) === shard.index
}

function checkDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null
  if (!date) throw new UsageError(`Unexpected --date ${JSON.stringify(value)}, expected a day as YYYY-MM-DD, e.g. --date 2019-07-20`)
  return date
}

function checkJobs(value: string): number {
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`Unexpected --jobs ${JSON.stringify(value)}, expected a whole number from 1, e.g. --jobs 2`)
  return Number(value)
}

function checkMaxSize(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new UsageError(`Unexpected --max-size ${JSON.stringify(value)}, expected a whole number of MB from 1, e.g. --max-size 256`)
  return Number(value)
}

