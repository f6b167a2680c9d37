/**
 * mdast to blocks: the issue as a flat list of headings and paragraphs in
 * reading order, each with its source lines. Markdown syntax is gone here;
 * lists, quotes and tables are read as the paragraphs they hold.
 */
import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { ARCHIVE_LINE } from '../rules/pages.js'
import { clean, cleanPlaced, joinPlaced } from './lines.js'
import { alignLine, type Run } from './positions.js'

/** What a line of a plain-text heading block is (Markdown headings have no role). */
export type HeadingRole = 'kicker' | 'headline' | 'subtitle' | 'deck'

/** A heading of any depth, its inline markup removed. */
export interface HeadingBlock {
  readonly type: 'heading'
  readonly depth: number
  readonly text: string
  readonly line: number
  readonly endLine: number
  /** Set for heading lines of plain-text articles, where position says what a line is. */
  readonly role?: HeadingRole
  /** A brief's heading under a rubric of briefs (微阅读): the rubric, printed once over them all. */
  readonly rubric?: string
}

/** One logical paragraph: soft-wrapped lines joined, hard breaks and indented lines split apart. */
export interface ParagraphBlock {
  readonly type: 'paragraph'
  readonly text: string
  readonly line: number
  readonly endLine: number
  /** Its first source line starts with ideographic, no-break or several spaces. */
  readonly indented: boolean
  /** Where its text stands in the source. */
  readonly runs: readonly Run[]
}

/** The blocks of an issue, and whether it is plain text (one paragraph a line) rather than Markdown. */
export interface Blocks {
  readonly blocks: Block[]
  readonly plain: boolean
}

export type Block = HeadingBlock | ParagraphBlock

/** What the walk needs besides the tree: the source lines and the file's mode. */
interface Context {
  readonly lines: readonly string[]
  readonly plain: boolean
}

/** A line indented as plain-text e-paper dumps start paragraphs (U+3000, U+00A0, or 2+ spaces). */
const INDENT = /^(?:[\u3000\u00a0]|[ \t]{2,})/


/**
 * A file with no Markdown heading is plain text, one paragraph a line: an
 * e-paper crawler's dump (lines indented with U+3000) or a crawled reader page.
 */
export function isPlainText(source: string): boolean {
  return !/^ {0,3}#{1,6}(?:[ \t]|$)/m.test(source)
}

/**
 * Flatten an mdast tree into blocks.
 *
 * In a plain-text file (an e-paper crawler's dump) every line is its own
 * paragraph, never a soft-wrapped part of one.
 *
 * @param root the parsed issue, or one chunk of it
 * @param source the text it was parsed from, for each line's indentation
 * @param options `plain` for a plain-text file; `firstLine` of a chunk, for line numbers
 */
export function toBlocks(root: Root, source: string, options: { plain?: boolean; firstLine?: number } = {}): Blocks {
  const lines = source.split('\n')
  const plain = options.plain ?? isPlainText(source)
  const blocks: Block[] = []
  const context: Context = { lines, plain }
  // Depth-first with an explicit stack: quotes and lists nest as deep as the
  // markers go (`>`×5000 is a 5 KB file), deeper than the call stack.
  const pending: RootContent[] = [...root.children].reverse()
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) visit(node, blocks, context, pending)
  const shift = (options.firstLine ?? 1) - 1
  if (shift === 0) return { blocks, plain }
  return { blocks: blocks.map((b) => shifted(b, shift)), plain }
}

function shifted(block: Block, shift: number): Block {
  if (block.type === 'heading') return { ...block, line: block.line + shift, endLine: block.endLine + shift }
  return { ...block, line: block.line + shift, endLine: block.endLine + shift, runs: block.runs.map((r) => ({ ...r, line: r.line + shift })) }
}

/** Take one node's text into `blocks`, or put its children on `pending` (last first, so they pop in order). */
function visit(node: RootContent, blocks: Block[], context: Context, pending: RootContent[]): void {
  switch (node.type) {
    case 'heading':
      pushHeading(node, blocks)
      return
    case 'paragraph':
      pushParagraphs(node, blocks, context)
      return
    case 'code':
    case 'html': {
      // A fenced block's text starts on the line after its fence.
      const fenced = node.type === 'code' && /^[ \t]*(?:`{3}|~{3})/.test(context.lines[lineOf(node) - 1] ?? '')
      pushRaw(node.value, lineOf(node), blocks, context, fenced ? 1 : 0)
      return
    }
    case 'table':
      for (const row of node.children) {
        const cells = row.children.map((cell) => inlineText(cell.children).trim()).filter(Boolean)
        if (cells.length > 0) pushRaw(cells.join(' '), lineOf(row), blocks, context, 0)
      }
      return
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'footnoteDefinition':
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as RootContent)
      return
    default:
      // thematicBreak, definition, yaml: Markdown syntax, no text of the issue's own.
      return
  }
}

function pushHeading(node: Heading, blocks: Block[]): void {
  // Headings are one line: decks separated by runs of spaces keep one.
  const text = clean(inlineText(node.children)).replace(/[\s\u3000\u00a0]+/gu, ' ')
  if (text === '') return
  blocks.push({ type: 'heading', depth: node.depth, text, line: lineOf(node), endLine: endLineOf(node) })
}

interface Line {
  text: string
  line: number
  /** Starts after a hard break: never joined to the line before. */
  hard: boolean
  /** Where on its source line the text starts (0-based), as far as the tree says. */
  from: number
}

function pushParagraphs(node: Paragraph, blocks: Block[], context: Context): void {
  const lines = splitLines(node.children, lineOf(node))
  let current: Line[] = []
  const raw = (line: Line): string => context.lines[line.line - 1] ?? ''
  const flush = (): void => {
    const placed = cleanPlaced(joinPlaced(current.map((l) => ({ text: l.text, runs: alignLine(l.text, raw(l), l.line, l.from) }))))
    const first = current[0]
    const last = current[current.length - 1]
    if (placed.text !== '' && first && last) {
      blocks.push({ type: 'paragraph', text: placed.text, line: first.line, endLine: last.line, indented: INDENT.test(raw(first)), runs: placed.runs })
    }
    current = []
  }
  let previousMeta = false
  for (const line of lines) {
    // A hard break, an indented line (how plain-text e-paper dumps start a
    // paragraph), a metadata line, or any line of a plain-text file begins a
    // new paragraph.
    const meta = ARCHIVE_LINE.test(line.text.trim())
    const starts = line.hard || context.plain || INDENT.test(raw(line)) || /^[\u3000\u00a0]/.test(line.text) || meta || previousMeta
    if (current.length > 0 && starts) flush()
    current.push(line)
    previousMeta = meta
  }
  flush()
}

/**
 * Each line of code, HTML or a table row as its own paragraph.
 *
 * @param skip source lines between `line` and the first line of text (a code fence)
 */
function pushRaw(value: string, line: number, blocks: Block[], context: Context, skip: number): void {
  value.split('\n').forEach((text, i) => {
    const at = line + i + skip
    const placed = cleanPlaced({ text, runs: alignLine(text, context.lines[at - 1] ?? '', at, 0) })
    // A plain-text dump indented with four spaces reads as indented code: its lines are indented text.
    const indented = INDENT.test(context.lines[at - 1] ?? '')
    if (placed.text !== '') blocks.push({ type: 'paragraph', text: placed.text, line: line + i, endLine: line + i, indented, runs: placed.runs })
  })
}

function splitLines(children: PhrasingContent[], startLine: number): Line[] {
  const lines: Line[] = [{ text: '', line: startLine, hard: false, from: 0 }]
  for (const node of leaves(children)) {
    const current = lines[lines.length - 1]!
    // The first text of a line says where on its source line the text starts.
    if (current.text === '' && node.position?.start.line === current.line) current.from = node.position.start.column - 1
    if (node.type === 'break') {
      lines.push({ text: '', line: endLineOf(node), hard: true, from: 0 })
    } else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
      const parts = node.value.split('\n')
      current.text += parts[0]
      let line = node.position?.start.line ?? current.line
      for (const part of parts.slice(1)) lines.push({ text: part, line: ++line, hard: false, from: 0 })
    } else if (node.type === 'image' || node.type === 'imageReference') {
      current.text += node.alt ?? ''
    }
  }
  return lines.filter((l) => l.text.trim() !== '' || l.hard)
}

/** Plain text of inline content; soft breaks stay as `\n`. */
export function inlineText(nodes: readonly Nodes[]): string {
  let out = ''
  for (const node of leaves(nodes)) {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') out += node.value
    else if (node.type === 'break') out += '\n'
    else if (node.type === 'image' || node.type === 'imageReference') out += node.alt ?? ''
  }
  return out
}

/**
 * The nodes without children under `nodes`, in document order. Iterative:
 * emphasis nests as deep as a run of `*` goes, deeper than the call stack.
 */
function* leaves<T extends Nodes>(nodes: readonly T[]): Generator<T> {
  const pending: T[] = [...nodes].reverse()
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if ('children' in node) {
      const children = node.children as T[]
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!)
    } else yield node
  }
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1
}

function endLineOf(node: { position?: { end: { line: number } } }): number {
  return node.position?.end.line ?? 1
}
