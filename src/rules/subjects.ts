/**
 * What `track` counts as the same subject, as data: names of one indicator
 * as the papers print them, the place words before a subject that say whose
 * figure it is, and the words that make a figure a running total.
 */

/**
 * Names of one measure, mapped to the name `track` groups them under. The
 * scope is the place the name itself implies (国内生产总值 is always the
 * country's), so a national figure is never taken for a conflicting local one.
 */
export const SUBJECT_ALIASES: readonly (readonly [alias: string, subject: string, scope: string | null, example: string])[] = [
  ['地区生产总值', '地区生产总值', null, '沿江11省市地区生产总值达31.46万亿元'],
  ['生产总值', '地区生产总值', null, '全县完成生产总值56.7亿'],
  ['本地生产总值', '地区生产总值', null, '在本地生产总值、税收等方面实现互利共赢'],
  ['国内生产总值', '地区生产总值', '全国', '我国国内生产总值同比增长6.2%'],
  ['GDP', '地区生产总值', null, '季度GDP增长率一直保持在6%—8%之间'],
  ['经济总量', '地区生产总值', null, '经济总量占全国的44.5%'],
  ['规模以上工业增加值', '规模以上工业增加值', null, '全国规模以上工业增加值同比增加了5.6%'],
  ['规上工业增加值', '规模以上工业增加值', null, '规上工业增加值11.5亿元'],
  ['社会消费品零售总额', '社会消费品零售总额', null, '社会消费品零售总额同比增长8%'],
  ['社消零总额', '社会消费品零售总额', null, '社消零总额增长5%'],
  ['地方一般公共预算收入', '一般公共预算收入', null, '地方一般公共预算收入3项指标增速全市第'],
  ['一般公共预算收入', '一般公共预算收入', null, '一般公共预算收入增长8%'],
  ['地方公共财政预算收入', '一般公共预算收入', null, '地方公共财政预算收入4.47亿元'],
  ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', null, '城镇居民人均可支配收入增长7.8%'],
  ['城镇常住居民人均可支配收入', '城镇常住居民人均可支配收入', null, '城镇常住居民人均可支配收入达到28,416元'],
  ['农村居民人均可支配收入', '农村常住居民人均可支配收入', null, '农村居民人均可支配收入增长9.2%'],
  ['农村常住居民人均可支配收入', '农村常住居民人均可支配收入', null, '农村常住居民人均可支配收入5634元'],
  ['外贸进出口总额', '进出口总额', null, '外贸进出口总额增长3.4%'],
  ['进出口总值', '进出口总额', null, '进出口总值6.65万亿元'],
  ['粮食产量', '粮食总产量', null, '粮食产量达到38亿斤'],
]

/**
 * Place words a subject may start with, and the scope they give it:
 * 全市地区生产总值 is 地区生产总值 of the city.
 */
export const SCOPE_PREFIXES: readonly (readonly [prefix: string, scope: string, example: string])[] = [
  ['全国', '全国', '全国规模以上工业增加值同比增加了5.6%'],
  ['我国', '全国', '我国国内生产总值同比增长6.2%'],
  ['全省', '全省', '全省地区生产总值增长6%'],
  ['我省', '全省', '我省粮食总产量达到760亿斤'],
  ['全市', '全市', '全市地区生产总值完成325.6亿元'],
  ['我市', '全市', '我市社会消费品零售总额增长5%'],
  ['本市', '全市', '本市规上工业增加值增长4%'],
  ['全县', '全县', '全县完成生产总值56.7亿'],
  ['我县', '全县', '我县粮食总产量达到15亿斤'],
  ['全区', '全区', '全区固定资产投资增长9%'],
]

/**
 * Words that make a figure a running total (累计, 截至): a later total for
 * the same subject cannot be lower unless the count started again.
 */
export const CUMULATIVE_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['累计', '累计发放贷款1.2亿元'],
  ['截至', '截至目前，已完成280个'],
  ['截止', '截止到6月底，共接待游客120万人次'],
]
