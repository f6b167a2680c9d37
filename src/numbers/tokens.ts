/**
 * The parts of a numeral, read left to right from folded text: Arabic
 * numbers (with groups, decimals, exponents, k and M), Chinese digits, units
 * below and above ten thousand, 零, 几, 半, 余/多 before a unit, and the
 * decimals after 点. Whether the parts make one numeral is `value.ts`'s
 * question.
 */
import { BIG_UNITS, DIGITS, SMALL_UNITS } from '../rules/numerals.js'
import { CharTable } from '../util/chars.js'

/** One part of a numeral; `end` is where it ends in the folded text. */
export type Token =
  | { t: 'num'; v: number; chinese: boolean; end: number }
  | { t: 'zero'; end: number }
  | { t: 'small'; v: number; end: number }
  | { t: 'big'; v: number; end: number }
  | { t: 'point'; digits: string; end: number }
  | { t: 'several'; end: number }
  | { t: 'over'; end: number }
  | { t: 'half'; end: number }

const ARABIC = /(?:\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+)(?:\.\d+)?|\.\d+/y
const EXPONENT = /[eE][-+]?\d+(?![A-Za-z])/y
const POWER = /\^([-+]*)(\d+(?:\.\d+)?)/y
const SUFFIX = /( ?[kK]| ?M)(?![A-Za-z])/y
const SPACE = /[ \t]+/y

export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t'
export const isAsciiDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9'
// A lookup per character: `ch in DIGITS` searched an object of hanzi keys at every numeral character.
const DIGIT_CHARS = new CharTable(Object.keys(DIGITS))
const SMALL_CHARS = new CharTable(Object.keys(SMALL_UNITS))
const BIG_CHARS = new CharTable(Object.keys(BIG_UNITS))
const inTable = (table: CharTable, ch: string | undefined): boolean => ch !== undefined && ch.length === 1 && table.hasCode(ch.charCodeAt(0))
export const isChineseDigit = (ch: string | undefined): boolean => inTable(DIGIT_CHARS, ch)
const isSmall = (ch: string | undefined): boolean => inTable(SMALL_CHARS, ch)
const isBig = (ch: string | undefined): boolean => inTable(BIG_CHARS, ch)
/** A character a numeral may start with (or go on with after a space). */
export const startsNumeral = (ch: string | undefined): boolean =>
  isAsciiDigit(ch) || isChineseDigit(ch) || isSmall(ch) || isBig(ch) || ch === '几' || ch === '廿' || ch === '卅'

/** No numeral is longer than this many parts; a longer run of numeral characters is cut, not backtracked over. */
const MAX_TOKENS = 48

/** The parts of the numeral that may start at `start`, as many as can belong to one numeral. */
export function tokenize(folded: string, start: number): Token[] {
  const tokens: Token[] = []
  let i = start
  while (i < folded.length && tokens.length < MAX_TOKENS) {
    if (tokens.length > 0 && isSpace(folded[i])) {
      SPACE.lastIndex = i
      SPACE.exec(folded)
      const after = SPACE.lastIndex
      const next = folded[after]
      // Spaces may separate the parts of one numeral (一百 五 十 二, 7 万5 千4 百),
      // but two Arabic numbers with a space between are two numbers.
      const previous = tokens[tokens.length - 1]!
      const bothArabic = previous.t === 'num' && !previous.chinese && isAsciiDigit(next)
      if (!startsNumeral(next) && next !== '点' && next !== '余' && next !== '多' && next !== '零') break
      if (bothArabic) break
      i = after
    }
    const next = readToken(folded, i, tokens)
    if (next === null) break
    i = next
  }
  return tokens
}

/** Add the part at `i` to `tokens`; returns where the next part may start, or null when the numeral ends before `i`. */
function readToken(folded: string, i: number, tokens: Token[]): number | null {
  const ch = folded[i]!
  const last = tokens[tokens.length - 1]
  if (isAsciiDigit(ch) || (ch === '.' && isAsciiDigit(folded[i + 1]))) {
    const arabic = readArabic(folded, i)
    if (!arabic || last?.t === 'num') return null
    tokens.push({ t: 'num', v: arabic.value, chinese: false, end: arabic.end })
    return arabic.end
  }
  if (ch === '零' || ch === '〇') {
    tokens.push({ t: 'zero', end: i + 1 })
    return i + 1
  }
  if (isChineseDigit(ch)) {
    // Two digits side by side (一二, 五五) are never one numeral: stop before the second.
    if (last?.t === 'num') return null
    tokens.push({ t: 'num', v: DIGITS[ch]!, chinese: true, end: i + 1 })
    return i + 1
  }
  if (ch === '廿' || ch === '卅') {
    // 廿 is 二十 and 卅 is 三十, written as one character.
    tokens.push({ t: 'num', v: ch === '廿' ? 2 : 3, chinese: true, end: i + 1 })
    tokens.push({ t: 'small', v: 10, end: i + 1 })
    return i + 1
  }
  if (isSmall(ch)) {
    tokens.push({ t: 'small', v: SMALL_UNITS[ch]!, end: i + 1 })
    return i + 1
  }
  if (isBig(ch)) {
    tokens.push({ t: 'big', v: BIG_UNITS[ch]!, end: i + 1 })
    return i + 1
  }
  if (ch === '几') {
    tokens.push({ t: 'several', end: i + 1 })
    return i + 1
  }
  if (ch === '半' && (isSmall(folded[i + 1]) || isBig(folded[i + 1])) && tokens.length === 0) {
    tokens.push({ t: 'half', end: i + 1 })
    return i + 1
  }
  if ((ch === '余' || ch === '多') && tokens.length > 0) {
    // 十余万, 一千多万, 五百 余万: only before a larger unit.
    SPACE.lastIndex = i + 1
    const after = SPACE.exec(folded) ? SPACE.lastIndex : i + 1
    if (!isBig(folded[after])) return null
    tokens.push({ t: 'over', end: i + 1 })
    return after
  }
  if (ch === '点' && tokens.length > 0) {
    const decimals = readDecimals(folded, i + 1)
    if (!decimals) return null
    tokens.push({ t: 'point', digits: decimals.digits, end: decimals.end })
    return decimals.end
  }
  return null
}

/** The digits after 点: Chinese digits (not 两) or Arabic digits, spaces allowed. */
function readDecimals(folded: string, start: number): { digits: string; end: number } | null {
  let i = start
  let digits = ''
  let end = start
  while (i < folded.length) {
    const ch = folded[i]!
    if (isSpace(ch) && digits === '') {
      i++
      continue
    }
    if (ch !== '两' && isChineseDigit(ch)) digits += String(DIGITS[ch])
    else if (ch === '零' || ch === '〇') digits += '0'
    else if (isAsciiDigit(ch)) digits += ch
    else break
    i++
    end = i
  }
  return digits === '' ? null : { digits, end }
}

function readArabic(folded: string, start: number): { value: number; end: number } | null {
  ARABIC.lastIndex = start
  const core = ARABIC.exec(folded)
  if (!core) return null
  let end = ARABIC.lastIndex
  let value = Number(core[0].replace(/,/g, ''))
  EXPONENT.lastIndex = end
  const exponent = EXPONENT.exec(folded)
  if (exponent) {
    value = Number(`${core[0].replace(/,/g, '')}${exponent[0]}`)
    end = EXPONENT.lastIndex
  }
  POWER.lastIndex = end
  const power = POWER.exec(folded)
  if (power) {
    const minus = (power[1]!.match(/-/g) ?? []).length % 2 === 1
    value = value ** ((minus ? -1 : 1) * Number(power[2]))
    end = POWER.lastIndex
  }
  SUFFIX.lastIndex = end
  const suffix = SUFFIX.exec(folded)
  if (suffix) {
    value *= suffix[1]!.trim() === 'M' ? 1e6 : 1e3
    end = SUFFIX.lastIndex
  }
  return Number.isFinite(value) ? { value, end } : null
}
