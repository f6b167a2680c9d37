/**
 * An export run unattended must never lose or corrupt the warehouse it
 * replaces: each defect found by trying it as a CI job would (issue 9) is
 * one test here. Runs are in-process with one thread, so the segmenter loads
 * once for the whole file.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repo, runBin, runMain } from './helpers/run.js'
import { contents, jsonlRows, makeInputs, manifestOf } from './helpers/warehouse.js'
import { freshFolder, scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('safety')

let counter = 0
/** A fresh scratch folder with an input folder in it. */
function scratch(fixtures = 3): { dir: string; inputs: string; out: string } {
  const dir = path.join(tmp, `case-${++counter}`)
  return { dir, inputs: makeInputs(path.join(dir, 'inputs'), fixtures), out: path.join(dir, 'w') }
}

const run = (...argv: string[]) => runMain(['export', ...argv, '-j', '1', '-q'])

/** What a full export of the same inputs gives, table by table (JSON Lines, sorted rows). */
async function fullRows(inputs: string, ...extra: string[]): Promise<Record<string, string[]>> {
  const out = path.join(tmp, `full-${++counter}`)
  expect((await run(inputs, '--out', out, '--format', 'jsonl', ...extra)).code).toBe(0)
  return rowsOf(out)
}

function rowsOf(out: string): Record<string, string[]> {
  const manifest = manifestOf(out)!
  return Object.fromEntries(Object.keys(manifest.tables).map((t) => [t, jsonlRows(out, t)]))
}

describe('nothing read, nothing wiped', () => {
  it('a mistyped input path exits 2 and leaves the previous export as it was', async () => {
    const { dir, inputs, out } = scratch()
    expect((await run(inputs, '--out', out)).code).toBe(0)
    const before = contents(out)
    const typo = await run(path.join(dir, 'inputz'), '--out', out)
    expect(typo.code).toBe(2)
    expect(contents(out)).toEqual(before)
  })

  it('an empty folder exits 2 and leaves the previous export as it was', async () => {
    const { dir, inputs, out } = scratch()
    expect((await run(inputs, '--out', out)).code).toBe(0)
    const before = contents(out)
    mkdirSync(path.join(dir, 'empty'))
    const result = await run(path.join(dir, 'empty'), '--out', out)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/nothing/i)
    expect(contents(out)).toEqual(before)
  })

  it('reads standard input only when given -: no paths in CI is a usage error, not an empty issue', async () => {
    const { inputs, out } = scratch()
    expect((await run(inputs, '--out', out)).code).toBe(0)
    const before = contents(out)
    const result = await runMain(['export', '--out', out, '--incremental', '-q'], { stdin: '' })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("'-'")
    expect(contents(out)).toEqual(before)
    const stdin = await runMain(['export', '-', '--out', path.join(tmp, 'from-stdin'), '--date', '2019-07-20', '-q', '--allow-shrink'], {
      stdin: readFileSync(path.join(inputs, '2019-07-20.md')),
    })
    expect(stdin.code).toBe(0)
    expect(manifestOf(path.join(tmp, 'from-stdin'))!.inputs).toHaveLength(1)
  })

  it('refuses a run that would drop most issues, names them, and --allow-shrink lets it through', async () => {
    const { dir, inputs, out } = scratch(3)
    expect((await run(inputs, '--out', out)).code).toBe(0)
    const before = contents(out)
    const half = path.join(dir, 'half')
    mkdirSync(half)
    cpSync(path.join(inputs, '2019-07-20.md'), path.join(half, '2019-07-20.md'))
    const refused = await run(half, '--out', out)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('2020-01-05')
    expect(refused.stderr).toContain('--allow-shrink')
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(contents(out)).toEqual(before)
    expect((await run(half, '--out', out, '--allow-shrink')).code).toBe(0)
    expect(manifestOf(out)!.inputs).toHaveLength(1)
  })
})

describe('failures leave the previous export current', () => {
  it('an unwritable --duckdb path exits 2 with one line and the previous tables and manifest intact', async () => {
    const { inputs, out } = scratch()
    expect((await run(inputs, '--out', out)).code).toBe(0)
    const before = contents(out)
    writeFileSync(path.join(inputs, 'new.md'), readFileSync(path.join(inputs, '2019-07-20.md')))
    const result = await run(inputs, '--out', out, '--duckdb', '/sys/no-such-dir/x.duckdb')
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^baicheng-news: .*x\.duckdb/)
    expect(contents(out)).toEqual(before)
  })

  it('an unwritable --out exits 2 with one line', async () => {
    const result = await run(makeInputs(path.join(tmp, 'unwritable-inputs'), 1), '--out', '/sys/no-such-dir/w')
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('incremental equals full', () => {
  it('keeps two inputs with identical bytes apart', async () => {
    const { inputs, out } = scratch()
    cpSync(path.join(inputs, '2019-07-20.md'), path.join(inputs, '2019-07-21.md'))
    expect((await run(inputs, '--out', out, '--format', 'jsonl')).code).toBe(0)
    expect((await run(inputs, '--out', out, '--format', 'jsonl', '--incremental')).code).toBe(0)
    expect(manifestOf(out)!.inputs.every((i: { status: string }) => i.status === 'kept')).toBe(true)
    expect(rowsOf(out)).toEqual(await fullRows(inputs))
  })

  it('gives a renamed file its new id, page and date', async () => {
    const { inputs, out } = scratch()
    expect((await run(inputs, '--out', out, '--format', 'jsonl')).code).toBe(0)
    renameSync(path.join(inputs, '2019-07-20.md'), path.join(inputs, '2019-07-22.md'))
    expect((await run(inputs, '--out', out, '--format', 'jsonl', '--incremental', '--allow-shrink')).code).toBe(0)
    expect(rowsOf(out)).toEqual(await fullRows(inputs))
  })

  it('redoes kept rows when --date changes', async () => {
    const { inputs, out } = scratch()
    expect((await run(inputs, '--out', out, '--format', 'jsonl', '--date', '2019-01-01')).code).toBe(0)
    expect((await run(inputs, '--out', out, '--format', 'jsonl', '--date', '2019-02-02', '--incremental')).code).toBe(0)
    expect(rowsOf(out)).toEqual(await fullRows(inputs, '--date', '2019-02-02'))
  })

  it('redoes kept rows written by another tool version', async () => {
    const { inputs, out } = scratch()
    expect((await run(inputs, '--out', out, '--format', 'jsonl')).code).toBe(0)
    const manifest = manifestOf(out)!
    manifest.tool.version = '0.0.1'
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest))
    expect((await run(inputs, '--out', out, '--format', 'jsonl', '--incremental')).code).toBe(0)
    expect(manifestOf(out)!.inputs.every((i: { status: string }) => i.status === 'parsed')).toBe(true)
  })

  it('redoes kept rows of another shape (a column added within one tool version)', async () => {
    const { inputs, out } = scratch()
    expect((await run(inputs, '--out', out, '--format', 'jsonl')).code).toBe(0)
    const manifest = manifestOf(out)!
    expect(manifest.tool.columns).toMatch(/^[0-9a-f]{64}$/)
    // What an export made before a column was added looks like: same version, other columns.
    manifest.tool.columns = '0'.repeat(64)
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest))
    expect((await run(inputs, '--out', out, '--format', 'jsonl', '--incremental')).code).toBe(0)
    expect(manifestOf(out)!.inputs.every((i: { status: string }) => i.status === 'parsed')).toBe(true)
    expect(rowsOf(out)).toEqual(await fullRows(inputs))
  })

  it('never copies a truncated table forward', async () => {
    const { inputs, out } = scratch()
    expect((await run(inputs, '--out', out, '--format', 'jsonl')).code).toBe(0)
    const file = path.join(out, 'paragraphs.jsonl')
    truncateSync(file, Math.floor(readFileSync(file).length / 3))
    const result = await runMain(['export', inputs, '--out', out, '--format', 'jsonl', '--incremental', '-j', '1'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/paragraphs\.jsonl/)
    expect(rowsOf(out)).toEqual(await fullRows(inputs))
  })
})

describe('one run at a time, one shard per folder', () => {
  it('a second shard into the first shard folder is refused', async () => {
    const { inputs, out } = scratch(6)
    expect((await run(inputs, '--out', out, '--shard', '1/2')).code).toBe(0)
    const before = contents(out)
    const second = await run(inputs, '--out', out, '--shard', '2/2')
    expect(second.code).toBe(2)
    expect(second.stderr).toMatch(/shard 1 of 2/)
    expect(contents(out)).toEqual(before)
  })

  it('a lock held by a live process stops a second run; a dead one is taken over', async () => {
    const { inputs, out } = scratch(1)
    const lock = path.join(path.dirname(out), '.w.lock')
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }))
    const held = await run(inputs, '--out', out)
    expect(held.code).toBe(2)
    expect(held.stderr).toContain(`pid ${process.pid}`)
    expect(existsSync(path.join(out, 'manifest.json'))).toBe(false)
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    writeFileSync(lock, JSON.stringify({ pid: Number(dead.stdout), host: hostname(), startedAt: new Date().toISOString() }))
    expect((await run(inputs, '--out', out)).code).toBe(0)
    expect(existsSync(lock)).toBe(false)
  })
})

describe('manifest paths', () => {
  it('are relative to the manifest folder, not the working directory', async () => {
    const { inputs, out } = scratch(1)
    expect((await run(inputs, '--out', out, '--duckdb', path.join(out, 'archive.duckdb'))).code).toBe(0)
    const manifest = manifestOf(out)!
    expect(manifest.duckdb).toBe('archive.duckdb')
    for (const input of manifest.inputs) expect(existsSync(path.resolve(out, input.source)), input.source).toBe(true)
    expect(path.relative(repo, out).startsWith('..')).toBe(true)
  })
})

/** A tiny tmpfs, or null where mounting is not allowed (then the test says it is skipped). */
function tinyDisk(megabytes: number): { dir: string; release: () => void } | null {
  const dir = freshFolder(tmp, 'disk-')
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir])
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true })
    return null
  }
  return { dir, release: () => void (spawnSync('umount', [dir]), rmSync(dir, { recursive: true, force: true })) }
}

/** Whether a tmpfs can be mounted here (tried once, and unmounted at once). */
const canMount = ((): boolean => {
  const probe = tinyDisk(1)
  probe?.release()
  return probe !== null
})()

describe('a full disk', () => {
  it.skipIf(!canMount)('gives one line, exit 2, the previous export intact and no litter (tmpfs of 6 MB)', () => {
    // Mounted here, not at collection, so a filtered run never leaves a mount behind.
    const disk = tinyDisk(6)!
    try {
      fullDisk(disk)
    } finally {
      disk.release()
    }
  })
  it.skipIf(canMount)('skipped: mount -t tmpfs is not allowed here', () => {})
})

/** Fill the disk under a previous export, two ways, and check nothing changed. */
function fullDisk(disk: { dir: string }): void {
  const inputs = makeInputs(path.join(tmp, 'disk-inputs'), 3)
  const out = path.join(disk.dir, 'w')
  expect(runBin(['export', inputs, '--out', out, '-q', '-j', '1']).code).toBe(0)
  const before = contents(out)
  const litter = readdirSync(disk.dir).sort()
  // The DuckDB file needs more than is left.
  const duckdb = runBin(['export', inputs, '--out', out, '-q', '-j', '1', '--duckdb', path.join(out, 'archive.duckdb')])
  expect(duckdb.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(duckdb.stderr).toMatch(/no space left|ENOSPC|disk/i)
  expect(duckdb.code).toBe(2)
  expect(contents(out)).toEqual(before)
  expect(readdirSync(disk.dir).sort()).toEqual(litter)
  // The tables themselves need more than is left.
  writeFileSync(path.join(disk.dir, 'filler'), Buffer.alloc(0))
  const free = 6 * 1024 * 1024 - Object.values(before).reduce((n, b) => n + Buffer.from(b, 'base64').length, 0)
  writeFileSync(path.join(disk.dir, 'filler'), Buffer.alloc(Math.max(0, free - 40 * 1024)))
  const tables = runBin(['export', inputs, '--out', out, '-q', '-j', '1'])
  expect(tables.code).toBe(2)
  expect(tables.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(contents(out)).toEqual(before)
  rmSync(path.join(disk.dir, 'filler'))
  expect(readdirSync(disk.dir).sort()).toEqual(litter)
}
