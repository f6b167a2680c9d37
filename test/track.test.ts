/**
 * The rules of `track`, on digests built from short excerpts of the corpus:
 * subject normalisation, which reports conflict, which fall below an earlier
 * running total, and what `--by` keeps (the last report, never a sum).
 * Where a rule needs a second report of the same thing, the excerpt is
 * reported again with another value, as a correction in a later issue would.
 */
import { describe, expect, it } from 'vitest'
import { isCumulative, type DigestFigure, type IssueDigest } from '../src/archive/digest.js'
import { normaliseSubject, subjectMatcher } from '../src/track/subjects.js'
import { aggregate, agree, bucketOf, seriesOf, timeOf, trackRows } from '../src/track/track.js'

/** An excerpt as figure semantics reads it. */
interface Excerpt {
  sentence: string
  text: string
  value: number
  unit: string | null
  subject: string
  period?: { raw: string; start: string | null; end: string | null } | null
  change?: 'up' | 'down' | null
  basis?: string | null
  approx?: string
}

/** One issue holding the excerpts, one article, one figure each. */
function issue(id: string, date: string, excerpts: readonly Excerpt[]): IssueDigest {
  const figures: DigestFigure[] = excerpts.map((x, i) => ({
    id: `${id}-1-f${i + 1}`,
    articleId: `${id}-1`,
    line: i + 1,
    text: x.text,
    value: x.value,
    unit: x.unit,
    kind: 'money',
    approx: x.approx ?? 'exact',
    subject: x.subject,
    qualifier: null,
    change: x.change ?? null,
    basis: x.basis ?? null,
    period: x.period ?? null,
    isHeadline: false,
    cumulative: isCumulative(x.sentence, x.text, x.period?.raw ?? null),
  }))
  return {
    issueId: id,
    source: `${id}.txt`,
    date,
    page: null,
    articles: [{ id: `${id}-1`, ordinal: 1, kind: 'article', page: null, column: null, headline: null, bylines: [], line: 1 }],
    figures,
    failedChecks: [],
  }
}

const all = () => true

describe('subject normalisation', () => {
  it.each([
    ['全市地区生产总值', '地区生产总值', '全市'],
    ['地区生产总值', '地区生产总值', null],
    ['生产总值', '地区生产总值', null],
    ['GDP', '地区生产总值', null],
    ['gdp', '地区生产总值', null],
    ['国内生产总值', '地区生产总值', '全国'],
    ['我国国内生产总值', '地区生产总值', '全国'],
    ['全县生产总值', '地区生产总值', '全县'],
    ['规上工业增加值', '规模以上工业增加值', null],
    ['贫困发生率', '贫困发生率', null],
    // A place word alone is a subject, not a prefix of nothing.
    ['全市', '全市', null],
  ])('%s → %s (%s)', (printed, subject, scope) => {
    expect(normaliseSubject(printed)).toEqual({ subject, scope })
  })

  it('does not take a per-head measure for the total', () => {
    expect(normaliseSubject('人均地区生产总值').subject).toBe('人均地区生产总值')
  })

  it('matches the names of one measure, or with --exact only the name as printed', () => {
    const loose = subjectMatcher(['地区生产总值'], false)
    expect(['全市地区生产总值', '生产总值', 'GDP', '经济总量'].every(loose)).toBe(true)
    expect(loose('社会消费品零售总额')).toBe(false)
    expect(loose(null)).toBe(false)
    const exact = subjectMatcher(['地区生产总值'], true)
    expect(exact('地区生产总值')).toBe(true)
    expect(exact('全市地区生产总值')).toBe(false)
    expect(exact('生产总值')).toBe(false)
  })
})

describe('running totals', () => {
  it.each([
    ['截至4月底，国开行今年已发放转贷款454亿元', '454亿元', true],
    ['累计投入资金40亿元，完成棚户区房屋征收上万户', '40亿元', true],
    ['截至2018年底，累计搬迁贫困人口69.3万人，搬迁入住率达99%', '69.3万人', true],
    // 累计 in an earlier clause closed by a semicolon governs nothing after it.
    ['截至4月底，国开行今年已发放转贷款454亿元；第二批3500亿元人民币', '3500亿元', false],
    ['2018年实现生产总值2.04万亿元，同比增长6.8%', '2.04万亿元', false],
  ])('%s: %s is a running total: %s', (sentence, text, expected) => {
    expect(isCumulative(sentence, text, null)).toBe(expected)
  })

  it('takes 截至 in the period too', () => {
    expect(isCumulative('国开行发放转贷款454亿元', '454亿元', '截至4月底')).toBe(true)
  })
})

describe('ordering', () => {
  it('orders by the period covered, falling back to the issue date', () => {
    const rows = trackRows(
      [
        issue('20200105-02-04', '2020-01-05', [
          {
            sentence: '前三季度，沿江11省市地区生产总值达31.46万亿元，同比增长7.1%',
            text: '31.46万亿元',
            value: 31.46e12,
            unit: 'CNY',
            subject: '地区生产总值',
            period: { raw: '前三季度', start: '2019-01-01', end: '2019-09-30' },
          },
        ]),
        issue('20190220-01-03', '2019-02-20', [
          { sentence: '2018年实现生产总值2.04万亿元，同比增长6.8%', text: '2.04万亿元', value: 2.04e12, unit: 'CNY', subject: '生产总值' },
        ]),
        issue('20181116-022258', '2018-11-16', [
          {
            sentence: '元至九月,全县完成生产总值56.7亿,增长7.5%',
            text: '56.7亿',
            value: 5.67e9,
            unit: null,
            subject: '生产总值',
            period: { raw: '元至九月', start: '2018-01-01', end: '2018-09-30' },
          },
        ]),
      ],
      all,
    )
    expect(rows.map((r) => [r.text, timeOf(r)])).toEqual([
      ['56.7亿', '2018-09-30'],
      ['2.04万亿元', '2019-02-20'],
      ['31.46万亿元', '2019-09-30'],
    ])
    expect(rows.every((r) => r.subject === '地区生产总值')).toBe(true)
  })
})

describe('conflicts', () => {
  const q3 = { raw: '前三季度', start: '2019-01-01', end: '2019-09-30' }
  const excerpt = (text: string, value: number): Excerpt => ({
    sentence: `前三季度，沿江11省市地区生产总值达${text}，同比增长7.1%`,
    text,
    value,
    unit: 'CNY',
    subject: '地区生产总值',
    period: q3,
  })

  it('flags two reports of the same period that disagree, naming both', () => {
    const rows = trackRows([issue('a', '2019-10-25', [excerpt('31.46万亿元', 31.46e12)]), issue('b', '2020-01-05', [excerpt('30.1万亿元', 30.1e12)])], all)
    expect(rows.map((r) => r.flags)).toEqual([['conflict'], ['conflict']])
  })

  it('does not flag the same value printed to one digit less', () => {
    const rows = trackRows([issue('a', '2019-10-25', [excerpt('31.46万亿元', 31.46e12)]), issue('b', '2020-01-05', [excerpt('31.5万亿元', 31.5e12)])], all)
    expect(rows.map((r) => r.flags)).toEqual([[], []])
  })

  it('does not flag reports of different periods, places or measures', () => {
    const rows = trackRows(
      [
        issue('a', '2019-10-25', [excerpt('31.46万亿元', 31.46e12)]),
        // Another period.
        issue('b', '2019-07-20', [{ ...excerpt('20.1万亿元', 20.1e12), period: { raw: '上半年', start: '2019-01-01', end: '2019-06-30' } }]),
        // The country's, not the region's.
        issue('c', '2019-10-19', [{ ...excerpt('69.78万亿元', 69.78e12), subject: '国内生产总值' }]),
        // A change, not a level.
        issue('d', '2019-10-25', [{ ...excerpt('7.1%', 7.1), unit: '%', change: 'up', basis: 'year-on-year' }]),
      ],
      all,
    )
    expect(rows.flatMap((r) => r.flags)).toEqual([])
  })

  it('never compares figures with no period (their time is unknown)', () => {
    const rows = trackRows(
      [
        issue('a', '2019-02-20', [{ sentence: '2018年实现生产总值2.04万亿元', text: '2.04万亿元', value: 2.04e12, unit: 'CNY', subject: '生产总值' }]),
        issue('b', '2019-02-20', [{ sentence: '2018年实现生产总值1.5万亿元', text: '1.5万亿元', value: 1.5e12, unit: 'CNY', subject: '生产总值' }]),
      ],
      all,
    )
    expect(rows.flatMap((r) => r.flags)).toEqual([])
  })

  it('lets an approximate value agree with what it allows', () => {
    expect(agree({ value: 15e4, approx: 'over' }, { value: 15.3e4, approx: 'exact' })).toBe(true)
    expect(agree({ value: 15e4, approx: 'over' }, { value: 14e4, approx: 'exact' })).toBe(false)
    expect(agree({ value: 800, approx: 'about' }, { value: 760, approx: 'exact' })).toBe(true)
    expect(agree({ value: 800, approx: 'exact' }, { value: 760, approx: 'exact' })).toBe(false)
  })
})

describe('falls below a running total', () => {
  const loans = (date: string, text: string, value: number, period: Excerpt['period']): Excerpt => ({
    sentence: `截至${period?.raw ?? '4月底'}，国开行今年已发放转贷款${text}`,
    text,
    value,
    unit: 'CNY',
    subject: '转贷款',
    period,
  })

  it('flags a later figure lower than an earlier 截至 total', () => {
    const rows = trackRows(
      [
        issue('a', '2020-05-22', [loans('2020-05-22', '454亿元', 454e8, { raw: '截至4月底', start: null, end: '2020-04-30' })]),
        issue('b', '2020-06-10', [loans('2020-06-10', '400亿元', 400e8, { raw: '截至5月底', start: null, end: '2020-05-31' })]),
      ],
      all,
    )
    expect(rows.map((r) => r.flags)).toEqual([['drop'], ['drop']])
  })

  it('does not flag a total that grows, or a count that started again', () => {
    const rows = trackRows(
      [
        issue('a', '2020-05-22', [loans('2020-05-22', '454亿元', 454e8, { raw: '截至4月底', start: '2020-01-01', end: '2020-04-30' })]),
        issue('b', '2020-06-10', [loans('2020-06-10', '600亿元', 600e8, { raw: '截至5月底', start: '2020-01-01', end: '2020-05-31' })]),
        issue('c', '2021-02-10', [loans('2021-02-10', '80亿元', 80e8, { raw: '截至1月底', start: '2021-01-01', end: '2021-01-31' })]),
      ],
      all,
    )
    expect(rows.flatMap((r) => r.flags)).toEqual([])
  })
})

describe('--by', () => {
  const rate = (text: string, value: number, end: string): Excerpt => ({
    sentence: `贫困发生率从54.4%降到${text}`,
    text,
    value,
    unit: '%',
    subject: '贫困发生率',
    period: { raw: end.slice(0, 4), start: null, end },
  })

  it('puts a day in its month, quarter and year', () => {
    expect(['month', 'quarter', 'year'].map((by) => bucketOf('2019-09-30', by as 'month'))).toEqual(['2019-09', '2019-Q3', '2019'])
    expect(bucketOf('2019-10-01', 'quarter')).toBe('2019-Q4')
  })

  it('keeps the last report of each period, never a sum of running totals', () => {
    const rows = trackRows(
      [
        issue('a', '2019-02-15', [rate('6.93%', 6.93, '2019-02-15')]),
        issue('b', '2019-10-29', [rate('5.6%', 5.6, '2018-12-31')]),
        issue('c', '2019-11-02', [rate('5.5%', 5.5, '2019-10-31')]),
        issue('d', '2020-01-03', [rate('0.54%', 0.54, '2019-12-31')]),
      ],
      all,
    )
    const years = aggregate(rows, 'year')
    expect(years.map((y) => [y.period, y.value, y.reports, y.source])).toEqual([
      ['2018', 5.6, 1, 'b.txt'],
      ['2019', 0.54, 3, 'd.txt'],
    ])
    const quarters = aggregate(rows, 'quarter')
    expect(quarters.map((q) => [q.period, q.value])).toEqual([
      ['2018-Q4', 5.6],
      ['2019-Q1', 6.93],
      ['2019-Q4', 0.54],
    ])
  })

  it('keeps running totals as reported: the later total, not the two added', () => {
    const rows = trackRows(
      [
        issue('a', '2020-05-10', [
          {
            sentence: '截至4月底，国开行今年已发放转贷款454亿元',
            text: '454亿元',
            value: 454e8,
            unit: 'CNY',
            subject: '转贷款',
            period: { raw: '截至4月底', start: '2020-01-01', end: '2020-04-30' },
          },
        ]),
        issue('b', '2020-06-10', [
          {
            sentence: '截至5月底，国开行今年已发放转贷款600亿元',
            text: '600亿元',
            value: 600e8,
            unit: 'CNY',
            subject: '转贷款',
            period: { raw: '截至5月底', start: '2020-01-01', end: '2020-05-31' },
          },
        ]),
      ],
      all,
    )
    expect(aggregate(rows, 'quarter').map((q) => [q.period, q.value, q.reports])).toEqual([['2020-Q2', 600e8, 2]])
  })
})

describe('series', () => {
  it('draws one series per subject and unit, changes apart and signed', () => {
    const series = seriesOf([
      { subject: '地区生产总值', unit: 'CNY', change: null, value: 5, time: '2019-03-31' },
      { subject: '地区生产总值', unit: '%', change: 'up', value: 6.2, time: '2019-03-31' },
      { subject: '地区生产总值', unit: 'CNY', change: null, value: 9, time: '2019-06-30' },
      { subject: '地区生产总值', unit: '%', change: 'down', value: 1.2, time: '2019-06-30' },
    ])
    expect(series.map((s) => [s.unit, s.points.map((p) => p.value)])).toEqual([
      ['CNY', [5, 9]],
      ['% change', [6.2, -1.2]],
    ])
  })
})
