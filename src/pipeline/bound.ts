/**
 * Bound what remark is given. micromark's time grows faster than the input on
 * a few constructs no newspaper prints: containers nested thousands deep on
 * one line (`>`×5000, `- `×50k before a word, `1. `×N) and long runs of
 * emphasis delimiters (`*`×5000 文 `*`×5000). Markers beyond a limit are
 * escaped with a backslash, so they read as the text they are: the
 * characters stay the same, the tree stays shallow, and the time linear.
 * Fenced code is left alone, since a backslash there would be text.
 */
import type { Warning } from '../schema.js'

/** Containers (quotes, list items) one line may open; deeper markers are read as text. */
export const MAX_NESTING = 32
/** Emphasis delimiters (`*`, `_`) one run may hold; a longer run is read as text. */
export const MAX_DELIMITER_RUN = 32

/** Text to give remark, and what was changed. */
export interface Bounded {
  /** The text with markers beyond the limits escaped; as many lines as before. */
  readonly text: string
  /** One `marker-limit` warning per line changed; lines counted from 1 in the text given. */
  readonly warnings: Warning[]
}

/**
 * Escape the Markdown markers that go beyond MAX_NESTING and MAX_DELIMITER_RUN.
 *
 * @param text an issue or one chunk of it, LF line endings
 * @param options `frontMatter` when the text starts with front matter: its YAML is left as it is
 */
export function boundMarkers(text: string, options: { frontMatter?: boolean } = {}): Bounded {
  // Nothing to do in the common case: no run of markers can be long enough.
  if (!mayExceed(text)) return { text, warnings: [] }
  const warnings: Warning[] = []
  const lines = text.split('\n')
  let fence: string | null = null
  let first = 0
  if (options.frontMatter) {
    // The block ends at the first `---` or `...` line after the opening one.
    first = 1
    while (first < lines.length && !/^(?:---|\.\.\.)[ \t]*$/.test(lines[first]!)) first++
    first++
  }
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (marker) {
      if (fence === null) fence = marker[1]![0]!
      else if (marker[1]![0] === fence) fence = null
      continue
    }
    // `- - - -` and `****`: a thematic break, however long.
    if (fence !== null || isThematicBreak(line)) continue
    const nested = boundNesting(line)
    const runs = boundRuns(nested.line)
    if (nested.at === null && runs.count === 0) continue
    lines[i] = runs.line
    const what: string[] = []
    if (nested.at !== null) what.push(`more than ${MAX_NESTING} nested quote or list markers`)
    if (runs.count > 0) what.push(`${runs.count === 1 ? 'a run' : `${runs.count} runs`} of more than ${MAX_DELIMITER_RUN} * or _`)
    warnings.push({
      code: 'marker-limit',
      message: `Unexpected ${what.join(' and ')}, expected Markdown a newspaper prints; the markers beyond the limit are read as text`,
      line: i + 1,
    })
  }
  return { text: lines.join('\n'), warnings }
}

/** Whether a text has a run of markers that may go beyond a limit (a quick scan before the line by line one). */
function mayExceed(text: string): boolean {
  let run = 0
  let markers = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '*' || c === '_') {
      if (++run > MAX_DELIMITER_RUN) return true
    } else run = 0
    if (c === '\n') markers = 0
    else if (c === '>' || c === '-' || c === '+' || c === '*' || c === '.' || c === ')') {
      if (++markers > MAX_NESTING) return true
    }
  }
  return false
}

/**
 * Escape the first container marker of a line beyond MAX_NESTING.
 */
function boundNesting(line: string): { line: string; at: number | null } {
  let depth = 0
  let i = 0
  while (i < line.length) {
    while (line[i] === ' ' || line[i] === '\t') i++
    const c = line[i]
    let width = 0
    let escapeAt = i
    if (c === '>') width = 1
    else if ((c === '-' || c === '+' || c === '*') && isSpaceOrEnd(line, i + 1)) width = 1
    else {
      let d = i
      while (d < line.length && d - i < 9 && line[d]! >= '0' && line[d]! <= '9') d++
      if (d > i && (line[d] === '.' || line[d] === ')') && isSpaceOrEnd(line, d + 1)) {
        width = d + 1 - i
        // Digits cannot be escaped; the `.` or `)` after them can.
        escapeAt = d
      }
    }
    if (width === 0) break
    if (++depth > MAX_NESTING) {
      return { line: `${line.slice(0, escapeAt)}\\${line.slice(escapeAt)}`, at: escapeAt }
    }
    i += width
  }
  return { line, at: null }
}

function isSpaceOrEnd(line: string, i: number): boolean {
  return i >= line.length || line[i] === ' ' || line[i] === '\t'
}

/** Three or more of one of `-`, `*`, `_`, and nothing else but spaces (scanned: a pattern would overflow on a long line). */
function isThematicBreak(line: string): boolean {
  let mark = ''
  let count = 0
  for (const c of line) {
    if (c === ' ' || c === '\t') continue
    if (mark === '' && (c === '-' || c === '*' || c === '_')) mark = c
    if (c !== mark) return false
    count++
  }
  return count >= 3
}

/**
 * Escape every `*` or `_` of a run longer than MAX_DELIMITER_RUN. All of it:
 * a run cut to the limit would still be matched against the other runs, and
 * that costs micromark time in proportion to the run times the line.
 */
function boundRuns(line: string): { line: string; count: number } {
  let count = 0
  let out = ''
  let from = 0
  let i = 0
  while (i < line.length) {
    const c = line[i]
    if (c !== '*' && c !== '_') {
      i++
      continue
    }
    let end = i
    while (line[end] === c) end++
    if (end - i > MAX_DELIMITER_RUN) {
      count++
      out += line.slice(from, i) + `\\${c}`.repeat(end - i)
      from = end
    }
    i = end
  }
  return count === 0 ? { line, count } : { line: out + line.slice(from), count }
}
