/**
 * Small numbers as dates and datelines print them (十日, 廿三日, 五月, 12月),
 * read by the one numeral reader of `numeral.ts`.
 */
import { fold, matchAt } from './numeral.js'

/**
 * A day, month or hour as a date prints it, for a pattern that finds dates:
 * one or two digits (ASCII or full width) or up to three Chinese numerals.
 */
export const SMALL_NUMBER = '(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})'

/** The Chinese numerals a date may print: 五, 十一, 二十三, 廿三, 卅一 (卅二 is no day). */
const DATE_NUMERAL = /^(?:[一二三四五六七八九十]+|廿[一二三四五六七八九]?|卅一?)$/u

/**
 * Read a number written in Arabic or full-width digits, or a Chinese numeral
 * below 100 as a date prints it.
 *
 * @returns the value, or null when the whole text is not such a number
 */
export function smallNumber(text: string): number | null {
  const folded = fold(text)
  if (/^\d+$/.test(folded)) return Number(folded)
  if (!DATE_NUMERAL.test(text)) return null
  const numeral = matchAt(text, 0)
  return numeral !== null && numeral.end === text.length ? numeral.value : null
}
