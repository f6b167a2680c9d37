/**
 * Where a paragraph's text stands in the source. A paragraph is source text
 * with characters taken out (Markdown marks, indentation, line breaks, a
 * dateline) and at most a space put in where two wrapped lines join, so its
 * text is a few runs, each a stretch of one source line. The runs are made
 * when the blocks are read and travel with the paragraph, so a figure's line
 * and column are looked up, never searched for.
 */

/** From text index `at` on, the characters follow one another from `line`:`column` of the source (both 1-based). */
export interface Run {
  readonly at: number
  readonly line: number
  readonly column: number
}

/** Text with the runs that place it. */
export interface Placed {
  readonly text: string
  readonly runs: readonly Run[]
}

/** How far ahead on its line a character of the text is looked for: past Markdown marks (`**`, `\`, `&amp;`, `> `). */
const WINDOW = 64

/**
 * Place a line of text read from a source line: each character is found on
 * the line at or after the previous one, and a run starts wherever the text
 * skipped source characters.
 *
 * @param text the line's text (remark's values, marks taken out)
 * @param raw the source line
 * @param line its number (1-based)
 * @param from where on the source line the text starts, or may start (0-based)
 */
export function alignLine(text: string, raw: string, line: number, from: number): Run[] {
  const runs: Run[] = []
  let cursor = from
  let expected = -1
  for (let i = 0; i < text.length; i++) {
    let at = cursor
    const limit = Math.min(raw.length, cursor + WINDOW)
    while (at < limit && raw.charCodeAt(at) !== text.charCodeAt(i)) at++
    // A character the line does not show (an entity, a join) stays in the run it extends.
    if (at >= limit) at = cursor
    if (at !== expected) runs.push({ at: i, line, column: at + 1 })
    cursor = at + 1
    expected = cursor
  }
  return runs
}

/** The runs of text whose first `count` characters were taken off. */
export function dropStart(runs: readonly Run[], count: number): Run[] {
  if (count === 0) return [...runs]
  const out: Run[] = []
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!
    const next = runs[i + 1]
    if (next !== undefined && next.at <= count) continue
    out.push(run.at >= count ? { ...run, at: run.at - count } : { at: 0, line: run.line, column: run.column + count - run.at })
  }
  return out
}

/** The runs of `first` followed, `offset` characters on, by those of a second text. */
export function appendRuns(first: readonly Run[], second: readonly Run[], offset: number): Run[] {
  return [...first, ...second.map((run) => ({ ...run, at: run.at + offset }))]
}

/**
 * The runs of a paragraph whose text was cut to `next`: a prefix keeps
 * them; a suffix (a dateline taken off the front) moves them.
 */
export function rerun(placed: Placed, next: string): readonly Run[] {
  if (next.length === placed.text.length || placed.text.startsWith(next)) return placed.runs
  if (placed.text.endsWith(next)) return dropStart(placed.runs, placed.text.length - next.length)
  const at = placed.text.indexOf(next)
  return at > 0 ? dropStart(placed.runs, at) : placed.runs
}

/**
 * The source line and column of a character of the text.
 *
 * @param fallback the line for text with no runs
 */
export function positionAt(runs: readonly Run[], index: number, fallback: number): { line: number; column: number } {
  let low = 0
  let high = runs.length
  // The last run starting at or before the index.
  while (low < high) {
    const mid = (low + high) >> 1
    if (runs[mid]!.at <= index) low = mid + 1
    else high = mid
  }
  const run = runs[low - 1]
  return run ? { line: run.line, column: run.column + index - run.at } : { line: fallback, column: index + 1 }
}
