/**
 * Quantities: numbers with what they measure. A number with its
 * approximation words (近, 约, 余, 多, 以上), its unit or classifier (万元,
 * 平方米, 个, 户), as a percent (21.6%, 百分之二十一点六, 三成, 个百分点), an
 * ordinal (第六届) or a range (两三百, 3至5).
 */
import { DIGITS } from '../rules/numerals.js'
import { APPROX_AFTER, APPROX_BEFORE, APPROX_INSIDE, RANGE_JOINERS } from '../rules/ranges.js'
import { CLASSIFIERS, UNITS, type UnitRule } from '../rules/units.js'
import type { Approx, FigureKind } from '../schema.js'
import { fold, scanFolded, scanNumbers, type NumberMatch } from './numeral.js'
import { append } from '../util/arrays.js'
import { longestFirst } from '../util/regex.js'

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

const units = longestFirst(UNITS, (u) => u.text).map((u) => ({ ...u, lower: u.text.toLowerCase() }))
const classifiers = longestFirst(Object.keys(CLASSIFIERS))
const approxBefore = longestFirst(Object.keys(APPROX_BEFORE))
const approxAfter = longestFirst(Object.keys(APPROX_AFTER))

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
      out.push(finish(folded, range.start, range.end, range.value, range.low, range.high, 'about', range.numberStart))
      k += range.consumed
      continue
    }
    out.push(readOne(folded, m, numbers[k + 1]))
  }
  append(out, numberlessShares(folded, out))
  append(out, bareMagnitudes(folded, out))
  return out.filter((q) => Number.isFinite(q.value)).sort((a, b) => a.start - b.start)
}

/** 九 九 折, 7 2 折, 三八折, 五五折: digits read one by one before 折. */
function readDigitDiscount(
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

/** 万余人, 亿多元: a magnitude word alone, made a number by 余 or 多 and a unit. */
function bareMagnitudes(folded: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = []
  for (const match of folded.matchAll(/(?<![0-9零〇一二三四五六七八九十百千万亿两几半])([万亿])(?=[余多])/gu)) {
    const start = match.index
    if (found.some((q) => start >= q.start && start < q.end)) continue
    const q = finish(folded, start, start + 1, match[1] === '万' ? 1e4 : 1e8, null, null, 'exact', start)
    if (q.classifier !== null && q.end > start + 2) out.push(q)
  }
  return out
}

/** 半成 (5%), 半折 and 打对折 (50%): shares written without a digit. */
function numberlessShares(folded: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = []
  const pattern = /半成(?!品)|半折|(?<=打)对折/g
  for (const match of folded.matchAll(pattern)) {
    const start = match.index
    const end = start + match[0].length
    if (found.some((q) => start < q.end && end > q.start)) continue
    const value = match[0] === '半成' ? 5 : 50
    out.push({ start, end, numberStart: start, numberEnd: end, value, low: null, high: null, unit: '%', kind: 'percent', approx: 'exact', classifier: match[0].slice(-1) })
  }
  return out
}

interface Range {
  start: number
  end: number
  numberStart: number
  value: number
  low: number
  high: number
  consumed: number
}

/** 两三百, 五六十, 十五六, 3至5, 200到300, 3-5. */
function readRange(folded: string, numbers: readonly NumberMatch[], k: number): Range | null {
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

function readOne(folded: string, m: NumberMatch, next: NumberMatch | undefined): Quantity {
  const before = folded.slice(Math.max(0, m.start - 12), m.start)
  const approx: Approx = m.approx ? 'over' : 'exact'

  // 百分之五, 千分之二, 万分之三
  const per = /([百佰千仟万])[ \t]*分[ \t]*之[ \t]*$/.exec(before)
  if (per) {
    const value = /[百佰]/.test(per[1]!) ? m.value : /[千仟]/.test(per[1]!) ? m.value / 10 : m.value / 100
    return finish(folded, m.start - per[0].length, m.end, value, null, null, approx, m.start, { unit: '%', kind: 'percent' })
  }
  // 第六届, 第3万
  if (before.endsWith('第')) {
    return finish(folded, m.start - 1, m.end, m.value, null, null, 'exact', m.start, { unit: null, kind: 'ordinal' })
  }
  // $20, ￥300
  const symbol = /([$￥¥])[ \t]*$/.exec(before)
  if (symbol) {
    const unit = symbol[1] === '$' ? 'USD' : 'CNY'
    return finish(folded, m.start - symbol[0].length, m.end, m.value, null, null, approx, m.start, { unit, kind: 'money' })
  }
  const numeral = folded.slice(m.start, m.end)
  // 三八折, 七五折: two digits before 折 are one discount.
  const discount = /^[ \t]*折/.exec(folded.slice(m.end, m.end + 4))
  if (discount && m.chinese && !m.approx && /^[一二三四五六七八九][一二三四五六七八九]$/.test(numeral)) {
    const value = DIGITS[numeral[0]!]! * 10 + DIGITS[numeral[1]!]!
    return finish(folded, m.start, m.end, value, null, null, approx, m.start, { unit: '%', kind: 'percent' }, m.end + discount[0].length)
  }
  // 1234两, 二两: a lone 两 right after a number is the weight liang.
  if (next && next.start === m.end && folded.slice(next.start, next.end) === '两' && !readUnit(folded, next.end)) {
    return finish(folded, m.start, m.end, m.value, null, null, approx, m.start, { unit: 'liang', kind: 'weight' }, next.end)
  }
  // 两万两, 三千两百两: a 两 after a unit at the very end is the weight liang, not a digit.
  if (numeral.length > 1 && numeral.endsWith('两') && /[十百千万亿]/.test(numeral[numeral.length - 2]!) && !readUnit(folded, m.end)) {
    const shorter = scanNumbers(folded.slice(m.start, m.end - 1))[0]
    if (shorter && shorter.end === m.end - 1 - m.start) {
      return finish(folded, m.start, m.end - 1, shorter.value, null, null, approx, m.start, { unit: 'liang', kind: 'weight' }, m.end)
    }
  }
  return finish(folded, m.start, m.end, m.value, null, null, approx, m.start)
}

/**
 * Read what follows a numeral (approximation, unit, percent sign, 以上) and
 * what precedes it (近, 约, 超过), and build the quantity.
 */
function finish(
  folded: string,
  start: number,
  numberEnd: number,
  value: number,
  low: number | null,
  high: number | null,
  approx: Approx,
  numberStart: number,
  fixed?: { unit: string | null; kind: QuantityKind },
  fixedEnd?: number,
): Quantity {
  let end = fixedEnd ?? numberEnd
  let unit = fixed?.unit ?? null
  let kind: QuantityKind = fixed?.kind ?? 'number'
  let classifier: string | null = null

  // 人民币 50元, 美元 300: the currency named before the amount.
  if (kind === 'money' || fixed === undefined) {
    const named = /(人民币|美元)[ \t]*$/.exec(folded.slice(Math.max(0, start - 6), start))
    if (named && (fixed === undefined ? /^(?:[余多])?[ \t]*元/.test(folded.slice(numberEnd, numberEnd + 3)) : true)) {
      start -= named[0].length
    }
  }
  // Words before: 近200件, 约3万, 超过1/2
  const head = folded.slice(Math.max(0, start - 4), start)
  const prefix = approxBefore.find((w) => head.endsWith(w))
  if (prefix && approx === 'exact') {
    approx = APPROX_BEFORE[prefix]!
    start -= prefix.length
  }

  if (fixed?.kind === 'ordinal') {
    // 第六届: the counter is part of the ordinal.
    classifier = readClassifier(folded, end)
    if (classifier) end += classifier.length
  } else if (!fixed) {
    // 600余个, 150多人, 十几个, 十来天
    const inside = folded[end]
    if (inside && inside in APPROX_INSIDE) {
      const after = readUnit(folded, end + 1)
      const closes = after !== null || /^(?:$|[，。；、,.;！？!?）)\s])/.test(folded.slice(end + 1, end + 2))
      if (closes) {
        if (approx === 'exact') approx = APPROX_INSIDE[inside]!
        end += 1
      }
    }
    const found = readUnit(folded, end, folded.slice(numberStart, numberEnd))
    if (found) {
      if (found.shorten) {
        // 12千米: 千 belongs to the unit, not the number.
        value = value / found.shorten
        if (low !== null) low /= found.shorten
        if (high !== null) high /= found.shorten
        end -= 1
      }
      end += found.length
      classifier = folded.slice(end - found.length, end)
      unit = found.unit
      kind = found.kind
      value *= found.factor
      if (low !== null) low *= found.factor
      if (high !== null) high *= found.factor
      // 一吨半, 两米半: and a half.
      if (folded[end] === '半' && kind !== 'money' && kind !== 'count' && kind !== 'percent') {
        value += 0.5 * found.factor
        end += 1
      }
      // 8亿元人民币, 50元6角三分
      if (unit === 'CNY' && folded.startsWith('人民币', end)) end += 3
      if (unit === 'CNY' && classifier.endsWith('元')) {
        const cents = /^([0-9一二两三四五六七八九])[角毛](?:([0-9一二两三四五六七八九])分)?/.exec(folded.slice(end, end + 6))
        if (cents) {
          value += digit(cents[1]!) / 10 + (cents[2] ? digit(cents[2]) / 100 : 0)
          end += cents[0].length
        }
      }
    }
    if (!found) {
      const share = readShare(folded, end, value)
      if (share) {
        value = share.value
        end = share.end
        unit = '%'
        kind = 'percent'
      }
    }
  }

  // 千平方米以上, 10人以下, 3天左右
  const tail = approxAfter.find((w) => folded.startsWith(w, end))
  if (tail && approx === 'exact' && kind !== 'ordinal') {
    approx = APPROX_AFTER[tail]!
    end += tail.length
  }
  if (low === null && high === null) {
    if (approx === 'over' || approx === 'at-least') low = value
    if (approx === 'nearly' || approx === 'at-most') high = value
  }
  return { start, end, numberStart, numberEnd, value, low, high, unit, kind, approx, classifier }
}

/**
 * 三成 (30%), 三成半 (35%), 七成六 (76%), 九折 (90%), 9.9折 (99%), 75折 (75%):
 * shares of ten and discounts.
 */
function readShare(folded: string, at: number, value: number): { value: number; end: number } | null {
  const mark = /^[ \t]*([成折])/.exec(folded.slice(at, at + 4))
  if (!mark || value <= 0) return null
  let end = at + mark[0].length
  if (mark[1] === '成') {
    if (value > 10) return null
    let share = value * 10
    const more = /^(半|[ \t]*[一二三四五六七八九])/.exec(folded.slice(end, end + 3))
    if (more) {
      share += more[1] === '半' ? 5 : DIGITS[more[1]!.trim()]!
      end += more[0].length
    }
    return { value: share, end }
  }
  if (value >= 100 || value === 10) return null
  return { value: value < 10 ? value * 10 : value, end }
}

function digit(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : DIGITS[ch]!
}

interface FoundUnit {
  length: number
  unit: string
  kind: FigureKind
  factor: number
  /** The numeral's last character belongs to the unit (12千米): divide the value by this. */
  shorten?: number
}

/** The unit, percent mark or classifier at `at`, if any. */
function readUnit(folded: string, at: number, numeral?: string): FoundUnit | null {
  // A magnitude that ends the numeral may begin the unit: 12千米, 六千字节, 五十兆字节.
  if (numeral && numeral.length > 1) {
    const last = numeral[numeral.length - 1]!
    const magnitude = last === '千' ? 1e3 : last === '兆' ? 1e12 : 0
    if (magnitude) {
      const rule = units.find((u) => u.text.length > 1 && folded.startsWith(u.text, at - 1) && u.text.startsWith(last))
      if (rule) return { ...fromRule(rule), shorten: magnitude }
    }
  }
  const rest = folded.slice(at, at + 16)
  const percent = /^[ \t]*([%‰])/.exec(rest)
  if (percent) return { length: percent[0].length, unit: '%', kind: 'percent', factor: percent[1] === '‰' ? 0.1 : 1 }
  const point = /^[ \t]*个[ \t]*百[ \t]*分[ \t]*点/.exec(rest)
  if (point) return { length: point[0].length, unit: 'pp', kind: 'percentage-point', factor: 1 }
  const lower = rest.toLowerCase()
  const rule = units.find((u) => lower.startsWith(u.lower))
  const counter = readClassifier(folded, at)
  // A measure unit wins over a classifier of the same start (个月 over 个).
  if (rule && (!counter || rule.text.length >= counter.length)) {
    // A Latin unit must end at a word boundary: 168cm, not 3cmd.
    if (!/^[a-z]+$/i.test(rule.text) || !/[A-Za-z]/.test(rest[rule.text.length] ?? '')) return fromRule(rule)
  }
  if (counter) return { length: counter.length, unit: CLASSIFIERS[counter]!, kind: 'count', factor: 1 }
  return null
}

function readClassifier(folded: string, at: number): string | null {
  return classifiers.find((c) => folded.startsWith(c, at)) ?? null
}

function fromRule(rule: UnitRule): FoundUnit {
  return { length: rule.text.length, unit: rule.unit, kind: rule.kind, factor: rule.factor ?? 1 }
}
