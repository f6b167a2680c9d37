/**
 * The embedded database: the export's tables in a DuckDB file, with their
 * types, primary keys and foreign keys, and Parquet written by DuckDB's COPY.
 * `@duckdb/node-api` is loaded only when one of these is asked for.
 */
import { z } from 'zod'
import { isIsoDate, TABLES, type TableName } from '../schema.js'
import { fileColumns, hasPartitionColumn, PARTITION_COLUMN, type ExportFormat, type Partitioning } from './layout.js'
import { columnsOf } from './rows.js'

type Connection = {
  run(sql: string): Promise<unknown>
  runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): Record<string, unknown>[] }>
  closeSync?(): void
}

/** An open DuckDB database, in memory or in a file. */
export interface Database {
  readonly connection: Connection
  close(): void
}

/** Open DuckDB; `path` null for an in-memory database. */
export async function openDatabase(path: string | null): Promise<Database> {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const instance = await DuckDBInstance.create(path ?? ':memory:')
  const connection = (await instance.connect()) as unknown as Connection
  return {
    connection,
    close: () => {
      connection.closeSync?.()
      ;(instance as unknown as { closeSync?: () => void }).closeSync?.()
    },
  }
}

/** The SQL type of a column, from its zod schema. */
export function sqlType(table: TableName, column: string): string {
  const spec = TABLES[table]
  let field = (spec.schema.shape as Record<string, z.ZodType>)[column]!
  if (isIsoDate(field)) return 'DATE'
  while (field instanceof z.ZodNullable || field instanceof z.ZodOptional) field = field.unwrap() as z.ZodType
  if (field instanceof z.ZodNumber) return field.format === 'safeint' || field.format === 'int32' ? 'BIGINT' : 'DOUBLE'
  return field instanceof z.ZodBoolean ? 'BOOLEAN' : 'VARCHAR'
}

function nullable(table: TableName, column: string): boolean {
  const field = (TABLES[table].schema.shape as Record<string, z.ZodType>)[column]!
  return field instanceof z.ZodNullable || field instanceof z.ZodOptional
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`
const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`

/** CREATE TABLE with types, NOT NULL, the primary key and foreign keys. */
export function createTableSql(table: TableName): string {
  const spec = TABLES[table]
  const columns = columnsOf(table).map((c) => `${quote(c)} ${sqlType(table, c)}${nullable(table, c) ? '' : ' NOT NULL'}`)
  const keys = [`PRIMARY KEY (${quote(spec.key)})`]
  for (const [column, parent] of Object.entries(spec.references)) {
    keys.push(`FOREIGN KEY (${quote(column)}) REFERENCES ${quote(parent)} (${quote(TABLES[parent as TableName].key)})`)
  }
  return `CREATE TABLE ${quote(table)} (\n  ${[...columns, ...keys].join(',\n  ')}\n)`
}

/**
 * A DuckDB table function reading our files of one table, columns typed by
 * the schema. In a partitioned layout the partition column comes from the
 * folder names (typed, the default partition as null); elsewhere folder
 * names are never read as columns.
 */
export function readFilesSql(table: TableName, files: readonly string[], format: ExportFormat, partition: Partitioning, fromPaths = true): string {
  const list = `[${files.map(literal).join(', ')}]`
  const hive = fromPaths && hasPartitionColumn(table, partition)
    ? `hive_partitioning = true, hive_types = {${literal(PARTITION_COLUMN)}: ${literal(sqlType(table, PARTITION_COLUMN))}}`
    : 'hive_partitioning = false'
  const columns = `{${fileColumns(table, partition)
    .map((c) => `${literal(c)}: ${literal(sqlType(table, c))}`)
    .join(', ')}}`
  if (format === 'parquet') return `read_parquet(${list}, ${hive})`
  if (format === 'csv') return `read_csv(${list}, header = true, columns = ${columns}, quote = '"', escape = '"', auto_detect = false, ${hive})`
  return `read_json(${list}, format = 'newline_delimited', columns = ${columns}, ${hive})`
}

/**
 * Create the tables (parents first, so foreign keys hold) and load our files.
 *
 * @param files the files of each table
 */
export async function loadTables(
  db: Database,
  files: Readonly<Record<TableName, readonly string[]>>,
  format: ExportFormat,
  partition: Partitioning,
): Promise<void> {
  for (const table of Object.keys(TABLES) as TableName[]) {
    await db.connection.run(createTableSql(table))
    if (files[table].length === 0) continue
    const columns = columnsOf(table).map(quote).join(', ')
    await db.connection.run(`INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM ${readFilesSql(table, files[table], format, partition)}`)
  }
}

/** Write one staged JSON Lines file as Parquet, with the same columns. */
export async function jsonlToParquet(db: Database, table: TableName, from: string, to: string, partition: Partitioning): Promise<void> {
  // The partition column stays in the path: the file holds the staged columns only.
  await db.connection.run(`COPY (SELECT * FROM ${readFilesSql(table, [from], 'jsonl', partition, false)}) TO ${literal(to)} (FORMAT parquet)`)
}

/**
 * Rows of earlier Parquet files, as JSON Lines with the files' columns (for
 * --incremental and merge).
 *
 * @param issueIds only rows of these issues; null for all
 */
export async function parquetRowsAsJsonl(
  db: Database,
  table: TableName,
  from: string,
  issueIds: readonly string[] | null,
  to: string,
  partition: Partitioning,
): Promise<void> {
  const columns = fileColumns(table, partition).map(quote).join(', ')
  const where = issueIds ? ` WHERE list_contains([${issueIds.map(literal).join(', ')}], issue_id)` : ''
  await db.connection.run(`COPY (SELECT ${columns} FROM read_parquet([${literal(from)}], hive_partitioning = false)${where}) TO ${literal(to)} (FORMAT json)`)
}

/** Run a query and read its rows as plain values. */
export async function queryRows(db: Database, sql: string): Promise<Record<string, unknown>[]> {
  return (await db.connection.runAndReadAll(sql)).getRowObjectsJson()
}

export { quote, literal }
