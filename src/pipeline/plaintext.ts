/**
 * Plain-text articles (e-paper crawler dumps, crawled reader pages) have no
 * Markdown headings: the lines at the top, before the text, are the heading
 * block, and their position and marks say what each is (SOURCES.md of the
 * public corpus): a kicker (引题, often ending in —— or a colon), the headline,
 * a subtitle (副题, starting with —— or, on a reader page, a third line), deck
 * lines split by ■. Page furniture and page markers around them are skipped.
 */
import { COUPLET_PART, KICKER_END, MAX_LABEL_KICKER, MAX_RUBRIC, SUBTITLE_START } from '../rules/headings.js'
import type { Block, HeadingBlock, HeadingRole, ParagraphBlock } from './blocks.js'
import { promoteBriefHeadings } from './briefs.js'
import { columnTag, isColumnLabel, isHeadingLine, rubricOf } from './heading.js'
import { markFurniture, pageMarker } from './furniture.js'
import { foldTraditional } from '../rules/traditional.js'

/** A subtitle that names who attended (于永生出席汇报会, 市长王某某讲话). */
const ATTENDED = /(?:出席|参加|讲话|主持|陪同|致辞|作报告|会见|调研|看望|慰问)/u
/** A last heading line that only says who attended (韩正等出席, 汪洋主持). */
const ATTENDED_LAST = /^\p{Script=Han}{2,12}(?:等)?(?:出席|参加|陪同|主持)(?:会议|活动)?$/u
/** At most this many heading lines (kicker, headline, subtitle, one deck). */
const MAX_LINES = 4

/** How a file prints its heading block. */
type Layout = 'epaper' | 'page'

/**
 * Turn the heading block of a plain-text article into headings with roles.
 *
 * @param blocks the blocks of a plain-text file
 * @param options `ideographic` when the text is indented with U+3000 (a People's Daily dump)
 */
export function promoteHeadings(blocks: readonly Block[], options: { ideographic?: boolean } = {}): Block[] {
  const furniture = markFurniture(blocks)
  const skip = (i: number): boolean => furniture[i]! || (blocks[i]!.type === 'paragraph' && pageMarker(blocks[i]!.text) !== null)
  // People's Daily dumps indent their text with U+3000 and print a subtitle with ——;
  // crawled reader pages print the heading lines bare, a subtitle under the headline.
  const layout: Layout = options.ideographic ? 'epaper' : 'page'
  const hasIndented = blocks.some((b) => b.type === 'paragraph' && b.indented)
  const before: Block[] = []
  let i = 0
  while (i < blocks.length && skip(i)) before.push(blocks[i++]!)
  const head: ParagraphBlock[] = []
  const between: Block[] = []
  const repeats: number[] = []
  for (; i < blocks.length && head.length < MAX_LINES; i++) {
    const block = blocks[i]!
    if (skip(i)) {
      between.push(block)
      continue
    }
    if (block.type !== 'paragraph') break
    // Reader pages print the headline again under their date bar: it is the same heading.
    if (head.some((h) => h.text === block.text) && !block.indented) {
      repeats.push(head.length)
      head.push(block)
      continue
    }
    if (hasIndented && block.indented && head.length > 0) break
    const next = blocks.slice(i + 1).find((b, k) => !skip(i + 1 + k))
    // A People's Daily dump sets its heading lines apart by indenting the text: there a heading may end
    // in ？ or ！, or be a long kicker ending in a colon; a reader page shows only its first line so.
    const setApart = layout === 'epaper' && hasIndented && !block.indented
    if (!isHeadingLine(block.text, next, setApart || head.length === 0 ? (setApart ? 'apart' : 'first') : 'strict')) break
    head.push(block)
    // A subtitle closes the heading block: what follows (大会主席先生，) is the text.
    if (SUBTITLE_START.test(block.text)) {
      i++
      break
    }
  }
  if (head.filter((_, k) => !repeats.includes(k)).length === 0) return [...blocks]
  const kept = head.filter((_, k) => !repeats.includes(k))
  // People's Daily dumps print an empty line in the kicker's place when there is none:
  // the two lines after it are the headline and its subtitle.
  const noKicker = layout === 'epaper' && kept[0]!.line > 1 && !blocks.some((b) => b.line <= kept[0]!.line - 1 && b.endLine >= kept[0]!.line - 1)
  const roles = rolesOf(
    kept.map((b) => b.text),
    layout,
    noKicker,
  )
  const headings: HeadingBlock[] = []
  let r = 0
  head.forEach((b, k) => {
    const role: HeadingRole = repeats.includes(k) ? 'deck' : roles[r++]!
    headings.push({ type: 'heading', depth: 2, text: b.text.replace(/[\s\u3000\u00a0]+/gu, ' '), line: b.line, endLine: b.endLine, role })
  })
  return [...before, ...headings, ...between, ...underHeadings(blocks.slice(i), furniture.slice(i), kept.length === 1 ? headings[0]!.text : null)]
}

/**
 * The blocks under the heading block, briefs promoted. A lone heading that is
 * a rubric of briefs (微阅读) heads them all, its first brief's headline the
 * next short line; so does a lone short word over titled voices (把脉 over
 * `做大做强服务消费必须开放创新` … `（原中国国际商会会长 姜增伟）` / the next
 * title), when its first line and at least one more open items.
 *
 * @param lone the heading block's text when it is one line
 */
function underHeadings(blocks: readonly Block[], furniture: readonly boolean[], lone: string | null): Block[] {
  if (lone !== null && isColumnLabel(lone)) return promoteBriefHeadings(blocks, furniture, lone)
  if (lone === null || !MAX_RUBRIC.test(lone)) return promoteBriefHeadings(blocks, furniture, null)
  const voices = promoteBriefHeadings(blocks, furniture, lone)
  const first = voices.findIndex((b, k) => b.type === 'heading' || !furniture[k])
  const titles = voices.filter((b) => b.type === 'heading' && b.role === 'headline').length
  return voices[first]?.type === 'heading' && titles >= 2 ? voices : promoteBriefHeadings(blocks, furniture, null)
}

/**
 * Roles by position: a dash line is the subtitle, a ■ line a deck; of the
 * rest, one line is the headline; of two, a first line ending in a colon or
 * —— is a kicker, and on a reader page a first line longer than the second
 * is the headline over its subtitle (市人大常委会组织…集中视察 / 于永生出席汇报会), and so
 * are two lines under an empty kicker line (a People's Daily dump);
 * otherwise kicker and headline; a third line is the subtitle, unless it
 * only says who attended (韩正等出席): then the first line is the headline.
 */
function rolesOf(lines: readonly string[], layout: Layout, noKicker: boolean): HeadingRole[] {
  const roles: HeadingRole[] = lines.map((l) => (SUBTITLE_START.test(l) ? 'subtitle' : l.includes('■') ? 'deck' : 'headline'))
  // 【新春走基层】 over the kicker, （人民时评） under the headline: a rubric takes no heading's place.
  lines.forEach((l, i) => {
    const placed = i === 0 ? rubricOf(l) : i === lines.length - 1 ? rubricOf(l)?.marks : null
    if (lines.length > 1 && placed) roles[i] = 'kicker'
  })
  const plain = roles.flatMap((r, i) => (r === 'headline' ? [i] : []))
  const hasSubtitle = roles.includes('subtitle')
  if (plain.length === 2) {
    const [a, b] = [lines[plain[0]!]!, lines[plain[1]!]!]
    const marked = KICKER_END.test(a)
    // 前三季度外贸运行稳中提质(权威发布) / 民企成为…: a column tag follows the headline, so what follows is the subtitle.
    const tagged = columnTag(a) !== null && columnTag(b) === null
    const underEmpty = noKicker && !labelOver(a, b)
    if (!marked && !hasSubtitle && (tagged || underEmpty || (layout === 'page' && subtitleUnder(a, b)))) roles[plain[1]!] = 'subtitle'
    else roles[plain[0]!] = 'kicker'
  } else if (plain.length >= 3 && !hasSubtitle && !KICKER_END.test(lines[plain[0]!]!) && ATTENDED_LAST.test(foldTraditional(lines[plain[plain.length - 1]!]!))) {
    // 李克强主持召开国务院全体会议 / 讨论《政府工作报告（征求意见稿）》 / 韩正等出席: a meeting's
    // headline over what it did and who attended, no kicker.
    plain.slice(1).forEach((i, k) => (roles[i] = k === 0 ? 'subtitle' : 'deck'))
  } else if (plain.length >= 3) {
    roles[plain[0]!] = 'kicker'
    plain.slice(2).forEach((i, k) => (roles[i] = k === 0 && !hasSubtitle ? 'subtitle' : 'deck'))
  }
  return roles
}

/**
 * Under an empty kicker line, whether the first of two lines is a kicker over
 * the headline after all: the second is a couplet and the first is not
 * (`武汉5G产业发展` / `五链统筹  三轮驱动`), or the first is a short label over
 * a line twice its length that runs on in no clause and names no attendance
 * (`西安浐灞生态区` / `坚持生态优先推动…绿色发展`).
 */
function labelOver(first: string, second: string): boolean {
  if (isCouplet(second) && !isCouplet(first)) return true
  const n = [...first].length
  const plainLabel = n <= MAX_LABEL_KICKER && !/[\s\u3000\p{P}]/u.test(first)
  return plainLabel && [...second].length >= 2 * n && !/[，,、]/u.test(second) && !ATTENDED.test(foldTraditional(second))
}

/** Phrases of about one length set apart by spaces: the shape of a main title. */
function isCouplet(line: string): boolean {
  const parts = line.trim().split(/[\s\u3000]+/u)
  if (parts.length < 2 || !parts.every((p) => COUPLET_PART.test(p))) return false
  const lengths = parts.map((p) => [...p].length)
  return Math.max(...lengths) <= 1.5 * Math.min(...lengths)
}

/**
 * On a reader page, whether a second heading line is the subtitle of a longer
 * first one (市人大常委会组织…集中视察 / 于永生出席汇报会) rather than the
 * headline under a kicker: a first line that runs on in clauses (今年以来，我市…
 * / 项目建设跑出加速度) is a kicker, unless the second names who attended.
 */
function subtitleUnder(first: string, second: string): boolean {
  if ([...first].length <= [...second].length) return false
  return ATTENDED.test(foldTraditional(second)) || !/[，,]/u.test(first)
}
