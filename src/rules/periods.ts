/**
 * The span a figure covers, as a city daily names it (前三季度，全市地区生产总值…;
 * 截至目前，全市实施的474个…). Each form is a pattern with placeholders and
 * the shape that resolves it against the issue date (in `stats/periods.ts`).
 *
 * Placeholders: `{UNTIL}` an optional 截至 (the span then has no start: a
 * cumulative figure up to the end), `{YEAR}` a year (2019年, 今年, 去年),
 * `{NUM}` a month or a count (9, 九, 十一). Named groups: `n` the count of
 * quarters, halves or months, `m1`/`m2` the first and last month.
 */

/** How a matched period is turned into dates. */
export type PeriodShape =
  | 'year-to-date'
  | 'until-now'
  | 'quarters'
  | 'quarter'
  | 'half'
  | 'months'
  | 'first-months'
  | 'month'
  | 'year'
  | 'plan'

/** Forms tried in this order at each position; the longest match wins. */
export const PERIOD_FORMS: readonly { readonly shape: PeriodShape; readonly pattern: string; readonly example: string }[] = [
  { shape: 'year-to-date', pattern: '{YEAR}(?:以来|来)', example: '今年以来，已组织各地各部门开展各项便民服务1400余次' },
  { shape: 'year-to-date', pattern: '年初(?:以来|至今)', example: '年初以来，全市新增就业1.2万人' },
  { shape: 'until-now', pattern: '(?:截至|截止)(?:到)?(?:目前|当前|现在|发稿时)', example: '截至目前，全市实施的474个“书记项目”已完成280个' },
  { shape: 'quarters', pattern: '{UNTIL}{YEAR}?前(?<n>[一二三两1-3])个?季度', example: '前三季度，全市地区生产总值完成325.6亿元' },
  { shape: 'quarter', pattern: '{UNTIL}{YEAR}?第?(?<n>[一二三四1-4])季度', example: '一季度上海实到外资46.69亿美元' },
  { shape: 'half', pattern: '{UNTIL}{YEAR}?(?<n>[上下])半年', example: '今年上半年集装箱吞吐量突破100万箱' },
  { shape: 'months', pattern: '{UNTIL}{YEAR}?(?<m1>元|{NUM})(?:月份?)?[—–\\-－~～至到](?<m2>{NUM})月份?', example: '1—4月，高技术产业实际使用外资同比增长2.7%' },
  { shape: 'first-months', pattern: '{UNTIL}{YEAR}?前(?<n>{NUM})个月', example: '去年前11个月固定资产投资同比增长5.2%' },
  { shape: 'month', pattern: '{UNTIL}{YEAR}?(?<m2>{NUM})月(?<edge>底|末|份)', example: '截至6月底，拨付救助资金200万元' },
  // A bare month covers the figures of its clause only when the clause goes straight on (3月实到外资…);
  // 今年3月，民生事项呼叫中心正式成立 dates an event.
  { shape: 'month', pattern: '{UNTIL}{YEAR}?(?<![\\d０-９])(?<m2>{NUM})月(?![\\d０-９一二三四五六七八九十日号份底末初中上下旬，,、；;。])', example: '其中，3月实到外资18.72亿美元，同比增长20.8%' },
  {
    shape: 'year',
    pattern: '{UNTIL}{YEAR}(?<edge>底|末|全年|度)?(?![\\d０-９一二三四五六七八九十元]{1,2}(?:月|[—–\\-－~～至到])|[前上下第初]|以来|来)',
    example: '2018年实现生产总值2.04万亿元',
  },
  { shape: 'year', pattern: '(?<whole>全年)', example: '全年粮食总产量达到70亿斤' },
  { shape: 'plan', pattern: '“?十三五”?(?:期间|时期|以来)', example: '“十三五”期间，累计脱贫3.2万人' },
]

/** The placeholders' patterns. */
export const PERIOD_PARTS = {
  UNTIL: '(?<until>截至|截止)?',
  // 比去年同期, 较2015年: a year after 比/较 is a basis, not a period.
  YEAR: '(?:(?<![比较])(?:(?<year>(?<![\\d０-９])\\d{4}|[〇零一二三四五六七八九]{4})年|(?<rel>今年|去年|上年|前年|本年))(?!同期))',
  NUM: '(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])',
} as const

/** The first and last year of a five-year plan named in a period (十三五: 2016–2020). */
export const PLAN_YEARS: Readonly<Record<string, readonly [number, number]>> = { 十三五: [2016, 2020], 十四五: [2021, 2025], 十二五: [2011, 2015] }
