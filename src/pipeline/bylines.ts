/**
 * Bylines: who wrote, reported or photographed an article, in every form the
 * paper prints them (`●于凝 尹雪 张磊`, `(张卓 记者吴冰)`, `(徐莹 刘云龙 文/摄)`,
 * `本报记者　赵展慧　王汉超`, `陈宝林 高志彬摄`, `本报记者  李  舸摄`).
 */
import {
  BYLINE_BULLETS,
  LABEL_AGENCIES,
  NAME,
  NAME_SEPARATORS,
  PREFIX_LABELS,
  SUFFIX_LABELS,
  SURNAMES,
  type Label,
} from '../rules/bylines.js'
import type { Byline } from '../schema.js'

const prefixes = [...PREFIX_LABELS].sort((a, b) => b.text.length - a.text.length)
const suffixes = [...SUFFIX_LABELS].sort((a, b) => b.text.length - a.text.length)
const agencies = [...LABEL_AGENCIES].sort((a, b) => b.length - a.length)

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
  const normalized = text.replace(/／/g, '/').replace(/\s*\/\s*/g, '/')
  const raw = normalized.split(NAME_SEPARATORS).filter(Boolean)
  if (raw.length === 0 || raw.length > 40) return null
  const hasStrongPhoto = raw.some((t) => /(?:摄|摄影|摄影报道)$/u.test(t))
  const tokens: Token[] = []
  for (const piece of raw) {
    const token = splitToken(piece, hasStrongPhoto)
    if (!token) return null
    tokens.push(token)
  }
  mergePaddedNames(tokens)

  const bylines: (Byline & { open: boolean })[] = []
  let prefix: Token['prefix'] = null
  let sawLabel = false
  let sawPhoto = false
  for (const token of tokens) {
    if (token.prefix) {
      prefix = token.prefix
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
  if (require.label && !sawLabel) return null
  if (require.photo && !sawPhoto) return null
  return bylines.map(({ name, role, label }) => ({ name, role, label }))
}

/**
 * Read an own-line byline: `●于凝 尹雪 张磊` (a bullet, names need no label) or
 * `本报记者　赵展慧　王汉超` (no bullet, a label is required).
 */
export function parseBylineLine(text: string): Byline[] | null {
  const bullet = BYLINE_BULLETS.find((b) => text.startsWith(b))
  if (bullet) return parseBylines(text.slice(bullet.length))
  if (text.length > 40) return null
  return parseBylines(text, { label: true })
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
 * Split a photo credit off the end of a paragraph. The credit must follow a
 * sentence end and a space, or stand alone as the whole paragraph.
 */
export function splitTrailingCredit(paragraph: string): TrailingCredit | null {
  const whole = parseBylines(paragraph, { photo: true })
  if (whole) return { bylines: whole, rest: '', raw: paragraph }
  // As /^(.*[E])\s+([^E]{3,40})$/su with E the sentence ends, scanned from
  // the end: that pattern overflows the regular-expression stack on a long line.
  let end = paragraph.length - 1
  while (end >= 0 && !SENTENCE_ENDS.includes(paragraph[end]!)) end--
  if (end < 0) return null
  const tail = paragraph.slice(end + 1)
  let spaces = 0
  while (spaces < tail.length && /\s/u.test(tail[spaces]!)) spaces++
  // The credit takes back spaces it needs to reach three characters, as the pattern's backtracking would.
  const from = spaces - Math.max(0, 3 - (tail.length - spaces))
  if (spaces === 0 || from < 1 || tail.length - spaces > 40) return null
  const raw = tail.slice(from)
  const bylines = parseBylines(raw, { photo: true })
  return bylines ? { bylines, rest: paragraph.slice(0, end + 1), raw } : null
}

/** What a sentence before a photo credit ends with. */
const SENTENCE_ENDS = '。！？!?”’」』）)…'


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
  const agency = agencies.find((a) => rest.startsWith(a) && prefixes.some((p) => rest.startsWith(p.text, a.length)))
  const afterAgency = agency ? agency.length : 0
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
