/**
 * Blocks to articles: group the flat list of headings and paragraphs into
 * the items of the issue (articles, notices, slogans, photo captions,
 * banners), each with its headline, decks, bylines, dateline and sections.
 */
import { COLUMN_LABEL_PATTERNS, NOT_COLUMN_TAGS } from '../rules/columns.js'
import { LETTERED_PAGE, NUMBERED_PAGE } from '../rules/pages.js'
import type { Article, Byline, Dateline, Kind, Warning } from '../schema.js'
import type { Block, HeadingBlock, ParagraphBlock } from './blocks.js'
import { parseBylineLine, splitTrailingCredit, splitTrailingGroupByline } from './bylines.js'
import { classify } from './classify.js'
import { extractDateline } from './datelines.js'
import { repairSplits, type Paragraph } from './repair.js'

/** What the article stage needs to know about the issue. */
export interface IssueContext {
  readonly issueId: string
  /** YYYY-MM-DD, or null: gives datelines their year. */
  readonly date: string | null
}

/** The items of an issue, and what was noticed on the way. */
export interface ArticlesResult {
  readonly articles: Article[]
  readonly warnings: Warning[]
  /** For each article, section and paragraph: the source line the paragraph starts on. */
  readonly paragraphLines: number[][][]
}

/** Headings and body that belong together, before they are read. */
interface Group {
  heads: HeadingBlock[]
  subtitle: { text: string; line: number } | null
  body: Block[]
  page: string | null
  pageName: string | null
}

/** An item before it is numbered, with where its paragraphs start. */
type Draft = Omit<Article, 'id' | 'ordinal'> & { paragraphLines: number[][] }

/**
 * Group an issue's blocks into articles.
 *
 * @param blocks the issue's headings and paragraphs in reading order
 * @param context the issue id (for article ids) and date (for datelines)
 */
export function toArticles(blocks: readonly Block[], context: IssueContext): ArticlesResult {
  const warnings: Warning[] = []
  const drafts: Draft[] = []
  for (const group of groupBlocks(blocks)) drafts.push(...readGroup(group, context, warnings))
  const articles = drafts.map(({ paragraphLines: _, ...draft }, i) => ({ id: `${context.issueId}-${i + 1}`, ordinal: i + 1, ...draft }))
  return { articles, warnings, paragraphLines: drafts.map((d) => d.paragraphLines) }
}

/** A heading that names a page, not a story. */
export function pageMarker(text: string): { page: string; pageName: string | null } | null {
  const match = NUMBERED_PAGE.exec(text) ?? LETTERED_PAGE.exec(text)
  if (!match?.groups) return null
  const page = match.groups.page!.replace(/^0+(?=\d)/, '').toUpperCase()
  const name = match.groups.name?.trim()
  return { page, pageName: name ? name : null }
}

/** A deck that starts with a dash: `——我市实施…走笔`. */
function subtitleText(text: string): string | null {
  const match = /^[—－-]{2,}\s*(.+)$/u.exec(text)
  return match ? match[1]!.trim() : null
}

function isColumnLabel(text: string): boolean {
  return COLUMN_LABEL_PATTERNS.some((pattern) => pattern.test(text.replace(/\s+/g, '')))
}

/** Article-level headings (`#`, `##`) open items; deeper ones are subheads inside them. */
const ARTICLE_DEPTH = 2

function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = []
  let page: string | null = null
  let pageName: string | null = null
  let current: Group | null = null
  const open = (heads: HeadingBlock[]): Group => {
    const group: Group = { heads, subtitle: null, body: [], page, pageName }
    groups.push(group)
    return group
  }
  for (const block of blocks) {
    const hasBody = current !== null && current.body.length > 0
    if (block.type === 'heading' && block.depth <= ARTICLE_DEPTH) {
      const marker = pageMarker(block.text)
      if (marker) {
        page = marker.page
        pageName = marker.pageName
        current = null
        continue
      }
      const subtitle = subtitleText(block.text)
      if (subtitle && current && current.heads.length > 0 && !hasBody && !current.subtitle) {
        current.subtitle = { text: subtitle, line: block.line }
        continue
      }
      if (current && !hasBody && !current.subtitle) current.heads.push(block)
      else current = open([block])
      continue
    }
    if (block.type === 'heading' && !current) {
      current = open([block])
      continue
    }
    if (!current) current = open([])
    if (block.type === 'paragraph' && current.heads.length > 0 && !hasBody && !current.subtitle) {
      const subtitle = subtitleText(block.text)
      if (subtitle) {
        current.subtitle = { text: subtitle, line: block.line }
        continue
      }
    }
    current.body.push(block)
  }
  return groups
}

function readGroup(group: Group, context: IssueContext, warnings: Warning[]): Draft[] {
  const base = { page: group.page, pageName: group.pageName }
  if (group.body.length === 0 && !group.subtitle) {
    // Headings with nothing under them are banners and column labels.
    return group.heads.map((head) => banner(head, base))
  }
  const drafts: Draft[] = []
  const heads = [...group.heads]
  const headlineBlock = heads.pop() ?? null
  let column: string | null = null
  let kicker: string | null = null
  heads.forEach((head, i) => {
    if (column === null && isColumnLabel(head.text)) column = head.text
    else if (kicker === null && i === heads.length - 1 && [...head.text].length <= 40) {
      kicker = head.text.replace(/[—－-]{2,}$/u, '').trim()
    } else drafts.push(banner(head, base))
  })

  let headline = headlineBlock?.text ?? null
  if (headline) {
    const tag = columnTag(headline)
    if (tag && column === null) {
      headline = tag.headline
      column = tag.column
    }
  }

  const body = readBody(group.body, context, warnings)
  const kind = classify({
    headline,
    paragraphs: body.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
    sectionTitles: body.sections.filter((s) => s.title !== null).length,
    bylines: body.bylines,
    dateline: body.dateline,
  })
  // A campaign label over a photo is the photo's column, not its headline.
  if (kind === 'photo' && headline && column === null && isColumnLabel(headline)) {
    column = headline
    headline = null
  }

  const kept = body.sections.filter((s) => s.title !== null || s.paragraphs.length > 0)
  const sections = kept.map((s) => ({ title: s.title, paragraphs: s.paragraphs.map((p) => p.text) }))
  const lineNumbers = [
    ...group.heads.map((h) => h.line),
    ...(group.subtitle ? [group.subtitle.line] : []),
    ...group.body.flatMap((b) => [b.line, b.endLine]),
  ]
  drafts.push({
    kind,
    ...base,
    column,
    headline,
    subtitle: group.subtitle?.text ?? null,
    kicker,
    bylines: body.bylines,
    dateline: body.dateline,
    sections,
    text: sections.flatMap((s) => s.paragraphs).join('\n'),
    lines: { start: Math.min(...lineNumbers), end: Math.max(...lineNumbers) },
    paragraphLines: kept.map((s) => s.paragraphs.map((p) => p.line)),
  })
  return drafts
}

function banner(head: HeadingBlock, base: { page: string | null; pageName: string | null }): Draft {
  return {
    kind: 'banner' satisfies Kind,
    ...base,
    column: head.text,
    headline: null,
    subtitle: null,
    kicker: null,
    bylines: [],
    dateline: null,
    sections: [],
    text: '',
    lines: { start: head.line, end: head.endLine },
    paragraphLines: [],
  }
}

/** `标题（凭栏处）` → headline 标题, column 凭栏处; `（上）` and `（续）` stay in the headline. */
function columnTag(headline: string): { headline: string; column: string } | null {
  const match = /^(.+?)[\s\u3000]*[（(]([^（）()]{2,12})[）)]$/u.exec(headline)
  if (!match || NOT_COLUMN_TAGS.test(match[2]!)) return null
  return { headline: match[1]!, column: match[2]!.trim() }
}

interface Body {
  sections: { title: string | null; paragraphs: Paragraph[] }[]
  bylines: Byline[]
  dateline: Dateline | null
}

function readBody(blocks: readonly Block[], context: IssueContext, warnings: Warning[]): Body {
  const sections: Body['sections'] = [{ title: null, paragraphs: [] }]
  const bylines: Byline[] = []
  let dateline: Dateline | null = null
  let seenText = false
  for (const block of blocks) {
    if (block.type === 'heading') {
      sections.push({ title: block.text, paragraphs: [] })
      continue
    }
    const own = parseBylineLine(block.text)
    if (own) {
      bylines.push(...own)
      continue
    }
    let text = block.text
    if (!seenText) {
      seenText = true
      const found = extractDateline(text, context.date)
      if (found) {
        dateline = found.dateline
        bylines.push(...found.bylines)
        text = found.rest
        if (text === '') continue
      }
    }
    sections[sections.length - 1]!.paragraphs.push(toParagraph(block, text))
  }
  bylines.push(...trailingCredits(sections))
  for (const section of sections) section.paragraphs = repairSplits(section.paragraphs, warnings)
  return { sections, bylines, dateline }
}

function toParagraph(block: ParagraphBlock, text: string): Paragraph {
  return { text, line: block.line, endLine: block.endLine }
}

/** Photo credits and group bylines at the very end of an article, in reading order. */
function trailingCredits(sections: Body['sections']): Byline[] {
  const found: Byline[][] = []
  for (let guard = 0; guard < 4; guard++) {
    const section = [...sections].reverse().find((s) => s.paragraphs.length > 0)
    const last = section?.paragraphs[section.paragraphs.length - 1]
    if (!section || !last) break
    const credit = splitTrailingCredit(last.text) ?? splitTrailingGroupByline(last.text)
    if (!credit) break
    found.unshift(credit.bylines)
    if (credit.rest === '') section.paragraphs.pop()
    else last.text = credit.rest
  }
  return found.flat()
}
