/**
 * Dates in article text: 2018年9月26日 (day), 2017年4月 (month), 今年3月,
 * 今年7月中旬 (a range of days), 7月16日 (the issue's year), and vague ones
 * (日前, 近日). Clock times (6时, 下午3点) are found too, so that the figure
 * reader can leave their numbers alone.
 */
import { DAY_PARTS, MONTH_PARTS, RELATIVE_YEARS, VAGUE_DATES } from '../rules/dates.js'
import { isoDate } from '../pipeline/frontmatter.js'
import { SMALL_NUMBER, smallNumber } from '../numbers/small.js'
import { escapeRegExp } from '../util/regex.js'

/** A date found in text; offsets are UTF-16 indices, end exclusive. */
export interface DateMatch {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly iso: string | null
  readonly precision: 'day' | 'month' | 'year' | 'range' | null
  readonly vague: boolean
  readonly first: string | null
  readonly last: string | null
}

const CN_YEAR = '[〇零一二三四五六七八九]{4}'
const NUM = SMALL_NUMBER
const REL = Object.keys(RELATIVE_YEARS).map(escapeRegExp).join('|')
const PART = Object.keys(MONTH_PARTS).map(escapeRegExp).join('|')

const DATE = new RegExp(
  `(?:(?<year>(?<![\\d０-９])\\d{4}|${CN_YEAR})年|(?<rel>${REL}))(?:(?<month>${NUM})月(?:(?<day>${NUM})[日号]|(?<part>${PART}))?)?` +
    `|(?<![\\d０-９年])(?<bmonth>${NUM})月(?:(?<bday>${NUM})[日号]|(?<bpart>${PART}))` +
    `|(?<vague>${VAGUE_DATES.map(escapeRegExp).join('|')})`,
  'gu',
)

const TIME = new RegExp(
  `(?:${DAY_PARTS.join('|')})?(?<![\\d０-９.])${NUM}时(?:${NUM}分)?|(?:${DAY_PARTS.join('|')})${NUM}点(?:${NUM}分|半)?|${NUM}点${NUM}分`,
  'gu',
)

/**
 * Find the dates in a text.
 *
 * @param issueDate the issue's date (YYYY-MM-DD), which gives relative and missing years, or null
 */
export function scanDates(text: string, issueDate: string | null): DateMatch[] {
  // Every date names a year, a month, a day or a recent time: most paragraphs have none of these.
  if (!/[年月日号前近来]/u.test(text)) return []
  const issueYear = issueDate ? Number(issueDate.slice(0, 4)) : null
  const out: DateMatch[] = []
  for (const match of text.matchAll(DATE)) {
    const g = match.groups!
    const start = match.index
    const end = start + match[0].length
    if (g.vague) {
      out.push({ start, end, text: match[0], iso: null, precision: null, vague: true, first: null, last: null })
      continue
    }
    let year: number | null = null
    if (g.year) year = readYear(g.year)
    else if (g.rel) year = issueYear === null ? null : issueYear + RELATIVE_YEARS[g.rel]!
    else year = issueYear
    if (g.year && (year === null || year < 1800 || year > 2200)) continue
    // 今年 alone is the issue year only when followed by nothing more specific; 今年以来 is a period.
    if (g.rel && !g.month && /^以来/.test(text.slice(end, end + 2))) continue
    const month = smallNumber(g.month ?? g.bmonth ?? '')
    const day = smallNumber(g.day ?? g.bday ?? '')
    const part = g.part ?? g.bpart
    if ((g.month || g.bmonth) && (month === null || month < 1 || month > 12)) continue
    out.push(resolve(start, end, match[0], year, g.month || g.bmonth ? month : null, g.day || g.bday ? day : null, part))
  }
  return out
}

/** Clock times (6时, 下午3点, 8点30分), whose numbers are not figures. */
export function scanTimes(text: string): { start: number; end: number }[] {
  if (!/[时点]/u.test(text)) return []
  return [...text.matchAll(TIME)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

function readYear(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text)
  const digits = [...text].map((c) => (c === '〇' || c === '零' ? 0 : smallNumber(c)))
  return digits.every((d) => d !== null) ? Number(digits.join('')) : null
}

function resolve(
  start: number,
  end: number,
  text: string,
  year: number | null,
  month: number | null,
  day: number | null,
  part: string | undefined,
): DateMatch {
  const base = { start, end, text, vague: false }
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (month === null) {
    if (year === null) return { ...base, iso: null, precision: 'year', first: null, last: null }
    return { ...base, iso: String(year), precision: 'year', first: isoDate(year, 1, 1), last: isoDate(year, 12, 31) }
  }
  if (day !== null) {
    const iso = year === null ? null : isoDate(year, month, day)
    return { ...base, iso, precision: 'day', first: iso, last: iso }
  }
  if (part) {
    const [from, to] = MONTH_PARTS[part]!
    if (year === null) return { ...base, iso: null, precision: 'range', first: null, last: null }
    const lastDay = Math.min(to, new Date(Date.UTC(year, month, 0)).getUTCDate())
    const first = isoDate(year, month, from)
    const last = isoDate(year, month, lastDay)
    return { ...base, iso: `${first}/${last}`, precision: 'range', first, last }
  }
  if (year === null) return { ...base, iso: null, precision: 'month', first: null, last: null }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return { ...base, iso: `${year}-${pad(month)}`, precision: 'month', first: isoDate(year, month, 1), last: isoDate(year, month, lastDay) }
}
