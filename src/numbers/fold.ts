/**
 * Folding before scanning: traditional, financial and full-width characters
 * become their simplified or ASCII form, one character for one, so that
 * offsets into the folded text are offsets into the original.
 */
import { FOLD } from '../rules/numerals.js'
import { CharTable } from '../util/chars.js'

/**
 * Fold traditional, financial and full-width characters one for one, so that
 * offsets into the folded text are offsets into the original.
 */
export function fold(text: string): string {
  // Most texts hold no character to fold (a comma changes only between full-width digits, which
  // fold themselves): a table lookup per character finds that without a callback at every comma.
  if (!CHANGED.any(text)) return text
  return text.replace(FOLDED, (ch, at: number) => {
    if (ch !== '，') return FOLD[ch]!
    return isFullWidthDigit(text[at - 1]) && isFullWidthDigit(text[at + 1]) ? ',' : ch
  })
}

/** The characters `fold` may change; every other character is left as it is. */
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('').replace(/[\]\\^-]/g, '\\$&')}，]`, 'gu')

/** The keys of FOLD, tested by a lookup per character. */
const CHANGED = new CharTable(Object.keys(FOLD))

function isFullWidthDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '０' && ch <= '９'
}
