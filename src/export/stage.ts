/**
 * The staged tables of a run: one file per table (and partition), written
 * as rows arrive, each counted and hashed on the way, so the manifest can
 * say exactly what every file holds.
 */
import { createHash, type Hash } from 'node:crypto'
import { createWriteStream, promises as fs, type WriteStream } from 'node:fs'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { csvRows } from '../emit/csv.js'
import type { TableName } from '../schema.js'
import { fileColumns, hasPartitionColumn, PARTITION_COLUMN, tableFile, type Partitioning } from './layout.js'
import type { Shard } from './shard.js'
import type { Steps } from './steps.js'

/** A finished table file: where, how many rows, and its SHA-256. */
export interface StagedFile {
  readonly table: TableName
  /** Relative to the version folder, with `/`. */
  readonly path: string
  readonly rows: number
  readonly sha256: string
}

interface Open {
  readonly stream: WriteStream
  readonly hash: Hash
  readonly table: TableName
  readonly path: string
  rows: number
}

/** Writes staged rows (CSV without header, or JSON Lines) into table files of one version folder. */
export class TableWriter {
  private readonly files = new Map<string, Open>()
  private failure: Error | null = null

  /**
   * @param dir the version folder
   * @param format how rows arrive and are written (Parquet is made from JSON Lines afterwards)
   */
  constructor(
    readonly dir: string,
    readonly format: 'csv' | 'jsonl',
    readonly partition: Partitioning,
    readonly shard: Shard | null,
    private readonly steps: Steps,
  ) {}

  /**
   * Append rows to a table.
   *
   * @param part the partition folder, or null
   * @param text rendered rows, in the table's full column order
   * @param rows how many rows `text` holds
   */
  async write(table: TableName, part: string | null, text: string, rows: number): Promise<void> {
    await this.writeFileRows(table, part, hasPartitionColumn(table, this.partition) ? dropPartitionColumn(table, text, this.format) : text, rows)
  }

  /** Append rows that already have the file's columns (copied from an earlier file). */
  async writeFileRows(table: TableName, part: string | null, text: string, rows: number): Promise<void> {
    const file = await this.open(table, part)
    file.rows += rows
    await this.put(file, text)
    this.steps(`write ${file.path}`)
  }

  /** Finish every file and flush it to disk; the files, by table order then path. */
  async close(order: readonly TableName[]): Promise<StagedFile[]> {
    for (const file of this.files.values()) {
      await new Promise<void>((resolve, reject) => file.stream.end((error?: Error | null) => (error ? reject(error) : resolve())))
      this.check()
      const handle = await fs.open(path.join(this.dir, file.path), 'r')
      await handle.sync().finally(() => handle.close())
      this.steps(`close ${file.path}`)
    }
    return [...this.files.values()]
      .map((f) => ({ table: f.table, path: f.path, rows: f.rows, sha256: f.hash.digest('hex') }))
      .sort((a, b) => order.indexOf(a.table) - order.indexOf(b.table) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }

  /** Stop writing (after a failure); the folder is removed by the caller. */
  destroy(): void {
    for (const file of this.files.values()) file.stream.destroy()
  }

  private async open(table: TableName, part: string | null): Promise<Open> {
    const relative = tableFile(table, part, this.shard, this.format)
    let file = this.files.get(relative)
    if (file) return file
    const full = path.join(this.dir, relative)
    await fs.mkdir(path.dirname(full), { recursive: true })
    const stream = createWriteStream(full)
    // A write error (a full disk) is kept and thrown at the next write, never left unhandled.
    stream.on('error', (error) => (this.failure ??= error))
    file = { stream, hash: createHash('sha256'), table, path: relative, rows: 0 }
    this.files.set(relative, file)
    if (this.format === 'csv') await this.put(file, csvRows([fileColumns(table, this.partition)], false))
    return file
  }

  private async put(file: Open, text: string): Promise<void> {
    this.check()
    if (text.length === 0) return
    file.hash.update(text)
    if (!file.stream.write(text)) {
      // Both listeners go once either fires: a run over many files waits here thousands of times.
      await new Promise<void>((resolve) => {
        const done = (): void => {
          file.stream.off('drain', done)
          file.stream.off('error', done)
          resolve()
        }
        file.stream.on('drain', done)
        file.stream.on('error', done)
      })
    }
    this.check()
  }

  private check(): void {
    if (this.failure) throw this.failure
  }
}

/** Rows without the partition column, which the folder name holds. */
function dropPartitionColumn(table: TableName, text: string, format: 'csv' | 'jsonl'): string {
  if (text === '') return text
  if (format === 'jsonl') {
    return text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const { [PARTITION_COLUMN]: _, ...rest } = JSON.parse(line) as Record<string, unknown>
        return `${JSON.stringify(rest)}\n`
      })
      .join('')
  }
  const all = [...fileColumns(table, 'none')]
  const drop = all.indexOf(PARTITION_COLUMN)
  const rows = parseCsv(text, { relax_column_count: false }) as string[][]
  return csvRows(
    rows.map((row) => row.filter((_, i) => i !== drop).map((cell) => (cell === '' ? null : cell))),
    false,
  )
}
