/**
 * `--format table`: a summary for people, one table an issue, coloured by
 * kind when colour is on, as wide as the terminal and never wider: the
 * headline column takes the room there is and is cut with an ellipsis.
 */
import type { ChalkInstance } from 'chalk'
import type { Article, Byline, Issue, Kind } from '../schema.js'
import { escapeForTerminal } from '../io/terminal.js'
import { clipLines, DEFAULT_WIDTH, fittedTable, type ColumnFit } from './layout.js'
import type { EmitOptions, Emitter } from './types.js'

const HEAD = ['#', 'kind', 'page', 'headline', 'bylines', '¶', 'chars']

/**
 * The headline is what a reader scans for, so the bylines give way first,
 * then the page name, and only then is the headline cut.
 */
const FITS: readonly ColumnFit[] = [
  { min: 1, give: 0 },
  { min: 4, give: 0 },
  { min: 4, give: 2 },
  { min: 8, give: 1 },
  { min: 10, give: 3, max: 24 },
  { min: 1, give: 0 },
  { min: 1, give: 0 },
]

/** Create the table emitter. */
export function tableEmitter({ colors, width = DEFAULT_WIDTH }: EmitOptions): Emitter<Issue, string> {
  return {
    start: () => '',
    render: (issue) => renderIssue(issue, colors, width),
    place: (text) => text,
    end: () => '',
  }
}

function renderIssue(issue: Issue, colors: ChalkInstance, width: number): string {
  const rows = issue.articles.map((article) => [
    String(article.ordinal),
    article.kind,
    [article.page, article.pageName].filter(Boolean).join(' '),
    headlineText(article),
    oneLine(article.bylines.map(bylineText).join(' ')),
    String(article.sections.reduce((n, s) => n + s.paragraphs.length, 0)),
    String([...article.text].length),
  ])
  const table = fittedTable(HEAD, FITS, rows, colors, width, {
    colAligns: ['right', 'left', 'left', 'left', 'left', 'right', 'right'],
    paint: (cells, i) => {
      const article = issue.articles[i]!
      return cells.map((cell, c) => (c === 1 ? kindColor(article.kind, colors)(cell) : c === 3 && !article.headline ? colors.dim(cell) : cell))
    },
  })
  const counts = countKinds(issue.articles)
  const title = `${colors.bold(escapeForTerminal(issue.source))}  ${issue.articles.length} items${counts ? ` (${counts})` : ''}` +
    `  date ${issue.date ?? '-'}  ${issue.encoding}`
  return `${clipLines(title, width)}\n${table}\n`
}

/** The headline, or for an item without one, its column label or opening words in brackets. */
function headlineText(article: Article): string {
  if (article.headline) return oneLine(article.headline)
  // Only the opening is ever shown: a whole article body need not be measured.
  return `[${oneLine([...(article.column ?? article.text)].slice(0, 200).join(''))}]`
}

/** A table row is one line: line breaks inside a cell become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function bylineText(byline: Byline): string {
  return byline.label ? `${byline.name}(${byline.label})` : byline.name
}

function countKinds(articles: readonly Article[]): string {
  const counts = new Map<Kind, number>()
  for (const a of articles) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1)
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')
}

function kindColor(kind: Kind, colors: ChalkInstance): (text: string) => string {
  switch (kind) {
    case 'article':
      return colors.green
    case 'notice':
      return colors.yellow
    case 'psa':
      return colors.magenta
    case 'photo':
      return colors.blue
    case 'banner':
    case 'unknown':
      return colors.dim
  }
}
