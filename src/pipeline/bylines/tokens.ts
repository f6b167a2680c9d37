/**
 * The pieces of a byline: each name with the label printed before it and the
 * label printed after it (`本报记者李舸摄` is one name between two labels),
 * split where labels are glued to names (`记者吴宏强通讯员秦家林`) or names to
 * each other (`马志勇徐乐静`).
 */
import {
  LABEL_AGENCIES,
  LABEL_AGENCY_NAME,
  NAME,
  PREFIX_LABELS,
  SUFFIX_LABELS,
  SURNAMES,
  type Label,
} from '../../rules/bylines.js'
import { alternation, longestFirst } from '../../util/regex.js'

/** Prefix labels, longest first so 本报记者 wins over 记者. */
export const prefixes = longestFirst(PREFIX_LABELS, (l) => l.text)
const suffixes = longestFirst(SUFFIX_LABELS, (l) => l.text)
const agencies = longestFirst(LABEL_AGENCIES)

/** Labels that can be glued to the name before them (记者吴宏强通讯员秦家林): two characters or more. */
const GLUED_LABELS = new RegExp(alternation(PREFIX_LABELS.map((l) => l.text).filter((t) => [...t].length >= 2 && !t.includes('/'))), 'gu')

/** One name of a byline and the labels around it; a token can also be a label alone (`摄`). */
export interface Token {
  name: string
  prefix: { label: Label; text: string } | null
  suffix: (Label & { weak?: boolean }) | null
}

/** `记者吴宏强通讯员秦家林`: a label glued to the name before it starts a new piece. */
export function splitGlued(piece: string): string[] {
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
export function splitRunTogether(token: Token): Token[] {
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

/** A person's name: the right length, and a known surname unless transliterated. */
export function isName(text: string): boolean {
  if (!NAME.test(text)) return false
  return /[·•]/u.test(text) || SURNAMES.has(text.slice(0, 2)) || SURNAMES.has(text[0]!)
}

/**
 * Read one piece between separators: an optional prefix label (after an
 * agency), the name, an optional suffix label.
 *
 * @param hasStrongPhoto whether the byline holds 摄 or 摄影: then a weak 文 or 图 after a name is a label
 */
export function splitToken(piece: string, hasStrongPhoto: boolean): Token | null {
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
export function agencyLength(piece: string): number {
  const listed = agencies.find((a) => piece.startsWith(a) && prefixes.some((p) => piece.startsWith(p.text, a.length)))
  if (listed) return listed.length
  for (const label of prefixes) {
    const at = piece.indexOf(label.text)
    if (at > 0 && LABEL_AGENCY_NAME.test(piece.slice(0, at))) return at
  }
  return 0
}

/** `李  舸` is one name padded to the width of three: join single characters in pairs. */
export function mergePaddedNames(tokens: Token[]): void {
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
