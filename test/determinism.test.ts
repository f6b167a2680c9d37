/**
 * Determinism, as a CI pipeline meets it: the same archive gives the same
 * output however the built CLI is run. Every run is its own process, in its
 * own time zone; one thread or two workers; the files found in a folder or
 * named on the command line in another order; the archive copied, files
 * written in reverse, under folders of other names (so they are found in
 * another order). Where the order of the inputs is the same, the output is
 * byte-identical; where it differs, every record is (ids never depend on
 * order), and the export's tables, which are sorted, are byte-identical.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { chooseJobs, type WorkKind } from '../src/run/jobs.js'
import { ParseOutput } from '../src/schema.js'
import { fixtureCases } from './helpers/fixtures.js'
import { runBin, type Run } from './helpers/run.js'
import { scratchFolder } from './helpers/scratch.js'
import { seedText } from './helpers/seed.js'

const tmp = scratchFolder('determinism')
const archive = path.join(tmp, 'archive')
const copy = path.join(tmp, 'moved')

/** One issue file: where it is in the archive, where in the copy, and its bytes. */
interface Input {
  readonly inArchive: string
  readonly inCopy: string
  readonly bytes: Buffer
}

/**
 * The seed under the file names an archive uses (its figures varied, so no
 * two issues are alike) and the first parse fixtures under their case names.
 * In the copy, the fixtures sort before the seed issues; in the archive after.
 */
function inputs(): Input[] {
  const seeds = ['2019/07/2019-07-20.md', '2019/07/2019-07-21.txt', 'a/20190722-02-01.md', 'b/c/2019-07-23.markdown', '2020-01-05.md', '2021/2021-03-03.md']
  const { root, cases } = fixtureCases('parse')
  return [
    ...seeds.map((name, i) => ({
      inArchive: path.join(archive, name),
      inCopy: path.join(copy, 'z-issues', `${i}-${path.basename(name, path.extname(name))}`, path.basename(name)),
      bytes: Buffer.from(seedText.replace(/474/g, String(474 + i)).replace(/22个/g, `${22 + i}个`)),
    })),
    ...cases.slice(0, 10).map((name) => ({
      inArchive: path.join(archive, 'fixtures', `${name}.md`),
      inCopy: path.join(copy, 'a-cases', `${name}.md`),
      bytes: readFileSync(path.join(root, name, 'input.md')),
    })),
  ]
}

const files = inputs()

beforeAll(() => {
  for (const { inArchive, bytes } of files) write(inArchive, bytes)
  for (const { inCopy, bytes } of [...files].reverse()) write(inCopy, bytes)
})

function write(file: string, bytes: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, bytes)
}

/** The archive's files named one by one, in an order that is not the sorted one. */
const shuffled = files.map((f) => f.inArchive).sort((a, b) => (reverse(a) < reverse(b) ? -1 : 1))

function reverse(text: string): string {
  return [...text].reverse().join('')
}

/** A way to run the CLI over the archive. */
interface Variant {
  readonly name: string
  readonly paths: readonly string[]
  readonly jobs: number
  readonly tz: string
  /** The inputs are in the sorted order of the first variant, so the output must be byte-identical to it. */
  readonly sameOrder: boolean
}

const VARIANTS: readonly Variant[] = [
  { name: 'the folder, one thread', paths: [archive], jobs: 1, tz: 'UTC', sameOrder: true },
  { name: 'the folder, two workers', paths: [archive], jobs: 2, tz: 'Asia/Shanghai', sameOrder: true },
  { name: 'the files named in another order, two workers', paths: shuffled, jobs: 2, tz: 'America/New_York', sameOrder: false },
  { name: 'the copy under other folder names, two workers', paths: [copy], jobs: 2, tz: 'Pacific/Auckland', sameOrder: false },
]

/** A copy's paths read as the archive's, so that only the order can differ. */
function asArchive(text: string): string {
  let out = text
  for (const { inCopy, inArchive } of files) out = out.replaceAll(inCopy, inArchive)
  return out
}

/** The `-v` summary (how many files, which workers): said, not compared. */
const SUMMARY = /^baicheng-news: \w+: \d+ of \d+ files read.*$/mu

function withoutSummary(stderr: string): string {
  return stderr.replace(SUMMARY, '').trimEnd()
}

/** What a run reports as its workers: `1 thread` or `N workers`. */
function workersOf(run: Run): string {
  return /(\d+ workers?|1 thread)\s*$/u.exec(SUMMARY.exec(run.stderr)?.[0] ?? '')?.[1] ?? '(no -v summary)'
}

/** The records of an output, each as its exact text, in a sorted list per kind: what must not depend on order. */
function records(format: string, stdout: string): Record<string, unknown> {
  if (format === 'csv') {
    const [header, ...rows] = parseCsv(stdout, { bom: true, relax_column_count: false }) as string[][]
    return { header, rows: rows.map((row) => JSON.stringify(row)).sort() }
  }
  if (format === 'jsonl') return { lines: stdout.split('\n').filter((l) => l !== '').sort() }
  const parsed = JSON.parse(stdout) as Record<string, unknown>
  return Object.fromEntries(
    Object.entries(parsed).map(([key, value]) => [key, Array.isArray(value) ? value.map((v) => JSON.stringify(v)).sort() : value]),
  )
}

/** What a `-j 2` run should get on this machine: two workers, unless the machine has room for one only. */
function expectedWorkers(kind: WorkKind, jobs: number): string {
  const { workers } = chooseJobs(jobs, kind, files.length)
  return workers === 1 ? '1 thread' : `${workers} workers`
}

describe.each([
  ['parse', 'json'],
  ['parse', 'jsonl'],
  ['parse', 'csv'],
  ['stats', 'json'],
  ['stats', 'csv'],
] as const)('%s --format %s', (command, format) => {
  it('is the same in separate processes, with one thread or two workers, in any order and under any folder names', () => {
    const runs = VARIANTS.map((v) => runBin([command, ...v.paths, '-f', format, '--jobs', String(v.jobs), '-v'], { env: { TZ: v.tz } }))
    const [first] = runs as [Run, ...Run[]]
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout.length).toBeGreaterThan(10_000)
    const kind: WorkKind = command === 'parse' ? 'parse' : 'stats'
    if (chooseJobs(2, kind, files.length).workers < 2) console.warn(`determinism.test: this machine runs ${command} with one thread only; the two-worker runs are one-thread runs here`)
    VARIANTS.forEach((variant, i) => {
      const run = runs[i]!
      expect(run.code, variant.name).toBe(first.code)
      expect(workersOf(run), variant.name).toBe(expectedWorkers(kind, variant.jobs))
      const stdout = asArchive(run.stdout)
      const stderr = asArchive(withoutSummary(run.stderr))
      if (variant.sameOrder) {
        expect(stdout, variant.name).toBe(first.stdout)
        expect(stderr, variant.name).toBe(withoutSummary(first.stderr))
      } else {
        expect(records(format, stdout), variant.name).toEqual(records(format, first.stdout))
        expect(stderr.split('\n').sort(), variant.name).toEqual(withoutSummary(first.stderr).split('\n').sort())
      }
    })
    // The reordered runs really did read the files in another order.
    expect(asArchive(runs[2]!.stdout)).not.toBe(first.stdout)
    expect(asArchive(runs[3]!.stdout)).not.toBe(first.stdout)
  }, 300_000)
})

describe('ids', () => {
  it('come from the file names, not from the place of a file in the run', () => {
    const ids = (paths: readonly string[]): string[] =>
      ParseOutput.parse(JSON.parse(runBin(['parse', ...paths, '-f', 'json']).stdout)).issues.map((i) => i.id).sort()
    const expected = ['2019-07-20', '2019-07-21', '20190722-02-01', '2019-07-23', '2020-01-05', '2021-03-03']
    expect(ids([archive])).toEqual(expect.arrayContaining(expected))
    expect(ids([copy])).toEqual(ids([archive]))
    expect(ids(shuffled)).toEqual(ids([archive]))
  }, 120_000)
})

describe('export', () => {
  it('writes byte-identical tables with one thread and two workers, and the same rows from the reordered copy', () => {
    const exports = VARIANTS.filter((v) => v.paths.length === 1).map((v, i) => {
      const out = path.join(tmp, `export-${i}`)
      const run = runBin(['export', ...v.paths, '--out', out, '--jobs', String(v.jobs)], { env: { TZ: v.tz } })
      expect(run.code, run.stderr).toBe(0)
      const names = readdirSync(out).filter((name) => !name.startsWith('manifest')).sort()
      return { variant: v, tables: Object.fromEntries(names.map((name) => [name, asArchive(readFileSync(path.join(out, name), 'utf8'))])) }
    })
    const [first, ...others] = exports as [(typeof exports)[number], ...typeof exports]
    expect(Object.keys(first.tables)).toEqual(expect.arrayContaining(['issues.csv', 'articles.csv', 'figures.csv', 'paragraphs.csv']))
    for (const { variant, tables } of others) {
      expect(Object.keys(tables), variant.name).toEqual(Object.keys(first.tables))
      for (const [name, text] of Object.entries(tables)) {
        // A table's rows come in the order of the inputs' paths, so only the reordered copy may order them otherwise.
        if (variant.sameOrder) expect(text, `${variant.name}: ${name}`).toBe(first.tables[name])
        else expect(records('csv', text), `${variant.name}: ${name}`).toEqual(records('csv', first.tables[name]!))
      }
    }
    expect(others.map((o) => o.variant.sameOrder)).toEqual([true, false])
  }, 300_000)
})
