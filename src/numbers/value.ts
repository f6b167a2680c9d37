/**
 * The value of a numeral: its parts (`tokens.ts`) put together by the rules
 * of Chinese numerals (sections of units below 万, units of 万 and above that
 * multiply what comes before them, a digit after a unit standing for the next
 * unit down, 几 and 余 making the value a lower bound).
 */
import { tokenize, type Token } from './tokens.js'

/** A whole number read at a position: its value and where it ends. */
export interface Whole {
  value: number
  end: number
  /** Written with Chinese numerals (at least one Chinese digit or unit). */
  chinese: boolean
  /** 几, 余 or 多 inside the numeral: the value is a lower bound. */
  approx: boolean
  /** One integer in Arabic digits alone (3, 1200): it may be a fraction's whole part (1 3/5). */
  integerArabic: boolean
}

/** Read the longest well-formed numeral at `start`. */
export function readNumber(folded: string, start: number): Whole | null {
  const tokens = tokenize(folded, start)
  for (let n = tokens.length; n > 0; n--) {
    const slice = tokens.slice(0, n)
    // A numeral does not end on a mark that needs something after it.
    const last = slice[slice.length - 1]!
    if (last.t === 'over' || last.t === 'half') continue
    const value = evaluate(slice)
    if (value === null) continue
    const chinese = slice.some((t) => (t.t === 'num' && t.chinese) || t.t === 'small' || t.t === 'big' || t.t === 'zero' || t.t === 'several')
    const onlyArabic = slice.length === 1 && slice[0]!.t === 'num' && !slice[0]!.chinese
    return {
      value: value.value,
      end: last.end,
      chinese,
      approx: value.approx,
      integerArabic: onlyArabic && Number.isInteger(value.value) && !folded.slice(start, last.end).includes('.'),
    }
  }
  return null
}

/** What is known of a numeral after some of its parts, left to right. */
interface Sum {
  /** The value of the units of 万 and above read so far. */
  total: number
  /** The largest unit of 万 and above read so far. */
  maxBig: number
  /** The value of the current section, below the next unit of 万 and above. */
  section: number
  /** A digit waiting for its unit. */
  pending: number | null
  pendingChinese: boolean
  /** The part read before the pending digit. */
  beforePending: Token | null
  lastSmall: number | null
  lastUnit: number | null
  previous: Token | null
  afterZero: boolean
  approx: boolean
  /** A digit, 零, a unit or 几 was read (not only marks). */
  any: boolean
  /** The value up to 点 and its decimals, waiting for a unit of 万 and above (1.5万). */
  decimal: number | null
}

/** The value of a numeral's tokens, or null when they are not one well-formed numeral. */
function evaluate(tokens: readonly Token[]): { value: number; approx: boolean } | null {
  const sum: Sum = {
    total: 0, maxBig: 0, section: 0, pending: null, pendingChinese: false, beforePending: null,
    lastSmall: null, lastUnit: null, previous: null, afterZero: false, approx: false, any: false, decimal: null,
  }
  for (const tok of tokens) {
    if (sum.decimal !== null && tok.t !== 'big') return null
    if (!add(sum, tok)) return null
    sum.previous = tok
  }
  if (!sum.any) return null
  // 几 alone asks "how many"; it is a number only with a unit (几万, 十几).
  if (tokens.every((t) => t.t === 'several')) return null
  if (sum.decimal !== null) return { value: sum.decimal, approx: sum.approx }
  return { value: sum.total + sum.section + elide(sum), approx: sum.approx }
}

/** Add one part to the sum; false when the parts so far are no numeral. */
function add(sum: Sum, tok: Token): boolean {
  switch (tok.t) {
    case 'num':
      if (sum.pending !== null) return false
      sum.pending = tok.v
      sum.pendingChinese = tok.chinese
      sum.beforePending = sum.previous
      sum.any = true
      return true
    case 'several':
      if (sum.pending !== null) return false
      sum.pending = 0
      sum.pendingChinese = true
      sum.approx = true
      sum.any = true
      return true
    case 'zero':
      if (sum.pending !== null && sum.previous?.t === 'num') return false
      sum.afterZero = true
      sum.any = true
      return true
    case 'half':
      sum.pending = 0.5
      sum.pendingChinese = true
      return true
    case 'over':
      sum.approx = true
      return true
    case 'small':
      return addSmallUnit(sum, tok.v)
    case 'big':
      return addBigUnit(sum, tok.v)
    case 'point':
      return addDecimals(sum, tok.digits)
  }
}

/** 十, 百, 千: the pending digit (or one) times the unit, added to the section. */
function addSmallUnit(sum: Sum, unit: number): boolean {
  if (sum.lastSmall !== null && unit >= sum.lastSmall) return false
  sum.section += (sum.pending ?? 1) * unit
  return unitRead(sum, unit, unit)
}

/** 万, 亿, 兆: the section (or the decimal number) times the unit; a larger unit multiplies all before it. */
function addBigUnit(sum: Sum, unit: number): boolean {
  let s = sum.section + (sum.pending ?? 0)
  if (sum.decimal !== null) {
    s = sum.decimal
    sum.decimal = null
  }
  if (s === 0 && sum.approx && sum.total === 0) s = 1
  if (s === 0) {
    if (sum.total === 0) return false
    sum.total *= unit
  } else if (unit > sum.maxBig) {
    sum.total = (sum.total + s) * unit
  } else {
    sum.total += s * unit
  }
  sum.maxBig = Math.max(sum.maxBig, unit)
  sum.section = 0
  return unitRead(sum, unit, null)
}

/** After a unit: no digit waits, and the unit is the last one read (a digit after it stands for the next unit down). */
function unitRead(sum: Sum, unit: number, lastSmall: number | null): true {
  sum.pending = null
  sum.lastSmall = lastSmall
  sum.lastUnit = unit
  sum.afterZero = false
  sum.any = true
  return true
}

/** 点 and its digits: the number so far becomes a decimal number, which only a unit of 万 and above may follow. */
function addDecimals(sum: Sum, digits: string): boolean {
  const whole = sum.total + sum.section + elide(sum)
  if (!sum.any) return false
  sum.decimal = whole + Number(`0.${digits}`)
  sum.total = 0
  sum.section = 0
  sum.pending = null
  return true
}

/**
 * The pending digit's value. A Chinese digit right after a unit stands for
 * the next unit down: 四百五 is 450, 一万三 is 13000, 千三 is 1300. After 零
 * it is itself.
 */
function elide(sum: Sum): number {
  const { pending, pendingChinese, beforePending, lastUnit, afterZero } = sum
  if (pending === null) return 0
  if (!pendingChinese || afterZero || lastUnit === null || pending === 0) return pending
  if (beforePending?.t === 'small' || beforePending?.t === 'big') return pending * (lastUnit / 10)
  return pending
}
