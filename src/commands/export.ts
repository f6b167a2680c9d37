/**
 * `baicheng-news export`: the archive as warehouse tables (issues, articles,
 * bylines, sections, paragraphs, figures, dates, warnings) in CSV, JSON Lines
 * or Parquet, with a manifest; optionally a DuckDB file with the same tables
 * and their keys.
 *
 * Everything is written under a hidden staging folder first and moved into
 * place at the end, the manifest last: an interrupted run leaves the
 * previous export as it was.
 */
import { createReadStream, createWriteStream, promises as fs, type WriteStream } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parse as parseCsv } from 'csv-parse'
import { csvRows } from '../emit/csv.js'
import { UsageError } from '../errors.js'
import { columnsOf } from '../export/rows.js'
import { writeFileAtomic } from '../io/write.js'
import type { MainParams } from '../main.js'
import type { Exported } from '../run/work.js'
import { Manifest, SCHEMA_VERSION, TABLE_NAMES, type TableName } from '../schema.js'
import { VERSION } from '../version.js'
import { exitCode, forEachIssue, type IssueOptions } from './issues.js'

/** The options `export` takes, as commander hands them over. */
export interface ExportOptions extends IssueOptions {
  out?: string
  format?: string
  partition?: string
  incremental?: boolean
  duckdb?: string
  verbose?: boolean
}

const FORMATS = ['csv', 'jsonl', 'parquet'] as const
type ExportFormat = (typeof FORMATS)[number]

/** The folder a year's rows go in, Hive style; an issue with no date goes in the default partition. */
export function partitionOf(year: number | null): string {
  return `year=${year ?? '__HIVE_DEFAULT_PARTITION__'}`
}

/**
 * Run `export` over the given paths.
 *
 * @returns the exit code
 */
export async function runExport(paths: readonly string[], options: ExportOptions, io: MainParams): Promise<number> {
  if (!options.out) throw new UsageError('Missing --out <dir>, expected the folder to write the tables to, e.g. --out out')
  const format = (options.format ?? 'csv') as ExportFormat
  if (!FORMATS.includes(format)) throw new UsageError(`Unexpected --format ${JSON.stringify(options.format)}, expected one of: ${FORMATS.join(', ')}`)
  const partition = options.partition ?? 'none'
  if (partition !== 'none' && partition !== 'year') throw new UsageError(`Unexpected --partition ${JSON.stringify(partition)}, expected year (or none)`)
  const out = options.out
  const startedAt = new Date().toISOString()
  const staged: ExportFormat = format === 'parquet' ? 'jsonl' : format

  const previous = options.incremental ? await readManifest(out, format, partition) : null
  const keepBySha = new Map((previous?.inputs ?? []).map((i) => [i.sha256, i]))

  await fs.mkdir(out, { recursive: true })
  const staging = await fs.mkdtemp(path.join(out, '.staging-'))
  const writers = new Map<string, { stream: WriteStream; table: TableName; file: string }>()
  const write = async (table: TableName, part: string | null, text: string): Promise<void> => {
    const relative = part ? `${table}/${part}/part-0.${staged}` : `${table}.${staged}`
    let writer = writers.get(relative)
    if (!writer) {
      const file = path.join(staging, relative)
      await fs.mkdir(path.dirname(file), { recursive: true })
      writer = { stream: createWriteStream(file), table, file: relative }
      writers.set(relative, writer)
      if (staged === 'csv') writer.stream.write(csvRows([columnsOf(table)], false))
    }
    if (text.length > 0 && !writer.stream.write(text)) await new Promise<void>((resolve) => writer!.stream.once('drain', resolve))
  }

  const inputs: Manifest['inputs'] = []
  const failed: Manifest['failed'] = []
  const ids = new Map<string, string>()
  const kept: string[] = []
  let warnings = 0
  try {
    const tally = await forEachIssue(
      'export',
      paths,
      options,
      io,
      { stats: { headline: false }, render: null, export: { format: staged, skip: [...keepBySha.keys()] } },
      async (result) => {
        if (result.kept) {
          const before = keepBySha.get(result.kept)!
          inputs.push({ ...before, source: result.name, status: 'kept' })
          ids.set(before.issueId, result.name)
          kept.push(before.issueId)
          return []
        }
        const exported = result.exported as Exported
        const other = ids.get(exported.issueId)
        if (other !== undefined) {
          const message = `Unexpected second issue with id ${exported.issueId} (first: ${other}), expected unique ids: rename one of the files`
          failed.push({ source: result.name, message })
          return [{ code: 'duplicate-id', message, line: null, error: true }]
        }
        ids.set(exported.issueId, result.name)
        warnings += result.findings.length
        const part = partition === 'year' ? partitionOf(exported.year) : null
        for (const table of TABLE_NAMES) await write(table, part, exported.tables[table])
        inputs.push({ source: result.name, issueId: exported.issueId, sha256: exported.sha256, status: 'parsed', rows: exported.counts })
        return []
      },
    )
    if (tally === null) return exitCode(null, options.strict)

    // --incremental: the rows of unchanged issues, as they were.
    if (previous && kept.length > 0) await copyKept(out, previous, kept, partition, staged, write)
    for (const writer of writers.values()) await new Promise<void>((resolve, reject) => writer.stream.end((e?: Error | null) => (e ? reject(e) : resolve())))

    const files = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as string[]])) as Record<TableName, string[]>
    for (const writer of writers.values()) files[writer.table].push(writer.file)
    for (const table of TABLE_NAMES) files[table].sort()
    let finalFiles = files
    if (format === 'parquet') finalFiles = await toParquet(staging, files)

    await swapIn(out, staging, finalFiles)
    const tables = Object.fromEntries(
      TABLE_NAMES.map((t) => [t, { rows: inputs.reduce((n, i) => n + (i.rows[t] ?? 0), 0), files: finalFiles[t] }]),
    )
    let duckdbFile: string | null = null
    if (options.duckdb) {
      duckdbFile = options.duckdb
      await buildDuckdb(options.duckdb, out, finalFiles, format)
    }
    const manifest: Manifest = {
      tool: { name: 'baicheng-news', version: VERSION },
      schemaVersion: SCHEMA_VERSION,
      format,
      partition: partition as 'none' | 'year',
      startedAt,
      finishedAt: new Date().toISOString(),
      inputs: inputs.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
      failed,
      tables,
      warnings: warnings + inputs.filter((i) => i.status === 'kept').reduce((n, i) => n + (i.rows.warnings ?? 0), 0),
      duckdb: duckdbFile,
    }
    await writeFileAtomic(path.join(out, 'manifest.json'), `${JSON.stringify(Manifest.parse(manifest), null, 2)}\n`)
    if (options.verbose && !options.quiet) {
      io.stderr.write(
        `baicheng-news: exported ${inputs.length} issues (${inputs.filter((i) => i.status === 'kept').length} kept) to ${out}: ` +
          `${TABLE_NAMES.map((t) => `${t} ${tables[t]!.rows}`).join(', ')}\n`,
      )
    }
    return exitCode(tally, options.strict)
  } finally {
    for (const writer of writers.values()) writer.stream.destroy()
    await fs.rm(staging, { recursive: true, force: true })
  }
}

async function readManifest(out: string, format: ExportFormat, partition: string): Promise<Manifest | null> {
  try {
    const manifest = Manifest.parse(JSON.parse(await fs.readFile(path.join(out, 'manifest.json'), 'utf8')))
    // Rows in another format or layout cannot be kept as they were: start afresh.
    return manifest.format === format && manifest.partition === partition ? manifest : null
  } catch {
    return null
  }
}

/** Copy the rows of kept issues from the previous export's files into the staged ones. */
async function copyKept(
  out: string,
  previous: Manifest,
  kept: readonly string[],
  partition: string,
  staged: ExportFormat,
  write: (table: TableName, part: string | null, text: string) => Promise<void>,
): Promise<void> {
  const keep = new Set(kept)
  if (previous.format === 'parquet') {
    const { openDatabase, keptParquetRows } = await import('../export/duckdb.js')
    const db = await openDatabase(null)
    try {
      for (const table of TABLE_NAMES) {
        for (const file of previous.tables[table]?.files ?? []) {
          const scratch = `${path.join(out, file)}.kept.jsonl`
          await keptParquetRows(db, table, [path.join(out, file)], [...keep], scratch)
          await copyLines(scratch, table, partOf(file, partition), keep, 'jsonl', write)
          await fs.rm(scratch, { force: true })
        }
      }
    } finally {
      db.close()
    }
    return
  }
  for (const table of TABLE_NAMES) {
    for (const file of previous.tables[table]?.files ?? []) {
      await copyLines(path.join(out, file), table, partOf(file, partition), keep, staged, write)
    }
  }
}

function partOf(file: string, partition: string): string | null {
  return partition === 'year' ? (file.split('/')[1] ?? null) : null
}

async function copyLines(
  file: string,
  table: TableName,
  part: string | null,
  keep: ReadonlySet<string>,
  format: ExportFormat,
  write: (table: TableName, part: string | null, text: string) => Promise<void>,
): Promise<void> {
  if (format === 'csv') {
    const columns = columnsOf(table)
    const rows = createReadStream(file).pipe(parseCsv({ columns: true, bom: true }))
    for await (const row of rows as AsyncIterable<Record<string, string>>) {
      if (keep.has(row.issue_id!)) await write(table, part, csvRows([columns.map((c) => (row[c] === '' ? null : row[c]))], false))
    }
    return
  }
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line === '') continue
    const row = JSON.parse(line) as Record<string, unknown>
    // Rows come back in the schema's column order, whatever wrote them.
    if (keep.has(String(row.issue_id))) await write(table, part, `${JSON.stringify(Object.fromEntries(columnsOf(table).map((c) => [c, row[c] ?? null])))}\n`)
  }
}

async function toParquet(staging: string, files: Record<TableName, string[]>): Promise<Record<TableName, string[]>> {
  const { openDatabase, jsonlToParquet } = await import('../export/duckdb.js')
  const db = await openDatabase(null)
  const out = {} as Record<TableName, string[]>
  try {
    for (const table of TABLE_NAMES) {
      out[table] = []
      for (const file of files[table]) {
        const parquet = file.replace(/\.jsonl$/, '.parquet')
        await jsonlToParquet(db, table, path.join(staging, file), path.join(staging, parquet))
        await fs.rm(path.join(staging, file))
        out[table].push(parquet)
      }
    }
  } finally {
    db.close()
  }
  return out
}

/** Replace each table's previous files with the staged ones. */
async function swapIn(out: string, staging: string, files: Record<TableName, string[]>): Promise<void> {
  for (const table of TABLE_NAMES) {
    for (const ext of FORMATS) await fs.rm(path.join(out, `${table}.${ext}`), { force: true })
    await fs.rm(path.join(out, table), { recursive: true, force: true })
    for (const file of files[table]) {
      await fs.mkdir(path.dirname(path.join(out, file)), { recursive: true })
      await fs.rename(path.join(staging, file), path.join(out, file))
    }
  }
}

/** Build the DuckDB file beside, then move it into place. */
async function buildDuckdb(target: string, out: string, files: Record<TableName, string[]>, format: ExportFormat): Promise<void> {
  const { openDatabase, loadTables } = await import('../export/duckdb.js')
  const temporary = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`)
  await fs.rm(temporary, { force: true })
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true })
  const db = await openDatabase(temporary)
  try {
    const absolute = Object.fromEntries(TABLE_NAMES.map((t) => [t, files[t].map((f) => path.resolve(out, f))])) as Record<TableName, string[]>
    await loadTables(db, absolute, format)
    await db.connection.run('CHECKPOINT')
  } finally {
    db.close()
  }
  await fs.rename(temporary, target)
  await fs.rm(`${temporary}.wal`, { force: true })
}
