/**
 * Bytes to text. Newspaper archives come as UTF-8 (with or without a BOM),
 * UTF-16 with a BOM from Windows tools, or GB18030/GBK from older Chinese
 * systems; we tell which, and refuse binary files.
 */
import type { Encoding } from '../schema.js'

/** Text decoded from a file, with the encoding it was found in. */
export interface Decoded {
  readonly text: string
  readonly encoding: Encoding
}

/** Why bytes could not be decoded as text. */
export interface NotText {
  readonly reason: 'nul'
  /** Byte offset of the first NUL. */
  readonly offset: number
  /** 1-based line of the first NUL, counting LF bytes before it. */
  readonly line: number
}

/**
 * Decode the raw bytes of one issue.
 *
 * @param bytes the file's contents
 * @returns the text with the BOM dropped and CRLF/CR turned into LF, or why it is not text
 */
export function decode(bytes: Uint8Array): Decoded | NotText {
  let encoding: Encoding
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  } else {
    const nul = bytes.indexOf(0)
    if (nul !== -1) return { reason: 'nul', offset: nul, line: countLines(bytes, nul) }
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      encoding = 'utf-8-bom'
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3))
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
        encoding = 'utf-8'
      } catch {
        // Not valid UTF-8: in a Chinese archive that means GB2312/GBK/GB18030,
        // and GB18030 decodes all three.
        text = new TextDecoder('gb18030').decode(bytes)
        encoding = 'gb18030'
      }
    }
  }
  if (text.includes('\0')) {
    const at = text.indexOf('\0')
    return { reason: 'nul', offset: at, line: text.slice(0, at).split('\n').length }
  }
  return { text: normalizeNewlines(text), encoding }
}

/** Turn CRLF and lone CR into LF, so that every line ends the same way. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/** Whether a decode result is text. */
export function isDecoded(result: Decoded | NotText): result is Decoded {
  return 'text' in result
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++
  return line
}
