/**
 * Lines into paragraph text: soft-wrapped lines joined as Chinese is written
 * (no space between Han characters), and every kind of space trimmed, each
 * keeping where its text stands in the source (positions.ts).
 */
import { dropStart, type Placed, type Run } from './positions.js'

/**
 * Join soft-wrapped lines: nothing between two Han characters (Chinese has
 * no spaces between words), one space elsewhere.
 */
export function joinWrapped(lines: readonly string[]): string {
  return joinPlaced(lines.map((text) => ({ text, runs: [] }))).text
}

/** Join soft-wrapped lines as `joinWrapped` does, keeping where each stands in the source. */
export function joinPlaced(lines: readonly Placed[]): Placed {
  // The parts are joined once at the end, and the last character is kept
  // aside: reading a character of a string being built by `+=` flattens it
  // every time, which made a paragraph of 100k lines quadratic.
  const parts: string[] = []
  const runs: Run[] = []
  let length = 0
  let last = ''
  for (const raw of lines) {
    const line = raw.text.trim()
    if (line === '') continue
    if (last !== '' && !(isCjk(last) && isCjk(line[0]!))) {
      parts.push(' ')
      length++
    }
    for (const run of dropStart(raw.runs, raw.text.length - raw.text.trimStart().length)) runs.push({ ...run, at: run.at + length })
    parts.push(line)
    length += line.length
    last = line[line.length - 1]!
  }
  return { text: parts.join(''), runs }
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u

function isCjk(char: string): boolean {
  return CJK.test(char)
}

/** Trim every kind of space, including U+3000 and U+00A0, from both ends. */
export function clean(text: string): string {
  // Indexes, not a pattern: /[\s]+$/ retries at every space of a long inner
  // run (quadratic), and a run of millions overflows the regular-expression stack.
  let start = 0
  let end = text.length
  while (start < end && SPACE.test(text[start]!)) start++
  while (end > start && SPACE.test(text[end - 1]!)) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** `clean`, keeping where the text stands. */
export function cleanPlaced(placed: Placed): Placed {
  const text = clean(placed.text)
  if (text.length === placed.text.length) return placed
  let start = 0
  while (start < placed.text.length && SPACE.test(placed.text[start]!)) start++
  return { text, runs: dropStart(placed.runs, start) }
}

/** One character of space, U+3000, U+00A0 and the BOM included. */
const SPACE = /^[\s\u3000\u00a0\ufeff]$/u
