/**
 * Quantities: numbers with what they measure. A number with its
 * approximation words (近, 约, 余, 多, 以上), its unit or classifier (万元,
 * 平方米, 个, 户), as a percent (21.6%, 百分之二十一点六, 三成, 个百分点), an
 * ordinal (第六届) or a range (两三百, 3至5).
 *
 * One numeral at a time here; its surroundings are read in `finish.ts`, units
 * in `units.ts`, quantities of two numbers or none in `forms.ts`.
 */
import { DIGITS } from '../rules/numerals.js'
import type { Approx, FigureKind } from '../schema.js'
import { append } from '../util/arrays.js'
import { finish } from './finish.js'
import { bareMagnitudes, doublings, halfDurations, joinYearsAndMonths, numberlessShares, readDigitDiscount, readRange } from './forms.js'
import { fold, scanFolded, scanNumbers, type NumberMatch } from './numeral.js'
import { readUnit } from './units.js'

/** What a quantity measures: a figure's kind, or `number` when nothing says (no unit, no classifier). */
export type QuantityKind = FigureKind | 'number'

/** A quantity found in text; offsets are UTF-16 indices into the original, end exclusive. */
export interface Quantity {
  readonly start: number
  readonly end: number
  /** Where the numeral itself is, inside [start, end). */
  readonly numberStart: number
  readonly numberEnd: number
  /** The value in the normalised unit (元 for money, m2 for area, percent points for percents). */
  readonly value: number
  readonly low: number | null
  readonly high: number | null
  readonly unit: string | null
  readonly kind: QuantityKind
  readonly approx: Approx
  /** The classifier or unit as printed (个, 万元, 平方米), or null. */
  readonly classifier: string | null
}

/**
 * Find every quantity in a text.
 *
 * @param text a sentence or paragraph; traditional and full-width forms are understood
 */
export function scanQuantities(text: string): Quantity[] {
  const folded = fold(text)
  const numbers = scanFolded(folded)
  const out: Quantity[] = []
  for (let k = 0; k < numbers.length; k++) {
    const m = numbers[k]!
    if (out.length > 0 && m.start < out[out.length - 1]!.end) continue
    const discount = readDigitDiscount(folded, numbers, k)
    if (discount) {
      out.push(discount.quantity)
      k += discount.consumed
      continue
    }
    const range = readRange(folded, numbers, k)
    if (range) {
      out.push(finish(folded, { start: range.start, numberStart: range.numberStart, numberEnd: range.end, value: range.value, low: range.low, high: range.high, approx: 'about' }))
      k += range.consumed
      continue
    }
    out.push(readOne(folded, m, numbers[k + 1]))
  }
  const wordless = [...numberlessShares(folded, out), ...halfDurations(folded, out), ...doublings(folded)]
  // A bare number inside a quantity written in words (the 一 of 一半, 超过一) gives way to it.
  const kept = wordless.length === 0 ? out : out.filter((q) => !wordless.some((w) => q.start < w.end && q.end > w.start))
  append(kept, wordless)
  append(kept, bareMagnitudes(folded, kept))
  const sorted = kept.filter((q) => Number.isFinite(q.value)).map((q) => belowZero(folded, q)).sort((a, b) => a.start - b.start)
  return joinYearsAndMonths(folded, sorted)
}

/**
 * 零下30摄氏度, 零下二三十摄氏度: below zero makes the value (and a range's ends)
 * negative. Words of size (零下30多: colder than -30; 近零下30) bound the
 * magnitude, so the ends swap; 以上/以下 after the number bound the value
 * itself (零下5℃以下: at most -5), so they keep their side.
 */
function belowZero(folded: string, q: Quantity): Quantity {
  if (q.start !== q.numberStart || !folded.startsWith('零下', q.start - 2)) return q
  const flip = (v: number | null) => (v === null ? null : -v)
  const sideKept = /以[上下内]/.test(folded.slice(q.numberEnd, q.end))
  const [low, high] = sideKept ? [flip(q.low), flip(q.high)] : [flip(q.high), flip(q.low)]
  return { ...q, start: q.start - 2, value: -q.value, low, high }
}

/** One numeral, with what stands before it (百分之, 第, $) or right after it (折, 两) and then its surroundings. */
function readOne(folded: string, m: NumberMatch, next: NumberMatch | undefined): Quantity {
  const before = folded.slice(Math.max(0, m.start - 12), m.start)
  const approx: Approx = m.approx ? 'over' : 'exact'
  const numeral = { start: m.start, numberStart: m.start, numberEnd: m.end, value: m.value, approx }

  // 百分之五, 千分之二, 万分之三
  const per = /([百佰千仟万])[ \t]*分[ \t]*之[ \t]*$/.exec(before)
  if (per) {
    const value = /[百佰]/.test(per[1]!) ? m.value : /[千仟]/.test(per[1]!) ? m.value / 10 : m.value / 100
    return finish(folded, { ...numeral, start: m.start - per[0].length, value, fixed: { unit: '%', kind: 'percent' } })
  }
  // 第六届, 第3万
  if (before.endsWith('第')) {
    return finish(folded, { ...numeral, start: m.start - 1, approx: 'exact', fixed: { unit: null, kind: 'ordinal' } })
  }
  // $20, ￥300
  const symbol = /([$￥¥])[ \t]*$/.exec(before)
  if (symbol) {
    const unit = symbol[1] === '$' ? 'USD' : 'CNY'
    return finish(folded, { ...numeral, start: m.start - symbol[0].length, fixed: { unit, kind: 'money' } })
  }
  const text = folded.slice(m.start, m.end)
  // 三八折, 七五折: two digits before 折 are one discount.
  const discount = /^[ \t]*折/.exec(folded.slice(m.end, m.end + 4))
  if (discount && m.chinese && !m.approx && /^[一二三四五六七八九][一二三四五六七八九]$/.test(text)) {
    const value = DIGITS[text[0]!]! * 10 + DIGITS[text[1]!]!
    return finish(folded, { ...numeral, value, fixed: { unit: '%', kind: 'percent' }, end: m.end + discount[0].length })
  }
  // 1234两, 二两: a lone 两 right after a number is the weight liang.
  if (next && next.start === m.end && folded.slice(next.start, next.end) === '两' && !readUnit(folded, next.end)) {
    return finish(folded, { ...numeral, fixed: { unit: 'liang', kind: 'weight' }, end: next.end })
  }
  // 两万两, 三千两百两: a 两 after a unit at the very end is the weight liang, not a digit.
  if (text.length > 1 && text.endsWith('两') && /[十百千万亿]/.test(text[text.length - 2]!) && !readUnit(folded, m.end)) {
    const shorter = scanNumbers(folded.slice(m.start, m.end - 1))[0]
    if (shorter && shorter.end === m.end - 1 - m.start) {
      return finish(folded, { ...numeral, numberEnd: m.end - 1, value: shorter.value, fixed: { unit: 'liang', kind: 'weight' }, end: m.end })
    }
  }
  return finish(folded, numeral)
}
