/**
 * The gate over real newspaper text (../shared/corpus): every file parses,
 * yields an article with its headline, keeps every character, never reads
 * page furniture as text, and the facts in corpus-gate.json hold, including
 * for files held out from tuning.
 * Skipped, visibly, where the corpus is absent; it is never copied here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkConservation, describeImbalance } from '../src/pipeline/conservation.js'
import { processIssue } from '../src/pipeline/index.js'
import type { Issue } from '../src/schema.js'
import { repo } from './helpers/run.js'

const corpus = path.join(repo, '..', 'shared', 'corpus')
const gate = JSON.parse(readFileSync(path.join(repo, 'test', 'corpus-gate.json'), 'utf8')) as {
  floors: Record<string, number>
  files: Record<string, Record<string, unknown>>
}

/** Corpus folders whose every file has a headlined article. */
const HEADLINED = ['people-daily-2019-2020/', 'rmrb-1946-fangj/']

function corpusFiles(): string[] {
  return readdirSync(corpus)
    .filter((d) => statSync(path.join(corpus, d)).isDirectory())
    .flatMap((d) => readdirSync(path.join(corpus, d)).map((f) => `${d}/${f}`))
    .sort()
}

function read(relative: string) {
  const result = processIssue(readFileSync(path.join(corpus, relative)), { source: relative })
  if (!('parsed' in result)) throw new Error(`${relative}: ${result.problem.message}`)
  return result
}

if (!existsSync(corpus)) console.warn(`corpus gate: skipped, ${corpus} is absent`)

describe.skipIf(!existsSync(corpus))('corpus gate (../shared/corpus)', () => {
  it('parses every file into articles with headlines, keeping every character', () => {
    const totals = { files: 0, articlesWithHeadline: 0, articlesWithDateline: 0, articlesWithBylines: 0 }
    for (const relative of corpusFiles()) {
      const { issue, parsed } = read(relative)
      const articles = issue.articles.filter((a) => a.kind !== 'banner')
      expect(articles.length, relative).toBeGreaterThan(0)
      // Folders added later hold bodies without a headline and crawled pages: only the folders the gate was built on must have one.
      // A photo under the page's photo rubric (图片报道) has the rubric as its column and no headline of its own.
      const headed = articles.some((a) => a.headline !== null || (a.kind === 'photo' && a.column !== null))
      if (HEADLINED.some((folder) => relative.startsWith(folder))) expect(headed, relative).toBe(true)
      const conservation = checkConservation(parsed)
      expect(conservation.holds, `${relative}: ${describeImbalance(conservation)?.message}`).toBe(true)
      totals.files++
      totals.articlesWithHeadline += articles.filter((a) => a.headline !== null).length
      totals.articlesWithDateline += articles.filter((a) => a.dateline !== null).length
      totals.articlesWithBylines += articles.filter((a) => a.bylines.length > 0).length
    }
    for (const [name, floor] of Object.entries(gate.floors)) expect(totals[name as keyof typeof totals], name).toBeGreaterThanOrEqual(floor)
  })

  it('never reads page furniture as article text', () => {
    // What e-paper readers print around a story: navigation, copyright and licence footers.
    const furniture = /版面导航|上一版|下一版|放大 缩小 默认|版\s*权\s*所\s*有|ICP备|公网安备/u
    for (const relative of corpusFiles()) {
      const { issue } = read(relative)
      for (const a of issue.articles) expect(a.text, `${relative} ${a.id}`).not.toMatch(furniture)
    }
  })

  for (const [relative, expected] of Object.entries(gate.files)) {
    it(`${expected.heldOut ? '[held out] ' : ''}${relative}`, () => {
      const { issue } = read(relative)
      const a = issue.articles.find((x) => x.kind !== 'banner')!
      check(issue, a, expected)
    })
  }
})

function check(issue: Issue, a: Issue['articles'][number], expected: Record<string, unknown>): void {
  const fields: Record<string, unknown> = {
    kind: a.kind,
    headline: a.headline,
    kicker: a.kicker,
    subtitle: a.subtitle,
    column: a.column,
    decks: a.decks,
    notes: a.notes,
    dateline: a.dateline?.raw ?? null,
    datelineDate: a.dateline?.date ?? null,
    page: a.page,
    position: issue.position,
  }
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'heldOut') continue
    if (key === 'bylines') expect(a.bylines.map((b) => b.name)).toEqual(expect.arrayContaining(value as string[]))
    else if (key === 'firstParagraphStarts') expect(a.sections[0]!.paragraphs[0]!.startsWith(value as string)).toBe(true)
    else expect(fields[key], key).toEqual(value)
  }
}
