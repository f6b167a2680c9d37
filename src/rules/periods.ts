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
  | 'day'
  | 'year'
  | 'years'
  | 'days'
  | 'since'
  | 'event'
  | 'plan'
  | 'then'
  | 'decade'
  | 'per'

/**
 * Forms tried in this order at each position; the longest match wins. Each form: the shape that
 * resolves it, the pattern, an example. (Which characters a text must hold for a form to match is
 * read from the pattern itself, `util/required.ts`, so a text without them is not searched.)
 */
export const PERIOD_FORMS: readonly { readonly shape: PeriodShape; readonly pattern: string; readonly example: string }[] = [
  { shape: 'year-to-date', pattern: '{YEAR}(?:以来|来)', example: '今年以来，已组织各地各部门开展各项便民服务1400余次' },
  { shape: 'year-to-date', pattern: '年初(?:以来|至今)', example: '年初以来，全市新增就业1.2万人' },
  { shape: 'until-now', pattern: '(?:截至|截止)(?:到)?(?:目前|当前|现在|发稿时)', example: '截至目前，全市实施的474个“书记项目”已完成280个' },
  // 目前, 当前 alone: a level as of the issue. (现在 is left out: in quoted speech it dates the
  // speaker's words more often than a figure.)
  { shape: 'until-now', pattern: '(?:到目前为止|目前|当前|至今|迄今|如今)', example: '目前，该协会已输出共享员工2800余人' },
  // 过去, 以前 opening a clause before its comma: the time before the change the text reports. (现在
  // in that place is left out: the gold reads its figures with no period two times of three.)
  { shape: 'event', pattern: '(?<![\\p{Script=Han}])(?:过去|以前|以往|从前)(?=[，,])', example: '过去，有的居委会牌子挂了二三十块，但很多“有牌无实”' },
  // 同年 opening its clause: the year the text has just named (其二，同年，全国各类返乡下乡创业创新人员累计达780万人).
  { shape: 'event', pattern: '(?<![\\p{Script=Han}])同年(?=[，,])', example: '其二，同年，全国各类返乡下乡创业创新人员累计达780万人' },
  { shape: 'year-to-date', pattern: '(?:自|从){YEAR}(?:起|开始)', example: '自2020年起，在景区基础设施建设各方面投入资金3.8亿元' },
  // The same without 自/从 when it opens its clause (2014年起，; not 2014年起步).
  { shape: 'year-to-date', pattern: '{YEAR}(?:起|开始)(?=[，,])', example: '2014年起，阿尔山市累计投入资金40亿元，完成棚户区房屋征收上万户' },
  // 改革开放以来, 入冬以来, 过去一年多来: a span from an event or some years back up to the issue.
  { shape: 'since', pattern: '(?:改革开放|新中国成立|建国|入冬|入春|入夏|入秋|开春|入汛|疫情发生|党的十八大)以来', example: '改革开放以来，7亿多中国人摆脱贫困' },
  { shape: 'since', pattern: '过去(?:的)?{COUNT}(?:个)?年多?(?:来|以来|里|间)?', example: '过去一年多来，吉林各级法院妥善处理了一批案件，涉及金额千亿元' },
  // 这两年, 最近一年: some years back up to the issue, like 过去5年 (这一年 and 那一年 are a year the text
  // has named, below); 未来五年, 今后五年 lie ahead and 前三年 is
  // the first years of something named before (raw only); 提前两年 is no span.
  { shape: 'since', pattern: '(?:这(?!一年)|那(?!一年)|最近)(?:的)?{COUNT}(?:个)?年(?:多)?(?:来|以来|里|间)?(?![\\d一二三四五六七八九十半余])', example: '这两年，不回老家而把亲人接到城里过年的人越来越多' },
  { shape: 'event', pattern: '(?:未来|今后|往后|此后|(?<!提)前)(?:的)?{COUNT}(?:个)?年(?:里|间|内)?(?![\\d一二三四五六七八九十半多余])', example: '未来五年，全市将投入资金80亿元' },
  { shape: 'since', pattern: '(?:近{COUNT}?年|{COUNT}?多年|千百年)(?:来|以来)', example: '十多年来，先后有百余位老人在这里安享晚年' },
  // 成立两年来, 开通两年多来: a count of years since the thing named began, up to the issue (the
  // count is the span's, no figure: 新中国成立70年来).
  {
    shape: 'since',
    pattern: '(?:新中国|中华人民共和国)?(?:成立|创办|创立|建立|组建|设立|开通|通车|建成|投产|运营|开业|上线|实施|启动)(?:{COUNT}多?(?:个)?年多?)(?:来|以来)',
    example: '例如，其支持的蒙内铁路项目，开通两年多来已累计发送旅客超过340万人次',
  },
  // 这些年: some years up to the issue, like 这两年, opening its clause or with 来 (这些年景迈茶紧俏 is an aside).
  { shape: 'since', pattern: '这些年(?:(?:来|以来|里|间)|(?=[，,]))', example: '这些年，学校多次扩建，教学楼由3层变成5层' },
  // 近3年，该校建立社会实践基地71个: 近 with a count of years opening its clause is the same span
  // without 来 (近30年的葛潘 is a duration of a person, no span).
  { shape: 'since', pattern: '近{COUNT}(?:个)?年(?:里|间|中|(?=[，,]))', example: '近3年，该校建立社会实践基地71个，开展社会实践项目74项' },
  // 近10日 opening its clause: the last days or months up to the issue (历时近两个月时间 and 近两个月里 are
  // a duration of something told).
  { shape: 'since', pattern: '(?<![\\p{Script=Han}])近{COUNT}(?:日|天|周|个月)(?:来|以来)?(?=[，,])', example: '近10日，尚在医学观察的无症状感染者减少了22%' },
  // 一年多来, 5年来, 几十年来: a count of years up to the issue. The count stays a figure too
  // (两年来 reports 两年, the span's length), see \`counted\` in stats/periods.ts.
  { shape: 'since', pattern: '(?<![\\d０-９近去百多成立创办])(?<count>{COUNT}(?:个)?年多?)(?:来|以来)(?=[，,])', example: '一年多来，内蒙古还完成防沙治沙任务1405万亩' },
  // 从1949年到2018年, 2016—2020年: a span of whole years.
  {
    shape: 'years',
    pattern: '(?<from>从)?(?<y1>(?<![\\d０-９])\\d{4})年?(?:到|至|—|–|-|－|~|～)(?<y2>\\d{4})年(?![\\d０-９一二三四五六七八九十元]{1,2}月|[前上下第初])(?:{COUNT}多?(?:个)?年(?:间|来|里|中))?',
    example: '2009年至2019年10年间，国产品牌的关注度占比由38%增长到70%',
  },
  // 疫情防控期间, 今年国庆假期, 在此期间: a span named by what happened in it.
  // 这个国庆长假期间, 国庆七天假期: a 这个 before it, a count of days and 期间 in it.
  {
    shape: 'event',
    pattern: '(?:这个|这次)?(?:{YEAR})?(?:国庆|春节|五一|元旦|清明|端午|中秋)(?:[\\d一二三四五六七八九十]{1,2}天)?(?:假期|长假|黄金周|期间)(?:期间)?',
    example: '据统计，这个国庆长假期间，衢州市行政中心机关食堂一共迎来1123人就餐',
  },
  // 去年春节, 今年国庆: with a year, a festival alone names the span too.
  { shape: 'event', pattern: '{YEAR}(?:国庆|春节|五一|元旦|清明|端午|中秋)(?!节|前夕|前后|当天|那天)', example: '去年春节，琼州海峡出现了严重的持续8天的大雾，堵车一度超过2万辆' },
  // 这一年, a year the article has just named (a yearly review).
  { shape: 'event', pattern: '这一年(?![初春夏秋冬底末])', example: '这一年，我们进行了3次境内外考古发掘，举办了6个馆内特别展览' },
  { shape: 'event', pattern: '(?:在此|疫情防控|疫情|春运|汛|两会|节假日|假期|寒假|暑假)期间', example: '智慧法院在疫情防控期间“大显身手”，全国法院网上立案136万件' },
  // 当时: the time the text has named; a period named before it in the sentence is that time
  // (上世纪80年代，当时人口不到一万的玛多激增上百万头牛羊), stats/reading.ts.
  // Never inside another word: 正当时 (the right season), 担当时代, 相当时期, 适当时候, 每当时.
  { shape: 'then', pattern: '(?<![正担相适应每])当时(?![代期刻候间])|那时候|那个时候|那时(?=[，,])', example: '那时候，神山村还是一个交通不便的小山村，久困于穷，全村54户中有13户贫困户' },
  // 上世纪80年代, 20世纪五六十年代, 上世纪60年代至70年代中期: decades of the 1900s.
  {
    shape: 'decade',
    pattern: '(?:上世纪|上个世纪|20世纪|二十世纪)(?<d1>[1-9]0|[一二三四五六七八九]十?)(?:(?<d2>[一二三四五六七八九])十)?年代(?:初期?|中期|末期?|中后期)?(?:[至到—–](?<d3>[1-9]0|[一二三四五六七八九]十)年代(?:初期?|中期|末期?|中后期)?)?',
    example: '上世纪90年代，连樟村种了6000多亩砂糖橘，发展势头一度看好',
  },
  // 当日, 当天: the day the sentence before named (25日（农历初一）是春节长假第二天。当日，…).
  { shape: 'event', pattern: '(?:当日|当天)(?![上下中凌早晚傍夜达到]|[0-9０-９一二三四五六七八九十]+[时点])', example: '当日，全国各主要高速公路、国省干线公路交通流量较昨日环比下降42.7%' },
  // 今明两年: this year and the next.
  { shape: 'years', pattern: '(?<rel1>今)(?<rel2>明)两年', example: '今明两年，武汉市将建成5G基站2万个以上' },
  { shape: 'quarters', pattern: '{UNTIL}{YEAR}?前(?<n>[一二三两1-3])个?季度', example: '前三季度，全市地区生产总值完成325.6亿元' },
  { shape: 'quarter', pattern: '{UNTIL}{YEAR}?第?(?<n>[一二三四1-4])季度', example: '一季度上海实到外资46.69亿美元' },
  { shape: 'half', pattern: '{UNTIL}{YEAR}?(?<n>[上下])半年', example: '今年上半年集装箱吞吐量突破100万箱' },
  { shape: 'months', pattern: '{UNTIL}{YEAR}?(?<m1>元|{NUM})(?:月份?)?[—–\\-－~～至到](?<m2>{NUM})月份?', example: '1—4月，高技术产业实际使用外资同比增长2.7%' },
  { shape: 'first-months', pattern: '{UNTIL}{YEAR}?前(?<n>{NUM})个月', example: '去年前11个月固定资产投资同比增长5.2%' },
  { shape: 'month', pattern: '{UNTIL}{YEAR}?(?<m2>{NUM})月(?<edge>底|末|份)(?:当月)?', example: '截至6月底，拨付救助资金200万元' },
  { shape: 'month', pattern: '{UNTIL}{YEAR}?(?<![\\d０-９])(?<m2>{NUM})月(?:上|中|下)旬(?:以来)?', example: '3月12日日产量达到500万只，12天后增至1000万只，4月下旬攀升至2000万只' },
  // 截至5月9日: a running total up to a day.
  { shape: 'day', pattern: '(?<until>截至|截止)到?{YEAR}?(?<m2>{NUM})月(?<d>[1-9]|[12]\\d|3[01])日(?:[01]?\\d时|2[0-4]时)?', example: '截至5月9日，入驻银行已审批通过贷款165笔，金额达6.11亿元' },
  { shape: 'month', pattern: '{YEAR}?(?<m2>{NUM})月当月', example: '9月当月，我国进出口总值2.78万亿元，下降3.3%' },
  { shape: 'month', pattern: '(?<until>截至|截止)到?{YEAR}?(?<m2>{NUM})月(?![\\d０-９日号])', example: '截至今年4月，中国裁判文书网公布文书9195万份' },
  // A bare month covers the figures of its clause only when the clause goes straight on (3月实到外资…);
  // 今年3月，民生事项呼叫中心正式成立 dates an event.
  { shape: 'month', pattern: '{UNTIL}{YEAR}?(?<![\\d０-９])(?<m2>{NUM})月(?![\\d０-９一二三四五六七八九十日号份底末初中上下旬，,、；;。])', example: '其中，3月实到外资18.72亿美元，同比增长20.8%' },
  {
    shape: 'year',
    pattern: '{BY}{YEAR}(?<edge>底|末|全年|度|初(?![步次期级中一二三]))?(?![\\d０-９一二三四五六七八九十元]{1,2}(?:月|[—–\\-－~～至到])|[前第]|初(?![一二三])|以来|来|(?:国庆|春节|五一|元旦|清明|端午|中秋)节?前夕)',
    example: '2018年实现生产总值2.04万亿元',
  },
  // 1999年9月至2000年9月: a span of months across years.
  {
    shape: 'years',
    pattern: '(?<y1>(?<![\\d０-９])\\d{4})年(?<m1>{NUM})月(?:[—–\\-－~～至到])(?<y2>\\d{4})年(?<m2>{NUM})月(?:份)?',
    example: '其中1999年9月至2000年9月一年时间，就退缩了5米',
  },
  // 3月1日至4月4日: a span of days.
  {
    shape: 'days',
    pattern: '(?<from>从)?{YEAR}?(?<![\\d０-９])(?<m1>{NUM})月(?<d1>[12]\\d|3[01]|[1-9])日(?:[—–\\-－~～至到])(?:(?<m2>{NUM})月)?(?<d>[12]\\d|3[01]|[1-9])日',
    example: '3月1日至4月4日，中国共出口口罩38.6亿只',
  },
  { shape: 'year', pattern: '(?<whole>全年)', example: '全年粮食总产量达到70亿斤' },
  // 每月都至少有2000多名学生, 每天都会做一到两场直播: a rate per span, which a period named in the
  // sentence before it takes precedence over (目前每日入园的游客在1200至2000人).
  { shape: 'per', pattern: '每(?:天|日|周|月|年|季度|小时|分钟)(?:平均)?', example: '每月都至少有来自泰国各地的2000多名学生前来参观' },
  // 年均 before a verb: a rate per year, like 每年 (年均降水量, 年均气温 name a measure, no rate).
  { shape: 'per', pattern: '年均(?=[\\p{Script=Han}])(?!降水|气温|温度|收入|产量|值|水平|增速|增幅|日照|径流|流量)', example: '核心产业增加值从2014年的2854亿元增长到去年的5548亿元，年均增长18.1%' },
  // 平时, 平常 opening a clause: what is usual, which like a rate per span covers its own clause only
  // (平时不规律服药，乘机前…自行服用3种降压药物: not the 3种).
  { shape: 'per', pattern: '(?<![\\p{Script=Han}])(?:平时|平常|平日)', example: '“平时由一位区领导带5名工作人员值班，公安、城管等部门参与' },
  { shape: 'plan', pattern: '“?十三五”?(?:期间|时期|以来)', example: '“十三五”期间，累计脱贫3.2万人' },
]

/** The placeholders' patterns. */
export const PERIOD_PARTS = {
  UNTIL: '(?<until>截至|截止)?',
  // 到2020年，全州硒产业将实现产值700亿元: a year the figure is to be reached by, like 截至
  // (到 opening a clause, or after a verb of plan: 预计到2050年; 增长到2020年的 is no period).
  BY: '(?:(?<until>截至|截止)|(?<by>(?<=^|[^\\u4e00-\\u9fff]|预计|提出|力争|争取)到))?',
  // 比去年同期, 较2015年, 超过去年: a year after 比/较/过 is a basis, not a period; 成立于2014年, 建于1144年:
  // a year after a verb of founding and 于 dates the thing founded, not a span of the figures after it.
  YEAR: '(?:(?<![比较过])(?<!(?:成立|始建|建成|建|创建|创办|创立|落成|出生|生|始)于)(?:(?<year>(?<![\\d０-９])\\d{4}|[〇零一二三四五六七八九]{4})年|(?<rel>今年|去年|上年|前年|本年|明年))(?!同期))',
  NUM: '(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])',
  // A count of years: 70, 一, 几, 十几.
  COUNT: '(?:\\d{1,3}|[一二两三四五六七八九十几]{1,3})',
} as const

/** The first and last year of a five-year plan named in a period (十三五: 2016–2020). */
export const PLAN_YEARS: Readonly<Record<string, readonly [number, number]>> = { 十三五: [2016, 2020], 十四五: [2021, 2025], 十二五: [2011, 2015] }

/**
 * Words that make an age a measure of a population, which has a period (人均预期寿命从35岁提高到77岁);
 * any other age is a person's (我今年41岁, 一位36岁男性旅客) and takes no period: it dates the person,
 * not a span the figure covers.
 */
export const AGE_MEASURES: readonly (readonly [word: string, example: string])[] = [
  ['寿命', '人均预期寿命从35岁提高到77岁'],
  ['年龄', '平均年龄为38岁'],
  ['岁数', '平均岁数'],
]
