/**
 * Tables that fit the terminal: column widths in display cells (a CJK
 * character takes two, as string-width counts them), text cut to a width
 * with an ellipsis, and a last-resort clip so no line is ever wider than
 * the terminal. Shared by every table emitter.
 */
import type { ChalkInstance } from 'chalk'
import Table from 'cli-table3'
import stringWidth from 'string-width'
import { escapeForTerminal } from '../io/terminal.js'

/** The width a table gets when the output is no terminal and `COLUMNS` is not set. */
export const DEFAULT_WIDTH = 80

/** How one column may give way when the table is too wide. */
export interface ColumnFit {
  /** The narrowest the column may become, in cells of content. */
  readonly min: number
  /** Columns with a higher number give way first; 0 never gives way. */
  readonly give: number
  /** The widest the column ever is, however wide the terminal (a byline list need not be long). */
  readonly max?: number
}

/** cli-table3's frame: a space either side of each cell, a border between cells and at both ends. */
export function frameWidth(columns: number): number {
  return columns * 3 + 1
}

/**
 * The content width of each column so that the table fits `width` cells.
 *
 * @param cells the rows' cell texts (header included), as they will be shown
 * @returns for each column, the widest its text may be
 */
export function fitColumns(cells: readonly (readonly string[])[], fits: readonly ColumnFit[], width: number): number[] {
  const widths = fits.map((fit, c) => {
    const widest = Math.max(0, ...cells.map((row) => stringWidth(row[c] ?? '')))
    return Math.min(widest, fit.max ?? Infinity)
  })
  let excess = widths.reduce((a, b) => a + b, 0) + frameWidth(fits.length) - width
  const order = fits
    .map((fit, c) => ({ fit, c }))
    .filter(({ fit }) => fit.give > 0)
    .sort((a, b) => b.fit.give - a.fit.give || a.c - b.c)
  for (const { fit, c } of order) {
    if (excess <= 0) break
    const cut = Math.min(excess, Math.max(0, widths[c]! - fit.min))
    widths[c]! -= cut
    excess -= cut
  }
  return widths
}

/**
 * A table whose columns fit `width` (see emit/layout.ts): cells are measured
 * and cut as plain text, then painted.
 *
 * @param paint colours a row's cut cells (row index given)
 */
export function fittedTable(
  head: readonly string[],
  fits: readonly ColumnFit[],
  rows: readonly (readonly string[])[],
  colors: ChalkInstance,
  width: number,
  options: { colAligns?: ('left' | 'right' | 'center')[]; paint?: (cells: string[], row: number) => string[] } = {},
): string {
  // A row is one line: breaks become spaces; other control characters are shown, not obeyed.
  const plain = rows.map((row) => row.map((cell) => escapeForTerminal(cell.replace(/\s+/g, ' '))))
  const widths = fitColumns([head, ...plain], fits, width)
  const table = new Table({
    head: head.map((cell, c) => fitText(cell, widths[c]!)),
    style: { head: colors.level > 0 ? ['cyan'] : [], border: colors.level > 0 ? ['grey'] : [], compact: true },
    ...(options.colAligns ? { colAligns: options.colAligns } : {}),
  })
  plain.forEach((row, i) => {
    const cells = row.map((cell, c) => fitText(cell, widths[c]!))
    table.push(options.paint ? options.paint(cells, i) : cells)
  })
  return clipLines(table.toString(), width)
}

/** Text cut to at most `width` cells, ending in `…` when cut. */
export function fitText(text: string, width: number): string {
  if (stringWidth(text) <= width) return text
  if (width <= 0) return ''
  let out = ''
  let used = 0
  for (const { segment } of graphemes(text)) {
    const w = stringWidth(segment)
    if (used + w > width - 1) break
    out += segment
    used += w
  }
  return `${out}…`
}

/**
 * Text broken into lines of at most `width` cells (at a space where one is
 * near, else between any two characters, as Chinese text is written).
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const { segment } of graphemes(text)) {
    const w = stringWidth(segment)
    if (used + w > width && line !== '') {
      const space = line.lastIndexOf(' ')
      // Break at the last space when it is in the second half of the line.
      if (space > line.length / 2) {
        lines.push(line.slice(0, space))
        line = line.slice(space + 1)
      } else {
        lines.push(line)
        line = ''
      }
      used = stringWidth(line)
    }
    line += segment
    used += w
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}

/**
 * Every line cut to `width` cells (the last one an ellipsis), keeping colour codes whole: the guarantee
 * that holds even when the columns could not shrink enough.
 */
export function clipLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => (stringWidth(line) <= width ? line : clipLine(line, width)))
    .join('\n')
}

// Colour codes (SGR) take no cells; they are kept so colour is closed properly.
const SGR = /\u001b\[[0-9;]*m/y

function clipLine(line: string, width: number): string {
  // One cell is kept for the ellipsis that says the line goes on.
  const room = width - 1
  let out = ''
  let used = 0
  let i = 0
  let coloured = false
  while (i < line.length) {
    SGR.lastIndex = i
    const code = SGR.exec(line)
    if (code) {
      out += code[0]
      coloured = code[0] !== '\u001b[0m' && code[0] !== '\u001b[m'
      i += code[0].length
      continue
    }
    const { segment } = graphemes(line.slice(i, i + 16)).next().value as { segment: string }
    const w = stringWidth(segment)
    if (used + w > room) break
    out += segment
    used += w
    i += segment.length
  }
  return `${out}${coloured ? '\u001b[0m' : ''}${width > 0 ? '…' : ''}`
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
function graphemes(text: string): IterableIterator<Intl.SegmentData> {
  return segmenter.segment(text)[Symbol.iterator]()
}
