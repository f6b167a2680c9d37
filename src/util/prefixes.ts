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

/** Every string a match may begin with, cut to `depth` characters; shorter ones are whole matches. Null: anything. */
type Starts = ReadonlySet<string> | null

/** More strings than this and the set is no use as a guard. */
const MAX_STARTS = 4096
/** A class larger than this is read as "anything". */
const MAX_CLASS = 200

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
    const c = this.source[this.at]
    let min = 1
    let max = 1
    if (c === '?' || c === '*' || c === '+') {
      min = c === '+' ? 1 : 0
      max = c === '?' ? 1 : Infinity
      this.at++
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.at))
      if (m) {
        min = Number(m[1])
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
        this.at += m[0].length
      }
    }
    if (this.source[this.at] === '?') this.at++
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
    if (c === '[') return this.charClass()
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
    const head = /^\((\?(?:<=|<!|=|!|:|<[A-Za-z_$][\w$]*>))?/u.exec(this.source.slice(this.at))![0]
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
    const rest = this.source.slice(this.at + 1)
    const m = /^(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[pP]\{[^}]*\}|\d+|.)/su.exec(rest)![0]
    this.at += 1 + m.length
    if (m === 'b' || m === 'B') return EMPTY
    // A back-reference repeats what its group took: anything, as far as this reader knows.
    if (/^[1-9]/u.test(m)) return null
    return escapeChars(m)
  }

  private charClass(): Starts {
    this.at++ // '['
    const negated = this.source[this.at] === '^'
    if (negated) this.at++
    const chars = new Set<string>()
    let known = true
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const low = this.classChar()
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && low !== null && low.size === 1) {
        this.at++
        const high = this.classChar()
        const from = [...low][0]!.codePointAt(0)!
        const to = high !== null && high.size === 1 ? [...high][0]!.codePointAt(0)! : -1
        if (to < from || to - from > MAX_CLASS || to > 0xffff) known = false
        else for (let p = from; p <= to; p++) chars.add(String.fromCodePoint(p))
      } else if (low === null) known = false
      else for (const ch of low) chars.add(ch)
    }
    if (this.source[this.at] !== ']') throw new Error('unclosed class')
    this.at++
    return !negated && known && chars.size <= MAX_CLASS ? chars : null
  }

  private classChar(): Starts {
    if (this.source[this.at] === '\\') return this.escape()
    const point = String.fromCodePoint(this.source.codePointAt(this.at)!)
    this.at += point.length
    return point.length === 1 ? new Set([point]) : null
  }
}

/** The characters an escape (without its backslash) stands for, or null for a large or unknown set. */
function escapeChars(escape: string): Starts {
  if (escape === 'd') return new Set('0123456789')
  const hex = /^u\{([0-9A-Fa-f]+)\}$|^u([0-9A-Fa-f]{4})$|^x([0-9A-Fa-f]{2})$/u.exec(escape)
  if (hex) {
    const point = parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16)
    return point > 0xffff ? null : new Set([String.fromCodePoint(point)])
  }
  if (escape === 'n') return new Set('\n')
  if (escape === 't') return new Set('\t')
  if (escape === 'r') return new Set('\r')
  if (/^[A-Za-z]/u.test(escape)) return null
  return new Set([escape])
}
