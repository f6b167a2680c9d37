/**
 * How a regular expression's matches begin: the strings of one or two
 * characters (UTF-16 units) that every match starts with, read from the
 * pattern's source. A scanner (`scan.ts`) tries a pattern only at the
 * positions of a text where one of them stands, instead of running it along
 * the whole text. Read for the syntax the rule tables use, as `required.ts`
 * reads it; look-arounds take no character, so they are passed over.
 * Whatever this reader does not know (`.`, `\p{…}`, a negated class, a
 * back-reference before the second character) is "may begin with anything".
 */
import { escapeChars, escapeToken, groupHead, isBackReference, isBoundary, readClass, readQuantifier } from './pattern-source.js'

/** Every string a match may begin with, cut to `depth` characters; shorter ones are whole matches. Null: anything. */
type Starts = ReadonlySet<string> | null

/** More strings than this and the set is no use as a guard. */
const MAX_STARTS = 4096

/**
 * The strings of up to `depth` characters that every match of `source` (flags `u`) begins with, or null.
 *
 * @param source a pattern as written in a rule table (no flags, no delimiters)
 * @param depth how many characters to read (1 or 2)
 */
export function matchStarts(source: string, depth = 2): Starts {
  try {
    const reader = new Reader(source, depth)
    const found = reader.alternation()
    return reader.at === source.length ? found : null
  } catch {
    return null
  }
}

/** Every string of `a` followed by one of `b`, cut to `depth`; a string already `depth` long needs nothing of `b`. */
function concat(a: Starts, b: Starts, depth: number): Starts {
  if (a === null) return null
  const out = new Set<string>()
  for (const x of a) {
    if (x.length >= depth) out.add(x)
    else if (b === null) return null
    else for (const y of b) out.add((x + y).slice(0, depth))
    if (out.size > MAX_STARTS) return null
  }
  return out
}

function union(a: Starts, b: Starts): Starts {
  if (a === null || b === null) return null
  const out = new Set([...a, ...b])
  return out.size > MAX_STARTS ? null : out
}

const EMPTY: Starts = new Set([''])

/** A recursive-descent reader over a pattern's source. */
class Reader {
  at = 0
  /** Above 0 while reading past what cannot change the starts (a look-around, the rest of a sequence). */
  quiet = 0
  constructor(
    private readonly source: string,
    private readonly depth: number,
  ) {}

  alternation(): Starts {
    if (this.quiet > 0) {
      this.sequence()
      while (this.source[this.at] === '|') {
        this.at++
        this.sequence()
      }
      return null
    }
    const found = new Set<string>()
    let known = true
    for (;;) {
      const branch = this.sequence()
      if (branch === null || found.size > MAX_STARTS) known = false
      else for (const s of branch) found.add(s)
      if (this.source[this.at] !== '|') return known ? found : null
      this.at++
    }
  }

  private sequence(): Starts {
    let found: Starts = EMPTY
    let full = false
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      // Once every start is `depth` long, the rest of the sequence is only read past.
      if (full) this.quiet++
      const atom = this.atom()
      const repeated = this.repeated(atom)
      if (full) this.quiet--
      else {
        found = concat(found, repeated, this.depth)
        full = found !== null && [...found].every((s) => s.length >= this.depth)
      }
    }
    return found
  }

  /** The atom as its quantifier repeats it; repeats past `depth + 1` add no new start. */
  private repeated(atom: Starts): Starts {
    const { min, max, end } = readQuantifier(this.source, this.at)
    this.at = end
    if (this.quiet > 0) return null
    const cap = this.depth + 1
    let found: Starts = EMPTY
    for (let i = 0; i < Math.min(min, cap); i++) found = concat(found, atom, this.depth)
    for (let i = min; i < Math.min(max, cap); i++) found = union(found, concat(found, atom, this.depth))
    return found
  }

  private atom(): Starts {
    const c = this.source[this.at]!
    if (c === '(') return this.group()
    if (c === '[') {
      const { chars, end } = readClass(this.source, this.at, true)
      this.at = end
      return chars
    }
    if (c === '\\') return this.escape()
    this.at++
    if (c === '^' || c === '$') return EMPTY
    if (c === '.') return null
    // A character outside the basic plane: not read (the strings are of UTF-16 units).
    if (this.source.codePointAt(this.at - 1)! > 0xffff) {
      this.at++
      return null
    }
    return new Set([c])
  }

  private group(): Starts {
    const head = groupHead(this.source, this.at)
    this.at += head.length
    // A look-around takes no character: the match begins as if it were not there.
    const around = head === '(?=' || head === '(?!' || head === '(?<=' || head === '(?<!'
    if (around) this.quiet++
    const inner = this.alternation()
    if (around) this.quiet--
    if (this.source[this.at] !== ')') throw new Error('unbalanced group')
    this.at++
    return around ? EMPTY : inner
  }

  private escape(): Starts {
    const token = escapeToken(this.source, this.at)
    this.at += 1 + token.length
    if (isBoundary(token)) return EMPTY
    // A back-reference repeats what its group took: anything, as far as this reader knows.
    if (isBackReference(token)) return null
    return escapeChars(token, true)
  }
}
