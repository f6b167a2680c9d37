/**
 * Small Chinese numerals as they appear in dates and datelines (十日, 廿三日, 五月).
 */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/**
 * Read a number below 100 written in Arabic, full-width or Chinese digits.
 *
 * @returns the value, or null when the text is not such a number
 */
export function smallNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  if (/^\d+$/.test(ascii)) return Number(ascii)
  if (/^廿[一二三四五六七八九]?$/u.test(text)) return 20 + (DIGITS[text[1] ?? ''] ?? 0)
  if (/^卅[一]?$/u.test(text)) return 30 + (DIGITS[text[1] ?? ''] ?? 0)
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text)
  if (!match || text === '') return null
  const [, tens, ten, ones] = match
  if (!ten) return tens && !ones ? DIGITS[tens]! : null
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0)
}
