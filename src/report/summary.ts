/**
 * The archive at a glance: what `report` shows, as plain data, computed once
 * and drawn as HTML or Markdown. Pure: digests and diagnostics in.
 */
import type { IssueDigest } from '../archive/digest.js'
import type { Diagnostic } from '../io/diagnostics.js'
import { buildPeople, type Person } from '../people/people.js'
import { normaliseSubject } from '../track/subjects.js'
import { seriesOf, timeOf, trackRows, type Series } from '../track/track.js'

/** How much of each list the report shows. */
export const LIMITS = { subjects: 8, people: 15 } as const

/** A count under a label (a month, a kind, a page). */
export interface Count {
  readonly label: string
  readonly count: number
}

/** The report, as data. */
export interface ReportSummary {
  readonly totals: {
    readonly issues: number
    readonly articles: number
    readonly figures: number
    readonly people: number
    readonly failedChecks: number
    readonly warnings: number
    readonly first: string | null
    readonly last: string | null
  }
  /** Per month of the issue date (`undated` last): issues and articles. */
  readonly months: readonly { readonly month: string; readonly issues: number; readonly articles: number }[]
  readonly kinds: readonly Count[]
  /** Articles per page (版次), pages in order; articles with no page apart. */
  readonly pages: readonly Count[]
  /** The subjects with most figures, each with its longest series. */
  readonly subjects: readonly { readonly subject: string; readonly figures: number; readonly series: Series }[]
  /** Per issue (in date order), its headline figures. */
  readonly headlines: readonly {
    readonly issueId: string
    readonly source: string
    readonly date: string | null
    readonly figures: readonly { readonly text: string; readonly subject: string | null; readonly headline: string | null; readonly line: number }[]
  }[]
  readonly people: readonly Person[]
  readonly checks: readonly { readonly source: string; readonly lines: readonly number[]; readonly message: string }[]
  /** Per file, its warnings and errors with their lines. */
  readonly warnings: readonly { readonly source: string; readonly items: readonly Pick<Diagnostic, 'line' | 'severity' | 'code' | 'message'>[] }[]
}

/**
 * Sum up the archive.
 *
 * @param diagnostics every warning and error of the run, as reported
 */
export function summarise(digests: readonly IssueDigest[], diagnostics: readonly Diagnostic[]): ReportSummary {
  const ordered = [...digests].sort((a, b) => compareNullable(a.date, b.date) || compareText(a.source, b.source))
  const months = new Map<string, { issues: number; articles: number }>()
  const kinds = new Map<string, number>()
  const pages = new Map<string, number>()
  const subjects = new Map<string, number>()
  let figures = 0
  for (const d of ordered) {
    const month = d.date?.slice(0, 7) ?? 'undated'
    const m = months.get(month) ?? { issues: 0, articles: 0 }
    m.issues++
    m.articles += d.articles.length
    months.set(month, m)
    for (const a of d.articles) {
      kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1)
      const page = a.page ?? 'no page'
      pages.set(page, (pages.get(page) ?? 0) + 1)
    }
    figures += d.figures.length
    for (const f of d.figures) {
      if (f.subject === null) continue
      const key = normaliseSubject(f.subject).subject
      subjects.set(key, (subjects.get(key) ?? 0) + 1)
    }
  }
  const top = [...subjects].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, LIMITS.subjects)
  const people = buildPeople(ordered)
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d])
  return {
    totals: {
      issues: ordered.length,
      articles: ordered.reduce((n, d) => n + d.articles.length, 0),
      figures,
      people: people.length,
      failedChecks: ordered.reduce((n, d) => n + d.failedChecks.length, 0),
      warnings: diagnostics.length,
      first: ordered.find((d) => d.date !== null)?.date ?? null,
      last: ordered.findLast((d) => d.date !== null)?.date ?? null,
    },
    months: [...months].map(([month, m]) => ({ month, ...m })).sort((a, b) => compareUndatedLast(a.month, b.month)),
    kinds: [...kinds].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || compareText(a.label, b.label)),
    pages: [...pages].map(([label, count]) => ({ label, count })).sort((a, b) => comparePages(a.label, b.label)),
    subjects: top.map(([subject, count]) => {
      const rows = trackRows(ordered, (s) => s !== null && normaliseSubject(s).subject === subject)
      const longest = seriesOf(rows.map((r) => ({ ...r, time: timeOf(r) }))).reduce((x, y) => (y.points.length > x.points.length ? y : x))
      return { subject, figures: count, series: longest }
    }),
    headlines: ordered
      .map((d) => {
        const headlineOf = new Map(d.articles.map((a) => [a.id, a.headline]))
        return {
          issueId: d.issueId,
          source: d.source,
          date: d.date,
          figures: d.figures
            .filter((f) => f.isHeadline)
            .map((f) => ({ text: f.text, subject: f.subject, headline: headlineOf.get(f.articleId) ?? null, line: f.line })),
        }
      })
      .filter((h) => h.figures.length > 0),
    people: people.slice(0, LIMITS.people),
    checks: ordered.flatMap((d) => d.failedChecks.map((c) => ({ source: d.source, lines: c.lines, message: c.message }))),
    warnings: [...byFile]
      .sort((a, b) => compareText(a[0], b[0]))
      .map(([source, items]) => ({
        source,
        items: items.map(({ line, severity, code, message }) => ({ line, severity, code, message })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      })),
  }
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

function compareUndatedLast(a: string, b: string): number {
  return compareNullable(a === 'undated' ? null : a, b === 'undated' ? null : b)
}

function comparePages(a: string, b: string): number {
  if (a === 'no page' || b === 'no page') return a === b ? 0 : a === 'no page' ? 1 : -1
  const x = Number(a)
  const y = Number(b)
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y
  return compareText(a, b)
}

/** Code-point order, the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
