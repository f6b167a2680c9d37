/**
 * Real archives are messy: bad input of every kind gets a clear message
 * naming the file (and line), the batch goes on, nothing already parsed is
 * lost, and nothing is ever half-written.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkConservation, describeImbalance } from '../src/pipeline/conservation.js'
import { readIssue } from '../src/read-issue.js'
import { ParseOutput, StatsOutput, type Issue } from '../src/schema.js'
import { bin, repo, runBin, runMain } from './helpers/run.js'

const seedText = readFileSync(path.join(repo, 'seeds', '000_531ceeffb06bc024.txt'), 'utf8')
const tmp = mkdtempSync(path.join(tmpdir(), 'bcn-archives-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

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

  it('pathological text (a 200,000-character paragraph, endless repeats) neither hangs nor explodes', () => {
    const cases = {
      noPunctuation: '城市基层党建'.repeat(34000),
      numerals: '一二三四五六七八九十百千万亿'.repeat(15000),
      digits: '1'.repeat(200000),
      parentheses: '（'.repeat(100000),
      datelines: '本报讯('.repeat(50000),
      emails: `${'a'.repeat(200000)}@`,
      phones: '0431-'.repeat(40000),
    }
    for (const [name, body] of Object.entries(cases)) {
      const target = file(`pathological/${name}.md`, `## 标题\n\n${body}\n`)
      for (const command of ['parse', 'stats']) {
        const started = Date.now()
        const run = runBin([command, target, '-f', 'jsonl', '--check'])
        expect([name, command, run.code]).toEqual([name, command, 0])
        // A guard against exponential or quadratic blow-up, not a benchmark.
        expect(Date.now() - started, `${command} ${name}`).toBeLessThan(60_000)
      }
    }
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

describe('conservation', () => {
  it('--check holds on the seed and reports it', async () => {
    const run = await runMain(['parse', 'seeds', '--check', '-f', 'json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('conservation holds in 1 of 1 files')
  })

  it('catches text that went missing or was invented, with its line', () => {
    const result = readIssue(Buffer.from(seedText), { source: 'seed.txt' })
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

describe('determinism', () => {
  it('gives byte-identical output whatever order files were created in, and whatever the clock or zone', () => {
    const names = ['2019-07-20.md', '2019-07-21.txt', 'a/20190722-02-01.md', 'b/c/2019-07-23.markdown']
    const bodies = [seedText, seedText.replace(/474/g, '475'), seedText.replace(/102/g, '103'), seedText.replace(/22个/g, '23个')]
    const outputs = [names, [...names].reverse()].map((order, n) => {
      const dir = path.join(tmp, 'order')
      rmSync(dir, { recursive: true, force: true })
      for (const name of order) file(`order/${name}`, bodies[names.indexOf(name)]!)
      return [
        runBin(['parse', dir, '-f', 'json'], { env: { TZ: n === 0 ? 'UTC' : 'Asia/Shanghai' } }).stdout,
        runBin(['stats', dir, '-f', 'jsonl'], { env: { TZ: n === 0 ? 'UTC' : 'America/New_York' } }).stdout,
      ]
    })
    expect(outputs[0]![0]).toBe(outputs[1]![0])
    expect(outputs[0]![1]).toBe(outputs[1]![1])
    expect(issues(outputs[0]![0]!).map((i) => i.id)).toEqual(['2019-07-20', '2019-07-21', '20190722-02-01', '2019-07-23'])
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
    const child = spawn(process.execPath, [bin, 'parse', src, '--out', out, '-f', 'json', '-q'], { cwd: repo })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
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
