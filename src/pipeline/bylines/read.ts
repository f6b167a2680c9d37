/**
 * Read a byline: who wrote, reported or photographed an article, in every
 * form the paper prints them (`●于凝 尹雪 张磊`, `(张卓 记者吴冰)`,
 * `(徐莹 刘云龙 文/摄)`, `本报记者　赵展慧　王汉超`, `陈宝林 高志彬摄`,
 * `本报记者  李  舸摄`). A text is a byline only when every part of it is a
 * name or a label.
 */
import { CREDIT_ROLES, CREDIT_SOURCE_BEFORE, LAYOUT_CODES, NAME, NAME_SEPARATORS, PREFIX_LABELS, SUFFIX_LABELS, SURNAMES } from '../../rules/bylines.js'
import { foldTraditional } from '../../rules/traditional.js'
import type { Byline } from '../../schema.js'
import { escapeRegExp, longestFirst } from '../../util/regex.js'
import { agencyLength, isName, mergePaddedNames, prefixes, splitGlued, splitRunTogether, splitToken, type Token } from './tokens.js'

/** A label printed with spaces between its characters (`记 者 林阿玲`, `通 讯 员`). */
const SPACED_LABELS = new RegExp(
  longestFirst(new Set([...PREFIX_LABELS, ...SUFFIX_LABELS].map((l) => l.text.replace(/[/：:]/gu, '')).filter((t) => [...t].length >= 2)))
    .map((t) => [...t].map(escapeRegExp).join('[ \\u3000\\u00a0]+'))
    .join('|'),
  'gu',
)

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

/** A byline while it is read: `open` until a suffix label closes it (`陈宝林 高志彬摄`). */
type OpenByline = Byline & { open: boolean }

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
  const reading = readingOf(folded)
  if (reading === null || !meets(reading.read, reading.tokens, require)) return null
  return reading.read.bylines.map(({ name, role, label }) => ({
    name: asPrinted(name, text, folded),
    role,
    label: label && label.split(' ').map((part) => asPrinted(part, text, folded)).join(' '),
  }))
}

/** A text's names and labels with their roles, before any requirement; null when a piece is neither. */
type Reading = { readonly tokens: Token[]; readonly read: NonNullable<ReturnType<typeof assignRoles>> }

/**
 * The readings of recent texts. The readers of a block (byline line, credit, signature, heading
 * test) ask for the same text three or four times; a reading is never changed once made.
 */
const READINGS = new Map<string, Reading | null>()
const MAX_READINGS = 4096

function readingOf(folded: string): Reading | null {
  let reading = READINGS.get(folded)
  if (reading === undefined) {
    const tokens = tokenize(normalize(folded))
    const read = tokens && assignRoles(tokens)
    reading = tokens && read ? { tokens, read } : null
    if (READINGS.size >= MAX_READINGS) READINGS.clear()
    READINGS.set(folded, reading)
  }
  return reading
}

/**
 * Read a parenthesised byline: `(记者汪伦)`, `（本报记者彭波、徐隽）`, `【记者 王金刚】`.
 * `text` includes the parentheses (half- or full-width) or brackets.
 */
export function parseParenBylines(text: string, require: BylineRequirement = {}): Byline[] | null {
  const match = /^[（(【[]([^（）()【】[\]]{1,60})[）)】\]]$/u.exec(text)
  return match ? parseBylines(match[1]!, require) : null
}

/** Whether a text opens with a byline label, after an agency or not: `城市晚报全媒体记者 吕闯`. */
export function startsWithLabel(text: string): boolean {
  const folded = foldTraditional(text)
  const at = agencyLength(folded)
  return prefixes.some((p) => folded.startsWith(p.text, at))
}

/** Spelling that does not change who is named: spaced labels, layout codes, a closing 报道, colons. */
function normalize(text: string): string {
  return text
    // 新华社发 张磊摄: where the photo came from, before its credit, names no one.
    .replace(CREDIT_SOURCE_BEFORE, '')
    .replace(/／/g, '/')
    // 文·图 王金刚 is 文/图.
    .replace(/(?<=^|[\s\u3000\u00a0])([文图])[·•]([文图摄])(?=[\s\u3000\u00a0])/gu, '$1/$2')
    // 摄影：陈广程, 文|王金刚 read as 摄影/陈广程, 文/王金刚: a credit label before a colon or bar
    // (not 本版图片:, a label of its own).
    .replace(/(?<!本版)(摄影|图片|文字|图|文)[\s\u3000\u00a0]*[：:|｜][\s\u3000\u00a0]*/gu, '$1/')
    .replace(/\s*\/\s*/g, '/')
    .replace(LAYOUT_CODES, ' ')
    .replace(SPACED_LABELS, (m) => m.replace(/[ \u3000\u00a0]+/gu, ''))
    .replace(/(?<!摄影)报道[\s\u3000\u00a0]*$/u, '')
    .trim()
}

/** The names and labels of a normalized byline, or null when a piece is neither. */
function tokenize(normalized: string): Token[] | null {
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
    // 张磊 文 李丽 图: a weak label standing alone is a label, never a name.
    if (token.name !== '' && token.suffix?.weak && (!next || (next.name === '' && !next.prefix))) {
      token.name += token.suffix.text
      token.suffix = null
    }
  })
  mergePaddedNames(tokens)
  asPrefixes(tokens)
  return tokens
}

/**
 * A credit label standing alone before names is written before them:
 * `文/图 王金刚`, `文/图 本报记者 王金刚`, and `撰文 王金刚 摄影 李丽` after a credit label. At the end
 * (`本报记者 李舸 摄`) it stays a suffix.
 */
function asPrefixes(tokens: Token[]): void {
  let creditOpen = false
  tokens.forEach((token, i) => {
    const next = tokens[i + 1]
    const alone = token.name === '' && !token.prefix && token.suffix
    const label = alone ? prefixes.find((p) => p.text.replace(/\/$/u, '') === token.suffix!.text.replace(/^\//u, '')) : undefined
    // Names follow, or a staff label with its names (文/图 本报记者 王金刚).
    const namesFollow = next !== undefined && (next.name !== '' || next.prefix !== null)
    if (label && namesFollow && (i === 0 || creditOpen)) {
      tokens[i] = { name: '', prefix: { label, text: token.suffix!.text }, suffix: null }
    }
    if (token.prefix) creditOpen = CREDIT_ROLES.has(token.prefix.label.role)
    else if (tokens[i]!.prefix) creditOpen = true
    else if (token.suffix) creditOpen = false
  })
}

/** Give each name the role of the labels around it; null when a name is not shaped like one. */
function assignRoles(tokens: Token[]): { bylines: OpenByline[]; sawLabel: boolean; sawPhoto: boolean } | null {
  const bylines: OpenByline[] = []
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
      closeOpen(bylines, token.suffix)
      prefix = null
    }
  }
  return { bylines, sawLabel, sawPhoto }
}

/**
 * A suffix label reaches back over every name since the last suffix, and
 * adds to a prefix label (本报记者 李舸摄).
 */
function closeOpen(bylines: OpenByline[], suffix: NonNullable<Token['suffix']>): void {
  for (let i = bylines.length - 1; i >= 0; i--) {
    const byline = bylines[i]!
    if (!byline.open) break
    byline.role = suffix.role
    byline.label = byline.label ? `${byline.label} ${suffix.text}` : suffix.text
    byline.open = false
  }
}

/** Whether what was read is a byline and holds what the caller requires. */
function meets(read: { bylines: OpenByline[]; sawLabel: boolean; sawPhoto: boolean }, tokens: Token[], require: BylineRequirement): boolean {
  const { bylines } = read
  if (bylines.length === 0) return false
  if (bylines.some((b) => !isName(b.name) && !(require.expected && b.label !== null))) return false
  // 惠民市集 城市晚报全媒体记者 吕闯 摄: four characters with no label of their own are a caption, not a name.
  if (tokens.some((t) => !t.prefix && [...t.name].length >= 4 && !/[·•]/u.test(t.name) && !SURNAMES.has(t.name.slice(0, 2)))) return false
  if (require.label && !read.sawLabel) return false
  if (require.photo && !read.sawPhoto) return false
  return true
}

/** A name or label as printed: 馮可欣 and 記者 stay in traditional characters when they can be found again. */
function asPrinted(name: string, text: string, folded: string): string {
  if (folded === text) return name
  const at = folded.indexOf(name)
  return at === -1 ? name : text.slice(at, at + name.length)
}
