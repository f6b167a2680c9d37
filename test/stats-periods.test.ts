/**
 * The span a figure covers (`period`), and a whole it is measured against (`basis`), read from short
 * real sentences of the corpus (tuned part and development pages): one form per case, each a rule
 * of `src/rules/periods.ts` or `rules/changes.ts`, periods resolved against the issue date. The figure reader is called directly with the real segmenter.
 */
import { describe, expect, it } from 'vitest'
import { jiebaSegmenter } from '../src/segment.js'
import { scanDates, scanTimes } from '../src/stats/dates.js'
import { readFigures, type FoundFigure } from '../src/stats/figures.js'
import type { Period } from '../src/schema.js'

/** The figures of one paragraph, read against an issue date. */
function figuresOf(text: string, issueDate: string): FoundFigure[] {
  const excluded = [[...scanDates(text, issueDate), ...scanTimes(text)]]
  return readFigures([{ text, line: 1, index: 0 }], excluded, jiebaSegmenter, { issueDate })
}

/** The figure whose text starts with `start`. */
function figure(text: string, start: string, issueDate: string): FoundFigure {
  const found = figuresOf(text, issueDate).find((f) => f.text.startsWith(start))
  if (!found) throw new Error(`no figure ${start} in ${text}`)
  return found
}

describe('forms of a span', () => {
  it.each<[string, string, string, Period, string]>([
    ['近 and a count of years opening its clause', '近3年，该校建立社会实践基地71个，开展社会实践项目74项。', '74项', { raw: '近3年', start: null, end: '2019-02-03' }, '2019-02-03'],
    ['a count of years and 来', '一年多来，内蒙古还完成防沙治沙任务1405万亩，约占全国完成总量的四成。', '1405万亩', { raw: '一年多来', start: null, end: '2020-05-22' }, '2020-05-22'],
    ['当日, the day just named', '当日，全国各主要高速公路、国省干线公路交通流量较昨日环比下降42.7%。', '42.7%', { raw: '当日', start: null, end: null }, '2020-01-26'],
    ['当天 inside the clause', '当天惠州市区共计10个公园同时开展主题游园活动。', '10个', { raw: '当天', start: null, end: null }, '2019-10-03'],
    ['今明两年', '今明两年，武汉市将建成5G基站2万个以上。', '2万个', { raw: '今明两年', start: '2019-01-01', end: '2020-12-31' }, '2019-10-11'],
    ['到 a year, a deadline', '到2021年，武汉市将在上述领域突破一批关键核心技术，产业规模达到1500亿元。', '1500亿元', { raw: '到2021年', start: null, end: '2021-12-31' }, '2019-10-11'],
    ['预计到 a year', '预计到2020年，全州硒产业将实现产值700亿元。', '700亿元', { raw: '到2020年', start: null, end: '2020-12-31' }, '2020-01-05'],
    // 初一/初二/初三 after a year are school years (junior middle school), not the start of the year
    ['a year and a school year 初三', '2019年初三学生共有5000名。', '5000名', { raw: '2019年', start: '2019-01-01', end: '2019-12-31' }, '2019-07-20'],
    ['a year and 初', '2018年初，戴师傅接到村干部电话，要他提供年龄、文化、职业资格等19项信息。', '19项', { raw: '2018年初', start: '2018-01-01', end: '2018-01-31' }, '2019-02-15'],
    ['如今, a level as of the issue', '慢慢地，周边村庄的男女老少齐上阵，双河镇19个村庄如今有义务护河队员2000多人。', '2000多人', { raw: '如今', start: null, end: '2020-01-04' }, '2020-01-04'],
    ['months across two years', '其中1999年9月至2000年9月一年时间，就退缩了5米。', '5米', { raw: '1999年9月至2000年9月', start: '1999-09-01', end: '2000-09-30' }, '2020-01-09'],
    ['a span of days', '3月1日至4月4日，中国共出口口罩38.6亿只。', '38.6亿只', { raw: '3月1日至4月4日', start: '2020-03-01', end: '2020-04-04' }, '2020-05-20'],
    ['a decade', '上世纪90年代，连樟村种了6000多亩砂糖橘，发展势头一度看好。', '6000多亩', { raw: '上世纪90年代', start: '1990-01-01', end: '1999-12-31' }, '2019-02-15'],
    ['decades from one to another', '上世纪60年代至70年代中期，由于气候干旱、拦河筑坝和掠夺式捕捞，查干湖水面由近500平方公里缩小到50多平方公里。', '近500平方公里', { raw: '上世纪60年代至70年代中期', start: '1960-01-01', end: '1979-12-31' }, '2019-02-22'],
    ['当时 is the period named before it', '上世纪80年代，当时人口不到一万的玛多激增上百万头牛羊。', '不到', { raw: '上世纪80年代', start: '1980-01-01', end: '1989-12-31' }, '2020-01-03'],
    ['a year and 的 names the figure after it only', '2016年，十八洞村人均纯收入由2013年的1668元增加到8313元。', '8313元', { raw: '2016年', start: '2016-01-01', end: '2016-12-31' }, '2020-01-12'],
    ['… and covers that figure', '2016年，十八洞村人均纯收入由2013年的1668元增加到8313元。', '1668元', { raw: '2013年', start: '2013-01-01', end: '2013-12-31' }, '2020-01-12'],
    ['过去 opening its clause', '过去，我自己种半垧地稻子，收7000斤大米，足够吃了。', '7000斤', { raw: '过去', start: null, end: null }, '2019-02-22'],
    ['同年 opening its clause', '其二，同年，全国各类返乡下乡创业创新人员累计达780万人。', '780万人', { raw: '同年', start: null, end: null }, '2019-10-11'],
    ['a running total is not widened by the year named after it', '截至4月底，国开行今年已发放转贷款454亿元，全年将新增转贷款1000亿元。', '454亿元', { raw: '截至4月底', start: null, end: '2020-04-30' }, '2020-05-22'],
    ['the end of a parallel span keeps the end’s period', '甘肃贫困人口由2012年底的692万降到2018年底的111万，贫困发生率由33.2%降到5.6%。', '5.6%', { raw: '2018年底', start: null, end: '2018-12-31' }, '2019-10-29'],
    ['… and its start the start’s', '甘肃贫困人口由2012年底的692万降到2018年底的111万，贫困发生率由33.2%降到5.6%。', '33.2%', { raw: '2012年底', start: null, end: '2012-12-31' }, '2019-10-29'],
    ['… but after a ； the year is the figure’s own (seed)', '目前，全市已建成千平方米以上社区22个，占比21.6%；今年在建12个，竣工后千平方米社区占比将达到33%。', '12个', { raw: '今年', start: '2019-01-01', end: '2019-12-31' }, '2019-07-20'],
    ['a year before 上线 (not 上半年)', '在上游奶源端，蒙牛在2019年上线了6个数字化牧场。', '6个', { raw: '2019年', start: '2019-01-01', end: '2019-12-31' }, '2020-05-27'],
  ])('%s: %s', (_form, text, start, period, date) => {
    expect(figure(text, start, date).period).toEqual(period)
  })

  it('keeps the count of 两年来 a figure: the span names its own length', () => {
    const texts = figuresOf('两年来，在武汉东湖学院，利用假期义务为家乡小学生补课的西部学生越来越多。', '2019-02-03').map((f) => f.text)
    expect(texts).toContain('两年')
  })
})

describe('the words a span is printed with', () => {
  it.each<[string, string, string, string, string]>([
    ['从 before a span of days, as before a span of years', '从2月5日到3月10日，16家方舱医院共收治1.2万余名患者。', '1.2万余名', '从2月5日到3月10日', '2020-05-15'],
    ['a running total up to an hour of a day', '据介绍，截至5月13日24时，31个省区市和新疆生产建设兵团现有确诊病例101例。', '101例', '截至5月13日24时', '2020-05-15'],
    ['这个 before a holiday, and 长假期间', '据统计，这个国庆长假期间，衢州市行政中心机关食堂一共迎来1123人就餐。', '1123人', '这个国庆长假期间', '2019-10-11'],
    ['a holiday and its count of days', '国庆七天假期，该中心主任刘向值班5天。', '5天', '国庆七天假期', '2019-10-11'],
    ['a span of years and its count of years', '2009年至2019年10年间，国产品牌的关注度占比由38%增长到70%。', '70%', '2009年至2019年10年间', '2019-10-16'],
    ['a year and 起 opening its clause', '2014年起，阿尔山市累计投入资金40亿元，完成棚户区房屋征收上万户。', '40亿元', '2014年起', '2019-02-01'],
    ['an event and a count of years up to now', '例如，其支持的蒙内铁路项目，开通两年多来已累计发送旅客超过340万人次。', '超过340万人次', '开通两年多来', '2020-01-14'],
    ['成立 and a count of years up to now', '“成立两年来，已拿到国家级项目19个。', '19个', '成立两年来', '2019-10-18'],
    ['a count of ten and more years up to now', '十多年来，先后有百余位老人在这里安享晚年。', '百余位', '十多年来', '2019-02-26'],
    ['这些年, some years up to now', '“这些年，学校多次扩建，教学楼由3层变成5层，新增了美术室、音乐室、舞蹈室等6间功能室。', '6间', '这些年', '2019-02-01'],
    ['近 and a count of days opening its clause', '近10日，尚在医学观察的无症状感染者减少了22%，日新增无症状感染者均低于20例。', '22%', '近10日', '2020-05-15'],
    ['平时, what is usual, in its own clause', '“平时由一位区领导带5名工作人员值班，公安、城管等部门参与。', '5名', '平时', '2019-10-11'],
    ['那时候, the time the text has named', '那时候，神山村还是一个交通不便的小山村，久困于穷，全村54户中有13户贫困户。', '54户', '那时候', '2019-02-01'],
  ])('%s: %s', (_form, text, start, raw, date) => {
    expect(figure(text, start, date).period?.raw ?? null).toBe(raw)
  })
})

describe('what is no span of the figure', () => {
  it.each<[string, string, string, string]>([
    ["a person's age dates the person, not a span", '“我今年41岁，和新中国同一天生日。”', '41岁', '2019-10-03'],
    ['an age after a month of a year', '2019年11月的一天上午，深圳宝安国际机场安检通道处，一位36岁男性旅客突然心脏骤停晕倒。', '36岁', '2020-01-13'],
    ['a year before a festival and 前夕 is a date', '2015年国庆前夕，作为13名基层民族团结优秀代表之一，格桑旺久又在北京受到会见。', '13名', '2019-02-14'],
    ['这一年 before a season is a date', '这一年初夏，本报“行走黄河”采访组从黄河入海口溯源而上，长途跋涉34天。', '34天', '2020-01-03'],
    ['a year and 的 before a figure leaves the next figures', '黄河源地区年均降水量从以往的326.3毫米骤降至2003年的24.1毫米，湖泊数从4077个锐减到1800个。', '4077个', '2020-01-03'],
    ['a year after 建于 dates a building', '2016年8月，蒲甘古城遭受里氏6.8级的大地震，400多座佛塔建筑不同程度受损，包括建于1144年、高达65米的他冰瑜佛塔。', '65米', '2020-01-22'],
    ['a year after 成立于 dates a company', '成立于2014年的云米科技，短短五年间，开创了全屋互联网家电模式。', '五年', '2019-10-21'],
    ['平时 covers its own clause only', '这位旅客是一名高血压患者，平时不规律服药，乘机前一段时间自行服用3种降压药物。', '3种', '2020-01-13'],
    ['正当时 (the right season) holds no 当时', '春耕备耕正当时，全县投入各类农机2万台。', '2万台', '2019-04-10'],
    ['担当时代 holds no 当时', '青年要勇于担当时代重任，全市共有青年志愿者5万人。', '5万人', '2019-05-04'],
    ['当日达 is a service, not a day', '实现“圣保罗市内购物当日达、巴西18个重要城市次日达”。', '18个', '2020-01-07'],
  ])('%s: %s', (_form, text, start, date) => {
    expect(figure(text, start, date).period).toBeNull()
  })

  it('an average age is a measure and keeps its span', () => {
    const f = figure('从1949年到2018年，我国居民人均可支配收入增长了59.2倍，人均预期寿命从35岁提高到77岁。', '77岁', '2019-10-10')
    expect(f.period?.raw).toBe('从1949年到2018年')
  })
})

describe('a rate per span', () => {
  it.each<[string, string, string, string | null, string]>([
    ['a rate per span in its own clause beats a period of an earlier clause', '2018年，景区升级，每年可为巴吉村增加200万元的集体经济收入。', '200万元', '每年', '2019-02-14'],
    ['年均 and a verb, a rate per year', '核心产业增加值从2014年的2854亿元增长到去年的5548亿元，年均增长18.1%。', '18.1%', '年均', '2019-10-18'],
    ['a rate per year covers its own item of a 、 list only', '“150亩桑葚年均增收7.2万元、102亩冬枣园惠及14户贫困户。”', '102亩', null, '2020-05-17'],
    ['截至目前 then a daily rate in its own clause', '截至目前，全民城管微信小程序用户超过28万人，每天点击量为5500人次左右。', '5500', '每天', '2020-01-23'],
    ['a period right before the rate in the same clause is the figure’s', '据素可泰历史公园园长塔妲介绍，目前每日入园的游客在1200至2000人。', '1200', '目前', '2020-01-03'],
  ])('%s: %s', (_form, text, start, raw, date) => {
    expect(figure(text, start, date).period?.raw ?? null).toBe(raw)
  })
})

describe('a basis named once for a sentence of changes', () => {
  const cpi = '食品中，猪肉价格同比上涨96.9%，涨幅回落19.5个百分点；牛肉、羊肉、鸡肉和鸭肉价格上涨8.2%—20.5%，涨幅均有所回落；鲜果和鲜菜价格分别下降10.5%和3.7%，降幅分别扩大4.4和3.6个百分点。'
  it.each<[string, string, string, string | null, string]>([
    ['a later change of the sentence takes the basis named first', cpi, '8.2%', 'year-on-year', '2020-05-13'],
    ['… across a ；, in a 分别 list', cpi, '3.7%', 'year-on-year', '2020-05-13'],
    ['… but not a change of the rate of change (涨幅回落)', cpi, '19.5', null, '2020-05-13'],
    ['… nor a share of the change (影响CPI上涨)', '4月食品价格同比上涨14.8%，涨幅回落3.5个百分点，影响CPI上涨约2.98个百分点。', '约2.98', null, '2020-05-13'],
    ['… nor a comparison of its own (比传统模式)', '2019年，全国法院法官人均办案228件，同比增长13.4%；互联网法院案件平均审理周期42天，比传统模式缩短57.1%。', '57.1%', null, '2020-05-26'],
    ['与…相比 opening the sentence is the basis of its changes, as 比… is', '32个品种采购成功，与联盟地区2018年最低采购价相比，拟中选价平均降幅53%，最高降幅达到93%。', '93%', 'baseline', '2020-01-22'],
    ['the rate of the change just named (增幅达15%) takes its basis', '2018年中央财政下达重点生态功能区转移支付721亿元，比上年增加94亿元，增幅达15%。', '15%', 'year-on-year', '2019-10-31'],
  ])('%s: %s', (_form, text, start, basis, date) => {
    expect(figure(text, start, date).basis).toBe(basis)
  })
})

describe('a whole named as a task', () => {
  it('是国家下达任务的2.45倍 is against the target, and the subject stays before it', () => {
    const f = figure('“十三五”以来，内蒙古壮士断腕，累计化解过剩产能4190万吨，是国家下达任务的2.45倍。', '2.45倍', '2020-05-22')
    expect(f.basis).toBe('target')
    expect(f.subject ?? '').toMatch(/产能$/u)
  })
})
