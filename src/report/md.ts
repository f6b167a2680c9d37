/**
 * The report as GitHub-flavoured Markdown, for a CI job summary
 * (`$GITHUB_STEP_SUMMARY`): the same sections as the HTML, sparklines where
 * the HTML draws charts.
 */
import { formatNumber } from './svg.js'
import { sparkline } from './sparkline.js'
import type { ReportSummary } from './summary.js'

/** Render the report as Markdown. */
export function renderMarkdown(summary: ReportSummary, title: string): string {
  const t = summary.totals
  const out: string[] = [
    `# Archive report: ${text(title)}`,
    '',
    `${t.first ? `${t.first} – ${t.last}` : 'No dates'}: ${[
      count(t.issues, 'issue'),
      count(t.articles, 'article'),
      count(t.figures, 'figure'),
      count(t.people, 'person', 'people'),
      count(t.failedChecks, 'failed share check'),
      count(t.warnings, 'warning'),
    ].join(', ')}.`,
    '',
    '## Issues and articles per month',
    '',
    `Articles ${sparkline(summary.months.map((m) => m.articles))}`,
    '',
    table(['month', 'issues', 'articles'], summary.months.map((m) => [m.month, String(m.issues), String(m.articles)]), [1, 2]),
    '## Kinds and pages',
    '',
    table(['kind', 'items'], summary.kinds.map((k) => [k.label, String(k.count)]), [1]),
    table(['page', 'items'], summary.pages.map((p) => [p.label, String(p.count)]), [1]),
    '## Top subjects',
    '',
    summary.subjects.length === 0
      ? 'No figure names its subject.\n'
      : table(
          ['subject', 'figures', 'unit', 'series', 'first', 'last'],
          summary.subjects.map((s) => {
            const p = s.series.points
            return [
              s.subject,
              String(s.figures),
              s.series.unit ?? '',
              sparkline(p.map((x) => x.value)),
              p.length ? `${formatNumber(p[0]!.value)} (${p[0]!.time ?? 'undated'})` : '',
              p.length ? `${formatNumber(p.at(-1)!.value)} (${p.at(-1)!.time ?? 'undated'})` : '',
            ]
          }),
          [1],
        ),
    '## Headline figures of each issue',
    '',
    table(
      ['date', 'issue', 'headline', 'figure', 'subject'],
      summary.headlines.flatMap((h) => h.figures.map((f) => [h.date ?? '', `${h.source}:${f.line}`, f.headline ?? '', f.text, f.subject ?? ''])),
      [],
      'No headline figures.',
    ),
    '## Most frequent people',
    '',
    table(
      ['name', 'roles', 'articles', 'first issue', 'last issue', 'pages'],
      summary.people.map((p) => [p.name, p.roles.join(', '), String(p.articleCount), p.firstIssue.date ?? p.firstIssue.issueId, p.lastIssue.date ?? p.lastIssue.issueId, p.pages.join(' ')]),
      [2],
      'No bylines.',
    ),
    '## Share checks that failed',
    '',
    table(['where', 'message'], summary.checks.map((c) => [`${c.source}:${c.lines.join(',')}`, c.message]), [], 'Every share check holds.'),
    '## Warnings per file',
    '',
    table(
      ['file', 'line', 'severity', 'code', 'message'],
      summary.warnings.flatMap((w) => w.items.map((d) => [w.source, d.line === null ? '' : String(d.line), d.severity, d.code, d.message])),
      [1],
      'No warnings.',
    ),
  ]
  return `${out.join('\n').trimEnd()}\n`
}

/** A number and what it counts: 1 issue, 2 issues. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A GFM table (a blank line after it), or a sentence when there are no rows. */
function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = [], empty = ''): string {
  if (rows.length === 0) return `${empty}\n`
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`
  const rule = `| ${head.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join(' | ')} |`
  return `${[line(head), rule, ...rows.map(line)].join('\n')}\n`
}

/** A table cell: pipes escaped, lines joined. */
function cell(value: string): string {
  return text(value).replace(/\|/g, '\\|')
}

/** Text that cannot start Markdown of its own: line breaks as spaces; HTML and emphasis characters escaped. */
function text(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/([\\`*<>[\]])/g, '\\$1')
}
