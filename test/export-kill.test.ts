/**
 * A kill at any moment of an export leaves the previous state or the new one,
 * never a mix, and the next run cleans up what the dead one left.
 *
 * Deterministic and independent of machine speed: the export counts the steps
 * that touch the disk, and BAICHENG_NEWS_CRASH_AT=k makes it SIGKILL itself at
 * step k. Positions are drawn from a seeded generator over the steps a
 * complete run takes (BCN_KILL_POSITIONS raises how many per configuration),
 * plus the moment right after the switch.
 * One more test kills a child from outside, on seeing it reach a step.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync, watch, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { describe, expect, it } from 'vitest'
import { bin, repo, runBin } from './helpers/run.js'
import { makeInputs, seedText } from './helpers/warehouse.js'
import { freshFolder, scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('kill')

const POSITIONS = Number(process.env.BCN_KILL_POSITIONS ?? 7)

/** A small seeded generator (mulberry32), so the positions are the same every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * What a reader of the export folder sees, checked for consistency: every file
 * as the manifest says, the DuckDB file's rows as the manifest says. The
 * fingerprint leaves out times (and the DuckDB file's bytes, which hold none of the rows' identity).
 */
async function stateOf(out: string): Promise<string> {
  const file = path.join(out, 'manifest.json')
  if (!existsSync(file)) return 'none'
  const manifest = JSON.parse(readFileSync(file, 'utf8'))
  const files: { path: string; sha256: string }[] = Object.values(manifest.tables).flatMap((t: any) => t.files)
  for (const f of files) {
    expect(createHash('sha256').update(readFileSync(path.join(out, f.path))).digest('hex'), `${f.path} as the manifest says`).toBe(f.sha256)
  }
  if (manifest.duckdb) {
    const instance = await DuckDBInstance.create(path.resolve(out, manifest.duckdb), { access_mode: 'READ_ONLY' })
    const connection = await instance.connect()
    for (const [table, { rows }] of Object.entries(manifest.tables) as [string, { rows: number }][]) {
      const [row] = (await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${table}`)).getRowObjectsJson()
      expect(row!.n, `${table} in the DuckDB file`).toBe(rows)
    }
    connection.closeSync()
    instance.closeSync()
  }
  return JSON.stringify({ inputs: manifest.inputs.map((i: any) => [i.source, i.sha256, i.status]), files, duckdb: manifest.duckdb })
}

/**
 * Entries a run removes before its first own step (versions and links other
 * than the current one): each is one more step, so step k of a run is step
 * k + (this count now - the count before the counted run) of the next.
 */
function removable(dir: string): number {
  const current = readlinkOr(path.join(dir, 'w'))
  return readdirSync(dir).filter((e) => (e.startsWith('.w.v-') || e.startsWith('.w.link-')) && e !== current).length
}

function readlinkOr(link: string): string | null {
  try {
    return readlinkSync(link)
  } catch {
    return null
  }
}

/** The entries beside the export folder, less the inputs. */
function litter(dir: string): string[] {
  return readdirSync(dir).filter((e) => e !== 'inputs' && e !== 'steps.log').sort()
}

const CONFIGS: [string, (dir: string) => string[]][] = [
  ['csv', () => ['--format', 'csv']],
  ['parquet, partitioned', () => ['--format', 'parquet', '--partition', 'year']],
  ['csv with --duckdb outside the folder', (dir) => ['--format', 'csv', '--duckdb', path.join(dir, 'db', 'archive.duckdb')]],
]

describe('a kill at any moment', () => {
  it.each(CONFIGS)('%s: leaves the previous or the new state, and the next run cleans up', async (name, argsFor) => {
    const dir = freshFolder(tmp, 'run-')
    const inputs = makeInputs(path.join(dir, 'inputs'), 2)
    const out = path.join(dir, 'w')
    const args = argsFor(dir)
    const exportAll = (env: Record<string, string> = {}, extra: string[] = []) => runBin(['export', inputs, '--out', out, '-q', '-j', '1', ...args, ...extra], { env })
    const toPrevious = (): void => {
      writeFileSync(path.join(inputs, '2020-01-05.md'), seedText.replace(/474/g, '500'))
      rmSync(path.join(inputs, '2021-03-03.md'), { force: true })
    }
    const toNew = (): void => {
      writeFileSync(path.join(inputs, '2020-01-05.md'), seedText.replace(/474/g, '600'))
      writeFileSync(path.join(inputs, '2021-03-03.md'), seedText.replace(/474/g, '700'))
    }
    expect(exportAll().code).toBe(0)
    const previous = await stateOf(out)
    // One complete run, counting its steps, gives the new state.
    toNew()
    const log = path.join(dir, 'steps.log')
    const counted = removable(dir)
    expect(exportAll({ BAICHENG_NEWS_STEP_LOG: log }, ['--incremental']).code).toBe(0)
    const next = await stateOf(out)
    const labels = readFileSync(log, 'utf8').trimEnd().split('\n').map((l) => l.replace(/^\d+ /, ''))
    const steps = labels.length
    expect(steps).toBeGreaterThan(20)
    const random = seeded(9 + name.length)
    // Random moments, and always the one right after the switch (the new state, before cleanup).
    const positions = Array.from({ length: POSITIONS }, () => 1 + Math.floor(random() * steps))
      .concat(labels.indexOf('switched w') + 1)
      .sort((a, b) => a - b)
    const seen = { previous: 0, next: 0 }
    for (const position of positions) {
      toPrevious()
      if ((await stateOf(out)) !== previous) expect(exportAll({}, ['--allow-shrink']).code).toBe(0)
      expect(await stateOf(out)).toBe(previous)
      toNew()
      const killed = exportAll({ BAICHENG_NEWS_CRASH_AT: String(position + removable(dir) - counted) }, ['--incremental'])
      const moment = `step ${position} of ${steps} (${labels[position - 1]})`
      expect(killed.code, `killed at ${moment}: ${killed.stderr}`).toBe(-1)
      const state = await stateOf(out)
      expect([previous, next], `state after a kill at ${moment}`).toContain(state)
      seen[state === previous ? 'previous' : 'next']++
    }
    expect(seen.next, 'a kill right after the switch leaves the new state').toBeGreaterThan(0)
    // The next run finishes, and leaves only the link, the current and the replaced version (and the DuckDB link's folder).
    if ((await stateOf(out)) !== previous) {
      toPrevious()
      expect(exportAll({}, ['--allow-shrink']).code).toBe(0)
      toNew()
      expect(exportAll({ BAICHENG_NEWS_CRASH_AT: '3' }, ['--incremental']).code).toBe(-1)
    }
    expect(exportAll({}, ['--incremental']).code).toBe(0)
    expect(await stateOf(out)).toBe(next)
    const left = litter(dir).filter((e) => e !== 'db')
    expect(left.filter((e) => e.startsWith('.w.v-')).length, left.join(' ')).toBeLessThanOrEqual(2)
    expect(left.filter((e) => !e.startsWith('.w.v-'))).toEqual(['w'])
    console.log(`${name}: ${steps} steps, kills at ${positions.map((p) => `${p} ${labels[p - 1]}`).join(', ')}: ${seen.previous} left the previous state, ${seen.next} the new`)
  }, 600_000)

  it('a child killed from outside while it waits at a step (parquet, --duckdb) leaves the previous state', async () => {
    const dir = freshFolder(tmp, 'outside-')
    const inputs = makeInputs(path.join(dir, 'inputs'), 2)
    const out = path.join(dir, 'w')
    const args = ['export', inputs, '--out', out, '-q', '-j', '1', '--format', 'parquet', '--duckdb', path.join(out, 'archive.duckdb')]
    expect(runBin(args).code).toBe(0)
    const previous = await stateOf(out)
    writeFileSync(path.join(inputs, '2020-01-05.md'), seedText.replace(/474/g, '600'))
    // Pause just before the manifest is written: everything else of the new state is built.
    const log = path.join(dir, 'steps.log')
    const counted = runBin(args.concat('--incremental'), { env: { BAICHENG_NEWS_STEP_LOG: log } })
    expect(counted.code).toBe(0)
    const lines = readFileSync(log, 'utf8').trimEnd().split('\n')
    const pause = Number(lines.find((l) => l.endsWith(' duckdb'))!.split(' ')[0])
    const next = await stateOf(out)
    // Back to the previous inputs and state.
    writeFileSync(path.join(inputs, '2020-01-05.md'), seedText.replace(/474/g, '500'))
    expect(runBin(args).code).toBe(0)
    expect(await stateOf(out)).toBe(previous)
    writeFileSync(path.join(inputs, '2020-01-05.md'), seedText.replace(/474/g, '600'))
    rmSync(log)
    const child = spawn(process.execPath, [bin, ...args, '--incremental'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', BAICHENG_NEWS_PAUSE_AT: String(pause), BAICHENG_NEWS_STEP_LOG: log },
      stdio: 'ignore',
    })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    // Wait for the event (the step appearing in the log), never for a time.
    await new Promise<void>((resolve) => {
      const reached = () => existsSync(log) && readFileSync(log, 'utf8').split('\n').some((l) => l.startsWith(`${pause} `))
      const watcher = watch(dir, () => {
        if (reached()) {
          watcher.close()
          resolve()
        }
      })
      if (reached()) {
        watcher.close()
        resolve()
      }
    })
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    expect(await stateOf(out)).toBe(previous)
    expect(litter(dir).some((e) => e.endsWith('.lock'))).toBe(true)
    expect(runBin(args.concat('--incremental')).code).toBe(0)
    expect(await stateOf(out)).toBe(next)
    expect(litter(dir).filter((e) => !e.startsWith('.w.v-'))).toEqual(['w'])
  }, 300_000)
})
