/**
 * An issue boiled down to what the archive-wide commands (`track`, `people`,
 * `report`) read: its articles without their text, its figures with their
 * meaning, the share checks that failed. Made where the issue is parsed (a
 * worker thread), so only this small piece of plain data crosses to the main
 * thread and stays in memory for the whole run.
 */
import type { Byline, Issue, Kind } from '../schema.js'
import type { IssueStats } from '../stats/index.js'
import { CUMULATIVE_WORDS } from '../rules/subjects.js'
import { alternation } from '../util/regex.js'

/** The span a figure covers, as figure semantics gives it. */
export interface DigestPeriod {
  readonly raw: string
  readonly start: string | null
  readonly end: string | null
}

/** A figure, with the fields the archive view reads; those figure semantics has not filled are null. */
export interface DigestFigure {
  readonly id: string
  readonly articleId: string
  readonly line: number
  readonly text: string
  readonly value: number
  readonly unit: string | null
  readonly kind: string
  readonly approx: string
  readonly subject: string | null
  readonly qualifier: string | null
  readonly change: 'up' | 'down' | null
  readonly basis: string | null
  readonly period: DigestPeriod | null
  readonly isHeadline: boolean
  /** A running total: 累计 or 截至 governs it. */
  readonly cumulative: boolean
}

/** An article without its text. */
export interface DigestArticle {
  readonly id: string
  readonly ordinal: number
  readonly kind: Kind
  readonly page: string | null
  readonly column: string | null
  readonly headline: string | null
  readonly bylines: readonly Byline[]
  readonly line: number
}

/** A share check that failed. */
export interface DigestCheck {
  readonly articleId: string
  readonly message: string
  readonly lines: readonly number[]
}

/** One issue, as the archive view sees it. */
export interface IssueDigest {
  readonly issueId: string
  readonly source: string
  readonly date: string | null
  /** The issue's page, from an e-paper file name (`20190201-04-05` → 04), else null. */
  readonly page: string | null
  readonly articles: readonly DigestArticle[]
  readonly figures: readonly DigestFigure[]
  readonly failedChecks: readonly DigestCheck[]
}

/**
 * Boil an issue and its figures down to its digest.
 *
 * @param stats the figures and checks of the issue, from `issueStats`
 */
export function digestIssue(issue: Issue, stats: Pick<IssueStats, 'figures' | 'checks'>): IssueDigest {
  return {
    issueId: issue.id,
    source: issue.source,
    date: issue.date,
    page: issue.page,
    articles: issue.articles.map((a) => ({
      id: a.id,
      ordinal: a.ordinal,
      kind: a.kind,
      page: a.page ?? issue.page,
      column: a.column,
      headline: a.headline,
      bylines: a.bylines,
      line: a.lines.start,
    })),
    figures: stats.figures.map((f) => digestFigure(f)),
    failedChecks: stats.checks.filter((c) => !c.holds).map((c) => ({ articleId: c.articleId, message: c.message, lines: c.lines })),
  }
}

/** The figure fields figure semantics adds; absent in older figures, so each is read as optional. */
interface Semantics {
  qualifier?: string | null
  change?: 'up' | 'down' | null
  basis?: string | null
  period?: DigestPeriod | null
}

type FigureIn = IssueStats['figures'][number]

/** One figure's digest; fields figure semantics did not fill are null. */
export function digestFigure(f: FigureIn): DigestFigure {
  const s = f as FigureIn & Semantics
  return {
    id: f.id,
    articleId: f.articleId,
    line: f.line,
    text: f.text,
    value: f.value,
    unit: f.unit,
    kind: f.kind,
    approx: f.approx,
    subject: f.subject,
    qualifier: s.qualifier ?? null,
    change: s.change ?? null,
    basis: s.basis ?? null,
    period: s.period ?? null,
    isHeadline: f.isHeadline,
    cumulative: isCumulative(f.sentence, f.text, s.period?.raw ?? null),
  }
}

const CUMULATIVE = new RegExp(alternation(CUMULATIVE_WORDS.map(([w]) => w)))

/**
 * Whether a figure is a running total: its period says 截至, or 累计/截至
 * stands in the clause before it (not across a full stop or semicolon, so
 * the word governs this figure and not an earlier one).
 */
export function isCumulative(sentence: string, text: string, periodRaw: string | null): boolean {
  if (periodRaw !== null && CUMULATIVE.test(periodRaw)) return true
  const at = sentence.indexOf(text)
  if (at < 0) return false
  const before = sentence.slice(0, at)
  const clause = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1)
  return CUMULATIVE.test(clause)
}
