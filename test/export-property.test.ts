/**
 * Property: whatever happens to the inputs and the export folder between
 * runs (files added, edited, renamed, copied, deleted; a table truncated; a
 * run killed), an incremental export gives the same tables as a full export
 * of the same inputs, or refuses and leaves the folder as it was.
 *
 * Exports run in-process with one thread (the segmenter loads once); a kill is
 * a real child process stopped by SIGKILL at a drawn step. Runs are bounded
 * (few runs, short sequences, at most one kill each) so this stays well under
 * a minute on a busy machine.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '../src/schema.js'
import { runBin, runMain } from './helpers/run.js'
import { contents, fixtureText, jsonlRows, manifestOf, seedText } from './helpers/warehouse.js'
import { freshFolder, scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('property')

const TEXTS = [
  Buffer.from(seedText),
  Buffer.from(seedText.replace(/474/g, '500')),
  Buffer.from(seedText.replace(/474/g, '600')),
  fixtureText('kicker'),
  fixtureText('notice'),
  fixtureText('dateline-xinhua'),
]
const NAMES = ['2019-07-20.md', '2019-07-21.md', '2020-01-05.md', 'notice.md', 'a/2019-07-22.md', 'a/2019-07-20.md']

type Op =
  | { kind: 'add' | 'edit'; name: number; text: number }
  | { kind: 'rename' | 'copy'; from: number; to: number }
  | { kind: 'delete'; name: number }
  | { kind: 'truncate'; table: number; keep: number }
  | { kind: 'kill'; step: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('add' as const, 'edit' as const), name: fc.nat(NAMES.length - 1), text: fc.nat(TEXTS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('rename' as const, 'copy' as const), from: fc.nat(9), to: fc.nat(NAMES.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), name: fc.nat(9) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), table: fc.nat(TABLE_NAMES.length - 1), keep: fc.double({ min: 0, max: 0.9, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kill' as const), step: fc.integer({ min: 1, max: 45 }) }) },
)

/** The files of the input folder, relative, sorted. */
function files(dir: string): string[] {
  const found: string[] = []
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}${entry.name}/`)
      else found.push(`${prefix}${entry.name}`)
    }
  }
  walk(dir, '')
  return found.sort()
}

function write(dir: string, name: string, bytes: Buffer): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
  writeFileSync(path.join(dir, name), bytes)
}

/** Apply an operation to the inputs or the export folder (a kill runs an export that dies). */
function apply(o: Op, inputs: string, out: string, killed: { done: boolean }): void {
  const present = files(inputs)
  const pick = (i: number): string | undefined => present[i % Math.max(present.length, 1)]
  switch (o.kind) {
    case 'add':
    case 'edit':
      write(inputs, o.kind === 'edit' ? (pick(o.name) ?? NAMES[o.name]!) : NAMES[o.name]!, TEXTS[o.text]!)
      return
    case 'rename':
    case 'copy': {
      const from = pick(o.from)
      if (!from || from === NAMES[o.to]) return
      mkdirSync(path.dirname(path.join(inputs, NAMES[o.to]!)), { recursive: true })
      if (o.kind === 'rename') renameSync(path.join(inputs, from), path.join(inputs, NAMES[o.to]!))
      else copyFileSync(path.join(inputs, from), path.join(inputs, NAMES[o.to]!))
      return
    }
    case 'delete': {
      const name = pick(o.name)
      if (name) rmSync(path.join(inputs, name))
      return
    }
    case 'truncate': {
      const file = manifestOf(out)?.tables[TABLE_NAMES[o.table]!]?.files[0]?.path
      if (!file) return
      const full = path.join(out, file)
      truncateSync(full, Math.floor(readFileSync(full).length * o.keep))
      return
    }
    case 'kill':
      // One real kill per sequence keeps the run short; the child dies at the drawn step (or finishes first).
      if (killed.done) return
      killed.done = true
      kills++
      runBin(['export', inputs, '--out', out, '--format', 'jsonl', '--incremental', '--allow-shrink', '-q', '-j', '1'], {
        env: { BAICHENG_NEWS_CRASH_AT: String(o.step) },
      })
  }
}

/** Tables of an export folder as sorted rows, and its inputs. */
function snapshot(out: string): { inputs: string[]; tables: Record<string, string[]> } {
  const manifest = manifestOf(out)!
  return {
    inputs: manifest.inputs.map((i: { issueId: string; sha256: string }) => `${i.issueId} ${i.sha256}`).sort(),
    tables: Object.fromEntries(TABLE_NAMES.map((t) => [t, jsonlRows(out, t)])),
  }
}

let runs = 0
let exports = 0
let refusals = 0
let kills = 0

describe('incremental export', () => {
  it('equals a full export after any sequence of changes, or refuses and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 5 }), fc.boolean(), async (ops, allowShrink) => {
        const dir = freshFolder(tmp, 'run-')
        const inputs = path.join(dir, 'inputs')
        const out = path.join(dir, 'w')
        write(inputs, NAMES[0]!, TEXTS[0]!)
        write(inputs, NAMES[3]!, TEXTS[4]!)
        write(inputs, NAMES[2]!, TEXTS[1]!)
        const options = ['--format', 'jsonl', '-q', '-j', '1', ...(allowShrink ? ['--allow-shrink'] : [])]
        expect((await runMain(['export', inputs, '--out', out, ...options])).code).toBe(0)
        const killed = { done: false }
        runs++
        for (const o of ops) {
          apply(o, inputs, out, killed)
          const before = contents(out)
          const incremental = await runMain(['export', inputs, '--out', out, ...options, '--incremental'])
          exports++
          if (incremental.code === 2) {
            refusals++
            expect(incremental.stderr, JSON.stringify(o)).toMatch(/Nothing to export|--allow-shrink/)
            expect(contents(out)).toEqual(before)
            continue
          }
          const full = path.join(dir, `full-${exports}`)
          const reference = await runMain(['export', inputs, '--out', full, ...options])
          expect(incremental.code, `${JSON.stringify(o)}: ${incremental.stderr}`).toBe(reference.code)
          expect(snapshot(out), JSON.stringify(ops)).toEqual(snapshot(full))
          rmSync(full, { recursive: true, force: true })
        }
        rmSync(dir, { recursive: true, force: true })
      }),
      { numRuns: 10, seed: Number(process.env.BCN_PROPERTY_SEED ?? 20261128), endOnFailure: true },
    )
    console.log(`property: ${runs} runs, ${exports} incremental exports, ${refusals} refusals, ${kills} killed runs`)
    expect(existsSync(tmp)).toBe(true)
  }, 300_000)
})
