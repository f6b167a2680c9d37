/**
 * What a text must hold for a regular expression to match in it: a set of
 * characters of which every match needs at least one (in the match or in a
 * look-around it asserts). A scanner skips a pattern whose set a text lacks
 * (`scan.ts`). Read from the pattern's source, for the syntax the rule
 * tables use (literals, classes, escapes, groups, look-arounds, quantifiers);
 * whatever this reader does not know is "no requirement", which is always
 * safe: the pattern then runs on every text.
 */
import { escapeChars, escapeToken, groupHead, isBackReference, isBoundary, readClass, readQuantifier } from './pattern-source.js'

/** Characters a text must hold one of, or null when nothing is known (the pattern may match anywhere). */
export type Required = ReadonlySet<string> | null

/** Characters so common in news text that a requirement of them filters little. */
const COMMON = new Set('0123456789一二三四五六七八九十两百千万年月日个人')

/**
 * The characters a text must hold one of for `source` (flags `u`) to match, or null.
 *
 * @param source a pattern as written in a rule table (no flags, no delimiters)
 */
export function requiredChars(source: string): Required {
  const reader = new Reader(source)
  const found = reader.alternation()
  // Anything left unread (an unbalanced parenthesis) means the reader was lost.
  return reader.at === source.length ? found : null
}

/** How selective a requirement is: a rare character filters more than a digit does. */
function cost(set: ReadonlySet<string>): number {
  let sum = 0
  for (const c of set) sum += COMMON.has(c) ? 8 : 1
  return sum
}

/** The most selective of the requirements of a sequence (every one of them must hold). */
function best(items: readonly Required[]): Required {
  let chosen: Required = null
  for (const item of items) if (item !== null && (chosen === null || cost(item) < cost(chosen))) chosen = item
  return chosen
}

/** A recursive-descent reader over a pattern's source. */
class Reader {
  at = 0
  constructor(private readonly source: string) {}

  /** `a|b|…`: each branch must hold, so a text needs one of the union. */
  alternation(): Required {
    const branches: Required[] = [this.sequence()]
    while (this.source[this.at] === '|') {
      this.at++
      branches.push(this.sequence())
    }
    if (branches.some((b) => b === null)) return null
    return new Set(branches.flatMap((b) => [...b!]))
  }

  /** Items one after another: each mandatory item's requirement must hold. */
  private sequence(): Required {
    const items: Required[] = []
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const { required, consumes } = this.atom()
      const min = this.quantifier()
      if (min > 0 || !consumes) items.push(required)
    }
    return best(items)
  }

  /** The least number of times the atom before must match (1 when no quantifier follows). */
  private quantifier(): number {
    const { min, end } = readQuantifier(this.source, this.at)
    this.at = end
    return min
  }

  /** One atom: a character, an escape, a class, a group or an assertion. */
  private atom(): { required: Required; consumes: boolean } {
    const c = this.source[this.at]!
    if (c === '(') return this.group()
    if (c === '[') {
      // A negated or very large class is no requirement.
      const { chars, end } = readClass(this.source, this.at, false)
      this.at = end
      return { required: chars, consumes: true }
    }
    if (c === '\\') return this.escape()
    this.at++
    if (c === '^' || c === '$') return { required: null, consumes: false }
    if (c === '.') return { required: null, consumes: true }
    // A character outside the basic plane is two code units: keep it whole.
    const point = String.fromCodePoint(this.source.codePointAt(this.at - 1)!)
    this.at += point.length - 1
    return { required: new Set([point]), consumes: true }
  }

  private group(): { required: Required; consumes: boolean } {
    const head = groupHead(this.source, this.at)
    this.at += head.length
    const inner = this.alternation()
    this.at++ // ')'
    // A negative look-around asks the text to lack something: no requirement.
    if (head === '(?!' || head === '(?<!') return { required: null, consumes: false }
    // A positive one asks the text to hold it, though the match does not take it.
    if (head === '(?=' || head === '(?<=') return { required: inner, consumes: false }
    return { required: inner, consumes: true }
  }

  private escape(): { required: Required; consumes: boolean } {
    const token = escapeToken(this.source, this.at)
    this.at += 1 + token.length
    // A back-reference repeats what its group took, which that group requires already.
    if (isBoundary(token) || isBackReference(token)) return { required: null, consumes: false }
    return { required: escapeChars(token, false), consumes: true }
  }
}

/**
 * A test for whether a text may match any of `sources`: true when it holds a character one of
 * them needs, always true when one of them needs nothing known.
 */
export function requiredAny(sources: readonly string[]): { test(text: string): boolean } {
  const sets = sources.map(requiredChars)
  if (sets.some((s) => s === null)) return { test: () => true }
  const chars = [...new Set(sets.flatMap((s) => [...s!]))]
  return new RegExp(`[${chars.map((c) => c.replace(/[\\\]^-]/gu, '\\$&')).join('')}]`, 'u')
}
