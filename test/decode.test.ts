/**
 * Decoding by measurement: one bad byte in a UTF-8 file must not turn the
 * whole file into GB18030 mojibake. The file stays UTF-8, the bad bytes
 * become U+FFFD, and a warning names each line they stand on.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decode, isDecoded, measureEncodings, type Decoded } from '../src/io/decode.js'
import { repo } from './helpers/run.js'
import { seedBytes as seed } from './helpers/seed.js'

const gbSeed = readFileSync(path.join(repo, 'fixtures', 'parse', 'gb18030-seed', 'input.md'))

const decoded = (bytes: Uint8Array): Decoded => {
  const result = decode(bytes)
  if (!isDecoded(result)) throw new Error('not text')
  return result
}

/** The 1-based line a byte offset stands on. */
const lineAt = (bytes: Uint8Array, offset: number): number => bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1

/** An offset inside a three-byte character, some way into the seed. */
const midCharacter = (bytes: Uint8Array, from: number): number => {
  let at = from
  while (!(bytes[at]! >= 0xe0 && bytes[at]! <= 0xef)) at++
  return at + 1
}

describe('decode', () => {
  it('the seed with one 0xFF inserted stays UTF-8, with one U+FFFD and a warning on its line', () => {
    const at = midCharacter(seed, 4000)
    const bytes = Buffer.concat([seed.subarray(0, at - 1), Buffer.from([0xff]), seed.subarray(at - 1)])
    const result = decoded(bytes)
    expect(result.encoding).toBe('utf-8')
    expect([...result.text].filter((c) => c === '\uFFFD')).toHaveLength(1)
    expect(result.text.replace('\uFFFD', '')).toBe(seed.toString('utf8'))
    expect(result.warnings).toEqual([
      { code: 'invalid-utf8', line: lineAt(bytes, at - 1), message: expect.stringMatching(/^Unexpected byte 0xFF at byte \d+, expected UTF-8; read as U\+FFFD$/) },
    ])
  })

  it('the seed cut in the middle of a character stays UTF-8 and warns on the last line', () => {
    const cut = seed.subarray(0, midCharacter(seed, 6000))
    const result = decoded(cut)
    expect(result.encoding).toBe('utf-8')
    expect(result.text.endsWith('\uFFFD')).toBe(true)
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['invalid-utf8', lineAt(cut, cut.length - 1)]])
  })

  it('GB18030 is chosen when it explains the bytes better: the seed saved as GB18030', () => {
    const result = decoded(gbSeed)
    expect(result.encoding).toBe('gb18030')
    expect(result.warnings).toEqual([])
    expect(result.text.replace(/\r\n/g, '\n')).toContain('释放城市基层党建整体效应')
  })

  it('a GB18030 file with one bad byte is still GB18030', () => {
    const at = gbSeed.indexOf(0x0a, 2000) + 1
    const bytes = Buffer.concat([gbSeed.subarray(0, at), Buffer.from([0xff]), gbSeed.subarray(at)])
    const result = decoded(bytes)
    expect(result.encoding).toBe('gb18030')
    expect(result.warnings.map((w) => w.code)).toEqual(['invalid-gb18030'])
  })

  it('measures both encodings: invalid sequences and the share of common CJK', () => {
    const at = midCharacter(seed, 4000)
    const bytes = Buffer.concat([seed.subarray(0, at), Buffer.from([0xff]), seed.subarray(at)])
    const [utf8, gb] = measureEncodings(bytes)
    expect(utf8!.invalid).toBeGreaterThanOrEqual(1)
    expect(utf8!.commonShare).toBeGreaterThan(0.9)
    expect(gb!.commonShare).toBeLessThan(0.5)
  })

  it('caps the warnings for many bad lines and sums up the rest', () => {
    const lines = seed.toString('utf8').split('\n')
    const bytes = Buffer.concat(lines.map((l, i) => Buffer.concat([Buffer.from(l), i % 2 === 0 ? Buffer.from([0xc3]) : Buffer.alloc(0), Buffer.from('\n')])))
    const result = decoded(bytes)
    expect(result.encoding).toBe('utf-8')
    const bad = Math.ceil(lines.length / 2)
    expect(result.warnings).toHaveLength(11)
    expect(result.warnings[10]!.message).toBe(`Unexpected bytes that are not UTF-8 on ${bad - 10} more lines, expected UTF-8; read as U+FFFD`)
  })

  it('UTF-16: an unpaired surrogate and an odd last byte are warned about; a literal U+FFFD is text', () => {
    const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(decoded(le('本报讯\uFFFD\n'))).toEqual({ text: '本报讯\uFFFD\n', encoding: 'utf-16le', warnings: [], unreadable: 0 })
    const lone = decoded(le('甲\n乙\uD800丙\n'))
    expect(lone.text).toBe('甲\n乙\uFFFD丙\n')
    expect(lone.warnings.map((w) => [w.code, w.line])).toEqual([['invalid-utf16', 2]])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('甲乙', 'utf16le').swap16(), Buffer.from([0x4e])])
    expect(decoded(be)).toMatchObject({ text: '甲乙\uFFFD', encoding: 'utf-16be', unreadable: 1 })
  })

  it('a literal U+FFFD in valid UTF-8 is no warning', () => {
    expect(decoded(Buffer.from('本报讯\uFFFD\n')).warnings).toEqual([])
  })

  it('one stray byte anywhere in a seed paragraph leaves it UTF-8, with a warning on its line', () => {
    const paragraphs = seed
      .toString('utf8')
      .split('\n')
      .filter((l) => [...l].length >= 40)
    fc.assert(
      fc.property(fc.constantFrom(...paragraphs), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0x80, max: 0xff }), (line, where, byte) => {
        const bytes = Buffer.from(`${line}\n${line}\n`)
        const at = Math.floor(where * bytes.length)
        const result = decoded(Buffer.concat([bytes.subarray(0, at), Buffer.from([byte]), bytes.subarray(at)]))
        expect(result.encoding).toBe('utf-8')
        expect(result.warnings.length).toBeGreaterThanOrEqual(1)
        expect(result.text.split('\n').filter((l) => l === line).length).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 300 },
    )
  })

  it('any valid UTF-8 text decodes to itself with no warning', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!text.includes('\0') && !text.includes('\r') && !text.startsWith('\uFEFF'))
        const result = decoded(Buffer.from(text))
        expect(result).toEqual({ text, encoding: 'utf-8', warnings: [], unreadable: 0 })
      }),
    )
  })
})
