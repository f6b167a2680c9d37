/**
 * Conservation: every character of an issue's source, other than Markdown's
 * own punctuation, ends up in exactly one field of exactly one block.
 *
 * The source side is the file's bytes decoded by the rule that explains them
 * best (so a file read in the wrong encoding shows as lost text), and every
 * character the Markdown holds: text, code with its info string, HTML, link
 * and image URLs and titles (an autolink's URL is its text), image alt text,
 * the labels of references, definitions and footnotes, link-reference
 * definitions, tables, and the front matter. Bytes no encoding can read are
 * lost text too. The output side is every text field of every item, the page
 * markers, what the parser read as structure (the dashes of a subtitle, the
 * parentheses around a byline; bylines themselves are counted as printed, so
 * that a label shared by two names counts once), and the front matter (read
 * as the issue's metadata). The two must be the same multiset of characters.
 */
import type { Nodes, Root } from 'mdast'
import { forEachTree } from './chunks.js'
import { inspectFrontMatter } from './frontmatter.js'
import type { PlacedIssue } from './records.js'

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
  /** Byte sequences of the file no encoding could read (each a U+FFFD), and the first lines holding them. */
  readonly unreadable: { readonly count: number; readonly lines: number[] }
}

const SPACE = /\s/u

/** The source side: the characters of the source, counted while it was parsed, and its front matter. */
export interface SourceCount {
  readonly characters: Map<string, number[]>
  /** The front matter's YAML, or ''. */
  readonly frontMatter: string
}

/** What the check needs: the issue, its source (counted, or the text to count), and bytes no encoding could read. */
export interface Conservable {
  readonly issue: PlacedIssue
  /** The decoded text (LF line endings). */
  readonly text: string
  /** The source side, when it was counted in the same parse as the issue; else `text` is parsed again. */
  readonly source?: SourceCount
  readonly unreadable?: Conservation['unreadable']
}

/**
 * Check that a parsed issue keeps every character of its source once.
 *
 * @param parsed an issue with its source (text, or counted) and what its items consumed
 */
export function checkConservation(parsed: Conservable): Conservation {
  const unreadable = parsed.unreadable ?? { count: 0, lines: [] }
  const { characters: source, frontMatter } = parsed.source ?? {
    characters: sourceCharacters(parsed.text),
    frontMatter: inspectFrontMatter(parsed.text).front?.value ?? '',
  }
  const output = new Map<string, number>()
  for (const text of [...outputTexts(parsed.issue), frontMatter]) {
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
    holds: missing.length === 0 && extra.length === 0 && unreadable.count === 0,
    sourceChars: [...source.values()].reduce((n, l) => n + l.length, 0),
    outputChars: [...output.values()].reduce((n, c) => n + c, 0),
    missing: missing.sort(byLine),
    extra: extra.sort(byLine),
    unreadable,
  }
}

/**
 * The non-space characters of an issue's source that are not Markdown
 * syntax, each with the lines it stands on.
 *
 * @param text the whole issue, LF line endings
 */
export function sourceCharacters(text: string): Map<string, number[]> {
  const source = new Map<string, number[]>()
  const frontMatter = inspectFrontMatter(text).front !== null
  forEachTree(text, (root, piece) => countCharacters(root, piece.firstLine, source), { frontMatter })
  return source
}

/**
 * Count the source characters of one chunk's tree into `source`: how the
 * pipeline counts them in the same parse that reads the issue.
 *
 * @param firstLine the chunk's first line in the issue
 */
export function countCharacters(root: Root, firstLine: number, source: Map<string, number[]>): void {
  walk(root, (value, line) => {
    let at = line + firstLine - 1
    for (const char of value) {
      if (char === '\n') at++
      else if (!SPACE.test(char)) {
        const lines = source.get(char)
        if (lines) lines.push(at)
        else source.set(char, [at])
      }
    }
  })
}

/** Every piece of text the output holds, once. */
function outputTexts(issue: PlacedIssue): string[] {
  const texts: string[] = issue.pages.map((p) => p.text)
  for (const a of issue.articles) {
    for (const field of [a.headline, a.subtitle, a.kicker, a.inheritedColumn ? null : a.column, a.dateline?.raw]) if (field) texts.push(field)
    texts.push(...a.decks, ...a.notes, ...a.meta, ...a.consumed)
    for (const section of a.sections) {
      if (section.title) texts.push(section.title)
      for (const paragraph of section.paragraphs) texts.push(paragraph.text)
    }
  }
  return texts
}

/**
 * Every piece of text an mdast tree holds, with the line it starts on: a
 * switch over every node type of remark-parse, remark-gfm and
 * remark-frontmatter, so that a type added to mdast fails to compile here
 * rather than going uncounted.
 */
function walk(node: Nodes, visit: (value: string, line: number) => void): void {
  const line = node.position?.start.line ?? 1
  const children = (): void => {
    for (const child of (node as Extract<Nodes, { children: unknown }>).children) walk(child as Nodes, visit)
  }
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
    case 'yaml':
      visit(node.value, line)
      return
    case 'code':
      // The info string (```js title) is the author's text too.
      visit(`${node.lang ?? ''} ${node.meta ?? ''}`, line)
      visit(node.value, line)
      return
    case 'image':
      visit(`${node.alt ?? ''} ${node.url} ${node.title ?? ''}`, line)
      return
    case 'imageReference':
      visit(`${node.alt ?? ''} ${node.referenceType === 'full' ? (node.label ?? '') : ''}`, line)
      return
    case 'link':
      children()
      if (!isAutolink(node.url, plainText(node))) visit(node.url, line)
      visit(node.title ?? '', line)
      return
    case 'linkReference':
      children()
      if (node.referenceType === 'full') visit(node.label ?? '', line)
      return
    case 'definition':
      visit(`${node.label ?? ''} ${node.url} ${node.title ?? ''}`, line)
      return
    case 'footnoteReference':
      visit(node.label ?? '', line)
      return
    case 'footnoteDefinition':
      visit(node.label ?? '', line)
      children()
      return
    case 'break':
    case 'thematicBreak':
      return
    case 'root':
    case 'paragraph':
    case 'heading':
    case 'blockquote':
    case 'list':
    case 'listItem':
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'table':
    case 'tableRow':
    case 'tableCell':
      children()
      return
    default: {
      const unknown: never = node
      throw new Error(`conservation: unexpected mdast node ${(unknown as Nodes).type}`)
    }
  }
}

/** Whether a link's URL is its text: `<https://…>`, a GFM `www.` or e-mail autolink. */
function isAutolink(url: string, text: string): boolean {
  return url === text || url === `mailto:${text}` || url === `http://${text}` || url === `https://${text}`
}

function plainText(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('')
  return ''
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
  const said = parts.length > 0 ? [`characters ${parts.join('; ')}`] : []
  if (result.unreadable.count > 0) {
    const n = result.unreadable.count
    said.push(`${n} byte ${n === 1 ? 'sequence' : 'sequences'} no encoding could read (line ${result.unreadable.lines.join(', ')})`)
  }
  const line = result.missing[0]?.lines[0] ?? result.extra[0]?.lines[0] ?? result.unreadable.lines[0] ?? null
  return { line, message: `Conservation does not hold, ${said.join('; ')}` }
}
