/**
 * A numeral made a quantity by what surrounds it: the currency named before
 * it (人民币 50元), approximation words before it (近, 约, 超过), inside it
 * before the unit (600余个), its unit, classifier or share (万元, 个, 三成),
 * and approximation words after the unit (以上, 左右).
 */
import { APPROX_AFTER, APPROX_BEFORE, APPROX_INSIDE, BEFORE_MAGNITUDE } from '../rules/ranges.js'
import { DIGITS } from '../rules/numerals.js'
import type { Approx } from '../schema.js'
import { longestFirst } from '../util/regex.js'
import type { Quantity, QuantityKind } from './quantity.js'
import { readClassifier, readShare, readUnit, type FoundUnit } from './units.js'

/** What is known of a quantity before its surroundings are read. */
export interface Reading {
  /** Where the quantity starts so far: the numeral, or a mark before it (百分之, 第, $). */
  readonly start: number
  /** Where the numeral itself is. */
  readonly numberStart: number
  readonly numberEnd: number
  readonly value: number
  /** The ends of a range (两三百, 3至5); none for one number. */
  readonly low?: number | null
  readonly high?: number | null
  readonly approx: Approx
  /** The unit and kind already known (百分之五, 第六届, $20): no unit is looked for after the numeral. */
  readonly fixed?: { readonly unit: string | null; readonly kind: QuantityKind }
  /** Where the quantity ends when that is known already (三八折 ends after 折); else after the numeral. */
  readonly end?: number
}

type Draft = { -readonly [K in keyof Quantity]: Quantity[K] }

/** APPROX_BEFORE's words by their last character, longest first: only those can end the text before a number. */
const approxBefore = new Map<string, string[]>()
for (const word of longestFirst(Object.keys(APPROX_BEFORE))) approxBefore.set(word.slice(-1), [...(approxBefore.get(word.slice(-1)) ?? []), word])
const approxAfter = longestFirst(Object.keys(APPROX_AFTER))

/**
 * Read what follows a numeral (approximation, unit, percent sign, 以上) and
 * what precedes it (近, 约, 超过), and build the quantity.
 */
export function finish(folded: string, reading: Reading): Quantity {
  const { fixed } = reading
  const q: Draft = {
    start: reading.start,
    end: reading.end ?? reading.numberEnd,
    numberStart: reading.numberStart,
    numberEnd: reading.numberEnd,
    value: reading.value,
    low: reading.low ?? null,
    high: reading.high ?? null,
    unit: fixed?.unit ?? null,
    kind: fixed?.kind ?? 'number',
    approx: reading.approx,
    classifier: null,
  }
  if (q.kind === 'money' || fixed === undefined) takeCurrencyBefore(folded, q, fixed === undefined)
  takeApproxBefore(folded, q)
  if (fixed?.kind === 'ordinal') {
    // 第六届: the counter is part of the ordinal.
    q.classifier = readClassifier(folded, q.end)
    if (q.classifier) q.end += q.classifier.length
  } else if (!fixed) {
    takeApproxInside(folded, q)
    const found = readUnit(folded, q.end, folded.slice(q.numberStart, q.numberEnd))
    if (found) takeUnit(folded, q, found)
    else takeShare(folded, q)
  }
  takeApproxAfter(folded, q)
  if (q.low === null && q.high === null) {
    if (q.approx === 'over' || q.approx === 'at-least') q.low = q.value
    if (q.approx === 'nearly' || q.approx === 'at-most') q.high = q.value
  }
  const { start, end, numberStart, numberEnd, value, low, high, unit, kind, approx, classifier } = q
  return { start, end, numberStart, numberEnd, value, low, high, unit, kind, approx, classifier }
}

/**
 * 人民币 50元, 美元 300: the currency named before the amount. With no unit
 * known yet, only when 元 follows.
 */
function takeCurrencyBefore(folded: string, q: Draft, unitUnknown: boolean): void {
  const named = /(人民币|美元)[ \t]*$/.exec(folded.slice(Math.max(0, q.start - 6), q.start))
  if (named && (unitUnknown ? /^(?:[余多])?[ \t]*元/.test(folded.slice(q.numberEnd, q.numberEnd + 3)) : true)) {
    q.start -= named[0].length
  }
}

/** Words before: 近200件, 约3万, 超过1/2. */
function takeApproxBefore(folded: string, q: Draft): void {
  const head = folded.slice(Math.max(0, q.start - 4), q.start)
  const prefix = approxBefore.get(head.slice(-1))?.find((w) => head.endsWith(w))
  if (prefix && q.approx === 'exact') {
    q.approx = APPROX_BEFORE[prefix]!
    q.start -= prefix.length
    return
  }
  // 上万名, 上百万头: a word that approximates only a bare magnitude.
  const word = BEFORE_MAGNITUDE[folded[q.start - 1] ?? '']
  if (word && q.approx === 'exact' && q.start === q.numberStart && /^[十百千万亿]+$/u.test(folded.slice(q.numberStart, q.numberEnd))) {
    q.approx = word
    q.start -= 1
  }
}

/** 600余个, 150多人, 十几个, 十来天: a word between the numeral and its unit, or ending the phrase. */
function takeApproxInside(folded: string, q: Draft): void {
  const inside = folded[q.end]
  if (!inside || !(inside in APPROX_INSIDE)) return
  const after = readUnit(folded, q.end + 1)
  const closes = after !== null || /^(?:$|[，。；、,.;！？!?）)\s])/.test(folded.slice(q.end + 1, q.end + 2))
  if (closes) {
    if (q.approx === 'exact') q.approx = APPROX_INSIDE[inside]!
    q.end += 1
  }
}

/** The unit after the numeral: the value in the normalised unit, and what the unit carries after it. */
function takeUnit(folded: string, q: Draft, found: FoundUnit): void {
  const { shorten, factor } = found
  if (shorten) {
    // 12千米: 千 belongs to the unit, not the number.
    scale(q, (v) => v / shorten)
    q.end -= 1
  }
  q.end += found.length
  q.classifier = folded.slice(q.end - found.length, q.end)
  q.unit = found.unit
  q.kind = found.kind
  scale(q, (v) => v * factor)
  // 一吨半, 两米半: and a half.
  if (folded[q.end] === '半' && q.kind !== 'money' && q.kind !== 'count' && q.kind !== 'percent') {
    q.value += 0.5 * factor
    q.end += 1
  }
  // 8亿元人民币, 50元6角三分
  if (q.unit === 'CNY' && folded.startsWith('人民币', q.end)) q.end += 3
  if (q.unit === 'CNY' && q.classifier.endsWith('元')) {
    const cents = /^([0-9一二两三四五六七八九])[角毛](?:([0-9一二两三四五六七八九])分)?/.exec(folded.slice(q.end, q.end + 6))
    if (cents) {
      q.value += digit(cents[1]!) / 10 + (cents[2] ? digit(cents[2]) / 100 : 0)
      q.end += cents[0].length
    }
  }
}

/** Apply one change of unit to the value and the range's ends alike. */
function scale(q: Draft, by: (value: number) => number): void {
  q.value = by(q.value)
  if (q.low !== null) q.low = by(q.low)
  if (q.high !== null) q.high = by(q.high)
}

/** 三成, 九折: with no unit, a share of ten or a discount makes a percent. */
function takeShare(folded: string, q: Draft): void {
  const share = readShare(folded, q.end, q.value)
  if (!share) return
  q.value = share.value
  q.end = share.end
  q.unit = '%'
  q.kind = 'percent'
}

/** Words after: 千平方米以上, 10人以下, 3天左右; after a range too (两三百米以上, 四五十元左右). */
function takeApproxAfter(folded: string, q: Draft): void {
  const tail = approxAfter.find((w) => folded.startsWith(w, q.end))
  const range = q.low !== null && q.high !== null
  if (tail && (q.approx === 'exact' || range) && q.kind !== 'ordinal') {
    q.approx = APPROX_AFTER[tail]!
    q.end += tail.length
  }
}

function digit(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : DIGITS[ch]!
}
