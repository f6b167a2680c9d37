/**
 * `stats` on the bundled seed, end to end through the built CLI: every
 * quantity a reader would count, with the right value and approximation,
 * what it counts, nothing that is not a figure, and the share checks.
 */
import { execFileSync } from 'node:child_process'
import { parse as parseCsv } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { Figure, StatsOutput } from '../src/schema.js'
import { repo, runBin, runMain } from './helpers/run.js'
import { seedText } from './helpers/seed.js'

let output: StatsOutput
let stderr: string

beforeAll(() => {
  const run = runBin(['stats', 'seeds', '--format', 'json'])
  expect(run.code).toBe(0)
  stderr = run.stderr
  output = StatsOutput.parse(JSON.parse(run.stdout))
})

const find = (text: string, nth = 0): Figure => {
  const all = output.figures.filter((f) => f.text === text)
  if (!all[nth]) throw new Error(`no figure ${text} #${nth}`)
  return all[nth]
}

describe('stats on the seed', () => {
  it.each([
    ['近200件', 200, 'nearly', 'item', 'count'],
    ['474个', 474, 'exact', 'item', 'count'],
    ['280个', 280, 'exact', 'item', 'count'],
    ['600余个', 600, 'over', 'item', 'count'],
    ['600多户', 600, 'over', 'household', 'count'],
    ['1700余人', 1700, 'over', 'person', 'count'],
    ['667个', 667, 'exact', 'item', 'count'],
    ['102个', 102, 'exact', 'item', 'count'],
    ['1400余次', 1400, 'over', 'times', 'count'],
    ['400多个', 400, 'over', 'item', 'count'],
    ['150余万元', 1500000, 'over', 'CNY', 'money'],
    ['50多元', 50, 'over', 'CNY', 'money'],
    ['千平方米以上', 1000, 'over', 'm2', 'area'],
    ['千平方米', 1000, 'exact', 'm2', 'area'],
    ['22个', 22, 'exact', 'item', 'count'],
    ['21.6%', 21.6, 'exact', '%', 'percent'],
    ['12个', 12, 'exact', 'item', 'count'],
    ['33%', 33, 'exact', '%', 'percent'],
    ['48次', 48, 'exact', 'times', 'count'],
    ['106次', 106, 'exact', 'times', 'count'],
    ['85个', 85, 'exact', 'item', 'count'],
    ['10项', 10, 'exact', 'item', 'count'],
    // 18个春秋: eighteen years.
    ['18个', 18, 'exact', 'year', 'duration'],
    ['150多人', 150, 'over', 'person', 'count'],
    ['第六届', 6, 'exact', null, 'ordinal'],
  ])('finds %s = %d (%s, %s)', (text, value, approx, unit, kind) => {
    const f = find(text)
    expect([f.value, f.approx, f.unit, f.kind]).toEqual([value, approx, unit, kind])
  })

  it('finds both 474个', () => {
    expect(output.figures.filter((f) => f.text === '474个')).toHaveLength(2)
  })

  it('says what the figures count and which verb governs them', () => {
    expect([find('474个', 1).subject, find('474个', 1).predicate]).toEqual(['书记项目', '实施'])
    expect([find('280个').subject, find('280个').predicate]).toEqual(['书记项目', '已完成'])
    expect([find('667个').subject, find('667个').predicate]).toEqual(['部门单位', '包保'])
    expect([find('102个').subject, find('102个').predicate]).toEqual(['社区', '包保'])
    expect([find('48次').subject, find('48次').predicate]).toEqual(['会议', '召开'])
    expect([find('85个').subject, find('85个').predicate]).toEqual(['特色品牌社区', '打造'])
    expect([find('22个').subject, find('22个').predicate]).toEqual(['社区', '已建成'])
    expect(find('12个').subject).toBe('社区')
    expect(find('近200件').predicate).toBe('解决')
    expect(find('600余个').predicate).toBe('解决')
    expect(find('近200件').low).toBeNull()
    expect(find('近200件').high).toBe(200)
    expect(find('150余万元').low).toBe(1500000)
  })

  it('takes no telephone number, e-mail, address, identifier, programme or idiom for a figure', () => {
    const texts = output.figures.map((f) => f.text).join(' ')
    for (const bad of ['0431', '12389', '82097213', '3366685', '0436', '2019', '605', '1+9', '一号', '一把手', '一抓到底', '一目了然', '第一时间', '一头雾水']) {
      expect(texts).not.toContain(bad)
    }
    expect(output.figures.filter((f) => f.text === '1' || f.text === '9')).toEqual([])
    // The notices hold no figures at all.
    expect(output.figures.filter((f) => f.articleId.endsWith('-5') || f.articleId.endsWith('-6'))).toEqual([])
  })

  it('leaves dates and clock times to dates', () => {
    const texts = output.figures.map((f) => f.text)
    expect(texts).not.toContain('6时')
    expect(output.dates.map((d) => d.text)).toEqual(
      expect.arrayContaining(['今年3月', '今年7月中旬', '今年4月2日', '7月16日', '2018年9月26日', '2017年4月', '日前', '近日']),
    )
    const day = output.dates.find((d) => d.text === '2018年9月26日')!
    expect([day.iso, day.precision, day.vague]).toEqual(['2018-09-26', 'day', false])
    const vague = output.dates.find((d) => d.text === '日前')!
    expect([vague.iso, vague.vague]).toEqual([null, true])
    // The seed's name gives no date, so 今年 has no year.
    expect(output.dates.find((d) => d.text === '今年3月')!.iso).toBeNull()
  })

  it('points at the source: line and column of the figure text', () => {
    const lines = seedText.split('\n')
    for (const f of output.figures) {
      expect(lines[f.line - 1]!.slice(f.column - 1, f.column - 1 + f.text.length)).toBe(f.text)
    }
  })

  it('checks the shares against their parts, with both lines', () => {
    expect(output.checks.map((c) => [c.reported, c.computed, c.holds, c.lines])).toEqual([
      [21.6, 21.5686, true, [31, 37]],
      [33, 33.3333, true, [31, 37]],
    ])
    // A check that holds is data, not a warning.
    expect(stderr).not.toMatch(/share-holds|Share 21\.6%/)
  })

  it('prints a check that holds as a note with -v only, never as a warning', () => {
    const verbose = runBin(['stats', 'seeds', '--format', 'json', '-v'])
    expect(verbose.stderr).toMatch(/:37: note: Share 21\.6% of 社区 holds: \(22个\) \/ 102个 = 21\.6% \(lines 31, 37\) \[share-holds\]/)
    // The summary counts the joined paragraphs' warnings only.
    expect(verbose.stderr).toMatch(/0 failed, 2 warnings/)
    expect(verbose.stderr).not.toMatch(/warning: Share/)
  })

  it('relates the figures: 280 part-of 474, 21.6% share-of the 102 communities', () => {
    expect(find('280个').relations).toEqual([{ relation: 'part-of', to: find('474个', 1).id, computed: 59.1, holds: null }])
    expect(find('21.6%').relations).toEqual([{ relation: 'share-of', to: find('102个').id, computed: 21.5686, holds: true }])
    expect([find('21.6%').subject, find('21.6%').qualifier, find('22个').qualifier]).toEqual(['社区', '千平方米以上', '千平方米以上'])
    // 目前共受理、解决民生诉求近200件: 目前 alone is a period up to the issue, as 截至目前 is.
    expect([find('474个', 1).period?.raw, find('1400余次').period?.raw, find('近200件').period?.raw]).toEqual(['截至目前', '今年以来', '目前'])
  })

  it('marks at most three headline figures per article, and --headline keeps only them', async () => {
    const perArticle = new Map<string, number>()
    for (const f of output.figures) if (f.isHeadline) perArticle.set(f.articleId, (perArticle.get(f.articleId) ?? 0) + 1)
    for (const n of perArticle.values()) expect(n).toBeLessThanOrEqual(3)
    const run = await runMain(['stats', 'seeds', '--headline', '-f', 'json'])
    const headline = StatsOutput.parse(JSON.parse(run.stdout)).figures
    expect(headline.length).toBe(output.figures.filter((f) => f.isHeadline).length)
    expect(headline.every((f) => f.isHeadline)).toBe(true)
    // The lead article's key facts: the projects, how many are done, and the share of large communities.
    const lead = headline.filter((f) => f.articleId === '000_531ceeffb06bc024-1')
    expect(lead.map((f) => [f.text, f.subject, f.qualifier])).toEqual([
      ['474个', '书记项目', null],
      ['280个', '书记项目', null],
      ['21.6%', '社区', '千平方米以上'],
    ])
    // Never an ordinal, a duration, a single person or a grade.
    for (const f of headline) {
      expect(f.kind).not.toMatch(/ordinal|duration/)
      expect(f.text).not.toMatch(/^[一1][人名位]$|[级等]$/)
    }
  })

  it('gives the same figures as JSON Lines, CSV and a table', async () => {
    const jsonl = (await runMain(['stats', 'seeds', '-f', 'jsonl'])).stdout.trimEnd().split('\n').map((l) => Figure.parse(JSON.parse(l)))
    expect(jsonl).toEqual(output.figures)
    const rows = parseCsv((await runMain(['stats', 'seeds', '-f', 'csv'])).stdout, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => [r.figure_id, r.text, Number(r.value), r.subject || null])).toEqual(output.figures.map((f) => [f.id, f.text, f.value, f.subject]))
    expect(rows.map((r) => [r.change || null, r.period_raw || null, r.qualifier || null])).toEqual(output.figures.map((f) => [f.change, f.period?.raw ?? null, f.qualifier]))
    // The table groups figures by article and subject: a total, its part and the part's share.
    const table = (await runMain(['stats', 'seeds', '-f', 'table'])).stdout
    expect(table).toMatch(/书记项目\s*│\s*★474 · ★已完成 280 \(59\.1%\)/)
    for (const f of output.figures) expect(table).toContain(f.subject ?? f.text)
    const dates = (await runMain(['stats', 'seeds', '--dates', '-f', 'jsonl'])).stdout.trimEnd().split('\n')
    expect(dates).toHaveLength(output.dates.length)
  })

  it('resolves dates with --date', async () => {
    const run = await runMain(['stats', 'seeds', '--date', '2019-07-20', '-f', 'json'])
    const dates = StatsOutput.parse(JSON.parse(run.stdout)).dates
    const find = (t: string) => dates.find((d) => d.text === t)!
    expect([find('今年3月').iso, find('今年3月').precision]).toEqual(['2019-03', 'month'])
    expect([find('今年7月中旬').iso, find('今年7月中旬').start, find('今年7月中旬').end]).toEqual(['2019-07-11/2019-07-20', '2019-07-11', '2019-07-20'])
    expect(find('7月16日').iso).toBe('2019-07-16')
  })
})

describe('start-up', () => {
  it('parse never loads nodejieba; stats does', () => {
    const probe = (command: string): boolean =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `import { main } from './dist/main.js'; import { isSegmenterLoaded } from './dist/segment.js'; import { PassThrough } from 'node:stream';
             const sink = () => { const s = new PassThrough(); s.resume(); return s }
             const stdin = new PassThrough(); stdin.end()
             await main({ argv: ['${command}', 'seeds', '-f', 'json'], stdin, stdout: sink(), stderr: sink(), env: {} })
             console.log(JSON.stringify(isSegmenterLoaded()))`,
          ],
          { encoding: 'utf8', cwd: repo },
        ),
      ) as boolean
    expect(probe('parse')).toBe(false)
    expect(probe('stats')).toBe(true)
  })
})
