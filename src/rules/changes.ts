/**
 * Which way a figure moves and against what: the words that make a figure a
 * change (同比增长6.2%) and name its basis. Each entry: the word, its meaning,
 * an example as printed.
 */
import type { Basis, Change } from '../schema.js'

/** Verbs that make the figure right after them a change. */
export const CHANGE_WORDS: readonly (readonly [word: string, change: Change, example: string])[] = [
  ['增长', 'up', '同比增长6.2%'],
  ['增加', 'up', '比上年增加200人'],
  ['翻', 'up', '在鄂本外币贷款新增规模同比翻一番'],
  ['提高', 'up', '增幅较2018年全年提高3.4个百分点'],
  ['上升', 'up', '同比上升2.1个百分点'],
  ['扩大', 'up', '降幅分别扩大4.4和3.6个百分点'],
  ['上涨', 'up', '猪肉价格同比上涨96.9%'],
  ['提升', 'up', '占比提升5个百分点'],
  ['增收', 'up', '户均增收3000元'],
  ['增幅', 'up', '增幅12%'],
  ['增', 'up', '同比增7%'],
  ['涨', 'up', '同比涨3%'],
  ['高', 'up', '比上年同期高21.2个百分点'],
  ['多', 'up', '比去年多120人'],
  // 多/少 and a verb of money: how much more or less is earned, spent or paid.
  ['多还', 'up', '每个月只比新政策执行前多还12.3元'],
  ['少赚', 'down', '今年新稻卖早了，就差两天没赶上价格回升，地里少赚了1万多元'],
  ['多赚', 'up', '每亩多赚300元'],
  ['多花', 'up', '每人要多花50元'],
  ['下降', 'down', '同比分别下降13.3%和40%'],
  ['降价', 'down', '该药早已过了专利期，虽然降价了80%'],
  ['便宜', 'down', '“再便宜10块钱好不好？”'],
  ['减少', 'down', '比上年减少15户'],
  ['回落', 'down', '涨幅回落19.5个百分点'],
  ['降低', 'down', '能耗降低3.2%'],
  ['缩小', 'down', '差距缩小0.3个百分点'],
  ['缩短', 'down', '比传统模式缩短57.1%'],
  ['延长', 'up', '平均寿命比上年延长0.5岁'],
  ['升高', 'up', '这里年平均气温每10年约升高0.33摄氏度'],
  ['后退', 'down', '冰舌近20年来后退了50米'],
  ['退缩', 'down', '一年时间，就退缩了5米'],
  ['缩减', 'down', '禁止和许可类事项比试点版又缩减约54%'],
  ['下滑', 'down', '同比下滑5%'],
  ['下跌', 'down', '价格下跌2%'],
  ['收窄', 'down', '降幅收窄1.2个百分点'],
  ['降幅', 'down', '降幅8%'],
  ['减', 'down', '同比减4%'],
  ['降', 'down', '同比降4%'],
  ['低', 'down', '比上年低0.5个百分点'],
  ['少', 'down', '比去年少20人'],
]

/**
 * Words between a change verb and its figure that keep it a change
 * (增长了6.2%, 增长达12%, 分别增长7.8%). 至/到 after the verb do not:
 * 提升至71% is the level reached, not the change.
 */
export const CHANGE_FILLERS: readonly string[] = ['了', '达到', '达', '为', '约', '近', '超过', '超', '逾', '分别', '均', '都', '幅度为', '幅度']

/** Phrases that name the basis of a change, longest first where they overlap. */
export const BASIS_WORDS: readonly (readonly [pattern: string, basis: Basis, example: string])[] = [
  ['同比', 'year-on-year', '同比增长6.2%'],
  ['比上年同期', 'year-on-year', '比上年同期高21.2个百分点'],
  ['比去年同期', 'year-on-year', '比去年同期增长4.5%'],
  ['较去年同期', 'year-on-year', '较去年同期增长8%'],
  ['较上年同期', 'year-on-year', '较上年同期增加120户'],
  ['比上年', 'year-on-year', '比上年增长7%'],
  ['比去年', 'year-on-year', '比去年增加200人'],
  ['较上年', 'year-on-year', '较上年提高2个百分点'],
  ['较去年', 'year-on-year', '较去年减少3%'],
  ['(?:比|较)(?:去年|上年)[\\u4e00-\\u9fff]{1,4}同期', 'year-on-year', '较去年春运同期下降14.5%'],
  ['环比', 'period-on-period', '环比上涨0.4%'],
  ['比上月', 'period-on-period', '比上月下降1.2%'],
  ['较上月', 'period-on-period', '较上月增长3%'],
  ['比上季度', 'period-on-period', '比上季度增长2%'],
  ['(?:比|较)(?:昨日|前一日|上周|上一季度)', 'period-on-period', '交通流量较昨日环比下降42.7%'],
  ['比计划', 'target', '比计划增加15%'],
  ['较计划', 'target', '较计划提前完成12%'],
  ['完成年度目标的', 'target', '完成年度目标的85%'],
  ['完成全年目标的', 'target', '完成全年目标的92%'],
  ['完成目标的', 'target', '完成目标的110%'],
  ['完成年度任务', 'target', '分别完成年度任务137%、146%'],
  ['完成全年任务的', 'target', '完成全年任务的80%'],
  ['(?:比|较)(?:\\d{4}|[〇零一二三四五六七八九]{4})年', 'baseline', '较2015年增长1.2倍'],
  // A wider area's level: 我市的贫困发生率为23.6%，比全省高13.2个百分点.
  ['(?:比|较|高于|低于)(?:全国|全省|全市|全区|全县)(?:平均水平|平均)?', 'baseline', '比全省高13.2个百分点'],
  ['(?:超过|超出|高于|低于)(?:去年|上年)(?:同期)?', 'year-on-year', '棉田超过去年六倍'],
  ['(?:超过|超出)(?:预定|原定)?计划', 'target', '超过预定计划三倍'],
]

/**
 * What 与…相比 (和, 同, 跟) names is a basis, read as 比 and the same words (与去年同期相比 as 比去年同期,
 * year-on-year); anything else compared is a baseline. Opening its clause, it covers the changes of
 * the sentence after it.
 */
export const COMPARED_WITH = { pattern: '(?:与|和|同|跟)(?<compared>[^，,。；;：:！？]{1,20}?)相比[，,]', example: '与联盟地区2018年最低采购价相比，拟中选价平均降幅53%，最高降幅达到93%' } as const

/**
 * A task, target or plan the figure is a share or multiple of, right before it (是国家下达任务的2.45倍):
 * the general form of 完成目标的, a basis `target`. Unlike the basis words these stay in the lead, as
 * the subject stands before them (过剩产能).
 */
export const TARGET_WHOLES: readonly (readonly [pattern: string, example: string])[] = [['(?:任务|目标|计划)的$', '是国家下达任务的2.45倍']]

/**
 * Verbs of comparison before a basis (超过去年六倍, 低于上年同期2个百分点): with the basis they
 * make the figure a change, in their direction.
 */
export const COMPARATIVE_WORDS: readonly (readonly [word: string, change: Change, example: string])[] = [
  ['超过', 'up', '棉田超过去年六倍'],
  ['超出', 'up', '超出预定计划两成'],
  ['高于', 'up', '高于上年同期2个百分点'],
  ['低于', 'down', '低于去年同期0.3个百分点'],
]
