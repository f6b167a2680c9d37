/**
 * What a figure says beyond its value: the rule tables' own examples read
 * back through the functions that use them (each entry of `src/rules/`
 * changes, periods, indicators, headline weights is an example that must
 * hold), periods resolved against issue dates, 分别 lists, and the README's
 * "地区生产总值 by period" query run on a real export.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASIS_WORDS, CHANGE_WORDS, COMPARATIVE_WORDS } from '../src/rules/changes.js'
import { ECONOMIC_INDICATORS } from '../src/rules/indicators.js'
import { PERIOD_FORMS } from '../src/rules/periods.js'
import { PART_WORDS } from '../src/rules/figures.js'
import { scanPeriods } from '../src/stats/periods.js'
import { basisOf, changeOf, enumeratedSubjects, indicatorIn } from '../src/stats/semantics.js'
import { formatRows } from './export.test.js'
import { repo, runBin } from './helpers/run.js'
import { scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('semantics')

/** The words of an example before its figure (同比增长6.2% → 同比增长). */
// The words before an example's figure: its first number in digits, or 一番/两番 (翻一番 has no digit).
const leadOf = (example: string): string => example.slice(0, example.search(/\d+(?:\.\d+)?(?![\d.年])|[一两二三四]番/u))

describe('change and basis words', () => {
  it.each(CHANGE_WORDS.map(([word, change, example]) => [word, change, example] as const))('%s is %s in “%s”', (_word, change, example) => {
    expect(changeOf(leadOf(example))).toBe(change)
  })

  it('a one-character change verb after a comparison with anything (较第三产业低约30.9%) is a change', () => {
    expect(changeOf('第二产业工人平均工资较第三产业低约')).toBe('down')
    expect(changeOf('新增')).toBeNull()
    // 比例, 比重 and 占比 are no comparison: 其中年轻受访者的购买比例高达39％ is a level.
    expect(changeOf('其中年轻受访者的购买比例高达')).toBeNull()
  })

  it.each(BASIS_WORDS.map(([pattern, basis, example]) => [pattern, basis, example] as const))('%s is %s in “%s”', (_pattern, basis, example) => {
    expect(basisOf(leadOf(example))).toBe(basis)
  })

  it.each(COMPARATIVE_WORDS.map(([word, change, example]) => [word, change, example] as const))('%s before a basis is %s in “%s”', (_word, change, example) => {
    expect(changeOf(leadOf(example).replace(/[一二三四五六七八九十两]+$/u, ''))).toBe(change)
  })

  it('reads a baseline of the year before the covered one as year-on-year, any other year as a baseline', () => {
    // 2019年，我国货物贸易进出口总值31.54万亿元，比2018年增长3.4%.
    expect(basisOf('比2018年增长', 2019)).toBe('year-on-year')
    expect(basisOf('比2018年增长', null)).toBe('baseline')
    expect(basisOf('较2015年增长', 2019)).toBe('baseline')
  })

  it('reads a level reached (提升至71%) and a new count (新增) as no change', () => {
    expect(changeOf('梭织、针织自动化率分别提升至')).toBeNull()
    expect(changeOf('全市新增')).toBeNull()
    expect(changeOf('比去年多')).toBe('up')
  })

  it('reads a one-character change verb before a share as a change without a basis (实际使用外资增11.8%, 成本能降一半)', () => {
    expect(changeOf('4月实际使用外资增', true)).toBe('up')
    expect(changeOf('成本能降', true)).toBe('down')
    expect(changeOf('成本能降')).toBeNull()
    expect(changeOf('全市新增', true)).toBeNull()
    expect(changeOf('学生社会实践活动参与率高达', true)).toBeNull()
  })

  it('reads a change verb and 为 as the level reached (降低为2秒), a rate and 为 as a change (增幅为12%)', () => {
    expect(changeOf('客车、货车通过省界的时间分别由原来的15秒、29秒降低为')).toBeNull()
    expect(changeOf('增幅为')).toBe('up')
  })

  it('reads a price cut (降价) as a change down, with or without 幅度 (降价幅度超过80%)', () => {
    expect(changeOf('降价幅度超过')).toBe('down')
    expect(changeOf('常用药，降价')).toBe('down')
  })
})

describe('indicators and parts', () => {
  it.each(ECONOMIC_INDICATORS.map(([name, example]) => [name, example] as const))('%s in “%s”', (name, example) => {
    expect(indicatorIn(example)).toBe(name)
  })

  it.each(PART_WORDS.map(([word, example]) => [word, example] as const))('%s in “%s”', (word, example) => {
    expect(example).toContain(word)
  })
})

describe('periods', () => {
  it.each(PERIOD_FORMS.map((f) => [f.shape, f.example] as const))('%s: “%s”', (_shape, example) => {
    expect(scanPeriods(example, '2019-10-25').length).toBeGreaterThan(0)
  })

  it.each([
    ['前三季度，全市地区生产总值完成325.6亿元', '2019-10-25', '前三季度', '2019-01-01', '2019-09-30'],
    // A period that would start after the issue date is last year's.
    ['前三季度，全市地区生产总值完成325.6亿元', '2020-01-13', '前三季度', '2019-01-01', '2019-09-30'],
    ['今年以来，已组织各地各部门开展各项便民服务1400余次', '2019-07-20', '今年以来', '2019-01-01', '2019-07-20'],
    ['截至目前，全市实施的474个“书记项目”已完成280个', '2019-07-20', '截至目前', null, '2019-07-20'],
    ['截至6月底，拨付救助资金200万元', '2019-07-20', '截至6月底', null, '2019-06-30'],
    ['1—4月，高技术产业实际使用外资同比增长2.7%', '2020-05-15', '1—4月', '2020-01-01', '2020-04-30'],
    ['元至九月,全县完成生产总值', '2018-11-16', '元至九月', '2018-01-01', '2018-09-30'],
    ['去年前11个月固定资产投资同比增长5.2%', '2020-01-13', '去年前11个月', '2019-01-01', '2019-11-30'],
    ['2019年1至11月，国家开发银行', '2020-01-05', '2019年1至11月', '2019-01-01', '2019-11-30'],
    ['今年上半年集装箱吞吐量突破100万箱', '2019-10-31', '今年上半年', '2019-01-01', '2019-06-30'],
    ['一季度上海实到外资46.69亿美元', '2020-05-17', '一季度', '2020-01-01', '2020-03-31'],
    ['2018年实现生产总值2.04万亿元', '2019-02-20', '2018年', '2018-01-01', '2018-12-31'],
    ['前四个月，申请发明专利的国内企业共6.5万家', '2020-05-18', '前四个月', '2020-01-01', '2020-04-30'],
    // Spans counted from now (review finding 11): back to the issue, or ahead of it (raw only).
    ['这两年，全县新建学校12所', '2019-10-25', '这两年', null, '2019-10-25'],
    ['未来五年，全市将投入资金80亿元', '2019-10-25', '未来五年', null, null],
  ])('“%s” on %s: %s = %s … %s', (text, date, raw, start, end) => {
    expect(scanPeriods(text, date)[0]?.period).toEqual({ raw, start, end })
  })

  it('takes no date of an event or basis for a period', () => {
    expect(scanPeriods('今年3月，民生事项呼叫中心正式成立', '2019-07-20')).toEqual([])
    expect(scanPeriods('比去年同期增长4.5%', '2020-05-17')).toEqual([])
    expect(scanPeriods('较2015年下降28.2%', '2020-05-22')).toEqual([])
    expect(scanPeriods('2018年9月26日，“殷金凤工作室”揭牌成立', '2019-07-20')).toEqual([])
  })

  it('never gives a start after its end, for any month range and issue date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (a, b, when) => {
        const [first, last] = a <= b ? [a, b] : [b, a]
        const period = scanPeriods(`${first}—${last}月，全市地区生产总值`, when.toISOString().slice(0, 10))[0]!.period
        expect(period.start! <= period.end!).toBe(true)
        expect(Number(period.end!.slice(5, 7))).toBe(last)
      }),
    )
  })
})

describe('分别 lists', () => {
  it.each([
    ['城镇和农村常住居民人均可支配收入分别达到', 2, ['城镇常住居民人均可支配收入', '农村常住居民人均可支配收入']],
    ['鲜果和鲜菜价格分别下降', 2, ['鲜果价格', '鲜菜价格']],
    ['梭织、针织自动化率分别提升至', 2, ['梭织自动化率', '针织自动化率']],
    ['其中，信息服务、电子商务服务、专业技术服务同比分别增长', 3, ['信息服务', '电子商务服务', '专业技术服务']],
    ['存款类金融机构、非银行金融机构、非法人机构投资者和其他投资者的持有债券占比分别为', 3, null],
  ])('“%s” with %d values', (lead, count, subjects) => {
    expect(enumeratedSubjects(lead, count)).toEqual(subjects)
  })
})

describe('README: 地区生产总值 by period', () => {
  it('prints what the README says it prints', async () => {
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8')
    const command = /<!-- economy-command -->\s*```sh\n(.+)\n```/.exec(readme)![1]!
    const [, sql, printed] = /<!-- economy-query -->\s*```sql\n([\s\S]+?)```\s*```text\n([\s\S]+?)```/.exec(readme)!
    const args = command
      .replace(/^baicheng-news /, '')
      .split(' ')
      .map((a) => (a.startsWith('fixtures/') ? path.join(repo, a) : a.startsWith('economy') ? path.join(tmp, a) : a))
    expect(runBin([...args, '-q']).code).toBe(0)
    const instance = await DuckDBInstance.create(path.join(tmp, 'economy', 'archive.duckdb'))
    const connection = await instance.connect()
    expect(formatRows((await connection.runAndReadAll(sql!)).getRowObjectsJson())).toBe(printed!.trimEnd())
    connection.closeSync()
  }, 120_000)
})
