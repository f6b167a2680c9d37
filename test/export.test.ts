/**
 * Warehouse export against the real engine: the seed and the fixtures are
 * exported, loaded into DuckDB in process, and checked: row counts, keys,
 * foreign keys, a CSV round trip against JSON Lines, Parquet, partitions,
 * incremental runs, and the README's example queries.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { Manifest, TABLE_NAMES, TABLES, type TableName } from '../src/schema.js'
import { repo, runBin, runMain } from './helpers/run.js'
import { seedText as seed } from './helpers/seed.js'
import { scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('export')
const inputs = path.join(tmp, 'inputs')


beforeAll(() => {
  // The seed under two dates and none, every fixture under its own name, and
  // a text with ASCII quotes, commas and a line break inside a field.
  mkdirSync(inputs, { recursive: true })
  writeFileSync(path.join(inputs, '2019-07-20.md'), seed)
  writeFileSync(path.join(inputs, '2020-01-05.md'), seed.replace(/474/g, '500'))
  for (const name of readdirSync(path.join(repo, 'fixtures', 'parse'))) {
    cpSync(path.join(repo, 'fixtures', 'parse', name, 'input.md'), path.join(inputs, `${name}.md`))
  }
  writeFileSync(
    path.join(inputs, 'quotes.md'),
    '## 标题含"引号",逗号\n\n——副题"一"\n\n本报讯(记者汪伦)第一段有"英文引号",还有逗号,\n也有换行。\n\n第二段。\n',
  )
})

async function open(file: string) {
  const instance = await DuckDBInstance.create(file)
  const connection = await instance.connect()
  return {
    rows: async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson(),
    close: () => connection.closeSync(),
  }
}

function exportTo(name: string, ...args: string[]) {
  const out = path.join(tmp, name)
  const run = runBin(['export', inputs, '--out', out, '-q', ...args])
  return { out, run, manifest: existsSync(path.join(out, 'manifest.json')) ? Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))) : null }
}

describe('export', () => {
  it('writes every table and a manifest, and the DuckDB file has the same rows, keys and foreign keys', async () => {
    const { out, run, manifest } = exportTo('csv', '--duckdb', path.join(tmp, 'csv', 'archive.duckdb'))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['archive.duckdb', ...TABLE_NAMES.map((t) => `${t}.csv`), 'manifest.json'].sort())
    expect(manifest!.inputs).toHaveLength(readdirSync(inputs).length)
    expect(manifest!.inputs.every((i) => i.status === 'parsed')).toBe(true)
    expect(manifest!.tool.name).toBe('baicheng-news')
    const db = await open(path.join(out, 'archive.duckdb'))
    for (const table of TABLE_NAMES) {
      const [{ n }] = (await db.rows(`SELECT count(*)::INTEGER AS n FROM ${table}`)) as [{ n: number }]
      expect(n, table).toBe(manifest!.tables[table]!.rows)
      expect(n, table).toBeGreaterThan(0)
      const [{ distinct }] = (await db.rows(`SELECT count(DISTINCT ${TABLES[table].key})::INTEGER AS distinct FROM ${table}`)) as [{ distinct: number }]
      expect(distinct, `${table} key`).toBe(n)
      for (const [column, parent] of Object.entries(TABLES[table].references)) {
        const key = TABLES[parent as TableName].key
        const [{ orphans }] = (await db.rows(
          `SELECT count(*)::INTEGER AS orphans FROM ${table} c LEFT JOIN ${parent} p ON c.${column} = p.${key} WHERE p.${key} IS NULL`,
        )) as [{ orphans: number }]
        expect(orphans, `${table}.${column} → ${parent}`).toBe(0)
      }
    }
    const constraints = await db.rows("SELECT table_name, constraint_type FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')")
    expect(constraints.filter((c) => c.constraint_type === 'FOREIGN KEY').length).toBe(18)
    expect(constraints.filter((c) => c.constraint_type === 'PRIMARY KEY').length).toBe(10)
    db.close()
  }, 120_000)

  it('loses nothing in a CSV round trip: every row equals the JSON Lines export', async () => {
    const csv = exportTo('rt-csv', '--format', 'csv', '--duckdb', path.join(tmp, 'rt-csv.duckdb'))
    const jsonl = exportTo('rt-jsonl', '--format', 'jsonl', '--duckdb', path.join(tmp, 'rt-jsonl.duckdb'))
    expect([csv.run.code, jsonl.run.code]).toEqual([0, 0])
    const a = await open(path.join(tmp, 'rt-csv.duckdb'))
    const b = await open(path.join(tmp, 'rt-jsonl.duckdb'))
    for (const table of TABLE_NAMES) {
      const sql = `SELECT * FROM ${table} ORDER BY ${TABLES[table].key}`
      expect(await a.rows(sql), table).toEqual(await b.rows(sql))
    }
    const [quoted] = (await a.rows("SELECT headline, subtitle, text FROM articles WHERE issue_id = 'quotes'")) as [Record<string, string>]
    expect(quoted).toEqual({ headline: '标题含"引号",逗号', subtitle: '副题"一"', text: '第一段有"英文引号",还有逗号, 也有换行。\n第二段。' })
    const lines = readFileSync(path.join(jsonl.out, 'articles.jsonl'), 'utf8').trimEnd().split('\n')
    expect(lines.length).toBe(jsonl.manifest!.tables.articles!.rows)
    a.close()
    b.close()
  }, 120_000)

  it('writes Parquet through DuckDB, partitioned by year', async () => {
    const { out, run, manifest } = exportTo('parquet', '--format', 'parquet', '--partition', 'year')
    expect(run.code).toBe(0)
    expect(readdirSync(path.join(out, 'articles'))).toEqual(expect.arrayContaining(['year=2019', 'year=2020', 'year=1946', 'year=__HIVE_DEFAULT_PARTITION__']))
    expect(existsSync(path.join(out, 'articles', 'year=2019', 'part-0.parquet'))).toBe(true)
    const db = await open(':memory:')
    const [{ n }] = (await db.rows(`SELECT count(*)::INTEGER AS n FROM read_parquet('${out}/articles/*/*.parquet', hive_partitioning = true)`)) as [{ n: number }]
    expect(n).toBe(manifest!.tables.articles!.rows)
    const years = await db.rows(`SELECT DISTINCT year FROM read_parquet('${out}/issues/*/*.parquet', hive_partitioning = true) ORDER BY year`)
    expect(years.map((r) => r.year)).toEqual(expect.arrayContaining(['2019', '2020']))
    db.close()
  }, 120_000)

  it.each([
    ['jsonl', []],
    ['csv', ['--partition', 'year']],
    ['parquet', []],
  ])('--incremental (%s %s) re-parses only changed files and keeps the others rows as they were', async (format, extra) => {
    const dir = path.join(tmp, `inc-inputs-${format}`)
    cpSync(inputs, dir, { recursive: true })
    const out = path.join(tmp, `inc-${format}`)
    const full = path.join(tmp, `inc-full-${format}`)
    const args = ['--format', format, ...extra, '-q']
    expect(runBin(['export', dir, '--out', out, ...args]).code).toBe(0)
    writeFileSync(path.join(dir, '2020-01-05.md'), seed.replace(/474/g, '600'))
    expect(runBin(['export', dir, '--out', out, ...args, '--incremental', '--duckdb', path.join(out, 'db.duckdb')]).code).toBe(0)
    const manifest = Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')))
    expect(manifest.inputs.filter((i) => i.status === 'parsed').map((i) => i.issueId)).toEqual(['2020-01-05'])
    expect(manifest.inputs.filter((i) => i.status === 'kept')).toHaveLength(manifest.inputs.length - 1)
    // The same rows as a full run on the changed inputs.
    expect(runBin(['export', dir, '--out', full, ...args, '--duckdb', path.join(full, 'db.duckdb')]).code).toBe(0)
    const a = await open(path.join(out, 'db.duckdb'))
    const b = await open(path.join(full, 'db.duckdb'))
    for (const table of TABLE_NAMES) {
      const sql = `SELECT * FROM ${table} ORDER BY ${TABLES[table].key}`
      expect(await a.rows(sql), table).toEqual(await b.rows(sql))
    }
    const [{ total }] = (await a.rows("SELECT sum(value) AS total FROM figures WHERE issue_id = '2020-01-05' AND text = '600个'")) as [{ total: number }]
    expect(total).toBe(1200)
    a.close()
    b.close()
  }, 180_000)

  it('refuses two issues with one id, exports the rest, and says so', () => {
    const dir = path.join(tmp, 'dupes')
    mkdirSync(path.join(dir, 'a'), { recursive: true })
    mkdirSync(path.join(dir, 'b'), { recursive: true })
    writeFileSync(path.join(dir, 'a', '2019-07-20.md'), seed)
    writeFileSync(path.join(dir, 'b', '2019-07-20.md'), seed)
    const run = runBin(['export', dir, '--out', path.join(tmp, 'dupes-out')])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/b\/2019-07-20\.md: error: Unexpected second issue with id 2019-07-20 \(first: .*a\/2019-07-20\.md\).*\[duplicate-id\]/)
  })

  it('needs --out, and refuses a bad format or partition', async () => {
    expect((await runMain(['export', 'seeds'])).code).toBe(2)
    expect((await runMain(['export', 'seeds', '--out', tmp, '--format', 'xml'])).stderr).toContain('expected one of csv, jsonl, parquet')
    expect((await runMain(['export', 'seeds', '--out', tmp, '--partition', 'month'])).code).toBe(2)
  })

  it('rows validate against the exported JSON Schema of each table', async () => {
    const { out } = exportTo('schema-check', '--format', 'jsonl')
    const ajv = new Ajv2020({ strict: false })
    for (const table of TABLE_NAMES) {
      const validate = ajv.compile(JSON.parse((await runMain(['schema', `${table}-row`])).stdout))
      for (const line of readFileSync(path.join(out, `${table}.jsonl`), 'utf8').trimEnd().split('\n')) {
        expect(validate(JSON.parse(line)), `${table}: ${JSON.stringify(validate.errors)}`).toBe(true)
      }
    }
  }, 60_000)
})

describe('README queries', () => {
  it('print what the README says they print', async () => {
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8')
    const command = /<!-- export-command -->\s*```sh\n(.+)\n```/.exec(readme)![1]!
    const out = path.join(tmp, 'readme')
    // The README's command, run in a scratch folder with the seed.
    mkdirSync(path.join(out, 'seeds'), { recursive: true })
    cpSync(path.join(repo, 'seeds'), path.join(out, 'seeds'), { recursive: true })
    const args = command.replace(/^baicheng-news /, '').split(' ').map((a) => (a === 'seeds' ? path.join(out, 'seeds') : a.startsWith('out') ? path.join(out, a) : a))
    expect(runBin([...args, '-q']).code).toBe(0)
    const db = await open(path.join(out, 'out', 'archive.duckdb'))
    const blocks = [...readme.matchAll(/<!-- query -->\s*```sql\n([\s\S]+?)```\s*```text\n([\s\S]+?)```/g)]
    expect(blocks.length).toBe(4)
    for (const [, sql, printed] of blocks) expect(formatRows(await db.rows(sql!))).toBe(printed!.trimEnd())
    db.close()
  }, 120_000)
})

/** Rows as the README prints them: a header line and one tab-separated line a row. */
export function formatRows(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '(no rows)'
  const columns = Object.keys(rows[0]!)
  return [columns.join('\t'), ...rows.map((r) => columns.map((c) => (r[c] === null ? 'NULL' : String(r[c]))).join('\t'))].join('\n')
}
