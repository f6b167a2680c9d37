/**
 * Grouping: the flat list of blocks into groups of headings and the body
 * under them, one group an item; page markers read on the way, page furniture
 * set aside with the item it stands by.
 */
import { ARCHIVE_META } from '../rules/pages.js'
import type { Page } from '../schema.js'
import type { IssueContext } from './articles.js'
import type { Block, HeadingBlock, ParagraphBlock } from './blocks.js'
import { markFurniture, pageMarker } from './furniture.js'
import { isColumnLabel, subtitleOf } from './heading.js'

/** Headings and body that belong together, before they are read. */
export interface Group {
  heads: HeadingBlock[]
  subtitle: { text: string; line: number; raw: string } | null
  /** Metadata lines printed under the headline (1946-05-17, 专栏：). */
  meta: ParagraphBlock[]
  /** Page furniture around the item (navigation, date bars, footers): kept as metadata, never text. */
  furniture: ParagraphBlock[]
  body: Block[]
  page: string | null
  pageName: string | null
}


/** Article-level headings (`#`, `##`) open items; deeper ones are subheads inside them. */
const ARTICLE_DEPTH = 2

/**
 * Group an issue's blocks into items.
 *
 * @param blocks the issue's blocks in reading order
 * @param context the page the file name gives, for items before any page marker
 */
export function groupBlocks(blocks: readonly Block[], context: IssueContext): { groups: Group[]; pages: Page[] } {
  const groups: Group[] = []
  const pages: Page[] = []
  let page: string | null = context.page ?? null
  let pageName: string | null = null
  let current: Group | null = null
  // Furniture before any item waits for the next one; furniture after text stays with its item.
  let pending: ParagraphBlock[] = []
  const open = (heads: HeadingBlock[]): Group => {
    const group: Group = { heads, subtitle: null, meta: [], furniture: pending, body: [], page, pageName }
    pending = []
    groups.push(group)
    return group
  }
  const furniture = markFurniture(blocks)
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'paragraph' && furniture[index]) {
      if (current) current.furniture.push(block)
      else pending.push(block)
      continue
    }
    const hasBody = current !== null && current.body.length > 0
    const underHeadline = current !== null && current.heads.length > 0 && !hasBody
    // A page marker: a heading, or a line of its own (第2版()) as archive exports print it.
    const marker = block.type === 'heading' || /版/.test(block.text) ? pageMarker(block.text) : null
    if (marker && (block.type === 'heading' ? block.depth <= ARTICLE_DEPTH || !current : true)) {
      page = marker.page
      pageName = marker.pageName
      pages.push({ page: marker.page, pageName: marker.pageName, line: block.line, text: block.text })
      // Under a headline (### 标题 / 1946-05-17 / 第2版()) the marker is the article's own page.
      if (current && underHeadline && block.type === 'paragraph') {
        current.page = page
        current.pageName = pageName
      } else current = null
      continue
    }
    if (block.type === 'heading' && (block.depth <= ARTICLE_DEPTH || block.role)) {
      const subtitle = subtitleOf(block.text)
      if (subtitle && current && underHeadline && !current.subtitle) {
        current.subtitle = { ...subtitle, line: block.line }
        continue
      }
      // A second headline (a brief) opens an item of its own; a rubric over it (财经短波, 建言·生态文明建设) is no headline.
      const another = block.role === 'headline' && current?.heads.some((h) => h.role === 'headline' && !isColumnLabel(h.text))
      if (current && underHeadline && !current.subtitle && current.meta.length === 0 && !another) current.heads.push(block)
      else if (current && block.role && block.role !== 'headline' && block.role !== 'kicker' && underHeadline) current.heads.push(block)
      else current = open([block])
      continue
    }
    if (block.type === 'heading' && !current) {
      current = open([block])
      continue
    }
    if (!current) current = open([])
    if (block.type === 'paragraph' && underHeadline) {
      if (ARCHIVE_META.test(block.text)) {
        current.meta.push(block)
        continue
      }
      const subtitle = current.subtitle ? null : subtitleOf(block.text)
      if (subtitle) {
        current.subtitle = { ...subtitle, line: block.line }
        continue
      }
    }
    current.body.push(block)
  }
  if (pending.length > 0) {
    const last = groups[groups.length - 1]
    if (last) last.furniture.push(...pending)
    else open([])
  }
  return { groups, pages }
}

