/**
 * The stats stage: an issue's articles → figures, dates and checks, each
 * pointing back to its line and column in the source file.
 */
import type { ParsedIssue } from '../pipeline/index.js'
import { positionAt } from '../pipeline/positions.js'
import { publishArticle, type Paragraph } from '../pipeline/records.js'
import type { Check, DateRecord, Figure, Warning } from '../schema.js'
import type { Segmenter } from '../segment.js'
import { checkShares } from './checks.js'
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
  const figures: Figure[] = []
  const dates: DateRecord[] = []
  const checks: Check[] = []
  const warnings: Warning[] = []
  for (const placed of issue.articles) {
    const article = publishArticle(placed)
    if (!readable(article)) continue
    const paragraphs: PlacedParagraph[] = []
    const sources: Paragraph[] = []
    for (const section of placed.sections) {
      for (const paragraph of section.paragraphs) {
        paragraphs.push({ text: paragraph.text, line: paragraph.line, index: paragraphs.length })
        sources.push(paragraph)
      }
    }
    // Where a piece of a paragraph stands in the source: its paragraph knows.
    const locate: Locate = (at, offset) => positionAt(sources[at.index]!.runs, offset, at.line)
    const excluded = dateRecords(issue, article.id, paragraphs, locate, dates)
    const found = readFigures(paragraphs, excluded, segmenter, { issueDate: issue.date })
    const shares = checkShares(found)
    const relations = relate(found, shares)
    const flags = headlineFlags(found, relations, article)
    const idOf = (i: number): string => `${article.id}-f${i + 1}`
    const ids = new Map<(typeof found)[number], Figure>()
    found.forEach((f, i) => {
      const at = locate(f.paragraph, f.start)
      const figure: Figure = {
        id: idOf(i),
        issueId: issue.id,
        date: issue.date,
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
    checkRecords(issue, article.id, shares, ids, checks, warnings)
  }
  return { figures, dates, checks, warnings }
}

/** Where a piece of a paragraph stands in the source. */
type Locate = (paragraph: PlacedParagraph, offset: number) => { line: number; column: number }

/**
 * The dates of an article's paragraphs, into `dates`.
 *
 * @returns for each paragraph, the spans (dates, times) whose numbers are not figures
 */
function dateRecords(issue: ParsedIssue['issue'], articleId: string, paragraphs: readonly PlacedParagraph[], locate: Locate, dates: DateRecord[]): Span[][] {
  const excluded: Span[][] = []
  let dateCount = 0
  for (const paragraph of paragraphs) {
    const found = scanDates(paragraph.text, issue.date)
    excluded.push([...found, ...scanTimes(paragraph.text)])
    for (const d of found) {
      const at = locate(paragraph, d.start)
      dates.push({
        id: `${articleId}-d${++dateCount}`,
        issueId: issue.id,
        articleId,
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

/** An article's share checks, into `checks`, and those that fail into `warnings`. */
function checkRecords(
  issue: ParsedIssue['issue'],
  articleId: string,
  shares: ReturnType<typeof checkShares>,
  ids: ReadonlyMap<FoundFigure, Figure>,
  checks: Check[],
  warnings: Warning[],
): void {
  shares.forEach((c, i) => {
    const share = ids.get(c.share)!
    const parts = c.parts.map((p) => ids.get(p)!)
    const total = ids.get(c.total)!
    const sum = parts.map((p) => p.text).join(' + ')
    const lines = [...new Set([share.line, ...parts.map((p) => p.line), total.line])].sort((x, y) => x - y)
    const message = c.holds
      ? `Share ${share.text} of ${share.subject} holds: (${sum}) / ${total.text} = ${c.computed.toFixed(1)}% (lines ${lines.join(', ')})`
      : `Share ${share.text} of ${share.subject} does not hold: (${sum}) / ${total.text} = ${c.computed.toFixed(1)}%, not ${share.text} (lines ${lines.join(', ')})`
    checks.push({
      id: `${articleId}-c${i + 1}`,
      issueId: issue.id,
      articleId,
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
    if (!c.holds) warnings.push({ code: 'share-mismatch', message, line: share.line })
  })
}
