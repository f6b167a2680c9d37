/**
 * Where output goes: `--out` never writes over an input (however the path
 * reaches it), every output file has a name of its own, odd file names are
 * written as they are, and a stdout or disk that fails ends the run with one
 * line and exit 2.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createSink } from '../src/commands/output.js'
import { OutputError } from '../src/errors.js'
import { main, type MainParams } from '../src/main.js'
import { writeFileAtomic } from '../src/io/write.js'
import { ParseOutput } from '../src/schema.js'
import { bin, repo, runMain } from './helpers/run.js'
import { seedPath } from './helpers/seed.js'
import { scratchFolder } from './helpers/scratch.js'

const seed = readFileSync(seedPath, 'utf8')
const tmp = scratchFolder('output')

let n = 0
/** A fresh folder holding the given files. */
const folder = (files: Record<string, string>): string => {
  const dir = path.join(tmp, `case-${++n}`)
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}
const sourceOf = (file: string): string => ParseOutput.parse(JSON.parse(readFileSync(file, 'utf8'))).issues[0]!.source

describe('--out never overwrites an input', () => {
  it('parse d --out d -f table refuses, exit 2, and the .txt issues are untouched', async () => {
    const dir = folder({ 'a.txt': seed, 'b.md': seed })
    const run = await runMain(['parse', dir, '--out', dir, '-f', 'table'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `baicheng-news: Unexpected --out ${dir}: ${path.join(dir, 'a.txt')} is an input and would be overwritten; expected a folder where no output file is an input, e.g. --out ${dir}-out (see 'baicheng-news parse --help')\n`,
    )
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(seed)
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.md'])
  })

  it('through a symlink in the output folder, and through a hard link', async () => {
    const dir = folder({ 'a.txt': seed })
    const out = path.join(dir, 'out')
    mkdirSync(out)
    symlinkSync(path.join(dir, 'a.txt'), path.join(out, 'a.txt'))
    expect((await runMain(['parse', path.join(dir, 'a.txt'), '--out', out, '-f', 'table'])).code).toBe(2)
    const hard = path.join(dir, 'hard')
    mkdirSync(hard)
    linkSync(path.join(dir, 'a.txt'), path.join(hard, 'a.txt'))
    expect((await runMain(['parse', path.join(dir, 'a.txt'), '--out', hard, '-f', 'table'])).code).toBe(2)
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(seed)
  })

  it('through a symlinked output folder', async () => {
    const dir = folder({ 'a.txt': seed })
    const link = path.join(tmp, `link-${n}`)
    symlinkSync(dir, link)
    const run = await runMain(['parse', dir, '--out', link, '-f', 'table'])
    expect(run.code).toBe(2)
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(seed)
  })

  it('the same folder is fine when no output lands on an input', async () => {
    const dir = folder({ 'a.txt': seed })
    const run = await runMain(['parse', dir, '--out', dir, '-f', 'json'])
    expect(run.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'a.txt'])
  })
})

describe('output names', () => {
  it('a-2.md, a.md, a.txt: each output has a name of its own', async () => {
    const dir = folder({ 'a-2.md': seed, 'a.md': seed, 'a.txt': seed })
    const out = path.join(dir, 'out')
    const run = await runMain(['parse', dir, '--out', out, '-f', 'json'])
    expect(run.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['a-2.json', 'a-3.json', 'a.json'])
    expect(sourceOf(path.join(out, 'a-2.json'))).toMatch(/\/a-2\.md$/)
    expect(sourceOf(path.join(out, 'a.json'))).toMatch(/\/a\.md$/)
    expect(sourceOf(path.join(out, 'a-3.json'))).toMatch(/\/a\.txt$/)
  })

  it('names differing only in case never share a file (case-insensitive disks)', async () => {
    const dir = folder({ 'A.md': seed, 'a.md': seed })
    const out = path.join(dir, 'out')
    await runMain(['parse', dir, '--out', out, '-f', 'json'])
    expect(readdirSync(out).sort()).toEqual(['A.json', 'a-2.json'])
  })

  it('a backslash in a Linux file name is part of the name, not a folder', async () => {
    const dir = folder({ 'x\\b.md': seed, 'b.md': seed })
    const run = await runMain(['parse', dir, '-f', 'json'])
    expect(ParseOutput.parse(JSON.parse(run.stdout)).issues.map((i) => i.id)).toEqual(['b', 'x\\b'])
    const out = path.join(dir, 'out')
    await runMain(['parse', dir, '--out', out, '-f', 'json'])
    expect(readdirSync(out).sort()).toEqual(['b.json', 'x_b.json'])
  })

  it('a 240-character file name is written (the temporary name is shortened, not the output)', async () => {
    const name = `20190720-${'x'.repeat(228)}.md`
    expect([...name]).toHaveLength(240)
    const dir = folder({ [name]: seed })
    const out = path.join(dir, 'out')
    const run = await runMain(['parse', dir, '--out', out, '-f', 'json', '-q'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(readdirSync(out)).toEqual([name.replace(/\.md$/, '.json')])
  })

  it('writeFileAtomic leaves no temporary file when the name is as long as a name can be', async () => {
    const dir = folder({})
    const target = path.join(dir, `${'y'.repeat(250)}.json`)
    await writeFileAtomic(target, '{}\n')
    expect(readdirSync(dir)).toEqual([path.basename(target)])
  })
})

describe.skipIf(!existsSync('/dev/full'))('a stdout or disk that fails', () => {
  const runShell = (script: string) => {
    const result = spawnSync('sh', ['-c', script], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', BIN: bin } })
    return { code: result.status, stderr: result.stderr, stdout: result.stdout }
  }

  for (const command of ['parse', 'stats']) {
    it(`${command} > /dev/full: one line on stderr, exit 2`, () => {
      const run = runShell(`node "$BIN" ${command} seeds -q -f json > /dev/full`)
      expect(run.stderr).toBe('baicheng-news: Cannot write to stdout: No space left on device (ENOSPC)\n')
      expect(run.code).toBe(2)
    })
  }

  for (const argv of ['schema', '--help']) {
    it(`${argv} > /dev/full: the same line and exit 2`, () => {
      const run = runShell(`node "$BIN" ${argv} > /dev/full`)
      expect(run.stderr).toBe('baicheng-news: Cannot write to stdout: No space left on device (ENOSPC)\n')
      expect(run.code).toBe(2)
    })
  }

  it('| head -1: ends quietly with exit 0, as Unix tools do', () => {
    const big = folder(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}.md`, seed])))
    const run = runShell(`node "$BIN" parse "${big}" -q -f jsonl | head -1 > /dev/null; echo "$?"`)
    expect(run.stderr).toBe('')
  })
})

describe('a write that fails, in-process', () => {
  const failing = (code: string) =>
    new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error(`${code}: write`), { code }))
      },
    })

  it('a full disk under stdout: one line, exit 2, no stack trace', async () => {
    const stderr: string[] = []
    const code = await main({
      argv: ['parse', 'seeds', '-q', '-f', 'json'],
      stdin: Readable.from([]),
      stdout: failing('ENOSPC'),
      stderr: new Writable({ write: (chunk, _e, callback) => (stderr.push(String(chunk)), callback()) }),
      env: {},
    })
    expect(code).toBe(2)
    expect(stderr.join('')).toBe('baicheng-news: Cannot write to stdout: No space left on device (ENOSPC)\n')
  })

  it('a closed pipe under stdout ends quietly with exit 0', async () => {
    const stderr: string[] = []
    const code = await main({
      argv: ['parse', 'seeds', '-q', '-f', 'json'],
      stdin: Readable.from([]),
      stdout: failing('EPIPE'),
      stderr: new Writable({ write: (chunk, _e, callback) => (stderr.push(String(chunk)), callback()) }),
      env: {},
    })
    expect(code).toBe(0)
    expect(stderr.join('')).toBe('')
  })

  it('a full disk under --out stops the run: one line, exit 2', async () => {
    const sink = createSink({} as MainParams, 'json', path.join(tmp, 'full'), '', async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    })
    sink.prepare([{ kind: 'file', path: 'seeds/a.txt' }])
    await expect(sink.issue({ name: 'seeds/a.txt', issueId: 'a' }, () => '', ['{}'], () => '')).rejects.toThrow(
      new OutputError(`Cannot write ${path.join(tmp, 'full', 'a.json')}: No space left on device (ENOSPC)`, 'ENOSPC'),
    )
  })

  it('a folder that cannot be written fails that file only', async () => {
    const sink = createSink({} as MainParams, 'json', path.join(tmp, 'denied'), '', async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    })
    expect(await sink.issue({ name: 'a.md', issueId: 'a' }, () => '', ['{}'], () => '')).toBe(
      `Cannot write ${path.join(tmp, 'denied', 'a.json')}: Permission denied (EACCES)`,
    )
  })
})
