/**
 * Blocks to articles: group the flat list of headings and paragraphs into
 * the items of the issue (articles, notices, slogans, photo captions,
 * banners), each with its headline, decks, bylines, dateline and sections.
 *
 * Every character an item takes from the source is accounted for: in an
 * output field, or in `consumed` (marks the parser read as structure: the
 * dashes of a subtitle, the parentheses of a byline). `conservation.ts`
 * checks the sum against the source.
 *
 * The stage in three parts: `grouping.ts` (blocks into groups, page markers
 * and furniture), `heading.ts` (the marks of a heading block) and `body.ts`
 * (bylines, dateline, credits and what closes an item); here each group is
 * read into its item.
 */
import { NOTICE_HEADLINES } from '../rules/headings.js'
import { COLUMN_META } from '../rules/pages.js'
import { OPINION_RUBRICS } from '../rules/signatures.js'
import type { Kind, Page, Warning } from '../schema.js'
import type { Block, HeadingBlock } from './blocks.js'
import { readBody, type Body } from './body.js'
import { portalCredits } from './bylines.js'
import { classify } from './classify.js'
import { pageMarker } from './furniture.js'
import { groupBlocks, type Group } from './grouping.js'
import { columnTag, isColumnLabel, rubricOf, splitDecks, subtitleOf, trimKicker } from './heading.js'
import type { PlacedArticle } from './records.js'
import { append, bounds } from '../util/arrays.js'
import { foldTraditional } from '../rules/traditional.js'

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
  /** Each with its paragraphs' lines and what it read as structure. */
  readonly articles: PlacedArticle[]
  readonly warnings: Warning[]
  /** Page markers, in order. */
  readonly pages: Page[]
}

/** An item before it is numbered. */
type Draft = Omit<PlacedArticle, 'id' | 'ordinal'>

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
  const articles = drafts.map((draft, i) => ({ id: `${context.issueId}-${i + 1}`, ordinal: i + 1, ...draft }))
  return { articles, warnings, pages }
}

export { pageMarker }

/** What a group's heading block says: the marks of the item above its text. */
interface Heads {
  column: string | null
  kicker: string | null
  headline: string | null
  subtitle: string | null
  decks: string[]
  /** The column is a rubric printed once, over an item before this one. */
  inherited?: boolean
}

function readGroup(group: Group, context: IssueContext, warnings: Warning[]): Draft[] {
  const base = { page: group.page, pageName: group.pageName }
  if (group.body.length === 0 && !group.subtitle && group.meta.length === 0 && group.furniture.length === 0) {
    // Headings with nothing under them are banners and column labels.
    return group.heads.map((head) => banner(head, base))
  }
  const consumed: string[] = []
  const banners: Draft[] = []
  const heads = readHeads(group, consumed, (head) => banners.push(banner(head, base)))
  const meta = readMeta(group, heads, consumed)
  const bodyBlocks = [...group.body]
  heads.decks.push(...repeatedDecks(heads.headline, bodyBlocks))
  // Reader pages print the headline again, in a footer: the same heading, not text.
  const repeated = heads.headline
  // 评论, 来信 in the column label or the kicker: an opinion piece or a letter, which a name alone may close.
  const opinion = [heads.column, heads.kicker].some((mark) => mark !== null && OPINION_RUBRICS.test(foldTraditional(mark)))
  const body = readBody(bodyBlocks, context, warnings, consumed, (text) => repeated !== null && text.replace(/\s+/gu, ' ') === repeated, opinion)
  heads.decks.push(...body.repeats)
  const kind = kindOf(heads, body)
  const sections = body.sections.filter((s) => s.title !== null || s.paragraphs.length > 0).map((s) => ({ title: s.title, paragraphs: s.paragraphs }))
  const { column, headline, subtitle, kicker, decks } = heads
  const draft: Draft = {
    kind,
    ...base,
    column,
    headline,
    subtitle,
    kicker,
    decks,
    // 来源：中国吉林网  作者：李四: a portal's source line is furniture, but its people are credited
    // (once: the reporter the text names is not a second author).
    bylines: [...body.bylines, ...meta.flatMap(portalCredits).filter((b) => !body.bylines.some((o) => o.name === b.name))],
    dateline: body.dateline,
    sections,
    notes: body.notes,
    meta: [...meta, ...body.jumps],
    text: sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n'),
    lines: linesOf(group),
    consumed,
    ...(heads.inherited ? { inheritedColumn: true } : {}),
  }
  return [...banners, draft]
}

/**
 * Read the heading block: column, kicker, headline, subtitle and decks.
 *
 * @param consumed receives the marks read as structure
 * @param banner receives Markdown headings over the kicker that are banners of their own
 */
function readHeads(group: Group, consumed: string[], banner: (head: HeadingBlock) => void): Heads {
  const heads: Heads = { column: null, kicker: null, headline: null, subtitle: group.subtitle?.text ?? null, decks: [] }
  if (group.subtitle) consumed.push(group.subtitle.raw)
  if (group.heads.some((h) => h.role)) readPlainHeads(group.heads, heads, consumed)
  else {
    const above = [...group.heads]
    const headlineBlock = above.pop() ?? null
    above.forEach((head, i) => {
      if (heads.column === null && isColumnLabel(head.text)) heads.column = head.text
      else if (heads.kicker === null && i === above.length - 1 && [...head.text].length <= 40) heads.kicker = trimKicker(head.text, consumed)
      else banner(head)
    })
    heads.headline = headlineBlock?.text ?? null
  }
  const tag = heads.headline ? columnTag(heads.headline) : null
  if (tag && heads.column === null) {
    heads.headline = tag.headline
    heads.column = tag.column
    consumed.push(tag.marks)
  }
  return heads
}

/** Plain text: each heading line's role is known from its position. */
function readPlainHeads(lines: readonly HeadingBlock[], heads: Heads, consumed: string[]): void {
  for (const head of lines) {
    // 扶贫365 over 记录民情 情暖百姓, 【新春走基层】, a tag on its own line: a rubric in the kicker's place names the column.
    const rubric = head.role === 'kicker' && heads.column === null ? rubricOf(head.text) : null
    if (rubric) {
      heads.column = rubric.column
      if (rubric.marks) consumed.push(rubric.marks)
    } else if (head.role === 'kicker' && heads.kicker === null) heads.kicker = trimKicker(head.text, consumed)
    else if (head.role === 'headline' && heads.column === null && isColumnLabel(head.text) && lines.some((h) => h !== head && h.role === 'headline'))
      heads.column = head.text
    else if (head.role === 'headline' && heads.headline === null) {
      heads.headline = head.text
      // A brief under a rubric printed once over them all (微阅读) is in that column too.
      if (heads.column === null && head.rubric) {
        heads.column = head.rubric
        heads.inherited = true
      }
    }
    else if (head.role === 'subtitle' && heads.subtitle === null) {
      // A reader page prints the subtitle under the headline without dashes (于永生出席汇报会).
      const sub = subtitleOf(head.text)
      heads.subtitle = sub ? sub.text : head.text
      if (sub) consumed.push(sub.raw)
    } else heads.decks.push(...splitDecks(head.text, consumed))
  }
}

/** The metadata and furniture lines as printed; 专栏：凭栏处 names the column instead. */
function readMeta(group: Group, heads: Heads, consumed: string[]): string[] {
  const meta: string[] = []
  const lines = [...group.meta, ...group.furniture].sort((a, b) => a.line - b.line)
  for (const line of lines) {
    // An empty 专栏： and a date line are kept as printed.
    const named = COLUMN_META.exec(line.text)
    if (named && heads.column === null) {
      heads.column = named[1]!.trim()
      consumed.push(line.text.slice(0, 3))
    } else meta.push(line.text)
  }
  return meta
}

/** Archive exports print the headline's decks again as the first lines of the text: taken off `blocks`. */
function repeatedDecks(headline: string | null, blocks: Block[]): string[] {
  if (!headline) return []
  const parts = headline.split(' ')
  let n = 0
  while (n < parts.length && blocks[n]?.type === 'paragraph' && blocks[n]!.text === parts[n]) n++
  return n > 0 && (n === parts.length || n >= 2) ? blocks.splice(0, n).map((b) => b.text) : []
}

/** What the item is; a photo's campaign label moves from its headline to its column. */
function kindOf(heads: Heads, body: Body): Kind {
  const kind = classify({
    headline: heads.headline,
    paragraphs: body.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
    sectionTitles: body.sections.filter((s) => s.title !== null).length,
    bylines: body.bylines,
    dateline: body.dateline,
    captionOverText: body.captionOverText,
  })
  const { headline } = heads
  // A campaign label over a photo, or alone over a text (图片报道 over a credit), is the item's column, not its headline.
  const alone = heads.kicker === null && heads.subtitle === null && heads.decks.length === 0
  if ((kind === 'photo' || alone) && headline && heads.column === null && isColumnLabel(headline)) {
    heads.column = headline
    heads.headline = null
    if (kind === 'article') return 'unknown'
  }
  // Text with no headline (a page that lost it, a fragment) is not known to be an article;
  // its text is kept and no headline is made up.
  if (kind === 'article' && headline === null) return 'unknown'
  if (kind === 'article' && headline !== null && NOTICE_HEADLINES.some((n) => n.pattern.test(foldTraditional(headline)))) return 'notice'
  return kind
}

/** The first and last source line the group's blocks stand on. */
function linesOf(group: Group): { start: number; end: number } {
  const span = bounds([
    ...group.heads.map((h) => h.line),
    ...(group.subtitle ? [group.subtitle.line] : []),
    ...group.meta.map((m) => m.line),
    ...group.furniture.map((m) => m.line),
    ...group.body.flatMap((b) => [b.line, b.endLine]),
  ])
  return { start: span?.min ?? Infinity, end: span?.max ?? -Infinity }
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
    consumed: [],
  }
}
