/**
 * Numbers that are not figures: numerals inside phone numbers, addresses,
 * identifiers, idioms and short quoted names, ordinals that only rank, and a
 * lone 一 that means "a". The word lists are data in `rules/figures.ts`.
 */
import { ARTICLE_CLASSIFIERS, CONTACT_WORDS, NUMERAL_IDIOMS, ORDINAL_COUNTERS } from '../rules/figures.js'
import { EMAIL, PHONE } from '../rules/kinds.js'
import type { Quantity } from '../numbers/quantity.js'
import { alternation } from '../util/regex.js'
import type { Span } from './clauses.js'

/** Whether a quantity is a reported figure rather than a word that happens to hold a numeral. */
export function isFigure(text: string, q: Quantity): boolean {
  const numeral = text.slice(q.numberStart, q.numberEnd)
  const after = text.slice(q.numberEnd, q.numberEnd + 2)
  // 605号, 1号楼, 书记一号工程: numbers that name, not count.
  if (/^号/.test(text.slice(q.end, q.end + 1)) || /^号/.test(after)) return false
  // 北侧1楼: a floor of an address.
  if (/^楼/.test(after) && q.classifier === null) return false
  // “1+9”制度: a formula in a name.
  if (text[q.numberStart - 1] === '+' || text[q.numberEnd] === '+') return false
  // bcsshb2019, APP3: digits glued to Latin letters are identifiers.
  if (/[A-Za-z]/.test(text[q.numberStart - 1] ?? '') || /[A-Za-z]/.test(text[q.numberEnd] ?? '')) return false
  if (q.kind === 'ordinal') {
    // 第六届 counts; 排序第一 and 担当作为第一 only rank.
    return q.classifier !== null || ORDINAL_COUNTERS.test(text.slice(q.numberEnd))
  }
  // A lone 一 with a classifier is the article "a" (一名男子, 一条新路子); with a measure it counts (一吨).
  if (numeral === '一' && (q.kind === 'count' || q.kind === 'number')) {
    return !(q.classifier === null || ARTICLE_CLASSIFIERS.has(q.classifier))
  }
  // A bare Chinese numeral with nothing to count is a word (十全, 三思).
  if (q.kind === 'number' && /^[一二两三四五六七八九十]$/.test(numeral)) return false
  // A bare four-digit year-like number (2019) with no unit is part of a name or a date.
  if (q.kind === 'number' && /^(?:19|20)\d\d$/.test(numeral)) return false
  return true
}

/** Every idiom in one pattern, longest first, so a text is read once. */
const IDIOMS = new RegExp(alternation(NUMERAL_IDIOMS), 'gu')

/** The patterns of `notFigureSpans`, compiled once with `g` (not once per paragraph). */
const PHONES = new RegExp(PHONE.source, 'gu')
const EMAILS = new RegExp(EMAIL.source, 'gu')
const URLS = /https?:\/\/\S+|www\.\S+/gu
// 0431-12389: a dash between digit runs is a number of a line, not a range.
// (The look-behind starts a match only where a run starts, so this stays linear.)
const LINE_NUMBERS = /(?<!\d)\d{3,}[-－]\d{3,}/gu
const DIGIT_RUNS = /[\d-]{3,}/gu
const SHORT_QUOTES = /[“"「『]([^”"」』]{1,8})[”"」』]/gu

/** Phone numbers, e-mail addresses, URLs, idioms and short quoted names: no figures inside. */
export function notFigureSpans(text: string): Span[] {
  const spans: Span[] = []
  const add = (m: RegExpExecArray): void => {
    spans.push({ start: m.index, end: m.index + m[0].length })
  }
  eachMatch(PHONES, text, add)
  if (text.includes('@')) eachMatch(EMAILS, text, add)
  eachMatch(URLS, text, add)
  eachMatch(LINE_NUMBERS, text, add)
  // A number right after 电话： or 热线 is one to call.
  eachMatch(DIGIT_RUNS, text, (m) => {
    if (CONTACT_WORDS.test(text.slice(Math.max(0, m.index - 6), m.index))) add(m)
  })
  eachMatch(IDIOMS, text, add)
  // “六字工作经”, “1+9”: a number inside a short quoted name names it.
  eachMatch(SHORT_QUOTES, text, (m) => {
    if (/[0-9一二三四五六七八九十两]/.test(m[1]!)) add(m)
  })
  return spans
}

/** Each match of a `g` pattern in order, as `text.matchAll` finds them, without a copy of the pattern per call. */
function eachMatch(pattern: RegExp, text: string, found: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found(m)
    // After an empty match step on by one character, as matchAll does.
    if (m[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1
  }
}
