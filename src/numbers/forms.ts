/**
 * Quantities that are not one numeral: two numbers read as one (两三百,
 * 3至5, 九 九 折) and shares or magnitudes written with no digit at all
 * (半成, 打对折, 万余人).
 */
import { DIGITS } from '../rules/numerals.js'
import { RANGE_JOINERS } from '../rules/ranges.js'
import { finish } from './finish.js'
import type { NumberMatch } from './numeral.js'
import type { Quantity } from './quantity.js'

/** A range read from two numbers: where it is, its ends and middle, and how many numbers after the first it used. */
export interface Range {
  start: number
  end: number
  numberStart: number
  value: number
  low: number
  high: number
  consumed: number
}

/** 九 九 折, 7 2 折, 三八折, 五五折: digits read one by one before 折. */
export function readDigitDiscount(
  folded: string,
  numbers: readonly NumberMatch[],
  k: number,
): { quantity: Quantity; consumed: number } | null {
  const a = numbers[k]!
  const b = numbers[k + 1]
  if (!b || !a.single || !b.single || a.value < 1 || a.value > 9 || b.value < 0 || b.value > 9) return null
  if (!/^[ \t]*$/.test(folded.slice(a.end, b.start))) return null
  const mark = /^[ \t]*折/.exec(folded.slice(b.end, b.end + 4))
  if (!mark) return null
  const value = a.value * 10 + b.value
  const end = b.end + mark[0].length
  const quantity: Quantity = {
    start: a.start, end, numberStart: a.start, numberEnd: b.end, value, low: null, high: null,
    unit: '%', kind: 'percent', approx: 'exact', classifier: '折',
  }
  return { quantity, consumed: 1 }
}

/** 两三百, 五六十, 十五六, 3至5, 200到300, 3-5. */
export function readRange(folded: string, numbers: readonly NumberMatch[], k: number): Range | null {
  const a = numbers[k]!
  const b = numbers[k + 1]
  if (!b) return null
  // Two neighbouring digits: 两三百 is 200 to 300, 五六十 is 50 to 60, 三四天 is 3 to 4.
  if (b.start === a.end && a.chinese && !a.fraction) {
    const aLast = DIGITS[folded[a.end - 1]!]
    const bFirst = DIGITS[folded[b.start]!]
    if (aLast !== undefined && bFirst !== undefined && bFirst === aLast + 1 && b.chinese) {
      if (a.single) {
        const scale = b.value / bFirst
        return span(a.start, b.end, a.start, aLast * scale, b.value, 1)
      }
      if (b.single) return span(a.start, b.end, a.start, a.value, a.value + 1, 1)
    }
  }
  // 3至5, 200到300, 3-5, 3～5: both ends written out.
  const between = folded.slice(a.end, b.start)
  if (RANGE_JOINERS.some((j) => between.trim() === j) && b.value > a.value && !a.fraction && !b.fraction) {
    // A dash between long digit runs is a telephone or a code, not a range.
    if (between.trim() === '-' && (/\d{5,}/.test(folded.slice(a.start, a.end)) || /^\d{5,}/.test(folded.slice(b.start, b.end)))) return null
    if (/^0\d/.test(folded.slice(a.start, a.end))) return null
    // 3至5万: the magnitude of the upper end applies to the lower end.
    let low = a.value
    const tail = /[万亿]$/.exec(folded.slice(b.start, b.end))
    if (tail && !/[万亿]$/.test(folded.slice(a.start, a.end)) && a.value < b.value / 1e4) low = a.value * (tail[0] === '万' ? 1e4 : 1e8)
    return span(a.start, b.end, a.start, low, b.value, 1)
  }
  return null
}

function span(start: number, end: number, numberStart: number, low: number, high: number, consumed: number): Range {
  return { start, end, numberStart, value: (low + high) / 2, low, high, consumed }
}

/**
 * 万余人, 亿多元, 上万名, 近亿元, 万名干部: a magnitude word alone, made a number by 余 or 多 and
 * a unit, by 上 or 近 before it and a unit, or (万 only) by a person counter right after it.
 */
export function bareMagnitudes(folded: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = []
  for (const match of folded.matchAll(BARE_MAGNITUDE)) {
    const start = match.index
    if (found.some((q) => start >= q.start && start < q.end)) continue
    const value = match[0] === '万' ? 1e4 : 1e8
    const q = finish(folded, { start, numberStart: start, numberEnd: start + 1, value, approx: 'exact' })
    const over = /[余多]/.test(folded[start + 1] ?? '')
    if (q.classifier !== null && (over ? q.end > start + 2 : q.start < start || /^万[名人]/.test(folded.slice(start, start + 2)))) out.push(q)
  }
  return out
}

/** 万 or 亿 not inside a numeral (亿万人民 and 数万人 are neither), before 余/多, after 上/近, or before a person counter. */
const BARE_MAGNITUDE = /(?<![0-9零〇一二三四五六七八九十百千万亿两几半数])[万亿](?![万亿])(?=[余多]|(?<=[上近].)|名|人(?!民))/gu

/**
 * 半成 (5%), 半折 and 打对折 (50%), 一半 (50%: 占世界产量的一半, 一半多 is over half): shares
 * written without a digit. Not 半成品, 一半导体.
 */
export function numberlessShares(folded: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = []
  const pattern = /半成(?!品)|半折|(?<=打)对折|一半(?!导|岛|径)多?/g
  for (const match of folded.matchAll(pattern)) {
    const start = match.index
    const end = start + match[0].length
    // The 一 of 一半 alone is no figure: only a counted or measured quantity stands in the way.
    if (found.some((q) => start < q.end && end > q.start && q.kind !== 'number')) continue
    if (match[0].startsWith('一半')) {
      const over = match[0].endsWith('多')
      out.push(finish(folded, { start, numberStart: start, numberEnd: start + 2, value: 50, approx: over ? 'over' : 'exact', fixed: { unit: '%', kind: 'percent' }, end }))
      continue
    }
    const value = match[0] === '半成' ? 5 : 50
    out.push({ start, end, numberStart: start, numberEnd: end, value, low: null, high: null, unit: '%', kind: 'percent', approx: 'exact', classifier: match[0].slice(-1) })
  }
  return out
}

/**
 * 半年多 (6 months and over), 近半个月, 半小时: half of a span of time; 两个半小时 and 两个半月 are
 * the count before it and a half. Not 上半年/下半年/前半年 (a part of the year named as a period),
 * 大半年, 半年报; 半天 is 'a long while' (NOT_NUMBER_WORDS).
 */
export function halfDurations(folded: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = []
  for (const match of folded.matchAll(HALF_DURATION)) {
    let start = match.index
    const end = start + match[0].length
    if (found.some((q) => start < q.end && end > q.start && q.kind !== 'number')) continue
    const span = match[1]!
    const [half, unit] = span === '年' ? [6, 'month'] : /月/.test(span) ? [0.5, 'month'] : [0.5, 'hour']
    // 两个半小时: the count of 个 just before takes the half.
    const whole = found.find((q) => q.end === start && q.classifier === '个' && q.approx === 'exact')
    if (folded[start - 1] === '个' && !whole) continue
    if (!whole && span === '月') continue
    const value = (whole ? whole.value * (span === '年' ? 12 : 1) : 0) + half
    if (whole) start = whole.start
    const over = match[2] !== undefined
    out.push(finish(folded, { start, numberStart: start, numberEnd: end - match[0].length + 1, value, approx: over ? 'over' : 'exact', fixed: { unit, kind: 'duration' }, end }))
  }
  return out
}

const HALF_DURATION = /(?<![上下前后大多一])半(年(?![报度刊考])|个月|月|个?小时)([多余])?/gu

/**
 * 翻一番 (twice), 翻两番 (four times): doubling, said with 番; the figure is 一番, 两番 after the verb 翻.
 */
export function doublings(folded: string): Quantity[] {
  const out: Quantity[] = []
  for (const match of folded.matchAll(/翻([一两三])番/gu)) {
    const start = match.index
    const times = 2 ** DIGITS[match[1]!]!
    // 翻 is the verb that makes it a change (rules/changes.ts); 一番 is the numeral, whose 一 is no article (一番努力).
    out.push({ start: start + 1, end: start + 3, numberStart: start + 1, numberEnd: start + 3, value: times, low: null, high: null, unit: 'times', kind: 'count', approx: 'exact', classifier: '番' })
  }
  return out
}

/**
 * 4年零4个月, 3年6个月: years and months of one duration are one figure, in years. Only a
 * whole number of years below 200 (2019年6个月 is a year of the calendar and a duration).
 */
export function joinYearsAndMonths(folded: string, quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = []
  for (let k = 0; k < quantities.length; k++) {
    const years = quantities[k]!
    const months = quantities[k + 1]
    const joined = months !== undefined && years.classifier === '年' && years.unit === 'year' && months.unit === 'month' && months.start === years.end
      && years.approx === 'exact' && Number.isInteger(years.value) && years.value < 200 && months.value < 12 && !/^零?[ \t]*\d{3}/.test(folded.slice(months.start))
    if (!joined) {
      out.push(years)
      continue
    }
    out.push({ ...years, end: months.end, value: years.value + months.value / 12, low: null, high: null, approx: months.approx, classifier: folded.slice(years.classifier === null ? years.end : years.end - 1, months.end) })
    k++
  }
  return out
}
