/**
 * Bylines: who wrote, reported or photographed an article, in every form the
 * paper prints them (`●于凝 尹雪 张磊`, `(张卓 记者吴冰)`, `(徐莹 刘云龙 文/摄)`,
 * `本报记者　赵展慧　王汉超`, `陈宝林 高志彬摄`, `本报记者  李  舸摄`).
 */
import {
  BYLINE_BULLETS,
  CREDIT_ROLES,
  CREDIT_SOURCES,
  CREDIT_SOURCE_REACH,
  LABEL_AGENCIES,
  LABEL_AGENCY_NAME,
  LAYOUT_CODES,
  NAME,
  NAME_SEPARATORS,
  PREFIX_LABELS,
  SUFFIX_LABELS,
  SURNAMES,
  type Label,
} from '../rules/bylines.js'
import { foldTraditional } from '../rules/traditional.js'
import type { Byline } from '../schema.js'
import { alternation, escapeRegExp } from '../util/regex.js'

const prefixes = [...PREFIX_LABELS].sort((a, b) => b.text.length - a.text.length)
const suffixes = [...SUFFIX_LABELS].sort((a, b) => b.text.length - a.text.length)
const agencies = [...LABEL_AGENCIES].sort((a, b) => b.length - a.length)

/** A label printed with spaces between its characters (`记 者 林阿玲`, `通 讯 员`). */
const SPACED_LABELS = new RegExp(
  [...new Set([...PREFIX_LABELS, ...SUFFIX_LABELS].map((l) => l.text.replace(/[/：:]/gu, '')).filter((t) => [...t].length >= 2))]
    .sort((a, b) => b.length - a.length)
    .map((t) => [...t].map(escapeRegExp).join('[ \\u3000\\u00a0]+'))
    .join('|'),
  'gu',
)

/** Labels that can be glued to the name before them (记者吴宏强通讯员秦家林): two characters or more. */
const GLUED_LABELS = new RegExp(alternation(PREFIX_LABELS.map((l) => l.text).filter((t) => [...t].length >= 2 && !t.includes('/'))), 'gu')

/** What a byline must contain to be taken as one. */
export interface BylineRequirement {
  /** At least one label (记者, 摄 …): an own line of bare names is too easily a slogan. */
  readonly label?: boolean
  /** At least one photo label (摄, 摄影 …): a credit under a photo. */
  readonly photo?: boolean
  /**
   * Where a byline is expected (in parentheses after a dateline), a labelled
   * name needs no known surname (暨佩娟); elsewhere every name does.
   */
  readonly expected?: boolean
}

/** No byline is longer than this (40 names with their labels); longer text is never read as one. */
const MAX_BYLINE = 400

interface Token {
  name: string
  prefix: { label: Label; text: string } | null
  suffix: (Label & { weak?: boolean }) | null
}

/**
 * Read a byline. Returns null unless every part of the text is a name or a
 * label, so ordinary prose is never taken for a byline.
 *
 * @param text the byline without its surrounding parentheses or bullet
 * @param require what it must contain to count
 */
export function parseBylines(text: string, require: BylineRequirement = {}): Byline[] | null {
  // Longer text is prose; and the patterns below need not see a 27 MB line.
  if (text.length > MAX_BYLINE) return null
  // Labels are read in simplified characters (記者 is 记者); names keep the characters as printed.
  const folded = foldTraditional(text)
  const normalized = normalize(folded)
  const raw = normalized.split(NAME_SEPARATORS).flatMap(splitGlued).filter(Boolean)
  if (raw.length === 0 || raw.length > 40) return null
  const hasStrongPhoto = raw.some((t) => /(?:摄|摄影|摄影报道)$/u.test(t))
  const tokens: Token[] = []
  for (const piece of raw) {
    const token = splitToken(piece, hasStrongPhoto)
    if (!token) return null
    tokens.push(...splitRunTogether(token))
  }
  // 丁思文 摄: a weak 文 right before the photo label is the end of the name.
  tokens.forEach((token, i) => {
    const next = tokens[i + 1]
    if (token.suffix?.weak && (!next || (next.name === '' && !next.prefix))) {
      token.name += token.suffix.text
      token.suffix = null
    }
  })
  mergePaddedNames(tokens)

  const bylines: (Byline & { open: boolean })[] = []
  let prefix: Token['prefix'] = null
  let sawLabel = false
  let sawPhoto = false
  for (const token of tokens) {
    if (token.prefix) {
      // 文/片 本报记者马志勇: a staff label after a credit label keeps the credit's role.
      const previous = prefix as Token['prefix']
      const stacked: boolean =
        previous !== null && !bylines.some((b) => b.open) && CREDIT_ROLES.has(previous.label.role) && !CREDIT_ROLES.has(token.prefix.label.role)
      prefix = stacked && previous ? { label: previous.label, text: `${previous.text} ${token.prefix.text}` } : token.prefix
      sawLabel = true
    }
    if (token.name !== '') {
      if (!NAME.test(token.name)) return null
      bylines.push(
        prefix
          ? { name: token.name, role: prefix.label.role, label: prefix.text, open: true }
          : { name: token.name, role: 'author', label: null, open: true },
      )
    }
    if (token.suffix) {
      sawLabel = true
      if (token.suffix.role === 'photographer' || token.suffix.role === 'writer-photographer') sawPhoto = true
      // A suffix label reaches back over every name since the last suffix,
      // and adds to a prefix label (本报记者 李舸摄).
      for (let i = bylines.length - 1; i >= 0; i--) {
        const byline = bylines[i]!
        if (!byline.open) break
        byline.role = token.suffix.role
        byline.label = byline.label ? `${byline.label} ${token.suffix.text}` : token.suffix.text
        byline.open = false
      }
      prefix = null
    }
  }
  if (bylines.length === 0) return null
  if (bylines.some((b) => !isName(b.name) && !(require.expected && b.label !== null))) return null
  // 惠民市集 城市晚报全媒体记者 吕闯 摄: four characters with no label of their own are a caption, not a name.
  if (tokens.some((t) => !t.prefix && [...t.name].length >= 4 && !/[·•]/u.test(t.name) && !SURNAMES.has(t.name.slice(0, 2)))) return null
  if (require.label && !sawLabel) return null
  if (require.photo && !sawPhoto) return null
  return bylines.map(({ name, role, label }) => ({
    name: asPrinted(name, text, folded),
    role,
    label: label && label.split(' ').map((part) => asPrinted(part, text, folded)).join(' '),
  }))
}

/** Spelling that does not change who is named: spaced labels, layout codes, a closing 报道, colons. */
function normalize(text: string): string {
  return text
    .replace(/／/g, '/')
    // 摄影：陈广程 reads as 摄影/陈广程: a credit label before a colon.
    .replace(/(摄影|图片|文字|图|文)[：:]\s*/gu, '$1/')
    .replace(/\s*\/\s*/g, '/')
    .replace(LAYOUT_CODES, ' ')
    .replace(SPACED_LABELS, (m) => m.replace(/[ \u3000\u00a0]+/gu, ''))
    .replace(/(?<!摄影)报道[\s\u3000\u00a0]*$/u, '')
    .trim()
}

/** `记者吴宏强通讯员秦家林`: a label glued to the name before it starts a new piece. */
function splitGlued(piece: string): string[] {
  const out: string[] = []
  let start = 0
  for (const m of piece.matchAll(GLUED_LABELS)) {
    let at = m.index
    if (at - start < 2) continue
    // 本报记者, 城市晚报全媒体记者: the agency belongs to the label after it.
    const before = piece.slice(start, at)
    if (LABEL_AGENCY_NAME.test(before)) continue
    const agency = agencies.find((a) => before.endsWith(a))
    if (agency) at -= agency.length
    if (at - start < 2) continue
    out.push(piece.slice(start, at))
    start = at
  }
  out.push(piece.slice(start))
  return out
}

/** `马志勇徐乐静`: two names run together, each opening with a known surname. */
function splitRunTogether(token: Token): Token[] {
  const chars = [...token.name]
  if (chars.length < 6 || /[·•]/u.test(token.name)) return [token]
  const parts = splitNames(chars)
  if (!parts) return [token]
  return parts.map((name, i) => ({
    name,
    prefix: i === 0 ? token.prefix : null,
    suffix: i === parts.length - 1 ? token.suffix : null,
  }))
}

function splitNames(chars: string[]): string[] | null {
  if (chars.length === 0) return []
  for (const size of [3, 2]) {
    if (chars.length < size) continue
    const name = chars.slice(0, size).join('')
    if (!isName(name)) continue
    const rest = splitNames(chars.slice(size))
    if (rest) return [name, ...rest]
  }
  return null
}

/** A name or label as printed: 馮可欣 and 記者 stay in traditional characters when they can be found again. */
function asPrinted(name: string, text: string, folded: string): string {
  if (folded === text) return name
  const at = folded.indexOf(name)
  return at === -1 ? name : text.slice(at, at + name.length)
}

/**
 * Read an own-line byline: `●于凝 尹雪 张磊` (a bullet, names need no label) or
 * `本报记者　赵展慧　王汉超` (no bullet, a label is required).
 */
export function parseBylineLine(text: string): Byline[] | null {
  // 马怀刚摄（影像中国）: where the photo came from is part of the credit.
  const source = creditSource(text)
  const line = source ? text.slice(0, source.index) : text
  const bullet = BYLINE_BULLETS.find((b) => line.startsWith(b))
  if (bullet) return parseBylines(line.slice(bullet.length))
  if (line.length > 40) return null
  return parseBylines(line, { label: true })
}

/**
 * Read a parenthesised byline: `(记者汪伦)`, `（本报记者彭波、徐隽）`.
 * `text` includes the parentheses, half- or full-width.
 */
export function parseParenBylines(text: string, require: BylineRequirement = {}): Byline[] | null {
  const match = /^[（(]([^（）()]{1,60})[）)]$/u.exec(text)
  return match ? parseBylines(match[1]!, require) : null
}

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
function creditSource(text: string): { index: number; raw: string } | null {
  const tail = text.slice(-CREDIT_SOURCE_REACH)
  const m = CREDIT_SOURCES.exec(tail)
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

/** Whether a text opens with a byline label, after an agency or not: `城市晚报全媒体记者 吕闯`. */
function startsWithLabel(text: string): boolean {
  const folded = foldTraditional(text)
  const at = agencyLength(folded)
  return prefixes.some((p) => folded.startsWith(p.text, at))
}

/**
 * Split a group byline off the end of a paragraph: `……（本报记者彭波、徐隽）`.
 */
export function splitTrailingGroupByline(paragraph: string): TrailingCredit | null {
  const match = closingParenthesis(paragraph)
  if (!match || match.inside.length < 2 || match.inside.length > 60) return null
  const raw = match.open + match.inside + match.close
  const bylines = parseParenBylines(raw, { label: true })
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

/**
 * People named in a closing note: （实习生李泽文对本文亦有贡献） credits an
 * intern, （作者为……，本报记者刘诗瑶整理） a reporter who edited it.
 *
 * @param note the note without its parentheses
 */
export function splitNoteBylines(note: string): Byline[] {
  const out: Byline[] = []
  for (const clause of note.split(/[，,；;]/u)) {
    const contributed = /^(.+?)对本文亦有贡献$/u.exec(clause)
    const compiled = /^(.+?)整理$/u.exec(clause)
    const found = parseBylines((contributed ?? compiled)?.[1] ?? '', { label: true })
    if (!found) continue
    for (const b of found) out.push(compiled ? { name: b.name, role: 'editor', label: `${b.label ?? ''} 整理`.trim() } : b)
  }
  return out
}

/** A person's name: the right length, and a known surname unless transliterated. */
function isName(text: string): boolean {
  if (!NAME.test(text)) return false
  return /[·•]/u.test(text) || SURNAMES.has(text.slice(0, 2)) || SURNAMES.has(text[0]!)
}

function splitToken(piece: string, hasStrongPhoto: boolean): Token | null {
  const whole = suffixes.find((s) => s.text === piece)
  if (whole) return { name: '', prefix: null, suffix: whole }
  let rest = piece
  let prefix: Token['prefix'] = null
  const afterAgency = agencyLength(rest)
  const label = prefixes.find((p) => rest.startsWith(p.text, afterAgency))
  if (label) {
    // 执笔记者：史竞男: the colon after a label is punctuation, not part of it.
    prefix = { label, text: rest.slice(0, afterAgency + label.text.length).replace(/[：:]$/u, '') }
    rest = rest.slice(afterAgency + label.text.length)
  }
  let suffix: Token['suffix'] = null
  const found = suffixes.find((s) => rest.endsWith(s.text))
  if (found) {
    const name = rest.slice(0, rest.length - found.text.length)
    // 文 and 图 end many given names (李文): attached to a name they are
    // labels only in a writer-and-photographer byline (罗艾桦文 陈北跑摄).
    const standsAlone = name === ''
    if (!found.weak || standsAlone || (hasStrongPhoto && name.length >= 2)) {
      suffix = found
      rest = name
    }
  }
  if (rest !== '' && !/^[\p{Script=Han}·•]+$/u.test(rest)) return null
  if (rest === '' && !prefix && !suffix) return null
  return { name: rest, prefix, suffix }
}

/** How long the agency before a label is: `新华社记者` 3, `城市晚报全媒体记者` 4, `记者` 0. */
function agencyLength(piece: string): number {
  const listed = agencies.find((a) => piece.startsWith(a) && prefixes.some((p) => piece.startsWith(p.text, a.length)))
  if (listed) return listed.length
  for (const label of prefixes) {
    const at = piece.indexOf(label.text)
    if (at > 0 && LABEL_AGENCY_NAME.test(piece.slice(0, at))) return at
  }
  return 0
}

/** `李  舸` is one name padded to the width of three: join single characters in pairs. */
function mergePaddedNames(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const a = tokens[i]!
    const b = tokens[i + 1]!
    if ([...a.name].length === 1 && [...b.name].length === 1 && !a.suffix && !b.prefix) {
      a.name += b.name
      a.suffix = b.suffix
      tokens.splice(i + 1, 1)
    }
  }
}
