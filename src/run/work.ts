/**
 * The work done for one input file, the same in a worker thread and in the
 * main thread: read the file, process it (`pipeline/index.ts`), then render
 * it, make its warehouse rows or its digest. The result is plain data, so it
 * crosses to the main thread by structured clone.
 */
import { createHash } from 'node:crypto'
import type { Diagnostic } from '../io/diagnostics.js'
import { readInputFile, tooLarge } from '../io/read.js'
import { describeImbalance } from '../pipeline/conservation.js'
import { processIssue, type Processed } from '../pipeline/index.js'
import { digestIssue, type IssueDigest } from '../archive/digest.js'
import { csvRows } from '../emit/csv.js'
import { makeEmitter, type RenderSettings, type Rendered } from '../emit/index.js'
import { keepKey } from '../export/keep.js'
import { cellsOf, issueRows, validateRows } from '../export/rows.js'
import { TABLE_NAMES, type TableName, type Warning } from '../schema.js'
import type { Segmenter } from '../segment.js'
import { append } from '../util/arrays.js'

/** A warning from the work on an issue; `error` makes it count as a failed file. */
/** A warning or error about a file; a note (a share check that holds) is printed only with -v. */
export type Finding = Warning & { readonly error?: boolean; readonly note?: boolean }

/** What to do with each file. */
export type WorkOptions = WorkOutput & {
  readonly fallbackDate: string | null
  readonly check: boolean
  /** Read figures too (the `stats` command); `headline` keeps only headline figures. */
  readonly stats: { readonly headline: boolean } | null
  readonly debug: boolean
  /** Inputs larger than this many bytes are refused (`--max-size`). */
  readonly maxBytes: number
}

/** What to make of each issue where it was parsed: rendered output, (`export`) warehouse rows, or (`track`, `people`, `report`) its digest. */
export type WorkOutput =
  | { readonly render: RenderSettings; readonly export: null; readonly digest?: false }
  | { readonly render: null; readonly export: null; readonly digest: true }
  | {
      readonly render: null
      /** Rows in this format; files whose keep key (`keepKey`: path and SHA-256) is in `skip` are not parsed again. */
      readonly export: { readonly format: 'csv' | 'jsonl'; readonly skip: readonly string[] }
      readonly digest?: false
    }

/** An issue's warehouse rows, rendered per table. */
export interface Exported {
  readonly issueId: string
  readonly sha256: string
  readonly year: number | null
  /** Rows per table. */
  readonly counts: Record<TableName, number>
  /** Rendered rows per table: JSON Lines, or CSV without the header. */
  readonly tables: Record<TableName, string>
}

/** The outcome for one file. */
export type WorkResult =
  | {
      readonly ok: true
      readonly name: string
      readonly bytes: number
      readonly issueId: string
      /** The issue as the chosen format renders it, ready to place in the output; UTF-8 bytes from a worker. */
      readonly rendered: Rendered | Uint8Array
      /** Issue warnings, stats checks and a conservation error, in line order. */
      readonly findings: Finding[]
      readonly conserved: boolean | null
      /** `export`: the rows; or `kept`, the keep key of a file skipped by --incremental. */
      readonly exported?: Exported
      readonly kept?: string
      /** `track`, `people`, `report`: the issue's digest. */
      readonly digest?: IssueDigest
    }
  | { readonly ok: false; readonly name: string; readonly bytes: number; readonly problem: Diagnostic }

/**
 * Do the work for one file whose bytes are at hand.
 *
 * @param segmenter needed only with `options.stats`; loaded by the caller
 */
export function workOnBytes(name: string, bytes: Uint8Array, options: WorkOptions, segmenter: () => Segmenter): WorkResult {
  if (bytes.length > options.maxBytes) return { ok: false, name, bytes: bytes.length, problem: tooLarge(name, null, options.maxBytes) }
  if (options.export && options.export.skip.length > 0) {
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const key = keepKey(name, sha256)
    if (skipSet(options.export.skip).has(key)) {
      return { ok: true, name, bytes: bytes.length, issueId: '', rendered: '', findings: [], conserved: null, kept: key }
    }
  }
  try {
    const processed = processIssue(bytes, {
      source: name,
      fallbackDate: options.fallbackDate,
      check: options.check,
      figures: options.stats ? (parsed) => statsModule!.issueStats(parsed, segmenter()) : null,
      headline: options.stats?.headline === true,
    })
    if ('problem' in processed) return { ok: false, name, bytes: bytes.length, problem: processed.problem }
    const { issue, stats } = processed
    const findings = findingsOf(processed)
    const conserved = processed.conservation ? processed.conservation.holds : null
    const done = { ok: true, name, bytes: bytes.length, issueId: issue.id, findings, conserved } as const
    if (options.export) return { ...done, rendered: '', exported: exportRows(processed, options.export.format) }
    if (options.digest) return { ...done, rendered: '', digest: digestIssue(issue, stats!) }
    return { ...done, rendered: emitterFor(options.render!).render({ issue, stats }) }
  } catch (error) {
    const detail = options.debug && error instanceof Error ? (error.stack ?? error.message) : String(error)
    return { ok: false, name, bytes: bytes.length, problem: { file: name, line: null, severity: 'error', code: 'internal', message: `Could not parse: ${detail}` } }
  }
}

/** Issue warnings, stats checks and a conservation error, in line order. */
function findingsOf({ issue, stats, conservation }: Processed): Finding[] {
  const findings: Finding[] = [...issue.warnings]
  const imbalance = conservation ? describeImbalance(conservation) : null
  if (imbalance) findings.push({ code: 'conservation', message: imbalance.message, line: imbalance.line, error: true })
  if (stats) {
    append(findings, stats.warnings)
    // A check that holds is data, not a warning: a note that -v prints.
    for (const c of stats.checks) if (c.holds) findings.push({ code: 'share-holds', message: c.message, line: c.lines.at(-1) ?? null, note: true })
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

/** An issue's warehouse rows, checked and rendered per table. */
function exportRows({ issue, parsed, stats }: Processed, format: 'csv' | 'jsonl'): Exported {
  const rows = issueRows(parsed.issue, stats!)
  validateRows(rows)
  const tables = {} as Record<TableName, string>
  const counts = {} as Record<TableName, number>
  for (const table of TABLE_NAMES) {
    const list = rows[table]
    counts[table] = list.length
    tables[table] =
      format === 'csv'
        ? csvRows(
            list.map((row) => cellsOf(table, row)),
            false,
          )
        : list.map((row) => `${JSON.stringify(row)}\n`).join('')
  }
  const year = issue.date ? Number(issue.date.slice(0, 4)) : null
  return { issueId: issue.id, sha256: issue.sha256, year, counts, tables }
}

/** Read a file and do its work; a file that cannot be read is a result too. */
export function workOnFile(path: string, options: WorkOptions, segmenter: () => Segmenter): WorkResult {
  const read = readInputFile(path, options.maxBytes)
  if ('problem' in read) return { ok: false, name: read.name, bytes: read.size, problem: read.problem }
  return workOnBytes(read.name, read.bytes, options, segmenter)
}

let skipping: { list: readonly string[]; set: Set<string> } | null = null
function skipSet(list: readonly string[]): Set<string> {
  if (skipping?.list !== list) skipping = { list, set: new Set(list) }
  return skipping.set
}

/** One emitter per settings and thread: rendering is pure, so it is shared. */
let emitter: { settings: RenderSettings; emitter: ReturnType<typeof makeEmitter> } | null = null
function emitterFor(settings: RenderSettings): ReturnType<typeof makeEmitter> {
  if (emitter?.settings !== settings) emitter = { settings, emitter: makeEmitter(settings) }
  return emitter.emitter
}

/** The stats stage, imported only when figures are wanted, so `parse` never loads it (or nodejieba). */
let statsModule: typeof import('../stats/index.js') | null = null

/** Load what `stats` needs before the first file. */
export async function prepareStats(): Promise<void> {
  statsModule ??= await import('../stats/index.js')
}
