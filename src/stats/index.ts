/**
 * The stats stage: an issue's articles → figures, dates and checks, each
 * pointing back to its line and column in the source file.
 */
import type { ParsedIssue } from '../pipeline/index.js'
import { positionAt } from '../pipeline/positions.js'
import { publishArticle, type Paragraph } from '../pipeline/records.js'
import type { Article, Check, DateRecord, Figure, Warning } from '../schema.js'
import { memoized, type Segmenter } from '../segment.js'
import { checkShares, type ShareCheck } from './checks.js'
import { scanDates, scanTimes } from './dates.js'
import { readFigures, readable, type FoundFigure, type PlacedParagraph, type Span } from './figures.js'
import { headlineFlags } from './headline.js'
import { relate } from './relations.js'

/** What an issue reports. */
export interface IssueStats {
  readonly figures: Figure[]
  readonly dates: DateRecord[]
  readonly checks: Check[]
  /** The checks again, as warnings with lines, for stderr. */
  readonly warnings: Warning[]
}

/**
 * Read the figures, dates and share checks of one parsed issue.
 *
 * @param parsed the issue with its source text and paragraph lines
 * @param segmenter words and parts of speech (nodejieba, or a stub in tests)
 */
export function issueStats(parsed: ParsedIssue, segmenter: Segmenter): IssueStats {
  const { issue } = parsed
  // One memo per issue: the figures of a clause ask for the same words again.
  const words = memoized(segmenter)
  const out: IssueStats = { figures: [], dates: [], checks: [], warnings: [] }
  for (const placed of issue.articles) {
    const article = publishArticle(placed)
    if (!readable(article)) continue
    const where: ArticleContext = { issueId: issue.id, issueDate: issue.date, article, ...paragraphsOf(placed) }
    const excluded = readDates(where, out.dates)
    const found = readFigures(where.paragraphs, excluded, words, { issueDate: issue.date })
    const shares = checkShares(found)
    const ids = publishFigures(where, found, shares, out.figures)
    publishChecks(where, shares, ids, out)
  }
  return out
}

/** An article being read, and where a piece of one of its paragraphs stands in the source. */
interface ArticleContext {
  readonly issueId: string
  readonly issueDate: string | null
  readonly article: Article
  readonly paragraphs: readonly PlacedParagraph[]
  readonly locate: (at: PlacedParagraph, offset: number) => { line: number; column: number }
}

/** An article's paragraphs in order, and how to place an offset in one of them. */
function paragraphsOf(placed: ParsedIssue['issue']['articles'][number]): Pick<ArticleContext, 'paragraphs' | 'locate'> {
  const paragraphs: PlacedParagraph[] = []
  const sources: Paragraph[] = []
  for (const section of placed.sections) {
    for (const paragraph of section.paragraphs) {
      paragraphs.push({ text: paragraph.text, line: paragraph.line, index: paragraphs.length })
      sources.push(paragraph)
    }
  }
  // Where a piece of a paragraph stands in the source: its paragraph knows.
  return { paragraphs, locate: (at, offset) => positionAt(sources[at.index]!.runs, offset, at.line) }
}

/** The article's dates, added to `dates`; returns, per paragraph, the spans (dates, times) that hold no figure. */
function readDates(where: ArticleContext, dates: DateRecord[]): Span[][] {
  const { article } = where
  const excluded: Span[][] = []
  let dateCount = 0
  for (const paragraph of where.paragraphs) {
    const found = scanDates(paragraph.text, where.issueDate)
    excluded.push([...found, ...scanTimes(paragraph.text)])
    for (const d of found) {
      const at = where.locate(paragraph, d.start)
      dates.push({
        id: `${article.id}-d${++dateCount}`,
        issueId: where.issueId,
        articleId: article.id,
        line: at.line,
        column: at.column,
        text: d.text,
        iso: d.iso,
        precision: d.precision,
        vague: d.vague,
        start: d.first,
        end: d.last,
      })
    }
  }
  return excluded
}

/** The article's figures as records, with relations and headline flags, added to `figures`. */
function publishFigures(where: ArticleContext, found: readonly FoundFigure[], shares: readonly ShareCheck[], figures: Figure[]): Map<FoundFigure, Figure> {
  const { article } = where
  const relations = relate(found, shares)
  const flags = headlineFlags(found, relations, article)
  const idOf = (i: number): string => `${article.id}-f${i + 1}`
  const ids = new Map<FoundFigure, Figure>()
  found.forEach((f, i) => {
    const at = where.locate(f.paragraph, f.start)
    const figure: Figure = {
      id: idOf(i),
      issueId: where.issueId,
      date: where.issueDate,
      articleId: article.id,
      headline: article.headline,
      line: at.line,
      column: at.column,
      text: f.text,
      value: f.value,
      low: f.low,
      high: f.high,
      unit: f.unit,
      kind: f.kind,
      approx: f.approx,
      subject: f.subject,
      predicate: f.predicate,
      sentence: f.sentence,
      isHeadline: flags[i]!,
      change: f.change,
      basis: f.basis,
      period: f.period,
      qualifier: f.qualifier,
      relations: relations
        .filter((r) => r.from === i)
        .map((r) => ({ relation: r.relation, to: idOf(r.to), computed: r.computed, holds: r.holds })),
    }
    ids.set(f, figure)
    figures.push(figure)
  })
  return ids
}

/** The article's share checks as records, and those that fail as warnings. */
function publishChecks(where: ArticleContext, shares: readonly ShareCheck[], ids: ReadonlyMap<FoundFigure, Figure>, out: IssueStats): void {
  shares.forEach((c, i) => {
    const share = ids.get(c.share)!
    const parts = c.parts.map((p) => ids.get(p)!)
    const total = ids.get(c.total)!
    const sum = parts.map((p) => p.text).join(' + ')
    const lines = [...new Set([share.line, ...parts.map((p) => p.line), total.line])].sort((x, y) => x - y)
    const message = c.holds
      ? `Share ${share.text} of ${share.subject} holds: (${sum}) / ${total.text} = ${c.computed.toFixed(1)}% (lines ${lines.join(', ')})`
      : `Share ${share.text} of ${share.subject} does not hold: (${sum}) / ${total.text} = ${c.computed.toFixed(1)}%, not ${share.text} (lines ${lines.join(', ')})`
    out.checks.push({
      id: `${where.article.id}-c${i + 1}`,
      issueId: where.issueId,
      articleId: where.article.id,
      kind: 'share',
      holds: c.holds,
      share: share.id,
      parts: parts.map((p) => p.id),
      total: total.id,
      reported: share.value,
      computed: c.computed,
      lines,
      message,
    })
    // A check that holds is data (on the figure and in checks); only a failing one is a warning.
    if (!c.holds) out.warnings.push({ code: 'share-mismatch', message, line: share.line })
  })
}
