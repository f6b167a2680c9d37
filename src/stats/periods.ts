/**
 * Periods: the span a figure covers (前三季度, 今年以来, 截至6月底), found in
 * a paragraph and resolved against the issue date. A period stands before
 * the figures it covers and holds to the end of its sentence.
 */
import { RELATIVE_YEARS } from '../rules/dates.js'
import { AGE_MEASURES, PERIOD_FORMS, PERIOD_PARTS, PLAN_YEARS, type PeriodShape } from '../rules/periods.js'
import { smallNumber } from '../numbers/small.js'
import type { Period } from '../schema.js'
import { requiredAny } from '../util/required.js'
import { compileScanner } from '../util/scan.js'

/** A period found in text; offsets are UTF-16 indices, end exclusive. */
export interface PeriodMatch {
  readonly start: number
  readonly end: number
  readonly period: Period
  /** A span up to the issue (目前, 截至目前, 今年以来, 改革开放以来), not one that ended before it. */
  readonly toNow: boolean
  /** A rate per span (每月, 每天): it yields to a period named before it in the sentence. */
  readonly per: boolean
  /** The span's length is itself a figure (两年来 reports 两年): the span does not hide it. */
  readonly counted: boolean
  /** The span names one figure right after its 的 (2003年的24.1毫米), not the rest of the sentence. */
  readonly local: boolean
  /** 当时: the time named before it in the sentence, if any. */
  readonly then: boolean
}

/** A form's pattern with its parts ({YEAR}, {COUNT} …) written out. */
const sourceOf = (pattern: string): string =>
  pattern.replace(/\{(UNTIL|BY|YEAR|NUM|COUNT)\}/g, (_, name: keyof typeof PERIOD_PARTS) => PERIOD_PARTS[name])

/** Every form, each run on its own where its matches can begin (`util/scan.ts`). */
const FORMS = compileScanner(PERIOD_FORMS.map((form) => sourceOf(form.pattern)))

/** A cheap test: a text holds a character that one of the forms needs. */
const HINT = requiredAny(PERIOD_FORMS.map((form) => sourceOf(form.pattern)))

/**
 * Find the periods of a text, longest first where they overlap.
 *
 * @param issueDate the issue's date (YYYY-MM-DD) that relative and missing years are read against, or null
 */
export function scanPeriods(text: string, issueDate: string | null): PeriodMatch[] {
  if (!HINT.test(text)) return []
  const found: { start: number; end: number; shape: PeriodShape; groups: Record<string, string | undefined>; raw: string }[] = []
  for (const { start, end, pattern, match } of FORMS.each(text)) {
    found.push({ start, end, shape: PERIOD_FORMS[pattern]!.shape, groups: match.groups ?? {}, raw: match[0] })
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: PeriodMatch[] = []
  let reached = 0
  for (const f of found) {
    if (f.start < reached) continue
    reached = f.end
    out.push({ then: f.shape === 'then', start: f.start, end: f.end, period: { raw: f.raw.replace(/^[“”]+|[“”]+$/g, ''), ...resolve(f.shape, f.groups, f.raw, issueDate) }, toNow: TO_NOW.has(f.shape), per: f.shape === 'per', counted: f.groups.count !== undefined, local: !TO_NOW.has(f.shape) && OF_FIGURE.test(text.slice(f.end, f.end + 4)) })
  }
  return out
}

/**
 * 的 and a figure right after a period: 2003年的24.1毫米, 2014年初的10.81万人 (not 2017年的一项调查: 一 as
 * "a"). A span up to now (发展到如今的两天、3800元) is left out: the figures after it are as of now too.
 */
const OF_FIGURE = /^的(?:约|近|超|逾|不到|不足)?(?!一[项个次位种份批场])[\d０-９〇零一二三四五六七八九十两几百千万]/u

type Span = { start: string | null; end: string | null }

const TO_NOW: ReadonlySet<PeriodShape> = new Set(['until-now', 'since', 'year-to-date'])

function resolve(shape: PeriodShape, g: Record<string, string | undefined>, raw: string, issueDate: string | null): Span {
  const issueYear = issueDate ? Number(issueDate.slice(0, 4)) : null
  if (shape === 'plan') {
    const years = Object.entries(PLAN_YEARS).find(([name]) => raw.includes(name))?.[1]
    return years ? { start: `${years[0]}-01-01`, end: `${years[1]}-12-31` } : { start: null, end: null }
  }
  if (shape === 'until-now' || shape === 'since') return { start: null, end: issueDate }
  if (shape === 'decade') return decadeOf(g)
  if (shape === 'event' || shape === 'per' || shape === 'then') return { start: null, end: null }
  if (shape === 'years') return yearsOf(g, issueYear)
  const explicit = g.year ? readYear(g.year) : g.rel !== undefined && issueYear !== null ? issueYear + RELATIVE_YEARS[g.rel]! : null
  const year = explicit ?? issueYear
  if (year === null) return { start: null, end: null }
  let span = spanOf(shape, g, year, issueDate)
  // A period with no year is the latest one that has ended by the issue date: figures are reported
  // for finished periods (前三季度 in a January issue is last year's).
  if (explicit === null && issueDate && shape !== 'year-to-date' && span.end !== null && span.end > issueDate) span = spanOf(shape, g, year - 1, issueDate)
  if (g.until || g.by || g.edge === '底' || g.edge === '末') span = { start: null, end: span.end }
  // 2018年初: the year's first month, as 初 of a month is its first days.
  if (g.edge === '初') span = months(year, 1, 1)
  return span
}

function spanOf(shape: PeriodShape, g: Record<string, string | undefined>, year: number, issueDate: string | null): Span {
  const n = g.n === '上' ? 1 : g.n === '下' ? 2 : g.n === '两' ? 2 : g.n !== undefined ? smallNumber(g.n) : null
  switch (shape) {
    case 'year-to-date':
      return { start: `${year}-01-01`, end: issueDate }
    case 'quarters':
      return months(year, 1, 3 * (n ?? 1))
    case 'quarter':
      return months(year, 3 * (n ?? 1) - 2, 3 * (n ?? 1))
    case 'half':
      return n === 1 ? months(year, 1, 6) : months(year, 7, 12)
    case 'months': {
      const first = g.m1 === '元' ? 1 : smallNumber(g.m1 ?? '') ?? 1
      return months(year, first, smallNumber(g.m2 ?? '') ?? 12)
    }
    case 'first-months':
      return months(year, 1, Math.min(12, n ?? 1))
    case 'month': {
      const m = smallNumber(g.m2 ?? '') ?? 1
      return months(year, m, m)
    }
    case 'days': {
      const m1 = smallNumber(g.m1 ?? '') ?? 1
      const m2 = g.m2 !== undefined ? smallNumber(g.m2) ?? m1 : m1
      return { start: `${year}-${pad(m1)}-${pad(Number(g.d1 ?? 1))}`, end: `${year}-${pad(m2)}-${pad(Number(g.d ?? 1))}` }
    }
    case 'day': {
      const day = `${year}-${pad(smallNumber(g.m2 ?? '') ?? 1)}-${pad(Number(g.d ?? 1))}`
      return { start: day, end: day }
    }
    default:
      return months(year, 1, 12)
  }
}

/** 上世纪80年代: 1980–1989; 20世纪五六十年代, 上世纪50年代至60年代: 1950–1969 (the words name the 1900s). */
function decadeOf(g: Record<string, string | undefined>): Span {
  const tens = (word: string | undefined): number | null => (word === undefined ? null : /^\d/.test(word) ? Number(word) / 10 : smallNumber(word.replace(/十$/u, '')))
  const first = tens(g.d1)
  const last = tens(g.d3) ?? tens(g.d2) ?? first
  if (first === null || last === null) return { start: null, end: null }
  return { start: `19${first}0-01-01`, end: `19${last}9-12-31` }
}

/** 从1949年到2018年, 1999年9月至2000年9月, 今明两年: from the first year (and month) to the last. */
function yearsOf(g: Record<string, string | undefined>, issueYear: number | null): Span {
  const first = g.y1 ? Number(g.y1) : g.rel1 && issueYear !== null ? issueYear + RELATIVE_YEARS[`${g.rel1}年`]! : null
  const last = g.y2 ? Number(g.y2) : g.rel2 && issueYear !== null ? issueYear + RELATIVE_YEARS[`${g.rel2}年`]! : null
  if (first === null || last === null || first > last) return { start: null, end: null }
  const m1 = g.m1 ? smallNumber(g.m1) ?? 1 : 1
  const m2 = g.m2 ? smallNumber(g.m2) ?? 12 : 12
  return { start: months(first, m1, m1).start, end: months(last, m2, m2).end }
}

function months(year: number, first: number, last: number): Span {
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate()
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay)}` }
}

const pad = (n: number): string => String(n).padStart(2, '0')

const CN_DIGITS = '〇一二三四五六七八九'

function readYear(text: string): number {
  return /^\d{4}$/.test(text) ? Number(text) : Number([...text].map((c) => (c === '零' ? 0 : CN_DIGITS.indexOf(c))).join(''))
}

const AGE_MEASURE = new RegExp(AGE_MEASURES.map(([word]) => word).join('|'), 'u')

/**
 * Whether a figure is a person's age (我今年41岁), which no period covers: an age in 岁 whose
 * clause names no measure of ages (人均预期寿命从35岁提高到77岁).
 *
 * @param figure the figure as printed (41岁)
 * @param clause the words of its clause before it
 */
export function isPersonAge(figure: string, clause: string): boolean {
  return /岁$/u.test(figure) && !AGE_MEASURE.test(clause)
}
