/**
 * Units and classifiers, as data: what follows a number and what it makes of
 * it. Approximation words are in `ranges.ts`.
 */
import type { FigureKind } from '../schema.js'

/** A unit as printed, the normalised unit, its kind, and the factor to the normalised unit. */
export interface UnitRule {
  readonly text: string
  readonly unit: string
  readonly kind: FigureKind
  readonly factor?: number
  /** Characters that, right after the unit, make it the start of a word instead (两方面: not 2 m³). */
  readonly notBefore?: string
}

/** Measure units. Longest match wins, so order is free. */
export const UNITS: readonly UnitRule[] = [
  // money
  { text: '元人民币', unit: 'CNY', kind: 'money' },
  { text: '元', unit: 'CNY', kind: 'money' },
  { text: '块钱', unit: 'CNY', kind: 'money' },
  { text: '人民币', unit: 'CNY', kind: 'money' },
  { text: '美元', unit: 'USD', kind: 'money' },
  { text: '美圆', unit: 'USD', kind: 'money' },
  { text: '美金', unit: 'USD', kind: 'money' },
  { text: '美刀', unit: 'USD', kind: 'money' },
  { text: '欧元', unit: 'EUR', kind: 'money' },
  { text: '港元', unit: 'HKD', kind: 'money' },
  { text: '港币', unit: 'HKD', kind: 'money' },
  { text: '日元', unit: 'JPY', kind: 'money' },
  { text: '英镑', unit: 'GBP', kind: 'money' },
  { text: '新台币', unit: 'TWD', kind: 'money' },
  { text: '台币', unit: 'TWD', kind: 'money' },
  { text: '瑞士法郎', unit: 'CHF', kind: 'money' },
  { text: '卢布', unit: 'RUB', kind: 'money' },
  { text: '韩元', unit: 'KRW', kind: 'money' },
  { text: '奈拉', unit: 'NGN', kind: 'money' },
  // 旅游收入超30亿泰铢, 投资30亿雷亚尔, 交易总额达到273亿加元, 增长到430亿澳元
  { text: '泰铢', unit: 'THB', kind: 'money' },
  { text: '雷亚尔', unit: 'BRL', kind: 'money' },
  { text: '加元', unit: 'CAD', kind: 'money' },
  { text: '澳元', unit: 'AUD', kind: 'money' },
  { text: '比特币', unit: 'BTC', kind: 'money' },
  { text: '个比特币', unit: 'BTC', kind: 'money' },
  // area
  { text: '平方公里', unit: 'km2', kind: 'area' },
  { text: '平方千米', unit: 'km2', kind: 'area' },
  { text: '平方米', unit: 'm2', kind: 'area' },
  { text: '平米', unit: 'm2', kind: 'area' },
  { text: '平方英尺', unit: 'ft2', kind: 'area' },
  { text: '亩', unit: 'mu', kind: 'area' },
  { text: '公顷', unit: 'ha', kind: 'area' },
  // length
  { text: '千米', unit: 'km', kind: 'length' },
  { text: '公里', unit: 'km', kind: 'length' },
  { text: '米', unit: 'm', kind: 'length' },
  { text: '厘米', unit: 'cm', kind: 'length' },
  { text: '公分', unit: 'cm', kind: 'length' },
  { text: '毫米', unit: 'mm', kind: 'length' },
  { text: 'km', unit: 'km', kind: 'length' },
  { text: 'cm', unit: 'cm', kind: 'length' },
  { text: 'mm', unit: 'mm', kind: 'length' },
  { text: 'm', unit: 'm', kind: 'length' },
  // weight
  { text: '吨', unit: 't', kind: 'weight' },
  { text: '千克', unit: 'kg', kind: 'weight' },
  { text: '公斤', unit: 'kg', kind: 'weight' },
  { text: '克', unit: 'g', kind: 'weight' },
  { text: '毫克', unit: 'mg', kind: 'weight' },
  { text: '微克', unit: 'ug', kind: 'weight' },
  { text: '斤', unit: 'jin', kind: 'weight' },
  { text: 'kg', unit: 'kg', kind: 'weight' },
  // volume
  { text: '立方米', unit: 'm3', kind: 'volume' },
  // 浇筑混凝土1200方, 土方3万方; but 两方面, 三方面措施, 多方式, 四方向 begin a word
  { text: '方', unit: 'm3', kind: 'volume', notBefore: '面式案向法针位阵言便圆略' },
  { text: '升', unit: 'L', kind: 'volume' },
  // time
  { text: '年', unit: 'year', kind: 'duration' },
  { text: '周年', unit: 'year', kind: 'duration' },
  { text: '岁', unit: 'year', kind: 'duration' },
  // 60周岁以上的老人: an age, not 60 weeks.
  { text: '周岁', unit: 'year', kind: 'duration' },
  { text: '个月', unit: 'month', kind: 'duration' },
  { text: '个多月', unit: 'month', kind: 'duration' },
  { text: '天', unit: 'day', kind: 'duration' },
  // 连续3日, 住了十日, 历时二十日: days counted (a date's 日 is taken by the date reader and rules/nonfigures.ts first);
  // 日元, 日报, 日本, 日均 begin a word.
  { text: '日', unit: 'day', kind: 'duration', notBefore: '元圆币报本常益均用期子记夜趋渐新' },
  { text: '小时', unit: 'hour', kind: 'duration' },
  { text: '个小时', unit: 'hour', kind: 'duration' },
  // 一般要请四五个人, 工作室现在一共10个人: people counted with 个; not 三个人物, 个人所得税 …
  { text: '个人', unit: 'person', kind: 'count', notBefore: '物民所性化信资主账隐贷品才事意空' },
  // 台体以多达十余阶的堑山砌筑的护坡石墙: steps or tiers; not 一阶段, 第二阶段, 两阶梯.
  { text: '阶', unit: 'item', kind: 'count', notBefore: '段梯层级' },
  // 拉了他三四个钟头: 钟头 is the spoken hour.
  { text: '钟头', unit: 'hour', kind: 'duration' },
  { text: '个钟头', unit: 'hour', kind: 'duration' },
  { text: '分钟', unit: 'minute', kind: 'duration' },
  { text: '秒', unit: 'second', kind: 'duration' },
  { text: '周', unit: 'week', kind: 'duration' },
  { text: '星期', unit: 'week', kind: 'duration' },
  // data
  { text: '字节', unit: 'B', kind: 'data' },
  { text: '千字节', unit: 'KB', kind: 'data' },
  { text: '兆字节', unit: 'MB', kind: 'data' },
  { text: '吉字节', unit: 'GB', kind: 'data' },
  { text: '比特', unit: 'bit', kind: 'data' },
  { text: '千比特', unit: 'kbit', kind: 'data' },
  // energy, power, frequency
  { text: '千瓦时', unit: 'kWh', kind: 'energy' },
  { text: '千瓦', unit: 'kW', kind: 'power' },
  { text: '瓦', unit: 'W', kind: 'power' },
  { text: '千卡', unit: 'kcal', kind: 'energy' },
  { text: '赫兹', unit: 'Hz', kind: 'frequency' },
  { text: '兆赫兹', unit: 'MHz', kind: 'frequency' },
  { text: '千赫兹', unit: 'kHz', kind: 'frequency' },
  // temperature: 最低气温达-4℃, 每10年约升高0.33摄氏度, 零下20摄氏度 (a bare 度 is also kWh or an angle: not here)
  { text: '℃', unit: 'degC', kind: 'temperature' },
  { text: '°C', unit: 'degC', kind: 'temperature' },
  { text: '摄氏度', unit: 'degC', kind: 'temperature' },
  { text: '℉', unit: 'degF', kind: 'temperature' },
  { text: '°F', unit: 'degF', kind: 'temperature' },
  { text: '华氏度', unit: 'degF', kind: 'temperature' },
]

/** Classifiers (量词): what they count. Anything not listed counts `item`s. */
export const CLASSIFIERS: Readonly<Record<string, string>> = {
  人次: 'times', 次: 'times', 轮: 'times', 场: 'times', 遍: 'times', 趟: 'times', 倍: 'times',
  户: 'household', 人: 'person', 名: 'person', 位: 'person', 口人: 'person',
  个: 'item', 件: 'item', 项: 'item', 家: 'item', 所: 'item', 处: 'item', 条: 'item', 批: 'item', 期: 'item',
  届: 'item', 座: 'item', 栋: 'item', 幢: 'item', 辆: 'item', 台: 'item', 张: 'item', 本: 'item', 篇: 'item',
  部: 'item', 支: 'item', 只: 'item', 头: 'item', 株: 'item', 棵: 'item', 类: 'item', 种: 'item', 份: 'item',
  套: 'item', 间: 'item', 层: 'item', 级: 'item', 组: 'item', 起: 'item', 宗: 'item', 笔: 'item', 例: 'item',
  架: 'item', 艘: 'item', 匹: 'item', 口: 'item', 片: 'item', 对: 'item', 双: 'item', 块: 'item', 枚: 'item',
  封: 'item', 根: 'item', 道: 'item', 门: 'item', 集: 'item', 章: 'item', 节: 'item', 字: 'item', 点: 'item',
  村: 'item', 校: 'item', 款: 'item', 幅: 'item', 辑: 'item', 帧: 'item', 株次: 'times', 元次: 'times',
}
