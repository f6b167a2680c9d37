/**
 * Scanning a text with many patterns at once, fast. A rule table of a
 * hundred patterns joined into one alternation is tried at every position of
 * every text, every alternative at each; run one by one, each pattern still
 * walks the whole text. The scanner walks the text once: it knows from each
 * pattern's source the one or two characters its matches begin with
 * (`prefixes.ts`), and at each position tries, anchored there, only the
 * patterns that can begin with what stands there, in the table's order. A
 * pattern is tried only on a text that holds a character it needs at all
 * (`required.ts`). What it finds is exactly what the joined alternation would:
 * the leftmost match, the earliest pattern among those matching there, then
 * on from its end.
 */
import { matchStarts } from './prefixes.js'
import { requiredChars } from './required.js'

/** A match of one of the patterns: offsets into the text, end exclusive, and which pattern. */
export interface ScanMatch {
  readonly start: number
  readonly end: number
  readonly pattern: number
}

/** A match of one pattern run on its own, with its groups. */
export interface EachMatch extends ScanMatch {
  readonly match: RegExpMatchArray
}

/** A compiled set of patterns. */
export interface Scanner {
  /** Every match, as `text.matchAll(new RegExp(sources.join('|'), 'gu'))` finds them, empty ones left out. */
  scan(text: string): ScanMatch[]
  /** Every match of every pattern, as `text.matchAll` finds each pattern's own, empty ones left out: by pattern, then by position. */
  each(text: string): EachMatch[]
}

/** The patterns that may begin at a character: whatever follows it, and by the character after it. */
interface Starting {
  readonly any: readonly number[]
  readonly byNext: ReadonlyMap<number, readonly number[]>
}

/** What `scan` reads: the patterns twice compiled, what each needs, where each may begin. */
interface Compiled {
  /** Each pattern anchored (`y`), tried at one position. */
  readonly anchored: readonly RegExp[]
  /** Each pattern searching (`g`), for those whose beginnings are not known. */
  readonly searching: readonly RegExp[]
  /** For each character code, the patterns that need it (`required.ts`). */
  readonly needing: readonly (readonly number[] | undefined)[]
  /** Patterns that need nothing known: live in every text. */
  readonly always: readonly number[]
  /** For each character code, the patterns that may begin there. */
  readonly starting: readonly (Starting | undefined)[]
  /** Patterns of unknown beginnings (or that may match empty): searched for, in priority order. */
  readonly searched: readonly number[]
}

/**
 * Compile patterns (sources without flags, each read with `u`) into a scanner.
 *
 * @param sources the patterns in order of priority (the order of the alternation)
 */
export function compileScanner(sources: readonly string[]): Scanner {
  const needing: number[][] = []
  const always: number[] = []
  const single: number[][] = []
  const pairs: Map<number, number[]>[] = []
  const searched: number[] = []
  sources.forEach((source, i) => {
    const required = requiredChars(source)
    const codes = required === null ? null : [...required].map((c) => (c.length === 1 ? c.charCodeAt(0) : -1))
    if (codes === null || codes.includes(-1)) always.push(i)
    else for (const code of codes) (needing[code] ??= []).push(i)
    const starts = beginnings(source)
    if (starts === null) return void searched.push(i)
    for (const start of starts) {
      const first = start.charCodeAt(0)
      if (start.length === 1) (single[first] ??= []).push(i)
      else {
        const byNext = (pairs[first] ??= new Map())
        byNext.set(start.charCodeAt(1), [...(byNext.get(start.charCodeAt(1)) ?? []), i])
      }
    }
  })
  // A pattern that may begin with a character whatever follows is tried after any second character too.
  const starting = new Array<Starting | undefined>(0x10000).fill(undefined)
  for (const code of new Set([...Object.keys(single), ...Object.keys(pairs)].map(Number))) {
    const any = single[code] ?? []
    const byNext = [...(pairs[code] ?? [])].map(([next, list]): [number, number[]] => [next, [...new Set([...list, ...any])].sort((a, b) => a - b)])
    starting[code] = { any, byNext: new Map(byNext) }
  }
  const compiled: Compiled = {
    anchored: sources.map((source) => new RegExp(source, 'uy')),
    searching: sources.map((source) => new RegExp(source, 'gu')),
    needing: Object.assign(new Array<number[] | undefined>(0x10000).fill(undefined), needing),
    always,
    starting,
    searched,
  }
  return { scan: (text) => scan(text, compiled), each: (text) => each(text, compiled) }
}

/**
 * The strings of one or two characters (of the basic plane) a pattern's matches begin with, two where
 * that is known, or null when its matches may begin anywhere or be empty.
 */
function beginnings(source: string): string[] | null {
  for (const depth of [2, 1]) {
    const starts = matchStarts(source, depth)
    if (starts === null || starts.has('')) continue
    const list = [...starts]
    if (list.every((s) => [...s].length === s.length)) return list
  }
  return null
}

/** Which patterns a text holds a needed character of: 1 for each live pattern. */
function liveIn(text: string, count: number, c: Compiled): Uint8Array {
  const live = new Uint8Array(count)
  for (const i of c.always) live[i] = 1
  for (let k = 0; k < text.length; k++) {
    const needing = c.needing[text.charCodeAt(k)]
    if (needing !== undefined) for (const i of needing) live[i] = 1
  }
  return live
}

/**
 * The matches of the joined alternation. Walking the text, at each position the patterns that may
 * begin there are tried in priority order, anchored; a searched pattern takes part at the position of
 * its own next match. The first that matches wins, and the walk goes on from its end.
 */
function scan(text: string, c: Compiled): ScanMatch[] {
  const live = liveIn(text, c.anchored.length, c)
  const searched = c.searched.filter((i) => live[i] === 1)
  const next = searched.map((i) => find(c.searching[i]!, text, 0))
  const out: ScanMatch[] = []
  let pos = 0
  for (;;) {
    let nearest = Infinity
    for (const m of next) if (m !== null && m.index < nearest) nearest = m.index
    let found: ScanMatch | null = null
    const last = Math.min(nearest, text.length - 1)
    for (let k = pos; k <= last; k++) {
      if (k !== nearest && c.starting[text.charCodeAt(k)] === undefined) continue
      found = matchAt(text, k, c, live, k === nearest ? searched : null, next)
      if (found !== null) break
    }
    if (found === null && nearest !== Infinity && nearest >= text.length) found = matchAt(text, nearest, c, live, searched, next)
    if (found === null) return out
    if (found.end > found.start) out.push(found)
    // After an empty match the alternation steps on by one character, as matchAll does.
    pos = found.end > found.start ? found.end : found.end + (text.codePointAt(found.end)! > 0xffff ? 2 : 1)
    for (let n = 0; n < next.length; n++) if (next[n] !== null && next[n]!.index < pos) next[n] = find(c.searching[searched[n]!]!, text, pos)
  }
}

/** The first pattern in priority order that matches at `k`, with the searched ones whose next match is there. */
function matchAt(text: string, k: number, c: Compiled, live: Uint8Array, searched: readonly number[] | null, next: readonly (RegExpExecArray | null)[]): ScanMatch | null {
  const starting = k < text.length ? c.starting[text.charCodeAt(k)] : undefined
  const tried = starting === undefined ? NONE : (starting.byNext.get(text.charCodeAt(k + 1)) ?? starting.any)
  let s = 0
  for (let t = 0; ; t++) {
    // The next searched pattern matching at k, if it comes before the next one to try.
    if (searched !== null) {
      while (s < searched.length && (next[s] === null || next[s]!.index !== k)) s++
      if (s < searched.length && (t >= tried.length || searched[s]! < tried[t]!)) {
        return { start: k, end: k + next[s]![0].length, pattern: searched[s]! }
      }
    }
    if (t >= tried.length) return null
    const i = tried[t]!
    if (live[i] !== 1) continue
    // `test` leaves an anchored pattern's lastIndex at the end of its match, without building the match.
    const pattern = c.anchored[i]!
    pattern.lastIndex = k
    if (pattern.test(text)) return { start: k, end: pattern.lastIndex, pattern: i }
  }
}

const NONE: readonly number[] = []

/**
 * The matches of each pattern on its own. Walking the text, a pattern that may begin at a position is
 * tried there, anchored, unless its own last match has not ended yet; a searched pattern runs as it is.
 */
function each(text: string, c: Compiled): EachMatch[] {
  const live = liveIn(text, c.anchored.length, c)
  const found: EachMatch[][] = []
  const reached = new Int32Array(c.anchored.length)
  for (let k = 0; k < text.length; k++) {
    const starting = c.starting[text.charCodeAt(k)]
    if (starting === undefined) continue
    for (const i of starting.byNext.get(text.charCodeAt(k + 1)) ?? starting.any) {
      if (live[i] !== 1 || reached[i]! > k) continue
      const pattern = c.anchored[i]!
      pattern.lastIndex = k
      const m = pattern.exec(text)
      if (m === null) continue
      reached[i] = k + m[0].length
      ;(found[i] ??= []).push({ start: k, end: reached[i]!, pattern: i, match: m })
    }
  }
  for (const i of c.searched) {
    if (live[i] !== 1) continue
    for (const m of text.matchAll(c.searching[i]!)) if (m[0] !== '') (found[i] ??= []).push({ start: m.index, end: m.index + m[0].length, pattern: i, match: m })
  }
  return found.flat()
}

function find(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  if (from > text.length) return null
  pattern.lastIndex = from
  return pattern.exec(text)
}
