/**
 * The export's people table, made once every issue's bylines are staged
 * (parsed, kept by --incremental, or merged from shards): read the staged
 * bylines files back and write one row per person, so the people of an
 * incremental or merged export are those of a full one.
 */
import { createReadStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parse as parseCsv } from 'csv-parse'
import { csvRows } from '../emit/csv.js'
import { TABLES, type TableName } from '../schema.js'
import { tableFile } from './layout.js'
import { cellsOf, columnsOf, peopleRows, type BylineCells } from './rows.js'
import type { Shard } from './shard.js'
import type { StagedFile } from './stage.js'
import { fileSha256 } from './verify.js'

/** Whether a table is made at the end from others (people), never written issue by issue nor copied. */
export function isDerived(table: TableName): boolean {
  return 'derived' in TABLES[table]
}

/**
 * Write the people file into the version folder from its staged bylines files.
 *
 * @param files the staged files of every table (the bylines ones are read)
 * @returns the people file, as staged files are described
 */
export async function stagePeople(dir: string, files: readonly StagedFile[], format: 'csv' | 'jsonl', shard: Shard | null): Promise<StagedFile> {
  const bylines: BylineCells[] = []
  for (const file of files.filter((f) => f.table === 'bylines')) {
    const full = path.join(dir, file.path)
    if (format === 'csv') {
      for await (const row of createReadStream(full).pipe(parseCsv({ columns: true, bom: true })) as AsyncIterable<BylineCells>) bylines.push(row)
    } else {
      for await (const line of createInterface({ input: createReadStream(full), crlfDelay: Infinity })) if (line !== '') bylines.push(JSON.parse(line) as BylineCells)
    }
  }
  const rows = peopleRows(bylines)
  for (const row of rows) TABLES.people.schema.parse(row)
  const columns = columnsOf('people')
  const text =
    format === 'csv'
      ? csvRows([columns, ...rows.map((r) => cellsOf('people', r))], false)
      : rows.map((r) => `${JSON.stringify(r)}\n`).join('')
  const relative = tableFile('people', null, shard, format)
  await fs.mkdir(path.dirname(path.join(dir, relative)), { recursive: true })
  await fs.writeFile(path.join(dir, relative), text)
  return { table: 'people', path: relative, rows: rows.length, sha256: await fileSha256(path.join(dir, relative)) }
}
