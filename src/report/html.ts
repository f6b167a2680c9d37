/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script,
 * no font, image or any other request (a Content-Security-Policy of
 * `default-src 'none'` says so to the browser). Chinese text takes the
 * system's CJK fonts through the font-family list; the page reflows on a
 * phone and prints without its colours.
 */
import { barChart, columnChart, escapeHtml as e, formatNumber, lineChart } from './svg.js'
import type { ReportSummary } from './summary.js'

/** The CSS of the report: system fonts with CJK ones named, bars and lines by series class. */
const STYLE = `
:root{color-scheme:light;--ink:#1d2733;--muted:#5b6776;--rule:#d5dbe2;--s0:#2f6db5;--s1:#e08a2c}
*{box-sizing:border-box}
body{margin:0 auto;max-width:64rem;padding:1rem;color:var(--ink);background:#fff;line-height:1.5;
font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--rule)}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
.totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem;margin:1rem 0;padding:0}
.totals div{border:1px solid var(--rule);border-radius:.4rem;padding:.5rem}.totals dt{color:var(--muted);font-size:.85rem}.totals dd{margin:0;font-size:1.3rem;font-weight:600}
.wide{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;vertical-align:top;padding:.25rem .5rem;border-bottom:1px solid var(--rule)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td:first-child{white-space:nowrap}
.chart{display:block;max-width:44rem;height:auto;font-size:13px;fill:var(--ink)}.chart .t{font-size:10px}.chart .s0{fill:var(--s0)}.chart .s1{fill:var(--s1)}
.chart .v{fill:var(--muted)}.chart .axis{stroke:var(--rule)}.chart .line{fill:none;stroke:var(--s0);stroke-width:2}
.pair{display:grid;gap:0 1.5rem}@media (min-width:48rem){.pair{grid-template-columns:1fr 1fr}}.pair>div{min-width:0}
summary{cursor:pointer;color:var(--muted)}.spark{font-family:ui-monospace,monospace;letter-spacing:1px}.muted{color:var(--muted)}
@media (max-width:40rem){body{padding:.5rem}td,th{padding:.2rem .3rem}}
@media print{body{max-width:none}h2{break-after:avoid}tr,svg{break-inside:avoid}.wide{overflow:visible}}
`

/**
 * Render the report.
 *
 * @param title what the report is of (the paths it read)
 */
export function renderHtml(summary: ReportSummary, title: string): string {
  const t = summary.totals
  const range = t.first ? `${t.first} – ${t.last}` : 'no dates'
  const body = [
    `<header><h1>Archive report</h1><p class="muted">${e(title)} · ${e(range)}</p></header>`,
    `<dl class="totals">${[
      ['issues', t.issues],
      ['articles', t.articles],
      ['figures', t.figures],
      ['people', t.people],
      ['failed share checks', t.failedChecks],
      ['warnings', t.warnings],
    ]
      .map(([label, n]) => `<div><dt>${label}</dt><dd>${formatNumber(n as number)}</dd></div>`)
      .join('')}</dl>`,
    section('months', 'Issues and articles per month', [
      columnChart('chart-months', 'Issues and articles per month', summary.months.map((m) => ({ label: m.month, values: [m.issues, m.articles] })), ['issues', 'articles']),
      table(['month', 'issues', 'articles'], summary.months.map((m) => [m.month, String(m.issues), String(m.articles)]), '', [1, 2], 'months'),
    ]),
    section('kinds', 'Kinds and pages', [
      '<div class="pair"><div>',
      '<h3>Kinds of item</h3>',
      barChart('chart-kinds', 'Items by kind', summary.kinds.map((k) => ({ label: k.label, values: [k.count] })), ['items']),
      '</div><div>',
      '<h3>Items per page</h3>',
      barChart('chart-pages', 'Items by page', summary.pages.map((p) => ({ label: p.label, values: [p.count] })), ['items']),
      '</div></div>',
    ]),
    section(
      'subjects',
      'Top subjects',
      summary.subjects.length === 0
        ? ['<p>No figure names its subject.</p>']
        : [
            `<div class="pair">${summary.subjects
              .map((s, i) => {
                const unit = s.series.unit
                const points = s.series.points
                return `<div><h3 lang="zh-Hans">${e(s.subject)} <span class="muted">${s.figures} figures; ${points.length} in ${e(unit ?? 'no unit')}</span></h3>${lineChart(`chart-subject-${i + 1}`, `${s.subject} (${unit ?? 'no unit'}) over time`, points, unit)}</div>`
              })
              .join('')}</div>`,
          ],
    ),
    section('headlines', 'Headline figures of each issue', [
      table(
        ['date', 'issue', 'headline', 'figure', 'subject'],
        summary.headlines.flatMap((h) => h.figures.map((f) => [h.date ?? '', `${h.source}:${f.line}`, f.headline ?? '', f.text, f.subject ?? ''])),
        'No headline figures.',
      ),
    ]),
    section('people', 'Most frequent people', [
      table(
        ['name', 'roles', 'articles', 'first issue', 'last issue', 'pages', 'co-authors'],
        summary.people.map((p) => [
          p.name,
          p.roles.join(', '),
          String(p.articleCount),
          p.firstIssue.date ?? p.firstIssue.issueId,
          p.lastIssue.date ?? p.lastIssue.issueId,
          p.pages.join(' '),
          p.coAuthors.slice(0, 4).map((c) => c.name).join(' '),
        ]),
        'No bylines.',
        [2],
      ),
    ]),
    section('checks', 'Share checks that failed', [
      table(['where', 'message'], summary.checks.map((c) => [`${c.source}:${c.lines.join(',')}`, c.message]), 'Every share check holds.'),
    ]),
    section(
      'warnings',
      'Warnings per file',
      summary.warnings.length === 0
        ? ['<p>No warnings.</p>']
        : summary.warnings.map(
            (w) =>
              `<h3>${e(w.source)} <span class="muted">${w.items.length}</span></h3>${table(
                ['line', 'severity', 'code', 'message'],
                w.items.map((d) => [d.line === null ? '' : String(d.line), d.severity, d.code, d.message]),
                '',
                [0],
              )}`,
          ),
    ),
  ]
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(`Archive report: ${title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`
}

function section(id: string, heading: string, content: readonly string[]): string {
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${e(heading)}</h2>\n${content.join('\n')}\n</section>`
}

/**
 * A table in a box that scrolls sideways on a narrow screen.
 *
 * @param numeric the columns to right-align
 * @param fold put the table in a box that opens (the numbers behind a chart); print opens none, so the chart stands for it there
 */
function table(head: readonly string[], rows: readonly (readonly string[])[], empty: string, numeric: readonly number[] = [], fold?: string): string {
  if (rows.length === 0) return empty ? `<p>${e(empty)}</p>` : ''
  const cls = (i: number) => (numeric.includes(i) ? ' class="n"' : '')
  if (fold) return `<details class="numbers"><summary>${e(fold)} as numbers</summary>${table(head, rows, empty, numeric)}</details>`
  return `<div class="wide"><table lang="zh-Hans"><thead><tr>${head.map((h, i) => `<th${cls(i)}>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${e(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`
}
