/**
 * Blocks to articles: group the flat list of headings and paragraphs into
 * the items of the issue (articles, notices, slogans, photo captions,
 * banners), each with its headline, decks, bylines, dateline and sections.
 *
 * Every character an item takes from the source is accounted for: in an
 * output field, or in `consumed` (marks the parser read as structure: the
 * dashes of a subtitle, the parentheses of a byline). `conservation.ts`
 * checks the sum against the source.
 */
import { COLUMN_LABEL_PATTERNS, NOT_COLUMN_TAGS } from '../rules/columns.js'
import { ARCHIVE_META, LETTERED_PAGE, NUMBERED_PAGE } from '../rules/pages.js'
import type { Article, Byline, Dateline, Kind, Page, Warning } from '../schema.js'
import type { Block, HeadingBlock, ParagraphBlock } from './blocks.js'
import { parseBylineLine, splitNoteBylines, splitTrailingCredit, splitTrailingGroupByline } from './bylines.js'
import { classify } from './classify.js'
import { extractDateline, extractEndDateline, type FoundDateline } from './datelines.js'
import { repairSplits, type Paragraph } from './repair.js'
import { append, bounds } from '../util/arrays.js'

/** What the article stage needs to know about the issue. */
export interface IssueContext {
  readonly issueId: string
  /** YYYY-MM-DD, or null: gives datelines their year. */
  readonly date: string | null
  /** The page the file name gives (20190201-02-02.txt is page 2), for items before any page marker. */
  readonly page?: string | null
}

/** The items of an issue, and what was noticed on the way. */
export interface ArticlesResult {
  readonly articles: Article[]
  readonly warnings: Warning[]
  /** Page markers, in order. */
  readonly pages: Page[]
  /** For each article, section and paragraph: the source line the paragraph starts on. */
  readonly paragraphLines: number[][][]
  /** For each article: source text read as structure, in no output field (see conservation.ts). */
  readonly consumed: string[][]
}

/** Headings and body that belong together, before they are read. */
interface Group {
  heads: HeadingBlock[]
  subtitle: { text: string; line: number; raw: string } | null
  /** Metadata lines printed under the headline (1946-05-17, 专栏：). */
  meta: ParagraphBlock[]
  body: Block[]
  page: string | null
  pageName: string | null
}

/** An item before it is numbered, with where its paragraphs start and what it consumed. */
type Draft = Omit<Article, 'id' | 'ordinal'> & { paragraphLines: number[][]; consumed: string[] }

/**
 * Group an issue's blocks into articles.
 *
 * @param blocks the issue's headings and paragraphs in reading order
 * @param context the issue id (for article ids) and date (for datelines)
 */
export function toArticles(blocks: readonly Block[], context: IssueContext): ArticlesResult {
  const warnings: Warning[] = []
  const drafts: Draft[] = []
  const { groups, pages } = groupBlocks(blocks, context)
  for (const group of groups) append(drafts, readGroup(group, context, warnings))
  const articles = drafts.map(({ paragraphLines: _, consumed: __, ...draft }, i) => ({
    id: `${context.issueId}-${i + 1}`,
    ordinal: i + 1,
    ...draft,
  }))
  return {
    articles,
    warnings,
    pages,
    paragraphLines: drafts.map((d) => d.paragraphLines),
    consumed: drafts.map((d) => d.consumed),
  }
}

/** A heading or line that names a page, not a story. */
export function pageMarker(text: string): { page: string; pageName: string | null } | null {
  const match = NUMBERED_PAGE.exec(text) ?? LETTERED_PAGE.exec(text)
  if (!match?.groups) return null
  const page = match.groups.page!.replace(/^0+(?=\d)/, '').toUpperCase()
  const name = match.groups.name?.trim()
  return { page, pageName: name ? name : null }
}

/** A deck that starts with a dash: `——我市实施…走笔`. */
function subtitleOf(text: string): { text: string; raw: string } | null {
  const match = /^([—－-]{2,}\s*)(.+)$/u.exec(text)
  return match ? { text: match[2]!.trim(), raw: match[1]! } : null
}

function isColumnLabel(text: string): boolean {
  return COLUMN_LABEL_PATTERNS.some((pattern) => pattern.test(text.replace(/\s+/g, '')))
}

/** Article-level headings (`#`, `##`) open items; deeper ones are subheads inside them. */
const ARTICLE_DEPTH = 2

function groupBlocks(blocks: readonly Block[], context: IssueContext): { groups: Group[]; pages: Page[] } {
  const groups: Group[] = []
  const pages: Page[] = []
  let page: string | null = context.page ?? null
  let pageName: string | null = null
  let current: Group | null = null
  const open = (heads: HeadingBlock[]): Group => {
    const group: Group = { heads, subtitle: null, meta: [], body: [], page, pageName }
    groups.push(group)
    return group
  }
  for (const block of blocks) {
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
      if (current && underHeadline && !current.subtitle && current.meta.length === 0) current.heads.push(block)
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
  return { groups, pages }
}

function readGroup(group: Group, context: IssueContext, warnings: Warning[]): Draft[] {
  const base = { page: group.page, pageName: group.pageName }
  if (group.body.length === 0 && !group.subtitle && group.meta.length === 0) {
    // Headings with nothing under them are banners and column labels.
    return group.heads.map((head) => banner(head, base))
  }
  const drafts: Draft[] = []
  const consumed: string[] = []
  const decks: string[] = []
  let column: string | null = null
  let kicker: string | null = null
  let headline: string | null = null
  let subtitle = group.subtitle?.text ?? null
  if (group.subtitle) consumed.push(group.subtitle.raw)

  if (group.heads.some((h) => h.role)) {
    // Plain text: each heading line's role is known from its position.
    for (const head of group.heads) {
      if (head.role === 'kicker') kicker = trimKicker(head.text, consumed)
      else if (head.role === 'headline' && headline === null) headline = head.text
      else if (head.role === 'subtitle' && subtitle === null && subtitleOf(head.text)) {
        const sub = subtitleOf(head.text)!
        subtitle = sub.text
        consumed.push(sub.raw)
      } else decks.push(...splitDecks(head.text, consumed))
    }
  } else {
    const heads = [...group.heads]
    const headlineBlock = heads.pop() ?? null
    heads.forEach((head, i) => {
      if (column === null && isColumnLabel(head.text)) column = head.text
      else if (kicker === null && i === heads.length - 1 && [...head.text].length <= 40) kicker = trimKicker(head.text, consumed)
      else drafts.push(banner(head, base))
    })
    headline = headlineBlock?.text ?? null
  }
  if (headline) {
    const tag = columnTag(headline)
    if (tag && column === null) {
      headline = tag.headline
      column = tag.column
      consumed.push(tag.marks)
    }
  }
  const meta: string[] = []
  for (const line of group.meta) {
    // 专栏：凭栏处 names the column; an empty 专栏： and a date line are kept as printed.
    const named = /^专栏[：:](.+)$/u.exec(line.text)
    if (named && column === null) {
      column = named[1]!.trim()
      consumed.push(line.text.slice(0, 3))
    } else meta.push(line.text)
  }

  // Archive exports print the headline's decks again as the first lines of the text.
  const bodyBlocks = [...group.body]
  if (headline) {
    const parts = headline.split(' ')
    let n = 0
    while (n < parts.length && bodyBlocks[n]?.type === 'paragraph' && bodyBlocks[n]!.text === parts[n]) n++
    if (n > 0 && (n === parts.length || n >= 2)) decks.push(...bodyBlocks.splice(0, n).map((b) => b.text))
  }

  const body = readBody(bodyBlocks, context, warnings, consumed)
  let kind = classify({
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
  // Text under no heading, with no dateline or byline of its own, is not known to be an article.
  if (kind === 'article' && headline === null && group.heads.length === 0 && !body.dateline && body.bylines.length === 0) {
    kind = 'unknown'
  }

  const kept = body.sections.filter((s) => s.title !== null || s.paragraphs.length > 0)
  const sections = kept.map((s) => ({ title: s.title, paragraphs: s.paragraphs.map((p) => p.text) }))
  const lineNumbers = [
    ...group.heads.map((h) => h.line),
    ...(group.subtitle ? [group.subtitle.line] : []),
    ...group.meta.map((m) => m.line),
    ...group.body.flatMap((b) => [b.line, b.endLine]),
  ]
  const span = bounds(lineNumbers)
  drafts.push({
    kind,
    ...base,
    column,
    headline,
    subtitle,
    kicker,
    decks,
    bylines: body.bylines,
    dateline: body.dateline,
    sections,
    notes: body.notes,
    meta,
    text: sections.flatMap((s) => s.paragraphs).join('\n'),
    lines: { start: span?.min ?? Infinity, end: span?.max ?? -Infinity },
    paragraphLines: kept.map((s) => s.paragraphs.map((p) => p.line)),
    consumed,
  })
  return drafts
}

/** A kicker's closing dashes (国际组织…通过各种方式——) are punctuation, not text. */
function trimKicker(text: string, consumed: string[]): string {
  const dashes = /[—－-]{2,}$/u.exec(text)
  if (dashes) consumed.push(dashes[0])
  return text.slice(0, dashes ? text.length - dashes[0].length : text.length).trim()
}

/** `■ 网络…看点纷呈■ 全国…超四亿人次`: decks separated by ■. */
function splitDecks(text: string, consumed: string[]): string[] {
  const marks = text.match(/■/gu) ?? []
  consumed.push(...marks)
  return text
    .split('■')
    .map((d) => d.trim())
    .filter(Boolean)
}

function banner(head: HeadingBlock, base: { page: string | null; pageName: string | null }): Draft {
  return {
    kind: 'banner' satisfies Kind,
    ...base,
    column: head.text,
    headline: null,
    subtitle: null,
    kicker: null,
    decks: [],
    bylines: [],
    dateline: null,
    sections: [],
    notes: [],
    meta: [],
    text: '',
    lines: { start: head.line, end: head.endLine },
    paragraphLines: [],
    consumed: [],
  }
}

/** `标题（凭栏处）` → headline 标题, column 凭栏处; `（上）` and `（续）` stay in the headline. */
function columnTag(headline: string): { headline: string; column: string; marks: string } | null {
  const match = /^(.+?)[\s\u3000]*([（(])([^（）()]{2,12})([）)])$/u.exec(headline)
  if (!match || NOT_COLUMN_TAGS.test(match[3]!)) return null
  return { headline: match[1]!, column: match[3]!.trim(), marks: match[2]! + match[4]! }
}

interface Body {
  sections: { title: string | null; paragraphs: Paragraph[] }[]
  bylines: Byline[]
  dateline: Dateline | null
  notes: string[]
}

/** A note at the end of an article: （作者为……）, （实习生李泽文对本文亦有贡献）, （本报记者刘诗瑶整理）. */
const NOTE = /^[（(]((?:作者|本文|编者|记者|注|编辑|译者)[^（）()]*|[^（）()]*(?:对本文亦有贡献|整理|供稿|译)[^（）()]*)[）)]$/u

function readBody(blocks: readonly Block[], context: IssueContext, warnings: Warning[], consumed: string[]): Body {
  const sections: Body['sections'] = [{ title: null, paragraphs: [] }]
  const bylines: Byline[] = []
  let dateline: Dateline | null = null
  let seenText = false
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'heading') {
      sections.push({ title: block.text, paragraphs: [] })
      continue
    }
    const own = parseBylineLine(block.text)
    if (own) {
      bylines.push(...own)
      consumed.push(block.text)
      continue
    }
    let text = block.text
    if (!seenText) {
      seenText = true
      const found = extractDateline(text, context.date)
      if (found) {
        dateline = found.dateline
        bylines.push(...found.bylines)
        consumed.push(...found.consumed)
        text = found.rest
        if (text === '') continue
      }
    }
    sections[sections.length - 1]!.paragraphs.push(toParagraph(block, text, index))
  }
  const notes: string[] = []
  const trailing = trailingParts(sections, context, consumed, notes)
  bylines.push(...trailing.bylines)
  if (!dateline && trailing.dateline) dateline = trailing.dateline
  for (const section of sections) section.paragraphs = repairSplits(section.paragraphs, warnings)
  return { sections, bylines, dateline, notes }
}

function toParagraph(block: ParagraphBlock, text: string, index: number): Paragraph {
  return { text, line: block.line, endLine: block.endLine, block: index }
}

/**
 * What closes an article, read from the end: photo credits, group bylines,
 * notes (（作者为……）) and a dateline in parentheses (（新华社北京5月18日电）).
 */
function trailingParts(
  sections: Body['sections'],
  context: IssueContext,
  consumed: string[],
  notes: string[],
): { bylines: Byline[]; dateline: Dateline | null } {
  const found: Byline[][] = []
  let dateline: Dateline | null = null
  for (let guard = 0; guard < 6; guard++) {
    const section = [...sections].reverse().find((s) => s.paragraphs.length > 0)
    const last = section?.paragraphs[section.paragraphs.length - 1]
    if (!section || !last) break
    const end: FoundDateline | null = dateline ? null : extractEndDateline(last.text, context.date)
    if (end) {
      dateline = end.dateline
      found.unshift(end.bylines)
      consumed.push(...end.consumed)
      if (end.rest === '') section.paragraphs.pop()
      else last.text = end.rest
      continue
    }
    const note = NOTE.exec(last.text)
    if (note) {
      notes.unshift(note[1]!)
      consumed.push(last.text[0]!, last.text[last.text.length - 1]!)
      found.unshift(splitNoteBylines(note[1]!))
      section.paragraphs.pop()
      continue
    }
    const credit = splitTrailingCredit(last.text) ?? splitTrailingGroupByline(last.text)
    if (!credit) break
    found.unshift(credit.bylines)
    consumed.push(credit.raw)
    if (credit.rest === '') section.paragraphs.pop()
    else last.text = credit.rest
  }
  return { bylines: found.flat(), dateline }
}
