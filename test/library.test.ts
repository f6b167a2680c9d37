/**
 * The library (`import … from 'baicheng-news'`): the README's example runs
 * as written and prints what the README shows; the API gives what the CLI
 * gives; its errors are the documented ones.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  Figure,
  formatIssues,
  formatStats,
  Issue,
  issueStats,
  NotAnIssueError,
  parseIssue,
  ParseOutput,
  records,
  type Segmenter,
} from '../src/index.js'
import { repo, runMain } from './helpers/run.js'
import { seedPath } from './helpers/seed.js'
import { scratchFolder } from './helpers/scratch.js'

const seed = readFileSync(seedPath)
const tmp = scratchFolder('lib')

/** The fenced block of `lang` that follows `heading` in the README, and the first ```text block after it. */
function readmeExample(heading: string): { code: string; output: string } {
  const readme = readFileSync(path.join(repo, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf(`\n${heading}\n`))
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1]
  const output = /```text\n([\s\S]*?)```/.exec(section)?.[1]
  if (!code || output === undefined) throw new Error(`README: no js and text blocks under ${heading}`)
  return { code, output }
}

describe('the README example', () => {
  it('runs as an ES module importing the package by name, and prints what the README shows', () => {
    const { code, output } = readmeExample('## Use from Node')
    const dir = path.join(tmp, 'readme')
    mkdirSync(path.join(dir, 'node_modules'), { recursive: true })
    // The package as an installed dependency: resolved through package.json "exports".
    symlinkSync(repo, path.join(dir, 'node_modules', 'baicheng-news'))
    writeFileSync(path.join(dir, 'example.mjs'), code)
    const run = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(output)
  })
})

describe('parseIssue', () => {
  it('gives what `parse --format json` gives, from bytes or text', async () => {
    const cli = ParseOutput.parse(JSON.parse((await runMain(['parse', 'seeds', '-f', 'json', '-q'])).stdout)).issues[0]
    const source = 'seeds/000_531ceeffb06bc024.txt'
    expect(parseIssue(seed, { source })).toEqual(cli)
    expect(parseIssue(seed.toString('utf8'), { source })).toEqual(cli)
  })

  it('reads GB18030 bytes as the CLI does', () => {
    const bytes = readFileSync(path.join(repo, 'fixtures', 'parse', 'gb18030', 'input.md'))
    const issue = parseIssue(bytes, { source: 'gb.md' })
    expect(issue.encoding).toBe('gb18030')
    expect(issue.articles[0]!.headline).toBe('洮北区新华街道多措并举推进创城工作')
  })

  it('takes the id and date from source, the fallback date from options', () => {
    expect(parseIssue('# 爱在街巷\n\n本报讯 甲。\n', { source: 'a/2019-07-20.md' })).toMatchObject({ id: '2019-07-20', date: '2019-07-20' })
    expect(parseIssue('# 爱在街巷\n\n本报讯 甲。\n', { date: '2019-07-21' })).toMatchObject({ id: 'issue', date: '2019-07-21' })
    expect(() => parseIssue('x', { date: '2019-13-40' })).toThrow(RangeError)
  })

  it('throws NotAnIssueError with the diagnostic for binary input', () => {
    try {
      parseIssue(Buffer.from('PNG\n\n\u0000\u0001'), { source: 'image.md' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(NotAnIssueError)
      expect((error as NotAnIssueError).diagnostic).toMatchObject({ file: 'image.md', line: 3, code: 'not-text' })
    }
  })
})

describe('issueStats', () => {
  it('gives what `stats --format json` gives', async () => {
    const cli = JSON.parse((await runMain(['stats', 'seeds', '-f', 'json', '-q'])).stdout)
    const stats = issueStats(parseIssue(seed, { source: 'seeds/000_531ceeffb06bc024.txt' }))
    expect(stats.figures).toEqual(cli.figures)
    expect(stats.dates).toEqual(cli.dates)
    expect(stats.checks).toEqual(cli.checks)
    for (const f of stats.figures) Figure.parse(f)
  })

  it('keeps only headline figures when asked', () => {
    const figures = issueStats(parseIssue(seed), { headline: true }).figures
    expect(figures.length).toBeGreaterThan(0)
    expect(figures.every((f) => f.isHeadline)).toBe(true)
  })

  it('takes another segmenter (nodejieba is never loaded for it)', () => {
    const calls: string[] = []
    const stub: Segmenter = {
      tag: (text) => (calls.push(text), [...text].map((word) => ({ word, tag: 'x' }))),
      parts: (word) => [word],
    }
    const figures = issueStats(parseIssue('# 题\n\n全市667个部门单位包保102个社区。\n'), { segmenter: stub }).figures
    expect(figures.map((f) => f.text)).toEqual(['667个', '102个'])
    expect(calls.length).toBeGreaterThan(0)
  })

  it('refuses an issue that did not come from parseIssue, saying what it expected', () => {
    const copy = Issue.parse(JSON.parse(JSON.stringify(parseIssue(seed))))
    expect(() => issueStats(copy)).toThrow(/expected the object parseIssue returned/)
  })
})

describe('formats and schemas', () => {
  it('formatIssues and formatStats render as the CLI does', async () => {
    const issue = parseIssue(seed, { source: 'seeds/000_531ceeffb06bc024.txt' })
    for (const format of ['json', 'jsonl', 'csv'] as const) {
      expect(formatIssues([issue], format)).toBe((await runMain(['parse', 'seeds', '-f', format, '-q'])).stdout)
    }
    expect(formatIssues([issue], 'table', { width: 120 })).toBe(
      (await runMain(['parse', 'seeds', '-f', 'table', '-q', '--no-color'], { stdoutTTY: true, columns: 120 })).stdout,
    )
    expect(formatStats([{ source: issue.source, stats: issueStats(issue) }], 'csv')).toBe((await runMain(['stats', 'seeds', '-f', 'csv', '-q'])).stdout)
  })

  it('exports every schema the CLI prints, by name', () => {
    expect(Object.keys(records)).toContain('figure')
    expect(records.issue).toBe(Issue)
  })
})
