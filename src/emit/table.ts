/**
 * `--format table`: a summary for people, one table an issue, coloured by
 * kind when colour is on.
 */
import type { ChalkInstance } from 'chalk'
import Table from 'cli-table3'
import { escapeForTerminal } from '../io/terminal.js'
import type { Article, Byline, Issue, Kind } from '../schema.js'
import type { EmitOptions, Emitter } from './types.js'

const MAX_HEADLINE = 26
const MAX_BYLINES = 18

/** Create the table emitter. */
export function tableEmitter({ colors }: EmitOptions): Emitter<Issue, string> {
  return {
    start: () => '',
    render: (issue) => renderIssue(issue, colors),
    place: (text) => text,
    end: () => '',
  }
}

function renderIssue(issue: Issue, colors: ChalkInstance): string {
  const table = new Table({
    head: ['#', 'kind', 'page', 'headline', 'bylines', '¶', 'chars'],
    style: { head: colors.level > 0 ? ['cyan'] : [], border: colors.level > 0 ? ['grey'] : [], compact: true },
    colAligns: ['right', 'left', 'left', 'left', 'left', 'right', 'right'],
  })
  for (const article of issue.articles) {
    table.push([
      String(article.ordinal),
      kindColor(article.kind, colors)(article.kind),
      escapeForTerminal([article.page, article.pageName].filter(Boolean).join(' ')),
      headlineCell(article, colors),
      truncate(article.bylines.map(bylineText).join(' '), MAX_BYLINES),
      String(article.sections.reduce((n, s) => n + s.paragraphs.length, 0)),
      String([...article.text].length),
    ])
  }
  const counts = countKinds(issue.articles)
  const title = `${colors.bold(escapeForTerminal(issue.source))}  ${issue.articles.length} items${counts ? ` (${counts})` : ''}` +
    `  date ${issue.date ?? '-'}  ${issue.encoding}`
  return `${title}\n${table.toString()}\n`
}

function headlineCell(article: Article, colors: ChalkInstance): string {
  if (article.headline) return truncate(article.headline, MAX_HEADLINE)
  const stand = article.column ?? article.text
  return colors.dim(`[${truncate(stand, MAX_HEADLINE - 2)}]`)
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

/** Cut text to `max` characters, then show its control characters as escapes (cells reach a terminal). */
function truncate(text: string, max: number): string {
  const chars = [...text]
  return escapeForTerminal(chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`)
}
