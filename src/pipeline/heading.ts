/**
 * Reading a heading block: the marks that make a line a subtitle, a kicker,
 * a column label or a deck, and what of them is punctuation.
 */
import { AUTHOR_TITLES, NAME, SURNAMES } from '../rules/bylines.js'
import { COLUMN_LABEL_PATTERNS, NOT_COLUMN_TAGS, RUBRIC_BRACKETS } from '../rules/columns.js'
import { KICKER_END, SUBTITLE_START } from '../rules/headings.js'
import { foldTraditional } from '../rules/traditional.js'
import type { Block } from './blocks.js'
import { parseBylineLine, parseParenBylines, splitTrailingCredit } from './bylines.js'
import { extractDateline } from './datelines.js'
import { isPenName, signsForInstitution } from './signatures.js'

/** A heading line ends in no sentence punctuation (a kicker may end in —— or a colon). */
export const ENDS_SENTENCE = /[，。；：,.;:！？!?、]$/u
const MAX_HEADING = 80
/** A kicker that ends in a colon (千里嫩江第一湾:) is short; a longer line ending so is text. */
const MAX_COLON_KICKER = 24

/** A deck that starts with a dash: `——我市实施…走笔`. */
export function subtitleOf(text: string): { text: string; raw: string } | null {
  const dashes = SUBTITLE_START.exec(text)
  return dashes ? { text: text.slice(dashes[0].length).trim(), raw: dashes[0] } : null
}

/** A recurring column or campaign label (新春走基层, 财经短波, 扶贫365). */
export function isColumnLabel(text: string): boolean {
  // 微閱讀 in a traditional repost is 微阅读.
  const folded = foldTraditional(text.replace(/\s+/g, ''))
  return COLUMN_LABEL_PATTERNS.some((rule) => rule.pattern.test(folded))
}


/**
 * A rubric on a line of its own: a column label (人民论坛, 扶贫365), or a
 * column's name set in brackets (`【新春走基层】`, `（人民时评）`), with the
 * brackets as its marks.
 */
export function rubricOf(text: string): { column: string; marks: string } | null {
  if (isColumnLabel(text)) return { column: text, marks: '' }
  const pair = RUBRIC_BRACKETS.find(([open, close]) => text.startsWith(open) && text.endsWith(close))
  if (!pair) return null
  const inner = text.slice(pair[0].length, text.length - pair[1].length).trim()
  // Words, not a sentence, a date or a byline (（记者 张磊）, （2020年5月18日，北京）).
  if (!/^[^\s（）()【】[\]〔〕，,。；;：:]{2,16}$/u.test(inner.replace(/[·•]/gu, '')) || !/^\p{Script=Han}/u.test(inner)) return null
  if (NOT_COLUMN_TAGS.test(inner) || parseBylineLine(inner) || parseParenBylines(text, { label: true })) return null
  return { column: inner, marks: pair[0] + pair[1] }
}

/** A kicker's closing dashes (国际组织…通过各种方式——) or colon (千里嫩江第一湾:) are punctuation, not text. */
export function trimKicker(text: string, consumed: string[]): string {
  const dashes = KICKER_END.exec(text)
  if (dashes) consumed.push(dashes[0])
  return text.slice(0, dashes ? text.length - dashes[0].length : text.length).trim()
}

/** `■ 网络…看点纷呈■ 全国…超四亿人次`: decks separated by ■. */
export function splitDecks(text: string, consumed: string[]): string[] {
  const marks = text.match(/■/gu) ?? []
  consumed.push(...marks)
  return text
    .split('■')
    .map((d) => d.trim())
    .filter(Boolean)
}

/** `标题（凭栏处）` → headline 标题, column 凭栏处; `（上）` and `（续）` stay in the headline. */
export function columnTag(headline: string): { headline: string; column: string; marks: string } | null {
  // 人民眼·行走黄河（上）: a series' installment in parentheses of its own, inside the tag.
  const match = /^(.+?)[\s\u3000]*([（(])([^（）()]{2,32})([（(][上中下一二三四五六七八九十\d]{1,2}[）)])?([）)])$/u.exec(headline)
  // A tag names a column; a parenthesis with a sentence in it (，。) belongs to the headline,
  // unless a column's parts are joined by a middle dot: （70年，共同走过·大国小家）.
  if (!match || NOT_COLUMN_TAGS.test(foldTraditional(match[3]!)) || /[。；;]/u.test(match[3]!)) return null
  if (/[，,]/u.test(match[3]!) && !/·/u.test(match[3]!)) return null
  // A column is named in words (两会现场观察·微镜头), not a quoted address or code.
  if (!/\p{Script=Han}/u.test(match[3]!) || /[A-Za-z"'/:=]/u.test(match[3]!)) return null
  // 保居民就业保基本民生③, 行走黄河（上）: the installment of a series is not part of the column's name.
  const code = /[①-⑳]$/u.exec(match[3]!.trim())
  const column = match[3]!.trim().slice(0, code ? -1 : undefined).trim()
  return { headline: match[1]!, column, marks: match[2]! + match[5]! + (code?.[0] ?? '') + (match[4] ?? '') }
}

/**
 * A line naming a person by title (`市委副书记 李某某`, `市长 王金刚`), as in a
 * list of officials: never a headline, even right before a dateline.
 */
export function isTitledName(text: string): boolean {
  const parts = text.trim().split(/[\s\u3000\u00a0]+/u)
  if (parts.length !== 2) return false
  const [title, name] = parts as [string, string]
  return AUTHOR_TITLES.test(foldTraditional(title)) && NAME.test(name) && [...name].length <= 4 && (SURNAMES.has(name[0]!) || SURNAMES.has(name.slice(0, 2)))
}

/**
 * Where a line stands, which says how sure its place makes it a heading: set
 * apart from indented text (a People's Daily dump), first at the top of a
 * reader page, or anywhere else.
 */
export type Placement = 'apart' | 'first' | 'strict'

/** A line that can be a heading: short, no sentence end, not a byline or a photo credit. */
export function isHeadingLine(text: string, next: Block | undefined, placed: Placement = 'strict'): boolean {
  if ([...text].length > MAX_HEADING) return false
  // 会议期间，委员们共提交提案126件。(转A3版): a full stop inside is a sentence, whatever ends the line.
  if (/。/u.test(text)) return false
  if (parseBylineLine(text) || splitTrailingCredit(text)) return false
  // （本报记者 张磊） under the headline, 本报讯 on a line of its own: a byline, a dateline, never a heading.
  if (parseParenBylines(text, { label: true }) || extractDateline(text, null)?.rest === '') return false
  // 本报评论员 or a pen name (任仲平) under the headline signs the text.
  if (signsForInstitution(text) || isPenName(text)) return false
  if (!ENDS_SENTENCE.test(text) || /[—－―─]{2}$/.test(text)) return true
  // 经济运行怎么样？, 加油，武汉！: a headline may ask or exclaim where its place says it is one.
  if (placed !== 'strict' && /[？！?!]$/u.test(text)) return true
  // 千里嫩江第一湾: — a short kicker ending in a colon, with the headline on the next line.
  return (
    /[：:]$/u.test(text) &&
    ([...text].length <= MAX_COLON_KICKER || placed === 'apart') &&
    next?.type === 'paragraph' &&
    [...next.text].length <= MAX_HEADING &&
    !ENDS_SENTENCE.test(next.text)
  )
}
