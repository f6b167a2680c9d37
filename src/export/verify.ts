/**
 * Checks made before anything is published, and before kept rows are reused:
 * the files say what the manifest says (rows, SHA-256), keys are unique and
 * foreign keys resolve. DuckDB reads the files back as any reader would.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { TABLES, TABLE_NAMES, type TableName } from '../schema.js'
import type { ExportFormat, Partitioning } from './layout.js'
import type { StagedFile } from './stage.js'

/**
 * What is wrong with the tables of a version folder, or an empty list.
 *
 * @param expected rows each table should have (the sum over the manifest's inputs)
 */
export async function verifyTables(
  dir: string,
  files: readonly StagedFile[],
  format: ExportFormat,
  partition: Partitioning,
  expected: Readonly<Record<TableName, number>>,
): Promise<string[]> {
  const { openDatabase, readFilesSql, queryRows, quote } = await import('./duckdb.js')
  const db = await openDatabase(null)
  const problems: string[] = []
  try {
    for (const table of TABLE_NAMES) {
      const { key, references } = TABLES[table]
      const keep = [key, ...Object.keys(references)].map(quote).join(', ')
      const paths = files.filter((f) => f.table === table).map((f) => path.join(dir, f.path))
      // Only the key columns are held, so this stays small however long the texts are.
      const source = paths.length
        ? `(SELECT ${keep} FROM ${readFilesSql(table, paths, format, partition)})`
        : `(SELECT ${[key, ...Object.keys(references)].map((c) => `NULL::VARCHAR AS ${quote(c)}`).join(', ')} WHERE false)`
      await db.connection.run(`CREATE TABLE ${quote(`v_${table}`)} AS SELECT * FROM ${source}`)
      const [counts] = await queryRows(
        db,
        `SELECT count(*)::BIGINT AS n, count(DISTINCT ${quote(key)})::BIGINT AS distinct_keys, count(${quote(key)})::BIGINT AS keys FROM ${quote(`v_${table}`)}`,
      )
      const n = Number(counts!.n)
      if (n !== expected[table]) problems.push(`${table} has ${n} rows, the manifest says ${expected[table]}`)
      if (Number(counts!.distinct_keys) !== n || Number(counts!.keys) !== n) problems.push(`${table}.${key} is not unique and present in every row`)
      for (const [column, parent] of Object.entries(references) as [string, TableName][]) {
        const [orphans] = await queryRows(
          db,
          `SELECT count(*)::BIGINT AS n FROM ${quote(`v_${table}`)} c WHERE c.${quote(column)} IS NOT NULL AND NOT EXISTS ` +
            `(SELECT 1 FROM ${quote(`v_${parent}`)} p WHERE p.${quote(TABLES[parent].key)} = c.${quote(column)})`,
        )
        if (Number(orphans!.n) > 0) problems.push(`${orphans!.n} ${table} rows point at no ${parent} row (${column})`)
      }
    }
  } finally {
    db.close()
  }
  return problems
}

/** The SHA-256 of a file, streamed. */
export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/**
 * The first file of an earlier export that differs from what its manifest
 * recorded (truncated, edited, missing), or null when all match.
 */
export async function changedFile(dir: string, files: readonly { path: string; sha256: string }[]): Promise<string | null> {
  for (const file of files) {
    const actual = await fileSha256(path.join(dir, file.path)).catch(() => null)
    if (actual !== file.sha256) return file.path
  }
  return null
}
