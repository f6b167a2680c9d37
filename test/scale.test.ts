/**
 * Scale: shards add up to the whole and keep their files, and progress shows
 * only on a terminal. That results do not depend on the number of workers is
 * `determinism.test.ts`'s.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { shardOf } from '../src/commands/issues.js'
import { ParseOutput } from '../src/schema.js'
import { repo, runBin, runMain } from './helpers/run.js'
import { seedText } from './helpers/seed.js'
import { scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('scale')
const archive = path.join(tmp, 'archive')

beforeAll(() => {
  // An archive of distinct issues: the seed with varied figures, and every fixture.
  for (let i = 0; i < 40; i++) {
    const day = `2019-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
    mkdirSync(path.join(archive, day.slice(0, 4), day.slice(5, 7)), { recursive: true })
    writeFileSync(path.join(archive, day.slice(0, 4), day.slice(5, 7), `${day}-${i}.md`), seedText.replace(/474/g, String(474 + i)).replace(/22个/g, `${22 + (i % 5)}个`))
  }
  for (const name of readdirSync(path.join(repo, 'fixtures', 'parse'))) {
    cpSync(path.join(repo, 'fixtures', 'parse', name, 'input.md'), path.join(archive, 'fixtures', `${name}.md`))
  }
})

// That --jobs 1 and --jobs 2 give byte-identical output is test/determinism.test.ts's.
describe('workers', () => {
  it('refuses a bad --jobs', async () => {
    const run = await runMain(['parse', archive, '--jobs', '0'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('expected a whole number from 1')
  })
})

describe('shards', () => {
  it('split the files so that the parts add up to the whole, each file once', () => {
    const whole = ParseOutput.parse(JSON.parse(runBin(['parse', archive, '-f', 'json']).stdout)).issues
    const parts = [1, 2, 3].map((k) => ParseOutput.parse(JSON.parse(runBin(['parse', archive, '-f', 'json', '--shard', `${k}/3`]).stdout)).issues)
    const ids = parts.flatMap((p) => p.map((i) => i.source))
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(whole.map((i) => i.source).sort())
    expect(parts.every((p) => p.length > 0)).toBe(true)
    // Within a shard, the order is the run's order.
    for (const p of parts) expect(p.map((i) => i.source)).toEqual(whole.map((i) => i.source).filter((s) => p.some((i) => i.source === s)))
  }, 60_000)

  it('keep a file in its shard whatever else is in the archive', async () => {
    const all = ParseOutput.parse(JSON.parse(runBin(['parse', archive, '-f', 'json']).stdout)).issues.map((i) => i.source)
    const some = all.filter((_, i) => i % 3 === 0)
    const shardsOf = async (files: string[]): Promise<Map<string, number>> => {
      const found = new Map<string, number>()
      for (const k of [1, 2, 3, 4]) {
        const run = await runMain(['parse', ...files, '-f', 'jsonl', '--shard', `${k}/4`])
        for (const line of run.stdout.split('\n').filter(Boolean)) found.set(JSON.parse(line).source, k)
      }
      return found
    }
    const alone = await shardsOf(some)
    const among = await shardsOf(all)
    expect(alone.size).toBe(some.length)
    for (const [file, k] of alone) expect(among.get(file), file).toBe(k)
    // The hash is part of the contract: a new version must not move files to other shards.
    expect([shardOf('archive/2019/07/2019-07-20.md', 4), shardOf('2019-07-20.md', 4), shardOf('seeds/000_531ceeffb06bc024.txt', 4)]).toEqual([4, 2, 1])
    const spread = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`2019-${i}.md`, 4)))
    expect([...spread].sort()).toEqual([1, 2, 3, 4])
  })

  it('refuses a bad --shard', async () => {
    for (const bad of ['0/3', '4/3', '1-3', 'x']) {
      const run = await runMain(['parse', archive, '--shard', bad])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('expected K/N')
    }
  })
})

describe('progress', () => {
  it('shows on a terminal, never in a pipe or with --quiet', async () => {
    const tty = await runMain(['parse', archive, '-f', 'jsonl', '--jobs', '1'], { stderrTTY: true })
    expect(tty.stderr).toMatch(/\d+\/\d+ files {2}[\d.]+ MB\/s {2}ETA \d+:\d\d/)
    const pipe = await runMain(['parse', archive, '-f', 'jsonl', '--jobs', '1'])
    expect(pipe.stderr).not.toContain('MB/s')
    const quiet = await runMain(['parse', archive, '-f', 'jsonl', '--jobs', '1', '-q'], { stderrTTY: true })
    expect(quiet.stderr).toBe('')
  })
})
