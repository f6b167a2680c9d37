/**
 * Reading a pattern's source, token by token: what `required.ts` (the
 * characters a match needs) and `prefixes.ts` (the characters a match begins
 * with) both read before each draws its own conclusion. For the syntax the
 * rule tables use: escapes, classes, group heads and quantifiers.
 */

/** A set of characters, or null when it is too large or unknown. */
export type Chars = ReadonlySet<string> | null

/** A class larger than this is read as unknown. */
const MAX_CLASS = 200

/** The escape after the backslash at `at`, without it: u{…}, uXXXX, xXX, p{…}, a number or one character. */
export function escapeToken(source: string, at: number): string {
  return /^(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[pP]\{[^}]*\}|\d+|.)/su.exec(source.slice(at + 1))![0]
}

/** Whether an escape token asserts a place (\b, \B) rather than taking a character. */
export function isBoundary(token: string): boolean {
  return token === 'b' || token === 'B'
}

/** Whether an escape token is a back-reference (\1): it repeats what its group took. */
export function isBackReference(token: string): boolean {
  return /^[1-9]/u.test(token)
}

/**
 * The characters an escape token stands for, or null for a large or unknown set.
 *
 * @param basic whether only characters of the basic plane are known (one UTF-16 unit each)
 */
export function escapeChars(token: string, basic: boolean): Chars {
  if (token === 'd') return new Set('0123456789')
  const hex = /^u\{([0-9A-Fa-f]+)\}$|^u([0-9A-Fa-f]{4})$|^x([0-9A-Fa-f]{2})$/u.exec(token)
  if (hex) {
    const point = parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16)
    return basic && point > 0xffff ? null : new Set([String.fromCodePoint(point)])
  }
  if (token === 'n') return new Set('\n')
  if (token === 't') return new Set('\t')
  if (token === 'r') return new Set('\r')
  // \s, \w, \p{…}, \D and the like: too large to be read.
  if (/^[A-Za-z]/u.test(token)) return null
  // An escaped sign (\. \- \\) is the sign itself.
  return new Set([token])
}

/** What opens the group at `at`: `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`. */
export function groupHead(source: string, at: number): string {
  return /^\((\?(?:<=|<!|=|!|:|<[A-Za-z_$][\w$]*>))?/u.exec(source.slice(at))![0]
}

/** The quantifier at `at`, lazy mark included: how often the atom before it may match, and where it ends. */
export function readQuantifier(source: string, at: number): { min: number; max: number; end: number } {
  const c = source[at]
  let min = 1
  let max = 1
  let end = at
  if (c === '?' || c === '*' || c === '+') {
    min = c === '+' ? 1 : 0
    max = c === '?' ? 1 : Infinity
    end++
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/u.exec(source.slice(at))
    if (m === null) return { min, max, end }
    min = Number(m[1])
    max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
    end += m[0].length
  } else return { min, max, end }
  if (source[end] === '?') end++
  return { min, max, end }
}

/**
 * The class at `at` (`[`): the characters it lists, or null when it is negated, larger than a
 * couple of hundred characters or holds what is not known; and where it ends (past the source's end
 * when it is not closed).
 *
 * @param basic whether only characters of the basic plane are known (one UTF-16 unit each)
 */
export function readClass(source: string, at: number, basic: boolean): { chars: Chars; end: number } {
  let k = at + 1
  const negated = source[k] === '^'
  if (negated) k++
  const chars = new Set<string>()
  let known = true
  const member = (): Chars => {
    if (source[k] === '\\') {
      const token = escapeToken(source, k)
      k += 1 + token.length
      return isBoundary(token) || isBackReference(token) ? null : escapeChars(token, basic)
    }
    const point = String.fromCodePoint(source.codePointAt(k)!)
    k += point.length
    return basic && point.length > 1 ? null : new Set([point])
  }
  while (k < source.length && source[k] !== ']') {
    const low = member()
    if (source[k] === '-' && source[k + 1] !== ']' && low !== null && low.size === 1) {
      k++
      const high = member()
      const from = [...low][0]!.codePointAt(0)!
      const to = high !== null && high.size === 1 ? [...high][0]!.codePointAt(0)! : -1
      if (to < from || to - from > MAX_CLASS || (basic && to > 0xffff)) known = false
      else for (let p = from; p <= to; p++) chars.add(String.fromCodePoint(p))
    } else if (low === null) known = false
    else for (const ch of low) chars.add(ch)
  }
  return { chars: !negated && known && chars.size <= MAX_CLASS ? chars : null, end: k + 1 }
}
