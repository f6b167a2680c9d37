/**
 * Intervals: numbers bounded by comparatives (大于二十, 不超过100, 1000以上),
 * both ends written out (20~100, 位于20和30之间), and open-ended approximate
 * numbers (五百多, 二百三十余万).
 */
import { BOUND_AFTER, BOUND_BEFORE, BOUND_JOINER, COMPARE_AFTER, RANGE_JOINERS, type Bound } from '../rules/ranges.js'
import { CLASSIFIERS } from '../rules/units.js'
import { escapeRegExp, longestFirst } from '../util/regex.js'
import { fold, scanNumbers, type NumberMatch } from './numeral.js'

/** An interval in text; a null bound is open. Offsets as in `scanNumbers`. */
export interface Interval {
  readonly start: number
  readonly end: number
  readonly low: number | null
  readonly high: number | null
  readonly lowInclusive: boolean
  readonly highInclusive: boolean
}

const before = longestFirst(Object.keys(BOUND_BEFORE))
const after = longestFirst(Object.keys(BOUND_AFTER))
const classifiers = longestFirst(Object.keys(CLASSIFIERS))
/** A comparative may be written with spaces between its characters (小于 或 等于). */
const spaced = (word: string): RegExp => new RegExp(`${[...word].map(escapeRegExp).join('[ \\t]*')}[ \\t]*$`, 'u')
const beforePatterns = before.map((word) => [word, spaced(word)] as const)

/**
 * Find the intervals a text states.
 *
 * @param text a sentence; traditional and full-width forms are understood
 */
export function scanIntervals(text: string): Interval[] {
  const folded = fold(text)
  const numbers = scanNumbers(text)
  const singles: Interval[] = []
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!
    const pair = between(folded, n, numbers[k + 1])
    if (pair) {
      singles.push(pair)
      k++
      continue
    }
    const bound = bounded(folded, n)
    if (bound) singles.push(bound)
  }
  return merge(folded, singles)
}

/** 20~100, 一到五, 位于20和30之间, 10000与20000间: [a, b). */
function between(folded: string, a: NumberMatch, b: NumberMatch | undefined): Interval | null {
  if (!b || b.value <= a.value) return null
  const gap = folded.slice(a.end, b.start).trim()
  if (RANGE_JOINERS.some((j) => gap === j)) return interval(a.start, b.end, a.value, b.value, true, false)
  if (gap === '和第' || gap === '和' || gap === '与') {
    const close = /^[ \t]*(之间|间)/.exec(folded.slice(b.end, b.end + 4))
    if (!close) return null
    const lead = /(位于|在)?(第)?$/.exec(folded.slice(Math.max(0, a.start - 3), a.start))
    return interval(a.start - (lead?.[0].length ?? 0), b.end + close[0].length, a.value, b.value, true, false)
  }
  return null
}

function bounded(folded: string, n: NumberMatch): Interval | null {
  const head = folded.slice(Math.max(0, n.start - 16), n.start)
  // 比三十大, 比 170 低
  const compare = /比[ \t]*$/.exec(head)
  if (compare) {
    const word = /^[ \t]*([大多高小少低])/.exec(folded.slice(n.end, n.end + 4))
    if (word) return fromBound(COMPARE_AFTER[word[1]!]!, n, n.start - compare[0].length, n.end + word[0].length)
  }
  // 超过了百分之零点九: a percent keeps its number.
  const percent = /百[ \t]*分[ \t]*之[ \t]*$/.exec(head)
  const headBefore = percent ? head.slice(0, head.length - percent[0].length) : head
  for (const [word, pattern] of beforePatterns) {
    const match = pattern.exec(headBefore)
    if (match) {
      const start = n.start - (percent?.[0].length ?? 0) - match[0].length
      return fromBound(BOUND_BEFORE[word]!, n, start, n.end)
    }
  }
  // 1000以上, 三十或者以上, 20万次以上, 170 之下
  let at = n.end
  const classifier = classifiers.find((c) => folded.startsWith(c, at))
  const skip = /^[ \t]*/.exec(folded.slice(at))![0].length
  for (const offset of [skip, classifier ? classifier.length : -1]) {
    if (offset < 0) continue
    const word = after.find((w) => folded.startsWith(w, at + offset))
    if (word) return fromBound(BOUND_AFTER[word]!, n, n.start, at + offset + word.length)
  }
  // 五百多, 二百三十余万, 十几万: more than the number.
  if (n.approx) return interval(n.start, n.end, n.value, null, false, false)
  const trailing = /^(多|余)/.exec(folded.slice(n.end, n.end + 1))
  if (trailing) return interval(n.start, n.end + 1, n.value, null, false, false)
  at = n.end
  return null
}

function fromBound(bound: Bound, n: NumberMatch, start: number, end: number): Interval {
  if (bound.side === 'both') return interval(start, end, n.value, n.value, true, true)
  return bound.side === 'low'
    ? interval(start, end, n.value, null, bound.inclusive, false)
    : interval(start, end, null, n.value, false, bound.inclusive)
}

function interval(start: number, end: number, low: number | null, high: number | null, lowInclusive: boolean, highInclusive: boolean): Interval {
  return { start, end, low, high, lowInclusive, highInclusive }
}

/** 大于20的同时小于35 → (20, 35]; 最多100最少20 → [20, 100]; 大于50小于12 stays two. */
function merge(folded: string, singles: readonly Interval[]): Interval[] {
  const out: Interval[] = []
  for (let k = 0; k < singles.length; k++) {
    const a = singles[k]!
    const b = singles[k + 1]
    const oneSided = (i: Interval): boolean => (i.low === null) !== (i.high === null)
    if (b && oneSided(a) && oneSided(b) && (a.low === null) !== (b.low === null) && BOUND_JOINER.test(folded.slice(a.end, b.start))) {
      const lower = a.low !== null ? a : b
      const upper = a.low !== null ? b : a
      if (lower.low! < upper.high!) {
        out.push(interval(a.start, b.end, lower.low, upper.high, lower.lowInclusive, upper.highInclusive))
        k++
        continue
      }
    }
    out.push(a)
  }
  return out
}
