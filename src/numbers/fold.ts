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
  // Most texts hold no character to fold (a comma changes only between full-width digits, which
  // fold themselves): a table lookup per character finds that without a callback at every comma.
  let any = false
  for (let i = 0; i < text.length && !any; i++) any = CHANGED[text.charCodeAt(i)] === 1
  if (!any) return text
  return text.replace(FOLDED, (ch, at: number) => {
    if (ch !== '，') return FOLD[ch]!
    return isFullWidthDigit(text[at - 1]) && isFullWidthDigit(text[at + 1]) ? ',' : ch
  })
}

/** The characters `fold` may change; every other character is left as it is. */
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('').replace(/[\]\\^-]/g, '\\$&')}，]`, 'gu')

/** The keys of FOLD by UTF-16 code unit (each is one). */
const CHANGED = new Uint8Array(0x10000)
for (const ch of Object.keys(FOLD)) CHANGED[ch.charCodeAt(0)] = 1

function isFullWidthDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '０' && ch <= '９'
}
