/**
 * Datelines: `本报讯`, `本报北京1月18日电`, `新华社北京1月18日电`,
 * `据新华社太原2月11日电`, `【新华社延安十日电】`, with the byline parentheses
 * that often follow them (`本报讯(王琦 实习生刘莹)`).
 */
import { SENTENCE_WORDS } from '../rules/bylines.js'
import { AGENCIES, AGENCY_PATTERNS, DATELINE_KINDS, DATELINE_PREFIXES, REPORTED_KINDS } from '../rules/datelines.js'
import { foldTraditional } from '../rules/traditional.js'
import type { Byline, Dateline } from '../schema.js'
import { closingParenthesis, parseBylines, parseParenBylines, startsWithLabel } from './bylines.js'
import { isoDate } from './frontmatter.js'
import { SMALL_NUMBER, smallNumber } from '../numbers/small.js'
import { alternation } from '../util/regex.js'

const agencyPattern = [alternation(AGENCIES), ...AGENCY_PATTERNS.map((p) => p.source)].join('|')
const prefixPattern = alternation(DATELINE_PREFIXES)
const kindPattern = alternation(DATELINE_KINDS.map((k) => k.text))
const NUM = SMALL_NUMBER

const DATELINE = new RegExp(
  `^(?<open>[【\\[〔])?(?<prefix>${prefixPattern})?(?<source>${agencyPattern})` +
    `(?<place>\\p{Script=Han}[\\p{Script=Han}、]{0,80}?|)(?:(?<month>${NUM})月)?(?:(?<day>${NUM})日)?(?<kind>${kindPattern})` +
    `(?<close>[】\\]〕])?`,
  'du',
)

/** A dateline found at the start of a paragraph. */
export interface FoundDateline {
  readonly dateline: Dateline
  readonly bylines: Byline[]
  /** The paragraph with the dateline and its byline parentheses removed. */
  readonly rest: string
  /** What was read as structure and is in no field: the byline parentheses, separators. */
  readonly consumed: string[]
}

/**
 * Find a dateline at the start of a paragraph.
 *
 * @param paragraph the first paragraph of an article
 * @param issueDate the issue's date (YYYY-MM-DD), which gives the year, or null
 */
export function extractDateline(paragraph: string, issueDate: string | null): FoundDateline | null {
  // 白城日報8月17日訊 reads as 白城日报8月17日讯; what is kept is what was printed.
  const match = DATELINE.exec(foldTraditional(paragraph))
  if (!match?.groups) return null
  const { open, close, month, day, prefix, kind } = match.groups
  // 据央视新闻报道  香港…: a reported source is a dateline when set apart from the text it opens.
  if (REPORTED_KINDS.has(kind!) && (!prefix || !/^(?:$|[\s\u3000\u00a0（(【[])/u.test(paragraph.slice(match[0].length)))) return null
  // Folding keeps every offset, so each part is cut from the text as printed.
  const printed = (group: 'source' | 'place'): string | undefined => {
    const span = match.indices?.groups?.[group]
    return span ? paragraph.slice(span[0], span[1]) : undefined
  }
  const source = printed('source')
  const place = printed('place')
  if (Boolean(open) !== Boolean(close)) return null
  // 本报东京、堪培拉、渥太华、巴西利亚电: each place is a name; one longer than a place name is prose.
  if (place && place.split('、').some((p) => [...p].length > (day ? 24 : 10))) return null
  if (month && !day) return null
  let rest = paragraph.slice(match[0].length)
  let bylines: Byline[] = []
  const consumed: string[] = []
  const after = bylineAfter(rest)
  if (after) {
    bylines = after.bylines
    consumed.push(after.raw)
    rest = after.rest
  }
  const separator = leading(rest, SEPARATORS)
  if (separator > 0) {
    consumed.push(rest.slice(0, separator))
    rest = rest.slice(separator)
  }
  const raw = paragraph.slice(0, match[0].length)
  return {
    dateline: {
      raw,
      source: source!,
      place: place ? place : null,
      date: resolveDate(month, day, issueDate),
    },
    bylines,
    rest,
    consumed,
  }
}

/**
 * A byline in parentheses or brackets opening the text with no dateline before
 * it (`(记者 张磊 通讯员 李丽)10月30日，…`, `【记者 张磊】…`): labelled, so a
 * parenthesis of prose (`（中）`) stays text.
 *
 * @param paragraph the first paragraph of an article
 */
export function extractLeadByline(paragraph: string): { bylines: Byline[]; rest: string; consumed: string[] } | null {
  const paren = /^[（(【[][^（）()【】[\]]{2,60}[）)】\]]/u.exec(paragraph.slice(0, 62))
  const bylines = paren ? parseParenBylines(paren[0], { label: true }) : null
  if (!paren || !bylines) return null
  let rest = paragraph.slice(paren[0].length)
  const consumed = [paren[0]]
  const separator = leading(rest, SEPARATORS)
  if (separator > 0) {
    consumed.push(rest.slice(0, separator))
    rest = rest.slice(separator)
  }
  return rest === '' ? null : { bylines, rest, consumed }
}

/**
 * The byline printed after a dateline: in parentheses or brackets
 * (`(记者汪伦)`, `【记者 王金刚】`), ending in 报道 (`本报讯 于雅楠 记者白惠娟报道`), or
 * labelled names before the text (`本报讯 记者王金刚 通讯员李丽 近日，…`).
 */
function bylineAfter(rest: string): { bylines: Byline[]; raw: string; rest: string } | null {
  // Spaces are counted, not matched: a pattern overflows on a run of millions.
  const spaces = leading(rest, SPACES)
  const paren = /^[（(【[][^（）()【】[\]]{1,60}[）)】\]]/u.exec(rest.slice(spaces, spaces + 62))
  if (paren) {
    const found = parseParenBylines(paren[0], { expected: true })
    return found ? { bylines: found, raw: paren[0], rest: rest.slice(spaces + paren[0].length) } : null
  }
  const head = rest.slice(0, 64)
  // 記者白惠娟報道 reads as 记者白惠娟报道 (folding keeps every offset).
  const reported = /^[\s\u3000\u00a0]+([^\s，。,.(（][^，。,.()（）]{1,40}?报道)(?=[\s\u3000\u00a0:：]|$)/u.exec(foldTraditional(head))
  // A match that ends where the slice was cut is not known to end the byline.
  if (reported && (reported[0].length < head.length || rest.length === head.length)) {
    const raw = head.slice(reported[0].length - reported[1]!.length, reported[0].length)
    const found = parseBylines(raw, { expected: true, label: true })
    if (found) return { bylines: found, raw, rest: rest.slice(reported[0].length) }
  }
  return spaces > 0 ? labelledNames(rest, spaces) : null
}

/**
 * `本报讯 记者王金刚 通讯员李丽 近日，…`: labelled names before the text, with
 * no parentheses and no 报道. The longest run of space-separated pieces that
 * reads as a byline (every name with a known surname) is taken.
 */
function labelledNames(rest: string, spaces: number): { bylines: Byline[]; raw: string; rest: string } | null {
  const head = rest.slice(spaces, spaces + 48)
  if (!startsWithLabel(head)) return null
  const cuts = [...head.matchAll(/[\s\u3000\u00a0]+/gu)].map((m) => m.index)
  for (let k = cuts.length - 1; k >= 0; k--) {
    const candidate = head.slice(0, cuts[k])
    const found = parseBylines(candidate, { label: true })
    if (found && !found.some((b) => SENTENCE_WORDS.has(b.name))) return { bylines: found, raw: candidate, rest: rest.slice(spaces + cuts[k]!) }
  }
  return null
}

const SPACES = /^\s$/u
const SEPARATORS = /^[\s:：]$/u

/** How many characters at the start of `text` are each one `char` matches. */
function leading(text: string, char: RegExp): number {
  let n = 0
  while (n < text.length && char.test(text[n]!)) n++
  return n
}

/**
 * Find a dateline closing an article in parentheses: `（新华社北京5月18日电）`,
 * `（新华社北京1月31日电  执笔记者：史竞男、丁小溪；参与采写：吴光于）`.
 *
 * @param paragraph the last paragraph of an article
 */
export function extractEndDateline(paragraph: string, issueDate: string | null): FoundDateline | null {
  const match = closingParenthesis(paragraph)
  if (!match) return null
  const inner = extractDateline(match.inside, issueDate)
  if (!inner) return null
  let bylines = inner.bylines
  const consumed = [match.open, match.close, ...inner.consumed]
  if (inner.rest !== '') {
    const credits = parseBylines(inner.rest, { expected: true, label: true })
    if (!credits) return null
    bylines = [...bylines, ...credits]
    consumed.push(inner.rest)
  }
  return { dateline: inner.dateline, bylines, rest: match.before, consumed }
}

/**
 * The ISO date of a dateline's day. The issue gives the year (and the month
 * when the dateline has only a day); a dateline later in the year than the
 * issue was filed the year before.
 */
function resolveDate(month: string | undefined, day: string | undefined, issueDate: string | null): string | null {
  if (!day || !issueDate) return null
  const [issueYear, issueMonth, issueDay] = issueDate.split('-').map(Number) as [number, number, number]
  const d = smallNumber(day)
  if (d === null) return null
  if (month) {
    const m = smallNumber(month)
    if (m === null) return null
    const later = m > issueMonth || (m === issueMonth && d > issueDay)
    return isoDate(later ? issueYear - 1 : issueYear, m, d)
  }
  // A day alone is this month's, or last month's when it is still to come.
  if (d <= issueDay) return isoDate(issueYear, issueMonth, d)
  return issueMonth === 1 ? isoDate(issueYear - 1, 12, d) : isoDate(issueYear, issueMonth - 1, d)
}
