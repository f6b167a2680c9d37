/**
 * What --incremental may keep, and copying kept rows forward. A row is kept
 * only when everything that made it is the same: the file (its path, which
 * gives the issue id, page and date), its bytes (SHA-256), the tool version,
 * the tables' columns, the schema version and every option that changes rows.
 */
import { createHash } from 'node:crypto'
import { createReadStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parse as parseCsv } from 'csv-parse'
import { csvRows } from '../emit/csv.js'
import { TABLE_NAMES, type Manifest, type TableName } from '../schema.js'
import { isDerived } from './people.js'
import { fileColumns, partOfFile, type Partitioning } from './layout.js'
import type { TableWriter } from './stage.js'

/** The key a file is kept by: its bytes and where it is. */
export function keepKey(name: string, sha256: string): string {
  return `${sha256} ${path.resolve(name)}`
}

/** Everything besides the file that decides its rows, as one comparable string. */
export function rowSettings(m: Pick<Manifest, 'tool' | 'schemaVersion' | 'format' | 'partition' | 'options'>): string {
  return JSON.stringify([m.tool.version, m.tool.columns ?? null, m.schemaVersion, m.format, m.partition, m.options.date, m.options.check])
}

let digest: string | null = null

/**
 * SHA-256 of every table's columns in order: rows of another shape are never
 * kept or merged. Made on first use, not when the CLI starts.
 */
export function columnsDigest(): string {
  digest ??= createHash('sha256')
    .update(JSON.stringify(TABLE_NAMES.map((table) => [table, fileColumns(table, 'none')])))
    .digest('hex')
  return digest
}

/**
 * Copy rows of an earlier export (or a shard) into the staged tables.
 *
 * @param dir the folder the manifest's paths are relative to
 * @param issueIds only rows of these issues; null for all
 * @param scratch a folder for temporary files (inside the version being built)
 */
export async function copyRows(
  dir: string,
  manifest: Manifest,
  issueIds: ReadonlySet<string> | null,
  writer: TableWriter,
  scratch: string,
): Promise<void> {
  const partition = manifest.partition
  for (const table of TABLE_NAMES.filter((t) => !isDerived(t))) {
    for (const file of manifest.tables[table]?.files ?? []) {
      const from = path.join(dir, file.path)
      const part = partOfFile(file.path)
      if (manifest.format === 'parquet') {
        const lines = path.join(scratch, `.copy-${table}.jsonl`)
        const { openDatabase, parquetRowsAsJsonl } = await import('./duckdb.js')
        const db = await openDatabase(null)
        try {
          await parquetRowsAsJsonl(db, table, from, issueIds && [...issueIds], lines, partition)
        } finally {
          db.close()
        }
        await copyFile(lines, 'jsonl', table, part, issueIds, writer, partition)
        await fs.rm(lines, { force: true })
      } else {
        await copyFile(from, manifest.format, table, part, issueIds, writer, partition)
      }
    }
  }
}

/** Rows are re-rendered in the schema's column order, whatever wrote them, in batches. */
async function copyFile(
  file: string,
  format: 'csv' | 'jsonl',
  table: TableName,
  part: string | null,
  issueIds: ReadonlySet<string> | null,
  writer: TableWriter,
  partition: Partitioning,
): Promise<void> {
  const columns = fileColumns(table, partition)
  const rows: Record<string, unknown>[] = []
  const flush = async (): Promise<void> => {
    if (rows.length === 0) return
    const text =
      writer.format === 'csv'
        ? csvRows(rows.map((row) => columns.map((c) => (row[c] === '' || row[c] === undefined ? null : row[c]))), false)
        : rows.map((row) => `${JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))}\n`).join('')
    await writer.writeFileRows(table, part, text, rows.length)
    rows.length = 0
  }
  const source: AsyncIterable<Record<string, unknown>> =
    format === 'csv' ? createReadStream(file).pipe(parseCsv({ columns: true, bom: true })) : jsonLines(file)
  for await (const row of source) {
    if (issueIds && !issueIds.has(String(row.issue_id))) continue
    rows.push(row)
    if (rows.length >= 1000) await flush()
  }
  await flush()
}

async function* jsonLines(file: string): AsyncGenerator<Record<string, unknown>> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line !== '') yield JSON.parse(line) as Record<string, unknown>
  }
}
