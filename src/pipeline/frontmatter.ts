/**
 * YAML front matter (`---\ndate: 2019-07-20\n---`) at the top of an issue.
 * We read only `date:`; the block is blanked, not cut, so that every later
 * line keeps its number.
 */

/** What front matter said, and the text with it blanked out. */
export interface FrontMatter {
  readonly text: string
  readonly date: string | null
  /** The front matter's lines, 1-based inclusive, or null when there is none. */
  readonly lines: { start: number; end: number } | null
}

/**
 * Split YAML front matter from an issue's text.
 *
 * @param text the whole issue, LF line endings
 */
export function splitFrontMatter(text: string): FrontMatter {
  if (!text.startsWith('---\n')) return { text, date: null, lines: null }
  const close = text.indexOf('\n---', 3)
  if (close === -1) return { text, date: null, lines: null }
  const afterClose = close + 4
  if (afterClose < text.length && text[afterClose] !== '\n') return { text, date: null, lines: null }
  const body = text.slice(4, close)
  const match = /^date:\s*["']?(\d{4})-(\d{1,2})-(\d{1,2})/m.exec(body)
  const date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null
  const blockLines = text.slice(0, afterClose).split('\n').length
  return {
    text: '\n'.repeat(blockLines - 1) + text.slice(afterClose),
    date,
    lines: { start: 1, end: blockLines },
  }
}

/** An ISO date, or null when the parts are not a real calendar day. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1800 || year > 2200) return null
  if (month < 1 || month > 12 || day < 1) return null
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > last) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
