/**
 * Numbers as printed in Chinese text: Arabic digits (grouped, full-width,
 * decimals, exponents), Chinese numerals (一…九, 十百千, 万亿兆, 两, 零, 廿 …),
 * mixed forms (1.5万, 3千, 12.5亿, 7万5千4百), approximate forms (十几万,
 * 一千多万, 150余万), fractions (五分之一, 3/5, 1又3分之1).
 *
 * This is the lexical layer: it finds every number and its value. What a
 * number measures (units, percents, ranges) is decided in `quantity.ts`.
 */
import { alternation } from '../util/regex.js'
import { AMBIGUOUS_ALONE, BIG_UNITS, DIGITS, DOZEN_NOT_BEFORE, FOLD, NOT_NUMBER_WORDS, SMALL_UNITS } from '../rules/numerals.js'

/** A number found in text. Offsets are UTF-16 indices into the original text, end exclusive. */
export interface NumberMatch {
  readonly start: number
  readonly end: number
  readonly value: number
  /** 几, 余 or 多 inside the numeral (十几万, 一千多万): the value is a lower bound. */
  readonly approx: boolean
  /** Written with Chinese numerals (at least one Chinese digit or unit). */
  readonly chinese: boolean
  /** Exactly one character (一, 两, 5): alone it is often a word, not a quantity. */
  readonly single: boolean
  readonly fraction: boolean
}

/**
 * Fold traditional, financial and full-width characters one for one, so that
 * offsets into the folded text are offsets into the original.
 */
export function fold(text: string): string {
  return text.replace(FOLDED, (ch, at: number) => {
    if (ch !== '，') return FOLD[ch]!
    return isFullWidthDigit(text[at - 1]) && isFullWidthDigit(text[at + 1]) ? ',' : ch
  })
}

/** The characters `fold` may change; every other character is left as it is. */
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('').replace(/[\]\\^-]/g, '\\$&')}，]`, 'gu')

function isFullWidthDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '０' && ch <= '９'
}

type Token =
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

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t'
const isAsciiDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9'
const isChineseDigit = (ch: string | undefined): boolean => ch !== undefined && ch in DIGITS
const isSmall = (ch: string | undefined): boolean => ch !== undefined && ch in SMALL_UNITS
const isBig = (ch: string | undefined): boolean => ch !== undefined && ch in BIG_UNITS
const startsNumeral = (ch: string | undefined): boolean =>
  isAsciiDigit(ch) || isChineseDigit(ch) || isSmall(ch) || isBig(ch) || ch === '几' || ch === '廿' || ch === '卅'

/** Characters a number can start with; every other position is skipped at once. */
const MAY_START = new Set([
  ...'0123456789.-负几廿卅半',
  ...Object.keys(DIGITS),
  ...Object.keys(SMALL_UNITS),
  ...Object.keys(BIG_UNITS),
])

/**
 * Find every number in a text, left to right, without overlaps.
 *
 * @param text any text; traditional and full-width forms are understood
 */
export function scanNumbers(text: string): NumberMatch[] {
  return scanFolded(fold(text))
}

/** `scanNumbers` on text already folded. */
export function scanFolded(folded: string): NumberMatch[] {
  const blocked = blockedPositions(folded)
  const found: NumberMatch[] = []
  let i = 0
  while (i < folded.length) {
    if (!MAY_START.has(folded[i]!)) {
      i++
      continue
    }
    // A run of more than 30 digits is an identifier or noise, never a number: skip it whole.
    if (isAsciiDigit(folded[i]) && !isAsciiDigit(folded[i - 1])) {
      let end = i
      while (isAsciiDigit(folded[end])) end++
      if (end - i > 30) {
        i = end
        continue
      }
    }
    const match = blocked[i] ? null : matchAt(folded, i)
    const alone = match !== null && match.end - match.start === 1 && AMBIGUOUS_ALONE.has(folded[match.start]!)
    // 肆 alone is a word (放肆), except as the numerator of 万分之肆.
    if (match && (!alone || /分[ \t]*之[ \t]*$/.test(folded.slice(Math.max(0, i - 6), i)))) {
      found.push(match)
      i = match.end
    } else i++
  }
  return found
}

/** Positions inside words whose numeral characters are not numbers (一切, 四川, 十分). */
function blockedPositions(folded: string): Uint8Array {
  const blocked = new Uint8Array(folded.length)
  // Overlapping words (两两, 三三两两) each block their own characters.
  NOT_NUMBERS.lastIndex = 0
  for (let m = NOT_NUMBERS.exec(folded); m; m = NOT_NUMBERS.exec(folded)) {
    // The match is empty (a look-ahead): step past it by hand.
    NOT_NUMBERS.lastIndex = m.index + 1
    const at = m.index
    const word = m[1]!
    // 十分 after a numeral is a fraction or a score (二十分之一, 九十分), not the adverb.
    const glued = at > 0 && startsNumeral(folded[at - 1]) && startsNumeral(word[0])
    if (!glued) blocked.fill(1, at, at + word.length)
  }
  return blocked
}

/** Every word of NOT_NUMBER_WORDS, found at each position (a look-ahead, so overlaps are found too). */
const NOT_NUMBERS = new RegExp(
  `(?=(${alternation(NOT_NUMBER_WORDS)}))`,
  'gu',
)

/** The number starting at `start` of folded text, or null. */
export function matchAt(folded: string, start: number): NumberMatch | null {
  let i = start
  let negative = false
  if (folded[i] === '负' || (folded[i] === '-' && !/[\dA-Za-z.]/.test(folded[i - 1] ?? ''))) {
    const next = folded[i + 1]
    if (startsNumeral(next) || (next === '.' && isAsciiDigit(folded[i + 2]))) {
      negative = true
      i++
    }
  }
  // 百分之, 千分之, 万分之 with no number before them are percents and per-mille, read in quantity.ts.
  if (/[百佰千仟万]/.test(folded[i] ?? '') && /^[ \t]*分[ \t]*之/.test(folded.slice(i + 1, i + 8))) {
    return null
  }
  const whole = readNumber(folded, i)
  if (!whole) return null
  let value = whole.value
  let end = whole.end
  let fraction = false
  let chinese = whole.chinese
  let approx = whole.approx

  // 3/5, 1 3/5, 4 6/3
  const slash = whole.integerArabic ? readSlashFraction(folded, end) : null
  if (slash) {
    value = slash.mixed ? whole.value + slash.value : whole.value / slash.denominator
    end = slash.end
    fraction = true
  } else {
    // 五分之一: the number read so far is the denominator.
    const over = readChineseFraction(folded, end, value)
    if (over) {
      value = over.value
      end = over.end
      fraction = true
      chinese = true
    } else {
      // 三百五又三分之一, 1又3分之1
      const mixed = /[ \t]*又[ \t]*/y
      mixed.lastIndex = end
      if (mixed.exec(folded)) {
        const denominator = readNumber(folded, mixed.lastIndex)
        const part = denominator ? readChineseFraction(folded, denominator.end, denominator.value) : null
        if (part) {
          value += part.value
          end = part.end
          fraction = true
        }
      }
    }
  }
  // 一打, 五十打: dozens.
  if (!fraction && folded[end] === '打' && !DOZEN_NOT_BEFORE.has(folded[end + 1] ?? '')) {
    value *= 12
    end += 1
  }
  if (negative) value = -value
  return {
    start,
    end,
    value,
    approx,
    chinese,
    single: end - start === 1,
    fraction,
  }
}

function readSlashFraction(
  folded: string,
  at: number,
): { value: number; denominator: number; mixed: boolean; end: number } | null {
  // "/den" right after the number, or " num/den" after a whole number (1 3/5).
  const direct = /^\/(\d+)(?![\d.])/.exec(folded.slice(at, at + 12))
  if (direct) {
    const denominator = Number(direct[1])
    return denominator === 0 ? null : { value: 0, denominator, mixed: false, end: at + direct[0].length }
  }
  const mixed = /^[ \t]+(\d+)\/(\d+)(?![\d.])/.exec(folded.slice(at, at + 24))
  if (mixed) {
    const denominator = Number(mixed[2])
    if (denominator === 0) return null
    return { value: Number(mixed[1]) / denominator, denominator, mixed: true, end: at + mixed[0].length }
  }
  return null
}

function readChineseFraction(folded: string, at: number, denominator: number): { value: number; end: number } | null {
  const pattern = /[ \t]*分[ \t]*之[ \t]*/y
  pattern.lastIndex = at
  if (!pattern.exec(folded)) return null
  let i = pattern.lastIndex
  let sign = 1
  if (folded[i] === '负') {
    sign = -1
    i++
  }
  const numerator = readNumber(folded, i)
  if (!numerator || denominator === 0) return null
  return { value: (sign * numerator.value) / denominator, end: numerator.end }
}

interface Whole {
  value: number
  end: number
  chinese: boolean
  approx: boolean
  integerArabic: boolean
}

/** Read the longest well-formed numeral at `start`. */
function readNumber(folded: string, start: number): Whole | null {
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

/** No numeral is longer than this many parts; a longer run of numeral characters is cut, not backtracked over. */
const MAX_TOKENS = 48

function tokenize(folded: string, start: number): Token[] {
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
    const ch = folded[i]!
    if (isAsciiDigit(ch) || (ch === '.' && isAsciiDigit(folded[i + 1]))) {
      const arabic = readArabic(folded, i)
      if (!arabic) break
      const previous = tokens[tokens.length - 1]
      if (previous && previous.t === 'num') break
      tokens.push({ t: 'num', v: arabic.value, chinese: false, end: arabic.end })
      i = arabic.end
      continue
    }
    if (ch === '零' || ch === '〇') {
      tokens.push({ t: 'zero', end: i + 1 })
      i++
      continue
    }
    if (isChineseDigit(ch)) {
      // Two digits side by side (一二, 五五) are never one numeral: stop before the second.
      if (tokens[tokens.length - 1]?.t === 'num') break
      tokens.push({ t: 'num', v: DIGITS[ch]!, chinese: true, end: i + 1 })
      i++
      continue
    }
    if (ch === '廿' || ch === '卅') {
      // 廿 is 二十 and 卅 is 三十, written as one character.
      tokens.push({ t: 'num', v: ch === '廿' ? 2 : 3, chinese: true, end: i + 1 })
      tokens.push({ t: 'small', v: 10, end: i + 1 })
      i++
      continue
    }
    if (isSmall(ch)) {
      tokens.push({ t: 'small', v: SMALL_UNITS[ch]!, end: i + 1 })
      i++
      continue
    }
    if (isBig(ch)) {
      tokens.push({ t: 'big', v: BIG_UNITS[ch]!, end: i + 1 })
      i++
      continue
    }
    if (ch === '几') {
      tokens.push({ t: 'several', end: i + 1 })
      i++
      continue
    }
    if (ch === '半' && (isSmall(folded[i + 1]) || isBig(folded[i + 1])) && tokens.length === 0) {
      tokens.push({ t: 'half', end: i + 1 })
      i++
      continue
    }
    if ((ch === '余' || ch === '多') && tokens.length > 0) {
      // 十余万, 一千多万, 五百 余万: only before a larger unit.
      SPACE.lastIndex = i + 1
      const after = SPACE.exec(folded) ? SPACE.lastIndex : i + 1
      if (isBig(folded[after])) {
        tokens.push({ t: 'over', end: i + 1 })
        i = after
        continue
      }
      break
    }
    if (ch === '点' && tokens.length > 0) {
      const decimals = readDecimals(folded, i + 1)
      if (!decimals) break
      tokens.push({ t: 'point', digits: decimals.digits, end: decimals.end })
      i = decimals.end
      continue
    }
    break
  }
  return tokens
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

/** The value of a numeral's tokens, or null when they are not one well-formed numeral. */
function evaluate(tokens: readonly Token[]): { value: number; approx: boolean } | null {
  let total = 0
  let maxBig = 0
  let section = 0
  let pending: number | null = null
  let pendingChinese = false
  let lastSmall: number | null = null
  let lastUnit: number | null = null
  let previous: Token | null = null
  let beforePending: Token | null = null
  let afterZero = false
  let approx = false
  let any = false
  let decimal: number | null = null
  for (const tok of tokens) {
    if (decimal !== null && tok.t !== 'big') return null
    switch (tok.t) {
      case 'num':
        if (pending !== null) return null
        pending = tok.v
        pendingChinese = tok.chinese
        beforePending = previous
        any = true
        break
      case 'several':
        if (pending !== null) return null
        pending = 0
        pendingChinese = true
        approx = true
        any = true
        break
      case 'zero':
        if (pending !== null && previous?.t === 'num') return null
        afterZero = true
        any = true
        break
      case 'half':
        pending = 0.5
        pendingChinese = true
        break
      case 'over':
        approx = true
        break
      case 'small': {
        if (lastSmall !== null && tok.v >= lastSmall) return null
        const n = pending ?? 1
        section += n * tok.v
        pending = null
        lastSmall = tok.v
        lastUnit = tok.v
        afterZero = false
        any = true
        break
      }
      case 'big': {
        let s = section + (pending ?? 0)
        if (decimal !== null) {
          s = decimal
          decimal = null
        }
        if (s === 0 && approx && total === 0) s = 1
        if (s === 0) {
          if (total === 0) return null
          total *= tok.v
        } else if (tok.v > maxBig) {
          total = (total + s) * tok.v
        } else {
          total += s * tok.v
        }
        maxBig = Math.max(maxBig, tok.v)
        section = 0
        pending = null
        lastSmall = null
        lastUnit = tok.v
        afterZero = false
        any = true
        break
      }
      case 'point': {
        const whole = total + section + elide(pending, pendingChinese, beforePending, lastUnit, afterZero)
        if (!any) return null
        decimal = whole + Number(`0.${tok.digits}`)
        total = 0
        section = 0
        pending = null
        break
      }
    }
    previous = tok
  }
  if (!any) return null
  // 几 alone asks "how many"; it is a number only with a unit (几万, 十几).
  if (tokens.every((t) => t.t === 'several')) return null
  if (decimal !== null) return { value: decimal, approx }
  return { value: total + section + elide(pending, pendingChinese, beforePending, lastUnit, afterZero), approx }
}

/**
 * A Chinese digit right after a unit stands for the next unit down:
 * 四百五 is 450, 一万三 is 13000, 千三 is 1300. After 零 it is itself.
 */
function elide(
  pending: number | null,
  chinese: boolean,
  beforePending: Token | null,
  lastUnit: number | null,
  afterZero: boolean,
): number {
  if (pending === null) return 0
  if (!chinese || afterZero || lastUnit === null || pending === 0) return pending
  if (beforePending?.t === 'small' || beforePending?.t === 'big') return pending * (lastUnit / 10)
  return pending
}
