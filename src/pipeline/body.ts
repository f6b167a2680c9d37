/**
 * Reading the body of an item: own-line bylines, the dateline after any
 * captions, photo credits wherever they stand, group bylines between reports,
 * and, through closing.ts, what closes the item (credits, notes, a dateline in parentheses).
 */
import { GLUED_JUMP, LEADING_JUMP } from '../rules/pages.js'
import { foldTraditional } from '../rules/traditional.js'
import type { Byline, Dateline, Warning } from '../schema.js'
import type { IssueContext } from './articles.js'
import type { Block, ParagraphBlock } from './blocks.js'
import { parseBylineLine, parseBylines, parseParenBylines, splitNoteBylines, splitTrailingCredit } from './bylines.js'
import { noteOf, readClosing } from './closing.js'
import { extractDateline, extractLeadByline } from './datelines.js'
import { rerun } from './positions.js'
import type { Paragraph } from './records.js'
import { repairSplits } from './repair.js'
import { readSignatures, signsForInstitution, type Signatures } from './signatures.js'
import { voices, type Site } from './voices.js'

/** The body of an item, read. */
export interface Body {
  sections: { title: string | null; paragraphs: Paragraph[] }[]
  bylines: Byline[]
  dateline: Dateline | null
  notes: string[]
  /** A photo caption with its credit stands over two paragraphs of text or more. */
  captionOverText: boolean
  /** Paragraphs that print the headline again. */
  repeats: string[]
  /** Jump marks glued to a paragraph's end (`…。(转A3版)`): page furniture, kept as metadata. */
  jumps: string[]
}

/** A byline line that ends in 整理 (采访整理): the reporter took down the words above it. */
const TOOK_DOWN = /整理$/u

/** A photo credit in parentheses inside a paragraph, after the photo's position: （图中，新华社记者朱旭东摄）. */
const INLINE_CREDIT = /[（(](?:图[中左右上下]?[，,、]?)?([^（）()，,。]{3,30}摄)[）)]/gu

/**
 * Read the body of an item.
 *
 * @param blocks the blocks under its headings
 * @param context the issue's date, for datelines
 * @param warnings receives repairs
 * @param consumed receives what was read as structure
 * @param isRepeat whether a paragraph prints the headline again (kept as a deck)
 * @param opinion whether its rubric makes the item an opinion piece or a letter (a name closing it signs it)
 */
export function readBody(
  blocks: readonly Block[],
  context: IssueContext,
  warnings: Warning[],
  consumed: string[],
  isRepeat: (text: string) => boolean = () => false,
  opinion = false,
): Body {
  const repeats: string[] = []
  const sections: Body['sections'] = [{ title: null, paragraphs: [] }]
  const bylines: Byline[] = []
  let dateline: Dateline | null = null
  // The dateline opens the text, after any photo captions (with their credits) printed above it.
  let datelineDue = true
  /** Which paragraphs (counted through the article) are captions with a credit. */
  const captions: number[] = []
  const midNotes: string[] = []
  const jumps: string[] = []
  let skipNext = false
  const signatures = readSignatures(blocks, opinion)
  // Only the first voice of a page of several is credited (GOLD.md: the first real article).
  const voice = voices()
  for (const [index, block] of blocks.entries()) {
    if (skipNext) {
      skipNext = false
      continue
    }
    if (block.type === 'heading') {
      sections.push({ title: block.text, paragraphs: [] })
      continue
    }
    // Kept as a deck, in place: the paragraphs around it are not neighbours to be joined.
    if (isRepeat(block.text)) {
      repeats.push(block.text)
      continue
    }
    const site = creditSite(blocks, index, signatures, sections.some((s) => s.paragraphs.length > 0))
    if (site) {
      bylines.push(...voice.credit(site.bylines, site.site, site.textAfter))
      consumed.push(...site.consumed)
      if (site.note !== undefined) midNotes.push(site.note)
      skipNext = site.paragraphs > 1
      continue
    }
    let text = block.text
    // …。白城日报记者 段卫军 摄: a caption's credit, wherever the caption stands.
    const credit = splitTrailingCredit(text)
    if (credit && credit.rest !== '') {
      bylines.push(...voice.credit(credit.bylines, 'closing'))
      consumed.push(credit.raw)
      text = credit.rest
      captions.push(sections.reduce((n, s) => n + s.paragraphs.length, 0))
    }
    if (datelineDue) {
      // (记者 张磊)10月30日，…: a byline opening the text without a dateline.
      const found = extractDateline(text, context.date) ?? extractLeadByline(text)
      if (found) {
        datelineDue = false
        if ('dateline' in found) dateline = found.dateline
        bylines.push(...voice.credit(found.bylines, 'opening'))
        consumed.push(...found.consumed)
        text = found.rest
        if (text === '') continue
      } else if (!credit) datelineDue = false
    }
    text = cutJump(text, jumps, consumed)
    bylines.push(...voice.credit(inlineCredits(text), 'closing'))
    if (text !== '') voice.text()
    sections[sections.length - 1]!.paragraphs.push(toParagraph(block, text, index))
  }
  const notes: string[] = []
  const trailing = readClosing(sections, context, consumed, notes)
  notes.unshift(...midNotes)
  bylines.push(...voice.credit(trailing.bylines, 'closing', false))
  // A person credited twice in one role (two reports by 本报记者 范昊天 on one page) is one byline.
  const credited = bylines.filter((b, i) => bylines.findIndex((o) => o.name === b.name && o.role === b.role) === i)
  if (!dateline && trailing.dateline) dateline = trailing.dateline
  for (const section of sections) section.paragraphs = repairSplits(section.paragraphs, warnings)
  const count = sections.reduce((n, s) => n + s.paragraphs.length, 0)
  // 惠民市集 城市晚报全媒体记者 吕闯 摄 over two paragraphs of text: a story with a photo, not a photo.
  const captionOverText = captions.some((k) => count - 1 - k >= 2)
  return { sections, bylines: credited, dateline, notes, captionOverText, repeats, jumps }
}

/**
 * A paragraph that is only bylines: an own line (记者 甲), with the next line
 * when the two are one photo credit; a name line under a section heading; a
 * group byline in parentheses before more text.
 *
 * @returns the bylines and the paragraphs they take (one, or two)
 */
function bylineParagraph(blocks: readonly Block[], index: number): { bylines: Byline[]; consumed: string[]; closes?: boolean } | null {
  const block = blocks[index]!
  const next = blocks[index + 1]
  const own = parseBylineLine(block.text)
  // 本报记者  连锦添  齐志明整理: who took a voice down closes it.
  if (own && TOOK_DOWN.test(foldTraditional(block.text).trim())) return { bylines: own, consumed: [block.text], closes: true }
  if (own) {
    // 记 者 林阿玲 / 通讯员 邱海燕 摄: a photo credit printed over two lines.
    const joined = next?.type === 'paragraph' && !hasPhoto(own) ? twoLineCredit(block.text, next.text) : null
    return joined ? { bylines: joined, consumed: [block.text, next!.text] } : { bylines: own, consumed: [block.text] }
  }
  // An unlabelled name line under a section heading credits its writer.
  const previous = blocks[index - 1]
  if (previous?.type === 'heading' && previous.depth > 2) {
    const names = [...block.text].length <= 12 ? parseBylines(block.text) : null
    if (names) return { bylines: names, consumed: [block.text] }
  }
  // （本报记者徐隽、寇江泽…） closing one report of several, or （葛孟超） closing a brief: a paragraph of its own.
  const group = /^[（(][^（）()]{2,60}[）)]$/u.test(block.text) ? (parseParenBylines(block.text, { label: true }) ?? parseParenBylines(block.text)) : null
  if (group && index < blocks.length - 1) return { bylines: group, consumed: [block.text], closes: true }
  return null
}

/** A paragraph that credits people and is no text: what it credits, where it stands, what it takes. */
interface CreditSite {
  bylines: Byline[]
  site: Site
  textAfter: boolean
  consumed: string[]
  /** Paragraphs it takes (a photo credit over two lines takes two). */
  paragraphs: number
  /** A closing note between voices, kept in `notes`. */
  note?: string
}

/**
 * A byline paragraph or a signature; or （作者为…，本报记者敬宜采访整理） closing one voice of
 * several before the next: a note, not text, whose reporter is credited as the note closing
 * the item credits one.
 *
 * @param hasText whether text of the body came before
 */
function creditSite(blocks: readonly Block[], index: number, signatures: Signatures, hasText: boolean): CreditSite | null {
  const credited = bylineParagraph(blocks, index) ?? signatures.at(index)
  if (credited) {
    const site = 'closes' in credited && credited.closes ? 'closing' : 'opening'
    const n = credited.consumed.length
    return { bylines: credited.bylines, site, textAfter: textAfter(blocks, index + n), consumed: credited.consumed, paragraphs: n }
  }
  const text = blocks[index]!.text
  // 本报评论员 signs for the paper: kept as a note, crediting no one.
  if (signsForInstitution(text)) return { bylines: [], site: 'closing', textAfter: false, consumed: [], paragraphs: 1, note: text }
  const note = index < blocks.length - 1 ? noteOf(text) : null
  if (!note || !hasText) return null
  return { bylines: splitNoteBylines(note), site: 'closing', textAfter: true, consumed: [text[0]!, text[text.length - 1]!], paragraphs: 1, note }
}

/** Whether text follows (a paragraph that is not a closing note): a byline line over it opens it. */
function textAfter(blocks: readonly Block[], from: number): boolean {
  return blocks.slice(from).some((b) => b.type === 'paragraph' && noteOf(b.text) === null)
}

/** `…126件。(转A3版)`, `（上接第一版）要…`: a jump mark glued to the text is page furniture, kept in `jumps`. */
function cutJump(text: string, jumps: string[], consumed: string[]): string {
  // （上接第一版）要坚持…: the mark that opens a continued text.
  const lead = LEADING_JUMP.exec(text)
  if (lead && lead[0].length < text.length) {
    jumps.push(lead[0].trim())
    if (lead[0] !== lead[0].trimEnd()) consumed.push(lead[0].slice(lead[0].trimEnd().length))
    text = text.slice(lead[0].length)
  }
  const jump = GLUED_JUMP.exec(text)
  if (!jump || jump.index === 0) return text
  jumps.push(jump[0].trim())
  // The spaces before the mark are layout.
  if (jump[0] !== jump[0].trim()) consumed.push(jump[0].slice(0, jump[0].length - jump[0].trimStart().length))
  return text.slice(0, jump.index)
}

/**
 * （图中，新华社记者朱旭东摄）: a photo credit inside the text credits a person without
 * taking any text; matched in simplified characters (（圖中，新華社記者朱旭東攝）), read as printed.
 */
function inlineCredits(text: string): Byline[] {
  return [...foldTraditional(text).matchAll(INLINE_CREDIT)].flatMap((m) => {
    const at = m.index + m[0].indexOf(m[1]!)
    return parseBylines(text.slice(at, at + m[1]!.length), { photo: true, label: true }) ?? []
  })
}

function hasPhoto(bylines: readonly Byline[]): boolean {
  return bylines.some((b) => b.role === 'photographer' || b.role === 'writer-photographer')
}

/** Two own lines that read as one photo credit. */
function twoLineCredit(first: string, second: string): Byline[] | null {
  const next = parseBylineLine(second)
  if (!next || !hasPhoto(next) || next.some((b) => b.label !== null && !/摄|图/u.test(foldTraditional(b.label)))) return null
  return parseBylines(`${first} ${second}`, { label: true, photo: true })
}

function toParagraph(block: ParagraphBlock, text: string, index: number): Paragraph {
  return { text, line: block.line, endLine: block.endLine, runs: rerun(block, text), block: index }
}
