/**
 * Conservation: every non-space character of an issue, other than Markdown
 * syntax, ends up in exactly one field of exactly one block. The source side
 * is what remark reads as text (Markdown syntax and YAML front matter are
 * not); the output side is every text field of every item, the page markers,
 * and what the parser read as structure (the dashes of a subtitle, the
 * parentheses around a byline; bylines themselves are counted as printed, so
 * that a label shared by two names counts once). The two must be the same
 * multiset of characters.
 */
import type { Nodes } from 'mdast'
import type { Issue } from '../schema.js'
import { splitFrontMatter } from './frontmatter.js'
import type { ParsedIssue } from './index.js'
import { forEachTree } from './segments.js'

/** A character the two sides disagree on. */
export interface Imbalance {
  readonly char: string
  /** How many more the source has (missing from the output) or the output has (extra). */
  readonly count: number
  /** Source lines where the character stands (the first few), empty for a character the source lacks. */
  readonly lines: number[]
}

/** The outcome of a conservation check. */
export interface Conservation {
  readonly holds: boolean
  /** Non-space characters of the source, and of the output. */
  readonly sourceChars: number
  readonly outputChars: number
  /** In the source but in no field. */
  readonly missing: Imbalance[]
  /** In the output more often than in the source (invented or duplicated). */
  readonly extra: Imbalance[]
}

const SPACE = /\s/u

/**
 * Check that a parsed issue keeps every character of its source once.
 *
 * @param parsed an issue with its source text and what its items consumed
 */
export function checkConservation(parsed: ParsedIssue): Conservation {
  const source = new Map<string, number[]>()
  forEachTree(splitFrontMatter(parsed.text).text, (root, piece) => walk(root, (value, line) => count(value, line + piece.firstLine - 1)))
  function count(value: string, line: number): void {
    let at = line
    for (const char of value) {
      if (char === '\n') at++
      else if (!SPACE.test(char)) {
        const lines = source.get(char)
        if (lines) lines.push(at)
        else source.set(char, [at])
      }
    }
  }
  const output = new Map<string, number>()
  for (const text of outputTexts(parsed.issue, parsed.consumed)) {
    for (const char of text) if (!SPACE.test(char)) output.set(char, (output.get(char) ?? 0) + 1)
  }
  const missing: Imbalance[] = []
  const extra: Imbalance[] = []
  for (const [char, lines] of source) {
    const out = output.get(char) ?? 0
    if (lines.length > out) missing.push({ char, count: lines.length - out, lines: [...new Set(lines)].slice(0, 5) })
    if (out > lines.length) extra.push({ char, count: out - lines.length, lines: [...new Set(lines)].slice(0, 5) })
  }
  for (const [char, count] of output) if (!source.has(char)) extra.push({ char, count, lines: [] })
  const byLine = (a: Imbalance, b: Imbalance): number => (a.lines[0] ?? 0) - (b.lines[0] ?? 0) || a.char.localeCompare(b.char)
  return {
    holds: missing.length === 0 && extra.length === 0,
    sourceChars: [...source.values()].reduce((n, l) => n + l.length, 0),
    outputChars: [...output.values()].reduce((n, c) => n + c, 0),
    missing: missing.sort(byLine),
    extra: extra.sort(byLine),
  }
}

/** Every piece of text the output holds, once. */
function outputTexts(issue: Issue, consumed: readonly string[][]): string[] {
  const texts: string[] = issue.pages.map((p) => p.text)
  issue.articles.forEach((a, i) => {
    for (const field of [a.headline, a.subtitle, a.kicker, a.column, a.dateline?.raw]) if (field) texts.push(field)
    texts.push(...a.decks, ...a.notes, ...a.meta, ...(consumed[i] ?? []))
    for (const section of a.sections) {
      if (section.title) texts.push(section.title)
      texts.push(...section.paragraphs)
    }
  })
  return texts
}

/** The text leaves of an mdast tree, with the line each starts on. */
function walk(node: Nodes, visit: (value: string, line: number) => void): void {
  const line = node.position?.start.line ?? 1
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') {
    visit(node.value, line)
    return
  }
  if (node.type === 'image' || node.type === 'imageReference') {
    visit(node.alt ?? '', line)
    return
  }
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit)
}

/**
 * Say where conservation does not hold, in a line of diagnostics.
 *
 * @returns null when it holds
 */
export function describeImbalance(result: Conservation): { line: number | null; message: string } | null {
  if (result.holds) return null
  const show = (list: readonly Imbalance[]): string =>
    list
      .slice(0, 8)
      .map((i) => `“${i.char}”×${i.count}${i.lines.length ? ` (line ${i.lines.join(', ')})` : ''}`)
      .join(', ') + (list.length > 8 ? `, and ${list.length - 8} more` : '')
  const parts: string[] = []
  if (result.missing.length) parts.push(`${result.missing.reduce((n, i) => n + i.count, 0)} in no field: ${show(result.missing)}`)
  if (result.extra.length) parts.push(`${result.extra.reduce((n, i) => n + i.count, 0)} output more often than in the source: ${show(result.extra)}`)
  const line = result.missing[0]?.lines[0] ?? result.extra[0]?.lines[0] ?? null
  return { line, message: `Conservation does not hold, characters ${parts.join('; ')}` }
}
