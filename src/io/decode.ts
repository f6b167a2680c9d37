/**
 * Bytes to text. Newspaper archives come as UTF-8 (with or without a BOM),
 * UTF-16 with a BOM from Windows tools, or GB18030/GBK from older Chinese
 * systems; we tell which, and refuse binary files.
 *
 * Without a BOM the choice between UTF-8 and GB18030 is measured, never
 * guessed from the first error: a UTF-8 file cut in the middle of a character
 * or with one stray byte is still UTF-8 (the bad bytes become U+FFFD and each
 * line holding one gets a warning), and GB18030 is chosen only when it
 * explains the bytes better: fewer invalid sequences, and more of the text
 * common Chinese rather than the rare characters mojibake is made of.
 */
import type { Encoding, Warning } from '../schema.js'
import { countLines, countReplacements, decodeUtf16, replacementWarnings, scanUtf8, utf8Warnings } from './unreadable.js'

export { MAX_LINE_WARNINGS } from './unreadable.js'

/** Text decoded from a file, with the encoding it was found in. */
export interface Decoded {
  readonly text: string
  readonly encoding: Encoding
  /** One warning for each line holding bytes the encoding could not read (capped, then summed up). */
  readonly warnings: Warning[]
  /** How many byte sequences the encoding could not read (each is a U+FFFD in the text). */
  readonly unreadable: number
}

/** Why bytes could not be decoded as text. */
export interface NotText {
  readonly reason: 'nul'
  /** Byte offset of the first NUL. */
  readonly offset: number
  /** 1-based line of the first NUL, counting LF bytes before it. */
  readonly line: number
}

/** How well one encoding explains a file's bytes. */
export interface Measure {
  readonly encoding: 'utf-8' | 'gb18030'
  /** Byte sequences the encoding cannot read (each becomes one U+FFFD). */
  readonly invalid: number
  /** Characters outside ASCII in the decoded text (its first 256K UTF-16 units: enough to tell). */
  readonly wide: number
  /** Of those, how many are common Chinese: GB2312 level-1 hanzi, CJK and general punctuation, full-width forms. */
  readonly common: number
  /** common / wide (1 when there is nothing outside ASCII). */
  readonly commonShare: number
}

/** One invalid sequence counts as much as this many uncommon characters when the two encodings are compared. */
const INVALID_WEIGHT = 4

/**
 * Decode the raw bytes of one issue.
 *
 * @param bytes the file's contents
 * @returns the text with the BOM dropped and CRLF/CR turned into LF, with
 *   warnings for unreadable bytes, or why it is not text
 */
export function decode(bytes: Uint8Array): Decoded | NotText {
  let encoding: Encoding
  let text: string
  let warnings: Warning[] = []
  let unreadable = 0
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const utf16 = decodeUtf16(bytes.subarray(2), true)
    encoding = 'utf-16le'
    text = utf16.text
    unreadable = utf16.unreadable
    warnings = utf16.warnings
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const utf16 = decodeUtf16(bytes.subarray(2), false)
    encoding = 'utf-16be'
    text = utf16.text
    unreadable = utf16.unreadable
    warnings = utf16.warnings
  } else {
    const nul = bytes.indexOf(0)
    if (nul !== -1) return { reason: 'nul', offset: nul, line: countLines(bytes, nul) }
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      encoding = 'utf-8-bom'
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3))
      const scan = scanUtf8(bytes, 3)
      unreadable = scan.length
      warnings = utf8Warnings(scan)
    } else {
      const valid = validUtf8(bytes)
      if (valid !== null) {
        text = valid
        encoding = 'utf-8'
      } else {
        const scan = scanUtf8(bytes, 0)
        const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
        const gb = new TextDecoder('gb18030').decode(bytes)
        const [u, g] = [measure('utf-8', utf8, scan.length), measure('gb18030', gb, countReplacements(gb))]
        if (badness(g) < badness(u)) {
          encoding = 'gb18030'
          text = gb
          unreadable = g.invalid
          warnings = replacementWarnings(text, 'GB18030', 'invalid-gb18030')
        } else {
          encoding = 'utf-8'
          text = utf8
          unreadable = u.invalid
          warnings = utf8Warnings(scan)
        }
      }
    }
  }
  if (text.includes('\0')) {
    const at = text.indexOf('\0')
    return { reason: 'nul', offset: at, line: text.slice(0, at).split('\n').length }
  }
  return { text: normalizeNewlines(text), encoding, warnings, unreadable }
}

/**
 * Measure how well UTF-8 and GB18030 each explain the bytes.
 *
 * @returns the UTF-8 measure, then the GB18030 one
 */
export function measureEncodings(bytes: Uint8Array): [Measure, Measure] {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const gb = new TextDecoder('gb18030').decode(bytes)
  return [measure('utf-8', utf8, scanUtf8(bytes, 0).length), measure('gb18030', gb, countReplacements(gb))]
}

/** Turn CRLF and lone CR into LF, so that every line ends the same way. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/** Whether a decode result is text. */
export function isDecoded(result: Decoded | NotText): result is Decoded {
  return 'text' in result
}

/** The text, when the bytes are valid UTF-8 (the native decoder checks fastest). */
function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function badness(m: Measure): number {
  return m.invalid * INVALID_WEIGHT + (m.wide - m.common)
}

/** Characters of each reading looked at for the share of common Chinese: plenty to tell the two apart. */
const SAMPLE = 256 * 1024

function measure(encoding: Measure['encoding'], text: string, invalid: number): Measure {
  const common = commonChars()
  let wide = 0
  let usual = 0
  const end = Math.min(text.length, SAMPLE)
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80 || code === 0xfffd) continue
    wide++
    if (common.has(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2010 && code <= 0x206f)) usual++
  }
  return { encoding, invalid, wide, common: usual, commonShare: wide === 0 ? 1 : usual / wide }
}

let commonSet: Set<number> | null = null

/** GB2312 level 1: the 3,755 most used hanzi, read from the GB18030 decoder itself (rows 0xB0–0xD7). */
function commonChars(): Set<number> {
  if (commonSet) return commonSet
  const pairs: number[] = []
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= (lead === 0xd7 ? 0xf9 : 0xfe); trail++) pairs.push(lead, trail)
  }
  const text = new TextDecoder('gb18030').decode(new Uint8Array(pairs))
  commonSet = new Set([...text].map((c) => c.codePointAt(0)!))
  return commonSet
}
