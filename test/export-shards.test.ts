/**
 * Shards run as separate processes into separate folders, in the forms CI
 * systems give (`K/N`, GitLab's CI_NODE_INDEX/CI_NODE_TOTAL, a Kubernetes
 * JOB_COMPLETION_INDEX), and `merge` joins them into what one machine makes,
 * row for row; it refuses missing, doubled or overlapping shards. Partitioned
 * Parquet has one schema per table, read by DuckDB and by hyparquet.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { parquetMetadata, parquetReadObjects } from 'hyparquet'
import { beforeAll, describe, expect, it } from 'vitest'
import { shardOf } from '../src/commands/issues.js'
import { TABLE_NAMES, TABLES } from '../src/schema.js'
import { bin, repo, runMain, type Run } from './helpers/run.js'
import { makeInputs, manifestOf, seedText } from './helpers/warehouse.js'
import { scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('shards')
const inputs = path.join(tmp, 'inputs')
beforeAll(() => void makeInputs(inputs, 30))

/** The built binary as a child process, without waiting: shards run side by side. */
function runChild(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...argv], { cwd: repo, env: { PATH: process.env.PATH ?? '', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

async function tablesOf(file: string): Promise<Record<string, unknown[]>> {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' })
  const connection = await instance.connect()
  const tables: Record<string, unknown[]> = {}
  for (const table of TABLE_NAMES) {
    tables[table] = (await connection.runAndReadAll(`SELECT * FROM ${table} ORDER BY ${TABLES[table].key}`)).getRowObjectsJson()
  }
  connection.closeSync()
  instance.closeSync()
  return tables
}

describe.each([
  ['csv', ['--format', 'csv']],
  ['parquet by year', ['--format', 'parquet', '--partition', 'year']],
])('shards (%s)', (name, format) => {
  const dir = path.join(tmp, name.replace(/ /g, '-'))
  const shard = (k: number) => path.join(dir, `part-${k}`)
  let one: Record<string, unknown[]>

  beforeAll(async () => {
    const common = ['export', inputs, '-q', '-j', '1', ...format]
    // One machine, and three shards side by side, each in a form a CI system gives.
    const runs = await Promise.all([
      runChild([...common, '--out', path.join(dir, 'one'), '--duckdb', path.join(dir, 'one', 'archive.duckdb')]),
      runChild([...common, '--out', shard(1), '--shard', '1/3']),
      runChild([...common, '--out', shard(2), '--shard', 'CI_NODE_INDEX/CI_NODE_TOTAL'], { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' }),
      runChild([...common, '--out', shard(3), '--shard', 'JOB_COMPLETION_INDEX/3'], { JOB_COMPLETION_INDEX: '2' }),
    ])
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('\n')).toEqual([0, 0, 0, 0])
    one = await tablesOf(path.join(dir, 'one', 'archive.duckdb'))
  }, 300_000)

  it('name their parts and manifests for their shard', () => {
    for (const k of [1, 2, 3]) {
      expect(readdirSync(shard(k))).toContain(`manifest-part-${k}-of-3.json`)
      const manifest = manifestOf(shard(k), `manifest-part-${k}-of-3.json`)!
      expect(manifest.shard).toEqual({ index: k, count: 3 })
      for (const file of manifest.tables.issues.files) expect(file.path).toMatch(new RegExp(`part-${k}-of-3\\.(csv|parquet)$`))
    }
  })

  it('merge into what one machine makes, row for row, from separate folders or one', async () => {
    const merged = path.join(dir, 'merged')
    const result = await runMain(['merge', '--out', merged, shard(1), shard(2), shard(3), '--duckdb', path.join(merged, 'archive.duckdb')])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(await tablesOf(path.join(merged, 'archive.duckdb'))).toEqual(one)
    expect(manifestOf(merged)!.shard).toBeNull()
    expect(manifestOf(merged)!.inputs).toEqual(
      manifestOf(path.join(dir, 'one'))!.inputs,
    )
    // Copied into one folder (as CI artifacts are), the parts do not collide.
    const gathered = path.join(dir, 'gathered')
    for (const k of [1, 2, 3]) cpSync(shard(k), gathered, { recursive: true, dereference: true })
    const fromOne = await runMain(['merge', '--out', path.join(dir, 'merged-2'), gathered, '--duckdb', path.join(dir, 'merged-2.duckdb')])
    expect(fromOne.code, fromOne.stderr).toBe(0)
    expect(await tablesOf(path.join(dir, 'merged-2.duckdb'))).toEqual(one)
  }, 120_000)

  it('refuse a missing or doubled shard, and change nothing', async () => {
    const out = path.join(dir, 'refused')
    const missing = await runMain(['merge', '--out', out, shard(1), shard(3)])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/shard 2 of 3/)
    const twice = await runMain(['merge', '--out', out, shard(1), shard(2), shard(2), shard(3)])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toMatch(/shard 2 of 3 twice/)
    expect(existsSync(out)).toBe(false)
  })
})

describe('merge refuses', () => {
  it('an issue id in two shards', async () => {
    // The same file in two folders, placed so that it falls in shard 1 in one and shard 2 in the other.
    const place = (root: string, want: number): string => {
      for (let k = 0; ; k++) {
        const file = path.join(root, `k${k}`, '2019-07-20.md')
        if (shardOf(file, 2) === want) {
          mkdirSync(path.dirname(file), { recursive: true })
          writeFileSync(file, seedText)
          return file
        }
      }
    }
    place(path.join(tmp, 'dup-a'), 1)
    place(path.join(tmp, 'dup-b'), 2)
    expect((await runMain(['export', path.join(tmp, 'dup-a'), '--out', path.join(tmp, 'dup-1'), '--shard', '1/2', '-q', '-j', '1'])).code).toBe(0)
    expect((await runMain(['export', path.join(tmp, 'dup-b'), '--out', path.join(tmp, 'dup-2'), '--shard', '2/2', '-q', '-j', '1'])).code).toBe(0)
    const result = await runMain(['merge', '--out', path.join(tmp, 'dup-merged'), path.join(tmp, 'dup-1'), path.join(tmp, 'dup-2')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/2019-07-20 .*dup-1.*dup-2/)
  })

  it('a folder that is not a shard, and a shard file that was truncated', async () => {
    expect((await runMain(['merge', '--out', path.join(tmp, 'x'), inputs])).stderr).toMatch(/no manifest-part-K-of-N\.json/)
    const shard = path.join(tmp, 'trunc')
    expect((await runMain(['export', inputs, '--out', shard, '--shard', '1/1', '-q', '-j', '1', '--format', 'jsonl'])).code).toBe(0)
    writeFileSync(path.join(shard, 'paragraphs', 'part-1-of-1.jsonl'), '')
    const result = await runMain(['merge', '--out', path.join(tmp, 'x'), shard])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/paragraphs\/part-1-of-1\.jsonl.*truncated/)
  })
})

describe('--shard forms', () => {
  it.each([
    ['CI_NODE_INDEX/CI_NODE_TOTAL', {}, /CI_NODE_INDEX is not set/],
    ['JOB_COMPLETION_INDEX/3', { JOB_COMPLETION_INDEX: '3' }, /part 4 of 3/],
    ['HOME/3', {}, /HOME is not a shard variable/],
    ['0/3', {}, /1 ≤ K ≤ N/],
  ])('%s is refused when it does not name a part', async (value, env, message) => {
    const result = await runMain(['parse', inputs, '--shard', value], { env })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})

describe('partitioned Parquet', () => {
  it('has one schema per table across partitions, and DuckDB and hyparquet read every table', async () => {
    const out = path.join(tmp, 'parquet')
    expect((await runMain(['export', inputs, '--out', out, '--format', 'parquet', '--partition', 'year', '-q', '-j', '1'])).code).toBe(0)
    const manifest = manifestOf(out)!
    expect(readdirSync(path.join(out, 'issues'))).toEqual(expect.arrayContaining(['year=2019', 'year=2020', 'year=__HIVE_DEFAULT_PARTITION__']))
    const instance = await DuckDBInstance.create(':memory:')
    const connection = await instance.connect()
    // People are made from all bylines at the end, one file, never split by year.
    expect(manifest.tables.people.files.map((f: { path: string }) => f.path)).toEqual(['people.parquet'])
    for (const table of TABLE_NAMES.filter((t) => !('derived' in TABLES[t]))) {
      const files: string[] = manifest.tables[table].files.map((f: { path: string }) => path.join(out, f.path))
      expect(files.length, table).toBeGreaterThan(2)
      const schemas = new Set<string>()
      let rows = 0
      for (const file of files) {
        const bytes = readFileSync(file)
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
        const { schema } = parquetMetadata(buffer)
        schemas.add(JSON.stringify(schema.map((s) => [s.name, s.type ?? null, s.converted_type ?? null, s.logical_type ?? null])))
        // The partition column lives in the path only.
        expect(schema.map((s) => s.name)).not.toContain('year')
        rows += (await parquetReadObjects({ file: buffer })).length
      }
      expect(schemas.size, `${table}: one schema in ${files.length} files`).toBe(1)
      expect(rows, table).toBe(manifest.tables[table].rows)
      const [duck] = (
        await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n, count(year)::INTEGER AS dated FROM read_parquet('${out}/${table}/*/*.parquet', hive_partitioning = true)`)
      ).getRowObjectsJson()
      expect(duck!.n, table).toBe(manifest.tables[table].rows)
    }
    const [years] = (
      await connection.runAndReadAll(`SELECT typeof(year) AS type FROM read_parquet('${out}/issues/*/*.parquet', hive_partitioning = true, hive_types = {'year': BIGINT}) LIMIT 1`)
    ).getRowObjectsJson()
    expect(years!.type).toBe('BIGINT')
    connection.closeSync()
    instance.closeSync()
  }, 120_000)
})

describe('merge --help', () => {
  it('is as golden', async () => {
    await expect((await runMain(['merge', '--help'])).stdout).toMatchFileSnapshot('golden/merge-help.txt')
  })
})
