/**
 * Folding before scanning: traditional, financial and full-width characters
 * become their simplified or ASCII form, one character for one, so that
 * offsets into the folded text are offsets into the original.
 */
import { FOLD } from '../rules/numerals.js'

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
