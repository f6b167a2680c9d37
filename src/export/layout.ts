/**
 * Where each table's rows go inside an export folder, and which columns a
 * file holds: Hive-style partitions keep the partition column in the path
 * only, so every reader sees one schema per table.
 */
import { TABLE_NAMES, type TableName } from '../schema.js'
import { columnsOf } from './rows.js'
import { shardLabel, type Shard } from './shard.js'

export type ExportFormat = 'csv' | 'jsonl' | 'parquet'
export type Partitioning = 'none' | 'year'
export const FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'parquet']

/** The column a partitioned table is split by. */
export const PARTITION_COLUMN = 'year'

/** The folder a year's rows go in, Hive style; an issue with no date goes in the default partition. */
export function partitionOf(year: number | null): string {
  return `${PARTITION_COLUMN}=${year ?? '__HIVE_DEFAULT_PARTITION__'}`
}

/**
 * The file a table's rows go to, relative to the export folder:
 * `issues.csv`; `issues/part-2-of-4.csv` for a shard; `issues/year=2019/part-0.csv`
 * partitioned (`part-2-of-4.csv` for a shard).
 */
export function tableFile(table: TableName, part: string | null, shard: Shard | null, extension: string): string {
  const name = shard ? shardLabel(shard) : 'part-0'
  if (part) return `${table}/${part}/${name}.${extension}`
  return shard ? `${table}/${name}.${extension}` : `${table}.${extension}`
}

/** The partition folder of a table file, or null. */
export function partOfFile(file: string): string | null {
  const folder = file.split('/')[1]
  return folder?.startsWith(`${PARTITION_COLUMN}=`) ? folder : null
}

/** The manifest's name: `manifest.json`, or `manifest-part-2-of-4.json` for a shard, so shards copied into one folder never collide. */
export function manifestName(shard: Shard | null): string {
  return shard ? `manifest-${shardLabel(shard)}.json` : 'manifest.json'
}

/** Shard manifests in a folder's listing. */
export const SHARD_MANIFEST = /^manifest-part-(\d+)-of-(\d+)\.json$/

/** The columns a table's files hold: all of them, less the partition column when it is in the path. */
export function fileColumns(table: TableName, partition: Partitioning): string[] {
  const columns = columnsOf(table)
  return partition === 'year' ? columns.filter((c) => c !== PARTITION_COLUMN) : columns
}

/** Whether a table's files lack one of its columns (it comes from the path). */
export function hasPartitionColumn(table: TableName, partition: Partitioning): boolean {
  return partition === 'year' && columnsOf(table).includes(PARTITION_COLUMN)
}

/** An empty list of files per table. */
export function perTable<T>(make: () => T): Record<TableName, T> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, make()])) as Record<TableName, T>
}
