/**
 * Conditions on what a figure counts: 规模以上工业增加值 (only enterprises
 * above a size), 千平方米以上社区 (only communities of 1,000 m² or more).
 */

/** Words that restrict a subject, with an example as printed. */
export const QUALIFIER_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['规模以上', '规模以上工业增加值增长5.8%'],
  ['规上', '规上工业增加值11.5亿元'],
  ['限额以上', '限额以上单位消费品零售额'],
  ['限上', '限上社会消费品零售额'],
  ['规模以下', '规模以下工业企业'],
]

/**
 * A threshold is a quantity with one of these words right before the noun it
 * restricts: 千平方米以上社区22个 (社区 of 1,000 m² or more), 5000万元以上项目.
 */
export const THRESHOLD_ENDS: readonly string[] = ['以上', '以下', '及以上', '以内']
