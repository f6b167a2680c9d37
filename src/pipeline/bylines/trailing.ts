/**
 * Credits at the end of a paragraph: a photo credit after its caption
 * (`…新路。 陈宝林 高志彬摄`, `…。本报记者甲摄`, `甲摄（影像中国）`), a labelled
 * byline closing a text (`… 记者 鲁慧 通讯员 杨娇艳 |`) and a group byline
 * in a closing parenthesis (`……（本报记者彭波、徐隽）`). Each is found by a
 * scan from the end, so a long line costs linear time.
 */
import { CREDIT_SOURCES, CREDIT_SOURCE_REACH } from '../../rules/bylines.js'
import { foldTraditional } from '../../rules/traditional.js'
import type { Byline } from '../../schema.js'
import { parseBylines, parseParenBylines, startsWithLabel, type BylineRequirement } from './read.js'

/** A photo credit at the end of a caption, after the sentence: `…新路。 陈宝林 高志彬摄`. */
export interface TrailingCredit {
  readonly bylines: Byline[]
  /** The caption without the credit. */
  readonly rest: string
  /** The credit as printed. */
  readonly raw: string
}

/**
 * Split a photo credit off the end of a paragraph: `…新路。 陈宝林 高志彬摄`,
 * a credit glued to the caption (`…。本报记者甲摄`), after a caption with no
 * stop (`惠民市集 城市晚报全媒体记者 吕闯 摄`), with its source (`甲摄（影像中国）`),
 * or standing alone as the whole paragraph.
 */
export function splitTrailingCredit(paragraph: string): TrailingCredit | null {
  if (!/摄/u.test(foldTraditional(paragraph.slice(-80)))) return null
  const source = creditSource(paragraph)
  const body = source ? paragraph.slice(0, source.index) : paragraph
  const found = splitCredit(body, { photo: true })
  return found && { ...found, raw: found.raw + (source?.raw ?? '') }
}

/**
 * Split a labelled byline off the end of a paragraph: `…发挥了极大作用。 记者 鲁慧 通讯员 杨娇艳 |`.
 */
export function splitTrailingByline(paragraph: string): TrailingCredit | null {
  const end = startOfTrailing(paragraph, paragraph.length, (c) => SPACE.test(c) || c === '|' || c === '｜')
  const body = paragraph.slice(0, end)
  const found = splitCredit(body, { label: true }, true)
  return found && found.rest !== '' ? { ...found, raw: found.raw + paragraph.slice(end) } : null
}

const SPACE = /^[\s\u3000\u00a0]$/u

/** Where the run of characters that `keep` accepts, ending at `end`, starts: a scan, linear however long the run. */
function startOfTrailing(text: string, end: number, keep: (c: string) => boolean): number {
  let at = end
  while (at > 0 && keep(text[at - 1]!)) at--
  return at
}

/** A photo source closing the text (`（影像中国）`), with the spaces before it: where it starts and what it reads. */
export function creditSource(text: string): { index: number; raw: string } | null {
  const tail = text.slice(-CREDIT_SOURCE_REACH)
  // （影像中國）: the source's name folds like a label.
  const m = CREDIT_SOURCES.exec(foldTraditional(tail))
  if (!m) return null
  const index = startOfTrailing(text, text.length - tail.length + m.index, (c) => SPACE.test(c))
  return { index, raw: text.slice(index) }
}

/** Credits are short: only the end of a paragraph is searched. */
const CREDIT_REACH = 60

function splitCredit(text: string, require: BylineRequirement, afterSentence = false): TrailingCredit | null {
  const from = Math.max(0, text.length - CREDIT_REACH)
  // A credit that opens with a label, after a space or a stop: the earliest such start wins.
  for (const m of text.slice(from).matchAll(/(?:[\s\u3000\u00a0]+|[。！？!?”’」』）)…])/gu)) {
    const start = from + m.index + m[0].length
    const isStop = !/^[\s\u3000\u00a0]/u.test(m[0])
    if (afterSentence && !isStop && !/[。！？!?”’」』）)…]$/u.test(text.slice(0, from + m.index))) continue
    const credit = text.slice(start).trim()
    if (credit === '' || !startsWithLabel(credit)) continue
    const bylines = parseBylines(credit, require)
    if (bylines) return { bylines, rest: text.slice(0, isStop ? start : from + m.index).trim(), raw: credit }
  }
  if (afterSentence) return null
  const whole = parseBylines(text, require)
  if (whole) return { bylines: whole, rest: '', raw: text }
  // 陈宝林 高志彬摄 after a stop, with or without a space: names and a photo label.
  // Only the end is matched: the pattern would overflow the stack on a long line.
  const cut = Math.max(0, text.length - CREDIT_REACH - 20)
  const match = /^(.*[。！？!?”’」』）)…])[\s\u3000\u00a0]*([^。！？!?”’」』）)…]{3,40})$/su.exec(text.slice(cut))
  if (!match) return null
  const bylines = parseBylines(match[2]!, require)
  return bylines ? { bylines, rest: text.slice(0, cut) + match[1]!, raw: match[2]! } : null
}

/**
 * Split a group byline off the end of a paragraph: `……（本报记者彭波、徐隽）`, or
 * the bare names that sign a brief after its last sentence (`……成功。（葛孟超）`).
 */
export function splitTrailingGroupByline(paragraph: string): TrailingCredit | null {
  const match = closingParenthesis(paragraph)
  if (!match || match.inside.length < 2 || match.inside.length > 60) return null
  const raw = match.open + match.inside + match.close
  // …活动取得圆满成功。（王金刚 李丽）: bare names close a brief, right after its last sentence.
  const signed = match.inside.length <= 12 && /[。！？!?”]$/u.test(match.before) ? parseParenBylines(raw) : null
  const bylines = parseParenBylines(raw, { label: true }) ?? signed
  return bylines ? { bylines, rest: match.before, raw } : null
}

/** A paragraph split before the parenthesis it ends with. */
export interface ClosingParenthesis {
  /** The text before, trailing spaces trimmed. */
  readonly before: string
  readonly open: string
  /** What the parentheses hold: never empty, never another parenthesis. */
  readonly inside: string
  readonly close: string
}

/**
 * Split a paragraph that ends in a parenthesis with no parentheses inside, as
 * `/^(.*?)\s*([（(])([^（）()]+)([）)])$/su` would. Scanned from the end,
 * because that pattern backtracks on runs of spaces (quadratic on a run of
 * U+3000) and overflows the regular-expression stack on a line of 27 MB.
 */
export function closingParenthesis(paragraph: string): ClosingParenthesis | null {
  const end = paragraph.length - 1
  const close = paragraph[end]
  if (close !== '）' && close !== ')') return null
  let open = end - 1
  while (open >= 0 && !'（）()'.includes(paragraph[open]!)) open--
  if (open < 0 || open === end - 1 || (paragraph[open] !== '（' && paragraph[open] !== '(')) return null
  let before = open
  while (before > 0 && /\s/u.test(paragraph[before - 1]!)) before--
  return { before: paragraph.slice(0, before), open: paragraph[open]!, inside: paragraph.slice(open + 1, end), close }
}
