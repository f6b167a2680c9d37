/**
 * mdast to blocks: the issue as a flat list of headings and paragraphs in
 * reading order, each with its source lines. Markdown syntax is gone here;
 * lists, quotes and tables are read as the paragraphs they hold.
 */
import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'

/** A heading of any depth, its inline markup removed. */
export interface HeadingBlock {
  readonly type: 'heading'
  readonly depth: number
  readonly text: string
  readonly line: number
  readonly endLine: number
}

/** One logical paragraph: soft-wrapped lines joined, hard breaks and indented lines split apart. */
export interface ParagraphBlock {
  readonly type: 'paragraph'
  readonly text: string
  readonly line: number
  readonly endLine: number
}

export type Block = HeadingBlock | ParagraphBlock

/**
 * Flatten an mdast tree into blocks.
 *
 * @param root the parsed issue
 */
export function toBlocks(root: Root): Block[] {
  const blocks: Block[] = []
  for (const node of root.children) visit(node, blocks)
  return blocks
}

function visit(node: RootContent, blocks: Block[]): void {
  switch (node.type) {
    case 'heading':
      pushHeading(node, blocks)
      return
    case 'paragraph':
      pushParagraphs(node, blocks)
      return
    case 'code':
    case 'html':
      pushRaw(node.value, lineOf(node), blocks)
      return
    case 'table':
      for (const row of node.children) {
        const cells = row.children.map((cell) => inlineText(cell.children).trim()).filter(Boolean)
        if (cells.length > 0) pushRaw(cells.join(' '), lineOf(row), blocks)
      }
      return
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'footnoteDefinition':
      for (const child of node.children) visit(child as RootContent, blocks)
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
}

function pushParagraphs(node: Paragraph, blocks: Block[]): void {
  const lines = splitLines(node.children, lineOf(node))
  let current: Line[] = []
  const flush = (): void => {
    const text = clean(joinWrapped(current.map((l) => l.text)))
    const first = current[0]
    const last = current[current.length - 1]
    if (text !== '' && first && last) blocks.push({ type: 'paragraph', text, line: first.line, endLine: last.line })
    current = []
  }
  for (const line of lines) {
    // A hard break, or a line indented with ideographic or no-break spaces
    // (how plain-text e-paper dumps start a paragraph), begins a new paragraph.
    if (current.length > 0 && (line.hard || /^[\u3000\u00a0]/.test(line.text))) flush()
    current.push(line)
  }
  flush()
}

function pushRaw(value: string, line: number, blocks: Block[]): void {
  value.split('\n').forEach((text, i) => {
    const cleaned = clean(text)
    if (cleaned !== '') blocks.push({ type: 'paragraph', text: cleaned, line: line + i, endLine: line + i })
  })
}

function splitLines(children: PhrasingContent[], startLine: number): Line[] {
  const lines: Line[] = [{ text: '', line: startLine, hard: false }]
  const walk = (nodes: PhrasingContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'break') {
        lines.push({ text: '', line: endLineOf(node), hard: true })
        continue
      }
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
        const parts = node.value.split('\n')
        const current = lines[lines.length - 1]!
        current.text += parts[0]
        let line = (node.position?.start.line ?? current.line)
        for (const part of parts.slice(1)) lines.push({ text: part, line: ++line, hard: false })
        continue
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        lines[lines.length - 1]!.text += node.alt ?? ''
        continue
      }
      if ('children' in node) walk(node.children as PhrasingContent[])
    }
  }
  walk(children)
  return lines.filter((l) => l.text.trim() !== '' || l.hard)
}

/** Plain text of inline content; soft breaks stay as `\n`. */
export function inlineText(nodes: readonly Nodes[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') out += node.value
    else if (node.type === 'break') out += '\n'
    else if (node.type === 'image' || node.type === 'imageReference') out += node.alt ?? ''
    else if ('children' in node) out += inlineText(node.children as Nodes[])
  }
  return out
}

/**
 * Join soft-wrapped lines: nothing between two Han characters (Chinese has
 * no spaces between words), one space elsewhere.
 */
export function joinWrapped(lines: readonly string[]): string {
  let out = ''
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    if (out !== '' && !(isCjk(out[out.length - 1]!) && isCjk(line[0]!))) out += ' '
    out += line
  }
  return out
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u

function isCjk(char: string): boolean {
  return CJK.test(char)
}

/** Trim every kind of space, including U+3000 and U+00A0, from both ends. */
export function clean(text: string): string {
  return text.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/gu, '')
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1
}

function endLineOf(node: { position?: { end: { line: number } } }): number {
  return node.position?.end.line ?? 1
}
