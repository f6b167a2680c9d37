/**
 * Real archives are messy: bad input of every kind gets a clear message
 * naming the file (and line), the batch goes on, nothing already parsed is
 * lost, and nothing is ever half-written.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkConservation, describeImbalance } from '../src/pipeline/conservation.js'
import { processIssue } from '../src/pipeline/index.js'
import { ParseOutput, StatsOutput, type Issue } from '../src/schema.js'
import { bin, repo, runBin, runMain } from './helpers/run.js'
import { seedText } from './helpers/seed.js'
import { scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('archives')

const file = (name: string, contents: string | Buffer): string => {
  const target = path.join(tmp, name)
  mkdirSync(path.dirname(target), { recursive: true })
  writeFileSync(target, contents)
  return target
}
const issues = (stdout: string): Issue[] => ParseOutput.parse(JSON.parse(stdout)).issues
const strip = (issue: Issue) => issue.articles.map(({ id, ...rest }) => rest)

describe('bad input', () => {
  it('whitespace only: an issue with no articles and a warning', async () => {
    const target = file('blank.md', ' \n\u3000\n\t\n')
    const run = await runMain(['parse', target, '-f', 'json'])
    expect(run.code).toBe(0)
    expect(issues(run.stdout)[0]!.articles).toEqual([])
    expect(run.stderr).toContain('blank.md: warning: Unexpected empty file, expected an issue [empty-issue]')
  })

  it('the seed saved as GB18030 gives the same articles as UTF-8', async () => {
    const run = await runMain(['parse', 'seeds', 'fixtures/parse/gb18030-seed/input.md', '-f', 'json'])
    const [utf8, gb] = issues(run.stdout)
    expect(gb!.encoding).toBe('gb18030')
    expect(strip(gb!)).toEqual(strip(utf8!))
  })

  it('mixed full- and half-width punctuation reads the same', async () => {
    const swapped = seedText.replace(/\(/g, '（').replace(/\)/g, '）').replace(/：/g, ':').replace(/，/g, ',')
    const run = await runMain(['parse', file('mixed.md', swapped), 'seeds', '-f', 'json'])
    const [mixed, seed] = issues(run.stdout)
    expect(mixed!.articles.map((a) => [a.kind, a.headline, a.dateline?.raw ?? null, a.bylines])).toEqual(
      seed!.articles.map((a) => [a.kind, a.headline, a.dateline?.raw ?? null, a.bylines]),
    )
  })

  it('pathological text (a 200,000-character paragraph, endless repeats) neither fails nor loses text', () => {
    const cases = {
      noPunctuation: '城市基层党建'.repeat(34000),
      numerals: '一二三四五六七八九十百千万亿'.repeat(15000),
      digits: '1'.repeat(200000),
      parentheses: '（'.repeat(100000),
      datelines: '本报讯('.repeat(50000),
      emails: `${'a'.repeat(200000)}@`,
      phones: '0431-'.repeat(40000),
    }
    // Every case runs, and all are compared at once: one failure does not hide the rest.
    // How the time grows with such input is measured in pathological.test.ts, never here.
    const outcomes = Object.entries(cases).flatMap(([name, body]) => {
      const target = file(`pathological/${name}.md`, `## 标题\n\n${body}\n`)
      return ['parse', 'stats'].map((command) => [name, command, runBin([command, target, '-f', 'jsonl', '--check', '-q']).code])
    })
    expect(outcomes).toEqual(Object.keys(cases).flatMap((name) => ['parse', 'stats'].map((command) => [name, command, 0])))
  }, 600_000)

  it('a 50 MB issue parses in bounded memory', () => {
    const chunks: string[] = []
    let size = 0
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const chunk = seedText.replace('释放城市基层党建整体效应', `释放城市基层党建整体效应${i}`)
      chunks.push(chunk)
      size += Buffer.byteLength(chunk)
    }
    file('big/a-issue.md', chunks.join(''))
    file('big/b-small.md', seedText)
    // A heap far below what parsing the whole file at once needs (about 2.7 GB). With two
    // workers, the large file is worked on in the main thread and the small one in a worker.
    const run = runBin(['parse', path.join(tmp, 'big'), '-f', 'jsonl', '-q', '--jobs', '2', '--out', path.join(tmp, 'big-out')], {
      env: { NODE_OPTIONS: '--max-old-space-size=1536' },
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = readFileSync(path.join(tmp, 'big-out', 'a-issue.jsonl'), 'utf8').trimEnd().split('\n')
    expect(lines.length).toBe(chunks.length * 11)
    expect(readFileSync(path.join(tmp, 'big-out', 'b-small.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(11)
  }, 300_000)

  it('a folder with bad files among good ones: all good output, exit 1, each problem named', async () => {
    const dir = path.join(tmp, 'batch')
    file('batch/a-good.md', seedText)
    file('batch/b-binary.md', Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01]))
    file('batch/c-empty.md', '')
    file('batch/d-good.txt', seedText)
    const run = await runMain(['parse', dir, path.join(tmp, 'missing.md'), '-f', 'json'])
    expect(run.code).toBe(1)
    expect(issues(run.stdout).map((i) => i.id)).toEqual(['a-good', 'c-empty', 'd-good'])
    expect(run.stderr).toMatch(/b-binary\.md:2: warning: Unexpected NUL byte/)
    expect(run.stderr).toMatch(/missing\.md: error: Cannot read: No such file or folder/)
  })
})

describe('one file fails alone', () => {
  const batch = path.join(tmp, 'oom')
  const good = Array.from({ length: 33 }, (_, i) => `a${String(i).padStart(2, '0')}.md`)
  // 100,000 one-character paragraphs: 500 KB, once more than a worker's 512 MB.
  const heavy = '字\n\n'.repeat(100_000)

  it('a file that exhausts a worker\'s memory fails (exit 1, named); the worker is replaced and the other 33 are written', () => {
    for (const name of good) file(`oom/${name}`, seedText)
    file('oom/b-heavy.md', heavy)
    // A small heap makes running out cheap; the real cap is tried below.
    const run = runBin(['parse', batch, '-f', 'jsonl', '--jobs', '2', '-q'], { env: { BAICHENG_NEWS_WORKER_HEAP_MB: '24' } })
    expect(run.stderr).toMatch(/^\S*oom\/b-heavy\.md: error: Unexpected file needing more than the 24 MB of memory a worker may use, .*\[out-of-memory\]$/m)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.code).toBe(1)
    const written = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { issueId: string })
    expect([...new Set(written.map((a) => a.issueId))]).toEqual(good.map((n) => n.replace('.md', '')))
  }, 300_000)

  it('with the real cap the same file is parsed, with everything else', () => {
    const run = runBin(['parse', batch, '-f', 'jsonl', '--jobs', '2', '-q'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const ids = new Set(run.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { issueId: string }).issueId))
    expect(ids.size).toBe(34)
  }, 300_000)
})

describe('inputs and outputs that are not files', () => {
  it('--out under /proc fails at once with exit 2 (Node\'s recursive mkdir would spin)', async () => {
    const run = await runMain(['parse', 'seeds', '--out', '/proc/baicheng-news-test', '-f', 'json'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^baicheng-news: Cannot create the output folder "\/proc\/baicheng-news-test": ENOENT/)
    const exported = await runMain(['export', 'seeds', '--out', '/proc/baicheng-news-test'])
    expect(exported.code).toBe(2)
  })

  it('--out naming a file is refused', async () => {
    const run = await runMain(['parse', 'seeds', '--out', path.join(repo, 'package.json', 'x')])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('ENOTDIR')
  })

  it('a character device (/dev/zero) is refused unread; the rest is parsed', async () => {
    const run = await runMain(['parse', '/dev/zero', 'seeds', '-f', 'json', '-q'])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('/dev/zero: error: Unexpected character device, expected a regular file or folder; to read a pipe or device, give - and redirect it to stdin [not-a-file]\n')
    expect(issues(run.stdout)).toHaveLength(1)
  })

  it.skipIf(spawnSync('mkfifo', ['--version']).status !== 0)('a FIFO is refused, never waited on', async () => {
    const fifo = path.join(tmp, 'fifo.md')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const run = await runMain(['parse', fifo, 'seeds', '-f', 'json', '-q'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('fifo.md: error: Unexpected FIFO (named pipe), expected a regular file or folder')
  })

  it('--max-size: a larger file or stdin fails alone with its size; the default is 64 MB', async () => {
    const big = file('max-size/big.md', seedText.repeat(200))
    const run = await runMain(['parse', big, 'seeds', '-f', 'json', '--max-size', '1', '-q'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/big\.md: error: Unexpected input of \d+\.\d MB, more than 1 MB \(--max-size\), expected one issue; file skipped .*\[too-large\]/)
    expect(issues(run.stdout).map((i) => i.id)).toEqual(['000_531ceeffb06bc024'])
    const piped = await runMain(['parse', '-', '-f', 'json', '--max-size', '1', '-q'], { stdin: seedText.repeat(200) })
    expect(piped.code).toBe(2)
    expect(piped.stderr).toContain('<stdin>: error: Unexpected input of more than 1 MB (--max-size)')
    expect((await runMain(['parse', big, '-f', 'json', '-q'])).code).toBe(0)
    expect((await runMain(['parse', big, '--max-size', 'lots'])).stderr).toContain('expected a whole number of MB from 1, e.g. --max-size 256')
  })
})

/**
 * Resolve when a finished (not hidden, not temporary) file appears in `dir`,
 * or when `exited` does: an event, not a sleep.
 */
function firstFinished(dir: string, exited: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(dir)
    const check = (): void => {
      if (readdirSync(dir).some((f) => !f.startsWith('.'))) done()
    }
    const done = (): void => {
      watcher.close()
      resolve()
    }
    watcher.on('change', check)
    void exited.then(done)
    // A file finished before the watcher started is seen too.
    check()
  })
}

describe('conservation', () => {
  it('--check holds on the seed and reports it', async () => {
    const run = await runMain(['parse', 'seeds', '--check', '-f', 'json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('conservation holds in 1 of 1 files')
  })

  it('catches text that went missing or was invented, with its line', () => {
    const result = processIssue(Buffer.from(seedText), { source: 'seed.txt' })
    if (!('parsed' in result)) throw new Error('not parsed')
    const { parsed } = result
    expect(checkConservation(parsed).holds).toBe(true)
    const lead = parsed.issue.articles[0]!
    const dropped = {
      ...parsed,
      issue: { ...parsed.issue, articles: [{ ...lead, sections: lead.sections.slice(1) }, ...parsed.issue.articles.slice(1)] },
    }
    const lost = checkConservation(dropped)
    expect(lost.holds).toBe(false)
    expect(lost.missing.some((m) => m.lines.includes(11))).toBe(true)
    expect(describeImbalance(lost)?.message).toMatch(/^Conservation does not hold, characters \d+ in no field/)
    const doubled = { ...parsed, issue: { ...parsed.issue, articles: [lead, ...parsed.issue.articles] } }
    expect(checkConservation(doubled).extra.length).toBeGreaterThan(0)
  })
})

describe('output safety', () => {
  it('--out writes one file per issue, and nothing temporary is left', async () => {
    const out = path.join(tmp, 'out')
    const run = await runMain(['parse', 'seeds', 'fixtures/parse/kicker/input.md', '--out', out, '-f', 'json'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(readdirSync(out).sort()).toEqual(['000_531ceeffb06bc024.json', 'input.json'])
    expect(ParseOutput.parse(JSON.parse(readFileSync(path.join(out, 'input.json'), 'utf8'))).issues[0]!.articles[0]!.kicker).toBe(
      '国际组织负责人和多国政要通过各种方式',
    )
    const stats = await runMain(['stats', 'seeds', '--out', out])
    expect(stats.code).toBe(0)
    StatsOutput.parse(JSON.parse(readFileSync(path.join(out, '000_531ceeffb06bc024.stats.json'), 'utf8')))
  })

  it('an interrupted run leaves only complete files', async () => {
    const src = path.join(tmp, 'many')
    for (let i = 0; i < 150; i++) file(`many/2019-01-${String((i % 28) + 1).padStart(2, '0')}-${i}.md`, seedText.repeat(8))
    const out = path.join(tmp, 'many-out')
    mkdirSync(out)
    const child = spawn(process.execPath, [bin, 'parse', src, '--out', out, '-f', 'json', '-q'], { cwd: repo })
    const exited = new Promise((resolve) => child.once('exit', resolve))
    // Kill it as soon as the first file is finished, however long that takes on a busy machine.
    await firstFinished(out, exited)
    child.kill('SIGKILL')
    await exited
    const written = readdirSync(out)
    const finished = written.filter((f) => !f.startsWith('.'))
    expect(finished.length).toBeGreaterThan(0)
    for (const name of finished) ParseOutput.parse(JSON.parse(readFileSync(path.join(out, name), 'utf8')))
    // Whatever was being written when the process died is under a hidden temporary name.
    for (const name of written.filter((f) => f.startsWith('.'))) expect(name).toMatch(/\.tmp$/)
  }, 60_000)

  it('--excel adds a BOM and makes formula-like cells inert; plain CSV stays RFC 4180', async () => {
    const target = file('formula.md', '## =HYPERLINK("http://example.com")\n\n+86 热线：12345，-1 @all\n')
    const excel = (await runMain(['parse', target, '-f', 'csv', '--excel'])).stdout
    expect(excel.startsWith('\ufeffissue_id,')).toBe(true)
    expect(excel).toContain(`"'=HYPERLINK(""http://example.com"")"`)
    expect(excel).toContain("'+86 热线：12345，-1 @all")
    const plain = (await runMain(['parse', target, '-f', 'csv'])).stdout
    expect(plain.startsWith('issue_id,')).toBe(true)
    expect(plain).toContain('"=HYPERLINK(""http://example.com"")"')
    expect(plain.split('\r\n').length).toBeGreaterThan(2)
  })
})
