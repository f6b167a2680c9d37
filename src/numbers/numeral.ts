/**
 * Numbers as printed in Chinese text: Arabic digits (grouped, full-width,
 * decimals, exponents), Chinese numerals (一…九, 十百千, 万亿兆, 两, 零, 廿 …),
 * mixed forms (1.5万, 3千, 12.5亿, 7万5千4百), approximate forms (十几万,
 * 一千多万, 150余万), fractions (五分之一, 3/5, 1又3分之1).
 *
 * This is the lexical layer: it finds every number and its value. What a
 * number measures (units, percents, ranges) is decided in `quantity.ts`.
 * Folding is `fold.ts`, a numeral's parts `tokens.ts`, their value
 * `value.ts`, fractions `fractions.ts`.
 */
import { AMBIGUOUS_ALONE, BIG_UNITS, DIGITS, DOZEN_NOT_BEFORE, NOT_NUMBER_WORDS, SMALL_UNITS, WORDS_ENDING_A_NUMBER } from '../rules/numerals.js'
import { alternation } from '../util/regex.js'
import { CharTable } from '../util/chars.js'
import { fold } from './fold.js'
import { readFraction } from './fractions.js'
import { isAsciiDigit, startsNumeral } from './tokens.js'
import { readNumber } from './value.js'

export { fold }

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

/** Characters a number can start with; every other position is skipped at once. */
const MAY_START = new Set([
  ...'0123456789.-负几廿卅半',
  ...Object.keys(DIGITS),
  ...Object.keys(SMALL_UNITS),
  ...Object.keys(BIG_UNITS),
])

/** MAY_START tested by a lookup per character, at every position of every paragraph. */
const MAY_START_CODE = new CharTable(MAY_START)

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
    if (!MAY_START_CODE.hasCode(folded.charCodeAt(i))) {
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
    const match = blocked[i] ? null : endBeforeWord(folded, matchAt(folded, i))
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
  // 百姓 glued to 180万 is still a word.
  for (const m of folded.matchAll(ENDING_WORDS_ALL)) blocked.fill(1, m.index, m.index + m[0].length)
  // 零下30: below zero is a sign (read in quantity.ts), not a 0 before 30.
  for (const m of folded.matchAll(/零下(?=[\d一二三四五六七八九十两几])/gu)) blocked.fill(1, m.index, m.index + 2)
  return blocked
}

/** Words that end a number glued to them (180万百姓). */
const ENDING_WORDS = new RegExp(alternation(WORDS_ENDING_A_NUMBER.map((w) => w.word)), 'u')
const ENDING_WORDS_ALL = new RegExp(ENDING_WORDS.source, 'gu')

/** A match read again up to the first word of WORDS_ENDING_A_NUMBER inside it: 180万百姓 → 180万. */
function endBeforeWord(folded: string, match: NumberMatch | null): NumberMatch | null {
  if (!match) return null
  for (let p = match.start + 1; p < match.end; p++) {
    if (ENDING_WORDS.exec(folded.slice(p, p + 4))?.index === 0) return matchAt(folded.slice(0, p), match.start)
  }
  return match
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
  const fraction = readFraction(folded, whole, whole.end)
  let value = fraction?.value ?? whole.value
  let end = fraction?.end ?? whole.end
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
    approx: whole.approx,
    chinese: fraction?.chinese ?? whole.chinese,
    single: end - start === 1,
    fraction: fraction !== null,
  }
}
