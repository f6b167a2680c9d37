/**
 * `baicheng-news export`: the archive as warehouse tables (issues, articles,
 * bylines, sections, paragraphs, figures, dates, warnings) in CSV, JSON Lines
 * or Parquet, with a manifest; optionally a DuckDB file with the same tables
 * and their keys.
 *
 * A run is all or nothing (see src/export/publish.ts): the new state is built
 * in a version folder, verified, and made current by one atomic switch. It
 * refuses what would lose the warehouse by accident: no inputs, most issues
 * gone, another run on the same folder, another shard's folder.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { EXIT, UsageError } from '../errors.js'
import { finish, publishing, type Publication } from '../export/finish.js'
import { columnsDigest, copyRows, keepKey, rowSettings } from '../export/keep.js'
import { FORMATS, manifestName, partitionOf, SHARD_MANIFEST, type ExportFormat, type Partitioning } from '../export/layout.js'
import { parseShard, type Shard } from '../export/shard.js'
import { isDerived } from '../export/people.js'
import { TableWriter } from '../export/stage.js'
import { changedFile } from '../export/verify.js'
import type { MainParams } from '../main.js'
import { Manifest, SCHEMA_VERSION, TABLE_NAMES } from '../schema.js'
import { VERSION } from '../version.js'
import { exitCode, forEachIssue, type IssueOptions, type Tally } from './issues.js'

/** The options `export` takes, as commander hands them over. */
export interface ExportOptions extends IssueOptions {
  out?: string
  format?: string
  partition?: string
  incremental?: boolean
  duckdb?: string
  allowShrink?: boolean
}

/** A run may drop at most this share of the issues the folder holds, without --allow-shrink. */
export const SHRINK_SHARE = 0.1

/** The checked settings of a run. */
export interface ExportSettings {
  readonly out: string
  readonly format: ExportFormat
  readonly partition: Partitioning
  readonly shard: Shard | null
  readonly duckdb: string | null
  /** Options that change rows: kept rows were made with the same. */
  readonly options: Manifest['options']
}

/** The export a folder holds now. */
export interface Previous {
  /** The version folder. */
  readonly dir: string
  readonly issueIds: readonly string[]
  /** Null when the manifest is not one this version can keep rows from. */
  readonly manifest: Manifest | null
}

/**
 * Run `export` over the given paths.
 *
 * @returns the exit code
 */
export async function runExport(paths: readonly string[], options: ExportOptions, io: MainParams): Promise<number> {
  const settings = readSettings(paths, options, io.env)
  return publishing(settings.out, io, options.quiet === true, (publication) => exportInto(publication, settings, paths, options, io))
}

function readSettings(paths: readonly string[], options: ExportOptions, env: MainParams['env']): ExportSettings {
  if (!options.out) throw new UsageError('Missing --out <dir>, expected the folder to write the tables to, e.g. --out out')
  if (paths.length === 0) {
    throw new UsageError(`Missing input paths, expected issue files or folders, or '-' to read standard input, e.g. baicheng-news export archive --out ${options.out}`)
  }
  const format = (options.format ?? 'csv') as ExportFormat
  if (!FORMATS.includes(format)) throw new UsageError(`Unexpected --format ${JSON.stringify(options.format)}, expected one of: ${FORMATS.join(', ')}`)
  const partition = (options.partition ?? 'none') as Partitioning
  if (partition !== 'none' && partition !== 'year') throw new UsageError(`Unexpected --partition ${JSON.stringify(partition)}, expected year (or none)`)
  return {
    out: options.out,
    format,
    partition,
    shard: options.shard === undefined ? null : parseShard(options.shard, env),
    duckdb: options.duckdb ?? null,
    options: { date: options.date ?? null, check: options.check === true },
  }
}

async function exportInto(
  publication: Publication,
  settings: ExportSettings,
  paths: readonly string[],
  options: ExportOptions,
  io: MainParams,
): Promise<{ code: number; published: boolean }> {
  const startedAt = new Date().toISOString()
  const previous = await readPrevious(publication, settings.shard, options.allowShrink === true)
  const keep = options.incremental ? await keepable(previous, settings, publication) : new Map<string, Manifest['inputs'][number]>()
  const writer = new TableWriter(publication.version, settings.format === 'parquet' ? 'jsonl' : settings.format, settings.partition, settings.shard, publication.steps)
  try {
    const run = await parseInto(writer, keep, settings, paths, options, io, publication.target.link)
    if (run.tally === null) return { code: EXIT.usage, published: false }
    if (run.inputs.length === 0) {
      throw new UsageError(`Nothing to export: ${paths.join(' ')} gave no issue, expected at least one readable issue file; ${settings.out} is unchanged`)
    }
    checkShrink(previous, run.inputs, options.allowShrink === true, settings.out)
    if (run.kept.size > 0) await copyRows(previous!.dir, previous!.manifest!, run.kept, writer, publication.version)
    const manifest = await finish(publication, writer, {
      format: settings.format,
      partition: settings.partition,
      shard: settings.shard,
      duckdb: settings.duckdb,
      manifest: {
        tool: { name: 'baicheng-news', version: VERSION, columns: columnsDigest() },
        schemaVersion: SCHEMA_VERSION,
        format: settings.format,
        partition: settings.partition,
        options: settings.options,
        shard: settings.shard,
        startedAt,
        inputs: run.inputs.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
        failed: run.failed,
        warnings: run.warnings,
      },
    })
    if (options.verbose && !options.quiet) io.stderr.write(`baicheng-news: ${summary(manifest, settings.out)}\n`)
    return { code: exitCode(run.tally, options.strict), published: true }
  } finally {
    writer.destroy()
  }
}

/** One line about what a manifest holds. */
export function summary(manifest: Manifest, out: string): string {
  const kept = manifest.inputs.filter((i) => i.status === 'kept').length
  return (
    `exported ${manifest.inputs.length} issues (${kept} kept) to ${out}: ` +
    `${TABLE_NAMES.map((t) => `${t} ${manifest.tables[t]?.rows ?? 0}`).join(', ')}`
  )
}

/**
 * The export the folder holds now, if any. A folder holding another shard
 * (or a whole export when this is a shard) is refused unless --allow-shrink.
 */
export async function readPrevious(publication: Publication, shard: Shard | null, allowShrink: boolean): Promise<Previous | null> {
  if (!publication.previous) return null
  const dir = publication.previous
  const name = (await fs.readdir(dir).catch(() => [] as string[])).find((e) => e === 'manifest.json' || SHARD_MANIFEST.test(e))
  if (!name) return null
  const json = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as { inputs?: { issueId?: unknown }[] }
  if (name !== manifestName(shard) && !allowShrink) {
    const held = SHARD_MANIFEST.exec(name)
    const what = (s: Shard | null) => (s ? `shard ${s.index} of ${s.count}` : 'a whole export')
    throw new UsageError(
      `Unexpected ${what(shard)} into ${publication.target.link}, which holds ${what(held ? { index: Number(held[1]), count: Number(held[2]) } : null)} (${name}): ` +
        `expected a folder of its own for each shard (then baicheng-news merge), or --allow-shrink to replace it`,
    )
  }
  const parsed = Manifest.safeParse(json)
  return {
    dir,
    issueIds: (json.inputs ?? []).map((i) => String(i.issueId)),
    manifest: parsed.success ? parsed.data : null,
  }
}

/** The earlier inputs whose rows may be kept, by keep key; none when anything that makes rows changed or a file is damaged. */
async function keepable(previous: Previous | null, settings: ExportSettings, publication: Publication): Promise<Map<string, Manifest['inputs'][number]>> {
  const kept = new Map<string, Manifest['inputs'][number]>()
  const manifest = previous?.manifest
  if (!previous || !manifest) return kept
  const now = { tool: { name: 'baicheng-news' as const, version: VERSION, columns: columnsDigest() }, schemaVersion: SCHEMA_VERSION, ...settings }
  if (rowSettings(manifest) !== rowSettings(now)) {
    publication.note(`every input is parsed again: ${settings.out} was made by version ${manifest.tool.version}, with other columns or with other options`)
    return kept
  }
  const damaged = await changedFile(previous.dir, Object.values(manifest.tables).flatMap((t) => t.files))
  if (damaged) {
    publication.note(`${path.join(settings.out, damaged)} does not match its manifest (truncated or edited); every input is parsed again`)
    return kept
  }
  for (const input of manifest.inputs) {
    if (input.source !== '<stdin>') kept.set(keepKey(path.resolve(publication.target.link, input.source), input.sha256), input)
  }
  return kept
}

/** What parsing the inputs gave. */
interface ParsedRun {
  readonly tally: Tally | null
  readonly inputs: Manifest['inputs']
  readonly failed: Manifest['failed']
  /** Issue ids whose rows are copied from the previous export. */
  readonly kept: Set<string>
  readonly warnings: number
}

async function parseInto(
  writer: TableWriter,
  keep: ReadonlyMap<string, Manifest['inputs'][number]>,
  settings: ExportSettings,
  paths: readonly string[],
  options: ExportOptions,
  io: MainParams,
  link: string,
): Promise<ParsedRun> {
  const run: ParsedRun = { tally: null, inputs: [], failed: [], kept: new Set(), warnings: 0 }
  let warnings = 0
  const ids = new Map<string, string>()
  const work = { stats: { headline: false }, render: null, export: { format: writer.format, skip: [...keep.keys()] } }
  const tally = await forEachIssue('export', paths, options, io, work, async (result) => {
    const source = result.name === '<stdin>' ? result.name : path.relative(link, path.resolve(result.name)).split(path.sep).join('/')
    if (result.kept) {
      const before = keep.get(result.kept)!
      ids.set(before.issueId, result.name)
      run.kept.add(before.issueId)
      run.inputs.push({ ...before, source, status: 'kept' })
      warnings += before.rows.warnings ?? 0
      return []
    }
    const exported = result.exported!
    const other = ids.get(exported.issueId)
    if (other !== undefined) {
      const message = `Unexpected second issue with id ${exported.issueId} (first: ${other}), expected unique ids: rename one of the files`
      run.failed.push({ source, message })
      return [{ code: 'duplicate-id', message, line: null, error: true }]
    }
    ids.set(exported.issueId, result.name)
    warnings += result.findings.filter((f) => f.note !== true).length
    const part = settings.partition === 'year' ? partitionOf(exported.year) : null
    for (const table of TABLE_NAMES) if (!isDerived(table)) await writer.write(table, part, exported.tables[table], exported.counts[table])
    run.inputs.push({ source, issueId: exported.issueId, sha256: exported.sha256, status: 'parsed', rows: exported.counts })
    return []
  })
  return { ...run, tally, warnings }
}

/** Refuse a run that would drop more than SHRINK_SHARE of the issues the folder holds, naming them. */
export function checkShrink(previous: Previous | null, inputs: readonly { issueId: string }[], allow: boolean, out: string): void {
  if (!previous || allow) return
  const now = new Set(inputs.map((i) => i.issueId))
  const missing = previous.issueIds.filter((id) => !now.has(id))
  if (missing.length === 0 || missing.length <= previous.issueIds.length * SHRINK_SHARE) return
  const named = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '')
  throw new UsageError(
    `Unexpected loss of ${missing.length} of the ${previous.issueIds.length} issues ${out} holds (${named}), expected at most ` +
      `${SHRINK_SHARE * 100}% to go; ${out} is unchanged: check the inputs, or pass --allow-shrink if they should go`,
  )
}
