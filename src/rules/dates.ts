/**
 * Date words: relative years, parts of a month, vague times, times of day.
 */

/** Years relative to the issue's: 今年 is the year. */
// 当年 and 同年 ("that year", "the same year") refer to a year the text named, not the issue's.
export const RELATIVE_YEARS: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 }

/** Parts of a month, as first and last day (a last day of 31 means the month's end). */
export const MONTH_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  上旬: [1, 10],
  中旬: [11, 20],
  下旬: [21, 31],
  初: [1, 10],
  底: [21, 31],
  末: [21, 31],
}

/** Words for "recently" that name no day: kept as vague dates. */
export const VAGUE_DATES = ['日前', '近日', '近期', '前不久', '不久前', '连日来', '日来', '近来'] as const

/** Parts of the day before a clock time: 下午3点. */
export const DAY_PARTS = ['凌晨', '早上', '早晨', '上午', '中午', '下午', '傍晚', '晚上', '夜间', '当晚', '当天'] as const
