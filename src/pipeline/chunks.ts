/**
 * Large issues are parsed in chunks, so that memory follows the largest
 * article rather than the whole file: remark's tree of a 50 MB file would
 * take gigabytes. A file is cut only at a heading line or a blank line
 * outside a fenced code block, so every chunk parses as it would in place.
 * (Not to be confused with `segment.ts`, which cuts text into words.)
 */
import type { Root } from 'mdast'
import type { Warning } from '../schema.js'
import { boundMarkers } from './bound.js'
import { toMdast } from './mdast.js'

/** A piece of an issue and the line it starts on (1-based). */
export interface Chunk {
  readonly text: string
  readonly firstLine: number
}

/** A chunk as parsed: with the warnings of markers read as text (lines of the whole issue). */
export interface ParsedChunk extends Chunk {
  readonly warnings: Warning[]
}

/** Files up to this many characters are parsed whole. */
export const CHUNK_SIZE = 256 * 1024

/**
 * Nor more lines than this: remark's memory follows the number of blocks
 * more than the characters, and 100k one-character paragraphs (500 KB)
 * took a gigabyte in one tree.
 */
export const CHUNK_LINES = 8 * 1024

/**
 * Cut an issue into chunks of about CHUNK_SIZE characters.
 *
 * @param text the whole issue, LF line endings
 */
export function toChunks(text: string, size = CHUNK_SIZE, maxLines = CHUNK_LINES): Chunk[] {
  if (text.length <= size && !hasMoreLines(text, maxLines)) return [{ text, firstLine: 1 }]
  const lines = text.split('\n')
  const out: Chunk[] = []
  let start = 0
  let length = 0
  let fence: string | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (marker) {
      if (fence === null) fence = marker[1]![0]!
      else if (marker[1]![0] === fence) fence = null
    }
    // Cut before a heading, or after a blank line before unindented text, once the chunk is big enough.
    const atHeading = /^#{1,6}(?:\s|$)/.test(line)
    const afterBlank = i > 0 && lines[i - 1]!.trim() === '' && line.trim() !== '' && !/^[\s>*+\-\d|]/.test(line)
    if (fence === null && (length >= size || i - start >= maxLines) && i > start && (atHeading || afterBlank)) {
      out.push({ text: lines.slice(start, i).join('\n'), firstLine: start + 1 })
      start = i
      length = 0
    }
    length += line.length + 1
  }
  out.push({ text: lines.slice(start).join('\n'), firstLine: start + 1 })
  return out
}

function hasMoreLines(text: string, count: number): boolean {
  let at = -1
  for (let n = 0; n < count; n++) {
    at = text.indexOf('\n', at + 1)
    if (at === -1) return false
  }
  return true
}

/**
 * Parse each chunk in turn, handing its tree to `visit` before the next
 * one is made, so only one tree is alive at a time. Runs of markers beyond
 * the limits of `bound.ts` are read as text, so the time stays linear.
 *
 * @param options `frontMatter` when the issue starts with front matter (only the first chunk can)
 */
export function forEachTree(text: string, visit: (root: Root, chunk: ParsedChunk) => void, options: { frontMatter?: boolean } = {}): void {
  for (const piece of toChunks(text)) {
    const frontMatter = options.frontMatter === true && piece.firstLine === 1
    const bounded = boundMarkers(piece.text, { frontMatter })
    const warnings = bounded.warnings.map((w) => ({ ...w, line: w.line === null ? null : w.line + piece.firstLine - 1 }))
    visit(toMdast(bounded.text, { frontMatter }), { ...piece, warnings })
  }
}
