/**
 * Fractions after a whole number: 3/5, 1 3/5 (Arabic, with a slash), 五分之一
 * (the number before 分之 is the denominator), 1又3分之1 (a whole and a part).
 */
import { readNumber, type Whole } from './value.js'

/** A fraction read on from a whole number: the value, where it ends, and whether it is written in Chinese. */
export interface Fraction {
  readonly value: number
  readonly end: number
  readonly chinese: boolean
}

/**
 * The fraction that the whole number ending at `end` begins, or null.
 *
 * @param whole the number read so far: the numerator of 3/5, the whole part of 1 3/5, the denominator of 五分之一
 */
export function readFraction(folded: string, whole: Whole, end: number): Fraction | null {
  // 3/5, 1 3/5, 4 6/3
  const slash = whole.integerArabic ? readSlashFraction(folded, end) : null
  if (slash) {
    const value = slash.mixed ? whole.value + slash.value : whole.value / slash.denominator
    return { value, end: slash.end, chinese: whole.chinese }
  }
  // 五分之一: the number read so far is the denominator.
  const over = readChineseFraction(folded, end, whole.value)
  if (over) return { value: over.value, end: over.end, chinese: true }
  // 三百五又三分之一, 1又3分之1
  const mixed = /[ \t]*又[ \t]*/y
  mixed.lastIndex = end
  if (!mixed.exec(folded)) return null
  const denominator = readNumber(folded, mixed.lastIndex)
  const part = denominator ? readChineseFraction(folded, denominator.end, denominator.value) : null
  return part ? { value: whole.value + part.value, end: part.end, chinese: whole.chinese } : null
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
