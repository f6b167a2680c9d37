/**
 * Scanning a text with many patterns at once, fast. A rule table of a
 * hundred patterns joined into one alternation is tried at every position of
 * every text, every alternative at each; most texts can match only a few of
 * them. The scanner runs each pattern on its own and only on a text that holds
 * a character the pattern needs (`required.ts`), and merges their matches so
 * that it finds exactly what the joined alternation would: the leftmost match,
 * the earliest pattern among those matching there, then on from its end.
 */
import { requiredChars } from './required.js'

/** A match of one of the patterns: offsets into the text, end exclusive, and which pattern. */
export interface ScanMatch {
  readonly start: number
  readonly end: number
  readonly pattern: number
}

/** A compiled set of patterns. */
export interface Scanner {
  /** Every match, as `text.matchAll(new RegExp(sources.join('|'), 'gu'))` finds them, empty ones left out. */
  scan(text: string): ScanMatch[]
}

/**
 * Compile patterns (sources without flags, each read with `u`) into a scanner.
 *
 * @param sources the patterns in order of priority (the order of the alternation)
 */
export function compileScanner(sources: readonly string[]): Scanner {
  const patterns = sources.map((source) => new RegExp(source, 'gu'))
  // For each character code, the patterns that need it; patterns that need nothing known run always.
  const byChar = new Map<number, number[]>()
  const always: number[] = []
  sources.forEach((source, i) => {
    const required = requiredChars(source)
    const codes = required === null ? null : [...required].map((c) => (c.length === 1 ? c.charCodeAt(0) : -1))
    if (codes === null || codes.includes(-1)) always.push(i)
    else for (const code of codes) byChar.set(code, [...(byChar.get(code) ?? []), i])
  })
  return { scan: (text) => merge(text, patterns, candidates(text, patterns.length, byChar, always)) }
}

/** The patterns a text holds a needed character of, in priority order. */
function candidates(text: string, count: number, byChar: ReadonlyMap<number, readonly number[]>, always: readonly number[]): number[] {
  const live = new Uint8Array(count)
  for (const i of always) live[i] = 1
  for (let k = 0; k < text.length; k++) {
    const needing = byChar.get(text.charCodeAt(k))
    if (needing !== undefined) for (const i of needing) live[i] = 1
  }
  const out: number[] = []
  for (let i = 0; i < count; i++) if (live[i] === 1) out.push(i)
  return out
}

/**
 * The matches of the joined alternation, from each pattern's own next match: the leftmost wins,
 * the earlier pattern on a tie; a pattern whose next match starts before the winner's end looks
 * again from there. Each pattern reads the text forward only, so the cost stays linear.
 */
function merge(text: string, patterns: readonly RegExp[], live: readonly number[]): ScanMatch[] {
  const next = live.map((i) => find(patterns[i]!, text, 0))
  const out: ScanMatch[] = []
  for (;;) {
    let winner = -1
    for (let k = 0; k < next.length; k++) {
      const m = next[k]
      if (m && (winner === -1 || m.index < next[winner]!.index)) winner = k
    }
    if (winner === -1) return out
    const m = next[winner]!
    const end = m.index + m[0].length
    if (m[0] !== '') out.push({ start: m.index, end, pattern: live[winner]! })
    // After an empty match the alternation steps on by one character, as matchAll does.
    const from = m[0] === '' ? end + (text.codePointAt(end)! > 0xffff ? 2 : 1) : end
    for (let k = 0; k < next.length; k++) if (next[k] && next[k]!.index < from) next[k] = find(patterns[live[k]!]!, text, from)
  }
}

function find(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  if (from > text.length) return null
  pattern.lastIndex = from
  return pattern.exec(text)
}
