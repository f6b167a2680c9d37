/**
 * `track`, `people`, `report` and `--diagnostics github` through main: on
 * the seed (end to end, with a golden Markdown summary), on the fixtures, and
 * on the shared corpus (skipped, visibly, when it is absent).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatGithubDiagnostic } from '../src/io/diagnostics.js'
import { Figure } from '../src/schema.js'
import { repo, runMain } from './helpers/run.js'
import { scratchFolder } from './helpers/scratch.js'

const corpus = path.join(repo, '..', 'shared', 'corpus')
const hasCorpus = existsSync(corpus)
const seed = ['seeds', '--date', '2019-07-20', '--jobs', '1']
const scratch = scratchFolder('archive-cli')

describe('track on the seed', () => {
  it('lists every figure of the subject with its source and line, and a sparkline at the end of the table', async () => {
    const json = await runMain(['track', '书记项目', ...seed, '-f', 'json', '-q'])
    expect(json.code).toBe(0)
    const out = JSON.parse(json.stdout)
    expect(out.rows.map((r: { text: string; source: string; line: number }) => [r.text, r.source, r.line])).toEqual([
      ['474个', 'seeds/000_531ceeffb06bc024.txt', 19],
      ['280个', 'seeds/000_531ceeffb06bc024.txt', 19],
    ])
    expect(out.series).toEqual([{ subject: '书记项目', unit: 'item', sparkline: '█▁', values: [{ time: '2019-07-20', value: 474 }, { time: '2019-07-20', value: 280 }] }])
    const table = await runMain(['track', '书记项目', ...seed, '-f', 'table', '-q'])
    expect(table.stdout.trimEnd().split('\n').at(-1)).toBe('书记项目 [item] █▁  474 (2019-07-20) … 280 (2019-07-20)')
  })

  it('writes CSV and JSON Lines, one figure a row', async () => {
    const csv = await runMain(['track', '书记项目', ...seed, '-f', 'csv', '-q'])
    const lines = csv.stdout.trimEnd().split('\r\n')
    expect(lines[0]).toBe('subject,printed,scope,qualifier,value,unit,text,approx,change,basis,period_raw,period_start,period_end,cumulative,date,issue_id,source,article_id,headline,line,figure_id,flags')
    expect(lines).toHaveLength(3)
    const jsonl = await runMain(['track', '书记项目', ...seed, '-f', 'jsonl', '-q'])
    expect(jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).value)).toEqual([474, 280])
  })

  it('aggregates by year to the value reported last', async () => {
    const run = await runMain(['track', '书记项目', ...seed, '-f', 'json', '--by', 'year', '-q'])
    const out = JSON.parse(run.stdout)
    expect(out.rows).toEqual([
      expect.objectContaining({ period: '2019', subject: '书记项目', value: 280, text: '280个', reports: 2, line: 19 }),
    ])
  })

  it('takes several subjects, and paths after them', async () => {
    const run = await runMain(['track', '书记项目', '社区', ...seed, '-f', 'json', '-q'])
    const subjects = new Set(JSON.parse(run.stdout).rows.map((r: { subject: string }) => r.subject))
    expect([...subjects].sort()).toEqual(['书记项目', '社区'])
  })

  it('says what is missing or wrong, with exit 2', async () => {
    const none = await runMain(['track'])
    expect(none.code).toBe(2)
    const by = await runMain(['track', '书记项目', 'seeds', '--by', 'week'])
    expect(by.code).toBe(2)
    expect(by.stderr).toContain('week')
  })
})

describe('people on the seed', () => {
  it('lists the 13 people credited, with roles, article counts and co-authors', async () => {
    const run = await runMain(['people', ...seed, '-f', 'json', '-q'])
    expect(run.code).toBe(0)
    const { people } = JSON.parse(run.stdout)
    expect(people).toHaveLength(13)
    expect(people.find((p: { name: string }) => p.name === '于凝')).toMatchObject({
      roles: ['author'],
      articleCount: 1,
      firstIssue: { issueId: '000_531ceeffb06bc024', date: '2019-07-20' },
      coAuthors: [
        { name: '尹雪', articles: 1 },
        { name: '张磊', articles: 1 },
      ],
    })
    expect(people.find((p: { name: string }) => p.name === '刘莹').roles).toEqual(['intern'])
  })

  it('writes CSV with a person_id first', async () => {
    const run = await runMain(['people', ...seed, '-f', 'csv', '-q'])
    const [head, first] = run.stdout.split('\r\n')
    expect(head).toBe('person_id,name,roles,article_count,first_issue_id,first_date,last_issue_id,last_date,pages,columns,co_authors')
    expect(first).toMatch(/^p-[0-9a-f]{16},/)
  })
})

describe('report on the seed', () => {
  it('writes the golden Markdown summary', async () => {
    const run = await runMain(['report', ...seed, '--format', 'md', '-q'])
    expect(run.code).toBe(0)
    await expect(run.stdout).toMatchFileSnapshot(path.join(repo, 'test', 'golden', 'report-seed.md'))
  })

  it('writes one HTML file with --out, and nothing on stdout', async () => {
    const out = path.join(scratch, 'seed.html')
    const run = await runMain(['report', ...seed, '--out', out, '-q'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    const html = readFileSync(out, 'utf8')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('释放城市基层党建整体效应')
  })

  it('refuses an unknown format with exit 2', async () => {
    const run = await runMain(['report', 'seeds', '--format', 'pdf'])
    expect(run.code).toBe(2)
  })
})

describe('on the fixtures', () => {
  it('report lists the warnings of each file with their lines, and the files that failed', async () => {
    const run = await runMain(['report', 'fixtures/parse', '--format', 'md', '--jobs', '1', '-q'])
    // Some parse fixtures are not text on purpose: exit 1, and the report still comes.
    expect([0, 1]).toContain(run.code)
    const warnings = run.stdout.slice(run.stdout.indexOf('## Warnings per file'))
    expect(warnings).toMatch(/\| fixtures\/parse\/[^|]+ \| \d+ \| warning \| joined-paragraph \|/)
    expect(run.stdout).toContain('## Most frequent people')
  })

  it('people and track run over every fixture folder', async () => {
    const people = await runMain(['people', 'fixtures', '-f', 'json', '--jobs', '1', '-q'])
    expect(JSON.parse(people.stdout).people.length).toBeGreaterThan(10)
    const track = await runMain(['track', '地区生产总值', 'fixtures', '-f', 'json', '--jobs', '1', '-q'])
    expect(JSON.parse(track.stdout).rows.length).toBeGreaterThan(0)
  })
})

describe('--diagnostics github', () => {
  it('prints each warning also as a workflow command, beside the usual line', async () => {
    const run = await runMain(['parse', ...seed, '-f', 'json', '--diagnostics', 'github'])
    const lines = run.stderr.split('\n')
    const at = lines.findIndex((l) => l.startsWith('seeds/000_531ceeffb06bc024.txt:21: warning:'))
    expect(at).toBeGreaterThanOrEqual(0)
    expect(lines[at + 1]).toBe(
      '::warning file=seeds/000_531ceeffb06bc024.txt,line=21,title=joined-paragraph::Joined a paragraph split mid-sentence across lines 21 and 23: “…验证落实情况，掌” + “握群众满意度，做…”',
    )
  })

  it('is on every command that prints diagnostics', async () => {
    for (const command of ['parse', 'stats', 'track', 'people', 'report']) {
      const args = command === 'track' ? ['track', '书记项目'] : [command]
      const run = await runMain([...args, ...seed, '-f', command === 'report' ? 'md' : 'json', '--diagnostics', 'github'])
      expect(run.stderr, command).toContain('::warning file=seeds/000_531ceeffb06bc024.txt,line=35,title=joined-paragraph::')
    }
  })

  it('escapes as GitHub reads workflow commands: % CR LF in the message, also : and , in properties', () => {
    const line = formatGithubDiagnostic({ file: 'a:b,c.md', line: 3, severity: 'error', code: 'not-text', message: '100% bad\r\nnext ::error::x' })
    expect(line).toBe('::error file=a%3Ab%2Cc.md,line=3,title=not-text::100%25 bad%0D%0Anext ::error::x')
    expect(line.split('\n')).toHaveLength(1)
    expect(formatGithubDiagnostic({ file: '<stdin>', line: null, severity: 'warning', code: 'empty-issue', message: 'Empty' })).toBe(
      '::warning file=<stdin>,title=empty-issue::Empty',
    )
  })

  it('refuses another format with exit 2', async () => {
    const run = await runMain(['parse', 'seeds', '--diagnostics', 'gitlab'])
    expect(run.code).toBe(2)
  })
})

describe.skipIf(!hasCorpus)('on the shared corpus', () => {
  it('track 地区生产总值 lists the reported values by period (or issue date) with their sources', async () => {
    const run = await runMain(['track', '地区生产总值', corpus, '-f', 'json', '-q'])
    expect(run.code).toBe(0)
    const rows = JSON.parse(run.stdout).rows as { subject: string; source: string; line: number; periodEnd: string | null; date: string | null; printed: string }[]
    expect(rows.length).toBeGreaterThanOrEqual(3)
    expect(rows.every((r) => r.subject === '地区生产总值' && r.source.length > 0 && r.line > 0)).toBe(true)
    // 贵州's and 广西's 2018 figures (生产总值) are among them, from their files.
    expect(rows.some((r) => r.source.endsWith('20190220-01-03.txt'))).toBe(true)
    if ('period' in Figure.shape) expect(rows.some((r) => r.periodEnd !== null)).toBe(true)
  })

  it('people lists the reporters with roles and article counts; one name in two roles is one person', async () => {
    const run = await runMain(['people', corpus, '-f', 'json', '-q'])
    const { people } = JSON.parse(run.stdout)
    expect(people.length).toBeGreaterThanOrEqual(100)
    expect(people.find((p: { name: string }) => p.name === '刘新吾').roles).toEqual(['reporter', 'photographer'])
    // 本报记者  李  舸摄: the padding is gone.
    expect(people.some((p: { name: string }) => p.name === '李舸')).toBe(true)
    expect(new Set(people.map((p: { personId: string }) => p.personId)).size).toBe(people.length)
  })

  it('report --format md sums up the corpus', async () => {
    const run = await runMain(['report', corpus, '--format', 'md', '-q'])
    expect(run.stdout).toMatch(/: 26\d issues, 2\d\d articles, \d+ figures, [1-9]\d\d people/)
  })
})
if (!hasCorpus) {
  describe('on the shared corpus', () => {
    it.skip(`skipped: ${corpus} is absent`, () => {})
  })
}

describe('golden help', () => {
  it.each(['track', 'people', 'report'])('%s --help', async (command) => {
    await expect((await runMain([command, '--help'])).stdout).toMatchFileSnapshot(`golden/${command}-help.txt`)
  })
})
