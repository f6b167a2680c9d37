/**
 * Charts as inline SVG: no script, no font file, no image; they scale to the
 * page (viewBox) and print. Each has a title for screen readers.
 */

/** Escape text for HTML and SVG, in content and in attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** A number as a label: whole numbers with separators, others to three significant digits. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US')
  return Number(value.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 6 })
}

/**
 * A number short enough for an axis, in the units a Chinese reader counts
 * in: 318000 → 31.8万, 3256000000 → 32.6亿.
 */
export function formatShort(value: number): string {
  const abs = Math.abs(value)
  if (abs >= 1e8) return `${Number((value / 1e8).toPrecision(3))}亿`
  if (abs >= 1e4) return `${Number((value / 1e4).toPrecision(3))}万`
  return formatNumber(value)
}

/** One bar row: a label and one value per series. */
export interface BarRow {
  readonly label: string
  readonly values: readonly number[]
}

/** Chart width in user units: narrow enough that text stays legible when a phone scales the chart down. */
const WIDTH = 480
const LABEL = 100
const ROW = 22

/**
 * Horizontal bars, one row per label and one bar per series in it (so long
 * Chinese labels stay readable and a phone screen needs no sideways scroll).
 *
 * @param series the names of the values in each row, for the legend
 */
export function barChart(id: string, title: string, rows: readonly BarRow[], series: readonly string[]): string {
  const max = Math.max(1, ...rows.flatMap((r) => r.values))
  // A single series needs no legend and packs tighter.
  const row = series.length > 1 ? ROW : ROW - 4
  const bar = (row - 5) / series.length
  const legend = series.length > 1 ? 20 : 0
  const height = legend + rows.length * row + 4
  const plot = WIDTH - LABEL - 70
  const parts: string[] = []
  series.forEach((name, i) => {
    if (series.length < 2) return
    parts.push(`<rect x="${LABEL + i * 90}" y="4" width="10" height="10" class="s${i}"/><text x="${LABEL + 14 + i * 90}" y="13">${escapeHtml(name)}</text>`)
  })
  rows.forEach((r, n) => {
    const y = legend + n * row
    parts.push(`<text x="${LABEL - 6}" y="${y + row / 2 + 4}" text-anchor="end">${escapeHtml(truncate(r.label, 8))}</text>`)
    let end = LABEL
    r.values.forEach((v, i) => {
      const w = Math.max(v > 0 ? 1 : 0, (v / max) * plot)
      end = Math.max(end, LABEL + w)
      const top = y + 3 + i * bar
      parts.push(`<rect x="${LABEL}" y="${top.toFixed(1)}" width="${w.toFixed(1)}" height="${(bar - 1).toFixed(1)}" class="s${i}"><title>${escapeHtml(`${r.label}: ${formatNumber(v)} ${series[i] ?? ''}`.trim())}</title></rect>`)
    })
    // One label a row, after the longest bar: the values in series order.
    parts.push(`<text x="${(end + 4).toFixed(1)}" y="${y + row / 2 + 4}" class="v">${r.values.map(formatNumber).join(' / ')}</text>`)
  })
  return svg(id, title, height, parts)
}

/**
 * Columns along a time axis, one group per label (a month) with one column
 * per series side by side: as compact for ten years of months as for one.
 * Every label is drawn while they fit, else every n-th.
 */
export function columnChart(id: string, title: string, rows: readonly BarRow[], series: readonly string[]): string {
  const max = Math.max(1, ...rows.flatMap((r) => r.values))
  const left = 36
  const top = 22
  const plotW = WIDTH - left - 8
  const plotH = 110
  const group = plotW / Math.max(1, rows.length)
  const column = (group * 0.8) / series.length
  const every = Math.max(1, Math.ceil(rows.length / Math.floor(plotW / 14)))
  const parts: string[] = [
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" class="axis"/>`,
    `<text x="${left - 4}" y="${top + 4}" text-anchor="end">${formatShort(max)}</text>`,
    `<text x="${left - 4}" y="${top + plotH}" text-anchor="end">0</text>`,
  ]
  series.forEach((name, i) => {
    parts.push(`<rect x="${left + i * 90}" y="4" width="10" height="10" class="s${i}"/><text x="${left + 14 + i * 90}" y="13">${escapeHtml(name)}</text>`)
  })
  rows.forEach((r, n) => {
    const x0 = left + n * group + group * 0.1
    r.values.forEach((v, i) => {
      const h = (v / max) * plotH
      parts.push(
        `<rect x="${(x0 + i * column).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${Math.max(0.5, column - 0.5).toFixed(1)}" height="${h.toFixed(1)}" class="s${i}"><title>${escapeHtml(`${r.label}: ${formatNumber(v)} ${series[i] ?? ''}`.trim())}</title></rect>`,
      )
    })
    if (n % every === 0) {
      const cx = (left + n * group + group / 2).toFixed(1)
      const cy = top + plotH + 8
      parts.push(`<text x="${cx}" y="${cy}" text-anchor="end" transform="rotate(-60 ${cx} ${cy})" class="t">${escapeHtml(r.label)}</text>`)
    }
  })
  return svg(id, title, top + plotH + 56, parts)
}

/** A point of a line chart. */
export interface LinePoint {
  readonly time: string | null
  readonly value: number
}

/**
 * A series as a line with its points, in the order given (time order), the
 * lowest and highest value on the left and the first and last time below.
 */
export function lineChart(id: string, title: string, points: readonly LinePoint[], unit: string | null): string {
  const height = 130
  const left = 104
  const top = 12
  const plotW = WIDTH - left - 20
  const plotH = height - top - 28
  const values = points.map((p) => p.value)
  const low = Math.min(...values)
  const high = Math.max(...values)
  const x = (i: number) => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW)
  const y = (v: number) => top + (high === low ? plotH / 2 : (1 - (v - low) / (high - low)) * plotH)
  const u = unit ? ` ${unit}` : ''
  const parts = [
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" class="axis"/>`,
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" class="axis"/>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${escapeHtml(formatShort(high) + u)}</text>`,
    `<text x="${left - 6}" y="${top + plotH}" text-anchor="end">${escapeHtml(formatShort(low) + u)}</text>`,
    `<text x="${left}" y="${height - 6}">${escapeHtml(points[0]?.time ?? '')}</text>`,
    `<text x="${left + plotW}" y="${height - 6}" text-anchor="end">${escapeHtml(points.at(-1)?.time ?? '')}</text>`,
  ]
  if (points.length > 1) {
    parts.push(`<polyline class="line" points="${points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}"/>`)
  }
  points.forEach((p, i) => {
    parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" class="s0"><title>${escapeHtml(`${p.time ?? 'undated'}: ${formatNumber(p.value)}${u}`)}</title></circle>`)
  })
  return svg(id, title, height, parts)
}

/** @param id unique in the page: the title's id, which labels the chart */
function svg(id: string, title: string, height: number, parts: readonly string[]): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}" class="chart"><title id="${id}">${escapeHtml(title)}</title>${parts.join('')}</svg>`
}

function truncate(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}
