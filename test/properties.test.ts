/**
 * Invariants over generated issues: parsing never throws, always yields
 * schema-valid output, keeps no state between issues, and never invents text.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkConservation, describeImbalance } from '../src/pipeline/conservation.js'
import { processIssue, type Processed } from '../src/pipeline/index.js'
import { Issue } from '../src/schema.js'
import { repo } from './helpers/run.js'
import { seedText } from './helpers/seed.js'

const seedLines = seedText
  .split('\n')
  .filter((l) => l.trim() !== '')

/** Text through the whole pipeline, as a file's bytes. */
const processed = (text: string, fallbackDate: string | null = '2019-07-20'): Processed => {
  const result = processIssue(Buffer.from(text), { source: 'gen.md', fallbackDate })
  if ('problem' in result) throw new Error(result.problem.message)
  return result
}
const parse = (text: string) => processed(text).issue

/** An issue made of real seed lines in a random order, with random heading marks and gaps. */
const shuffledIssue = fc
  .array(
    fc.tuple(
      fc.constantFrom(...seedLines),
      fc.constantFrom('', '', '', '# ', '## ', '### '),
      fc.constantFrom('\n\n', '\n\n\n\n', '\n'),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((parts) => parts.map(([line, mark, gap]) => mark + line.replace(/^#+\s*/, '') + gap).join(''))

/** Arbitrary text with the characters that matter to the parser over-represented. */
const noisyText = fc
  .array(
    fc.oneof(
      // A NUL makes a file binary, not an issue (tested in decode.test.ts).
      fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replaceAll('\0', '')),
      fc.constantFrom('本报讯(', ')', '（', '）', '记者', '摄', '文/摄', '●', '## ', '# ', '\n', '\n\n', '——', '【', '】', '第2版', '\u3000', '\u00a0', '。', '电', '1月18日', '---\ndate: 2020-01-01\n---\n'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

const squash = (s: string): string => s.replace(/\s+/gu, '')

describe('properties', () => {
  it('never throws and always yields schema-valid output', () => {
    fc.assert(
      fc.property(fc.oneof(noisyText, shuffledIssue), (text) => {
        Issue.parse(parse(text))
      }),
      { numRuns: 400 },
    )
  })

  it('holds for counterexamples found before', () => {
    for (const text of ['——\n\u3000本报讯(', '——\n 本报讯(', '针对…掌\n\n●李春雷\n\n释放城市基层党建整体效应\n\n']) {
      const { issue, parsed } = processed(text, null)
      Issue.parse(issue)
      expect(checkConservation(parsed).holds).toBe(true)
    }
  })

  it('keeps every character once (conservation), whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(noisyText, shuffledIssue), (text) => {
        const result = checkConservation(processed(text).parsed)
        expect(result.holds, describeImbalance(result)?.message).toBe(true)
      }),
      { numRuns: 400 },
    )
  })

  // Determinism across processes, job counts and input orders is determinism.test.ts's; in one
  // process what can go wrong is state left behind (a global pattern's lastIndex, a cache).
  it('keeps no state from one issue to the next: an issue parses alike before and after another', () => {
    fc.assert(
      fc.property(fc.oneof(noisyText, shuffledIssue), fc.oneof(noisyText, shuffledIssue), (text, other) => {
        const before = JSON.stringify(parse(text))
        parse(other)
        expect(JSON.stringify(parse(text))).toBe(before)
      }),
      { numRuns: 100 },
    )
  })

  it('invents no text: every headline, section title and paragraph is in the source', () => {
    fc.assert(
      fc.property(shuffledIssue, (text) => {
        const source = squash(text.replace(/^#+ /gm, ''))
        for (const article of parse(text).articles) {
          for (const field of [article.headline, article.kicker, article.subtitle, article.column]) {
            if (field) expect(source).toContain(squash(field))
          }
          for (const section of article.sections) {
            if (section.title) expect(source).toContain(squash(section.title))
            for (const p of section.paragraphs) expect(source).toContain(squash(p))
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('keeps every seed paragraph somewhere when the seed is reordered', () => {
    fc.assert(
      fc.property(shuffledIssue, (text) => {
        const issue = parse(text)
        const out = squash(
          issue.articles
            .flatMap((a) => [a.headline, a.kicker, a.subtitle, a.column, a.text, ...a.sections.map((s) => s.title), ...a.bylines.map((b) => b.name)])
            .filter(Boolean)
            .join(''),
        )
        // Long prose lines survive whole, less at most a dateline or credit at their ends.
        for (const line of text.split('\n')) {
          const body = squash(line.replace(/^#+ /, ''))
          if (body.length > 80) expect(out).toContain(body.slice(20, 60))
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('the GFM shortcut', () => {
  it('gives the same tree as GFM for every text without a GFM hint', async () => {
    const { GFM_HINT, toMdastCommonmark, toMdastWithGfm } = await import('../src/pipeline/mdast.js')
    const { readdirSync } = await import('node:fs')
    const texts = [seedLines.filter((l) => !GFM_HINT.test(l)).join('\n\n')]
    for (const name of readdirSync(path.join(repo, 'fixtures', 'parse'))) texts.push(readFileSync(path.join(repo, 'fixtures', 'parse', name, 'input.md'), 'utf8'))
    const checked = texts.filter((t) => !GFM_HINT.test(t))
    expect(checked.length).toBeGreaterThan(10)
    for (const text of checked) expect(toMdastCommonmark(text)).toEqual(toMdastWithGfm(text))
    fc.assert(
      fc.property(fc.oneof(noisyText, shuffledIssue), (text) => {
        if (!GFM_HINT.test(text)) expect(toMdastCommonmark(text)).toEqual(toMdastWithGfm(text))
      }),
      { numRuns: 300 },
    )
  })
})
