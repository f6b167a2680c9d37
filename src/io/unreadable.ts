/**
 * Bytes no encoding can read: where they stand (byte, line), and the
 * warnings that name them, one a line up to MAX_LINE_WARNINGS. The decoder
 * (decode.ts) chooses the encoding; this finds and words what it could not read.
 */
import type { Warning } from '../schema.js'

/** Lines with bad bytes that each get a warning; the rest are summed up in one more. */
export const MAX_LINE_WARNINGS = 10

/** A sequence of bytes UTF-8 cannot read: where it starts, its line, its bytes. */
export interface BadSequence {
  readonly offset: number
  readonly line: number
  readonly bytes: Uint8Array
}

/**
 * Find every invalid UTF-8 sequence, cut as the WHATWG decoder cuts them
 * (so there is one per U+FFFD it writes), with the line each stands on.
 */
export function scanUtf8(bytes: Uint8Array, from: number): BadSequence[] {
  const bad: BadSequence[] = []
  let line = 1
  let i = from
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++
      i++
      continue
    }
    let need = 0
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      if (b === 0xf4) hi = 0x8f
    }
    let j = i + 1
    let ok = need > 0
    for (let k = 0; ok && k < need; k++, j++) {
      const c = bytes[j]
      if (c === undefined || c < lo || c > hi) ok = false
      lo = 0x80
      hi = 0xbf
    }
    if (!ok) {
      // The byte that broke the sequence is read again as the start of the next one.
      if (need > 0) j--
      bad.push({ offset: i, line, bytes: bytes.subarray(i, j) })
    }
    i = j
  }
  return bad
}

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ')

/** Warnings for UTF-8 sequences that could not be read, one a line (with the bytes), then a sum. */
export function utf8Warnings(bad: readonly BadSequence[]): Warning[] {
  const byLine = new Map<number, BadSequence[]>()
  for (const sequence of bad) {
    const list = byLine.get(sequence.line)
    if (list) list.push(sequence)
    else byLine.set(sequence.line, [sequence])
  }
  return capped([...byLine], 'UTF-8', 'invalid-utf8', ([, list]) => {
    const first = list[0]!
    const more = list.length > 1 ? ` and ${list.length - 1} more on this line` : ''
    return `Unexpected byte${first.bytes.length > 1 ? 's' : ''} ${hex(first.bytes)} at byte ${first.offset}${more}, expected UTF-8; read as U+FFFD`
  })
}

/**
 * UTF-16 without its BOM. Unpaired surrogates and an odd last byte become
 * U+FFFD, each counted and warned about on its line; a U+FFFD written in the
 * file is text like any other.
 */
export function decodeUtf16(body: Uint8Array, littleEndian: boolean): { text: string; unreadable: number; warnings: Warning[] } {
  const units = Buffer.from(body.subarray(0, body.length - (body.length % 2)))
  if (!littleEndian) units.swap16()
  // Buffer keeps unpaired surrogates as they are (TextDecoder would hide them among literal U+FFFD).
  const raw = units.toString('utf16le')
  const byLine = new Map<number, number>()
  let line = 1
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && raw.charCodeAt(i + 1) !== 0x0a)) line++
    else if (c >= 0xd800 && c <= 0xdbff && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++
    else if (c >= 0xd800 && c <= 0xdfff) byLine.set(line, (byLine.get(line) ?? 0) + 1)
  }
  if (body.length % 2 === 1) byLine.set(line, (byLine.get(line) ?? 0) + 1)
  const text = raw.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') + (body.length % 2 === 1 ? '\ufffd' : '')
  const unreadable = [...byLine.values()].reduce((n, c) => n + c, 0)
  return { text, unreadable, warnings: sequenceWarnings(byLine, 'UTF-16', 'invalid-utf16') }
}

/** Warnings for a decoder's U+FFFD, found in the text before its line endings are normalized. */
export function replacementWarnings(text: string, name: string, code: string): Warning[] {
  if (!text.includes('\uFFFD')) return []
  const byLine = new Map<number, number>()
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++
    else if (c === 0xfffd) byLine.set(line, (byLine.get(line) ?? 0) + 1)
  }
  return sequenceWarnings(byLine, name, code)
}

/** One warning a line for the unreadable sequences counted on it. */
function sequenceWarnings(byLine: ReadonlyMap<number, number>, name: string, code: string): Warning[] {
  return capped([...byLine], name, code, ([, count]) =>
    `Unexpected ${count === 1 ? 'a byte sequence' : `${count} byte sequences`} that ${count === 1 ? 'is' : 'are'} not ${name}, expected ${name}; read as U+FFFD`,
  )
}

/** One warning a line up to MAX_LINE_WARNINGS, then one that sums up the rest. */
function capped<T>(lines: readonly (readonly [number, T])[], name: string, code: string, message: (entry: readonly [number, T]) => string): Warning[] {
  const warnings: Warning[] = lines.slice(0, MAX_LINE_WARNINGS).map((entry) => ({ code, line: entry[0], message: message(entry) }))
  const rest = lines.length - MAX_LINE_WARNINGS
  if (rest > 0) {
    warnings.push({
      code,
      line: lines[MAX_LINE_WARNINGS]![0],
      message: `Unexpected bytes that are not ${name} on ${rest} more ${rest === 1 ? 'line' : 'lines'}, expected ${name}; read as U+FFFD`,
    })
  }
  return warnings
}

/** How many U+FFFD a decoder put in the text. */
export function countReplacements(text: string): number {
  let n = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++
  return n
}

/** The 1-based line of a byte offset. */
export function countLines(bytes: Uint8Array, end: number): number {
  let line = 1
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++
  return line
}
