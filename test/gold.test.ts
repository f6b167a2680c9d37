/**
 * The gold gate: scripts/score-gold.mjs scores the built library against
 * gold annotated by reading (test/gold/*.json) on the shared corpus, and the
 * scores must stay at or above the floors measured when they were pinned:
 * for the tuned part (the rules were written looking at it) and for the blind
 * part (set aside before annotation, scored once at the end of the work).
 * Skipped, visibly, where ../shared/corpus is absent.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repo } from './helpers/run.js'

const corpus = path.join(repo, '..', 'shared', 'corpus')
const gold = path.join(repo, 'test', 'gold')
const script = path.join(repo, 'scripts', 'score-gold.mjs')

/** Scores of one source folder (see the script's header for how each is measured). */
interface Scores {
  articles: number
  heading: number | null
  kind: number | null
  bylineF1: number | null
  figureRecall: number | null
  nonFiguresReported: number
  subject: number | null
  change: number | null
  basis: number | null
  period: number | null
  headlineF1: number | null
}

/** A floor per score; `nonFiguresReported` is a ceiling. Null: nothing to score there. */
type Floors = Record<string, Partial<Record<keyof Scores, number | null>>>

/**
 * Measured on the tuned part when pinned, rounded down (figure semantics: issue 12, 2026-11-28;
 * People's Daily floors re-pinned when people-daily-tuned-4.json, 24 more pages, joined the tuned part).
 * Figure recall re-pinned when the number reader learnt 一半, 上万/近万/万名, N年零N个月 (session 5);
 * both People's Daily subject floors 0.76 → 0.75 then: each newly found figure is one more scored for
 * subject, and some have none or another (占世界产量的一半: the tool says 钢产量, gold 占世界产量;
 * 一半牧民远走他乡: none), e.g. 49 of 65 instead of 49 of 64.
 */
const TUNED: Floors = {
  'baicheng-ribao': { articles: 4, heading: 1, kind: 1, bylineF1: 1, figureRecall: 1, nonFiguresReported: 0, subject: 0.96, change: 1, basis: 1, period: 0.96, headlineF1: 0.8 },
  'local-dailies': { articles: 14, heading: 1, kind: 1, bylineF1: 1, figureRecall: 1, nonFiguresReported: 0, subject: 0.82, basis: 1, period: 1, headlineF1: 0.92 },
  'people-daily-2019-2020': { articles: 12, heading: 1, kind: 1, bylineF1: 1, figureRecall: 0.97, nonFiguresReported: 1, subject: 0.76, change: 0.85, basis: 0.98, period: 0.92, headlineF1: 0.66 },
  'people-daily-2019-2020-wide': { articles: 97, heading: 0.99, kind: 1, bylineF1: 1, figureRecall: 0.98, nonFiguresReported: 4, subject: 0.76, change: 0.94, basis: 0.98, period: 0.9, headlineF1: 0.59 },
  'rmrb-1946-fangj': { articles: 3, heading: 1, kind: 1, bylineF1: null, figureRecall: 0.97, nonFiguresReported: 0, subject: 0.35, change: 1, basis: 0.95, period: 0.82, headlineF1: 0.4 },
}

/**
 * Measured on the blind part, rounded down, once, at the end of 2026-11-28's fourth
 * session: the first set (20 articles), people-daily-blind-4 (scored a second time)
 * and people-daily-blind-5 (new, scored once) (see test/gold/README.md). While
 * rules are tuned these floors are taken out (a failing blind floor tells the
 * tuner about blind articles) and pinned again only when the blind part is scored
 * at the end.
 */
const BLIND: Floors = {
  'baicheng-ribao': { articles: 2, heading: 0.8, kind: 0.5, bylineF1: 0.92, figureRecall: 1, nonFiguresReported: 1, subject: 1, change: null, basis: 1, period: 1, headlineF1: 1 },
  'local-dailies': { articles: 6, heading: 0.93, kind: 1, bylineF1: 0.8, figureRecall: 1, nonFiguresReported: 2, subject: 0.96, change: 1, basis: 1, period: 0.81, headlineF1: 0.85 },
  'people-daily-2019-2020': { articles: 12, heading: 0.98, kind: 1, bylineF1: 1, figureRecall: 1, nonFiguresReported: 1, subject: 0.82, change: 1, basis: 1, period: 0.8, headlineF1: 0.66 },
  'people-daily-2019-2020-wide': { articles: 59, heading: 0.96, kind: 1, bylineF1: 0.95, figureRecall: 0.96, nonFiguresReported: 9, subject: 0.7, change: 0.87, basis: 0.98, period: 0.82, headlineF1: 0.6 },
  'rmrb-1946-fangj': { articles: 1, heading: 1, kind: 1, bylineF1: null, figureRecall: 1, nonFiguresReported: 0, subject: 1, change: null, basis: 1, period: 1, headlineF1: 1 },
}

function score(blind: boolean): Record<string, { folders: Record<string, Scores> }> {
  const run = spawnSync(process.execPath, [script, '--json', ...(blind ? ['--blind'] : [])], { cwd: repo, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`score-gold exited ${run.status}: ${run.stderr}`)
  return JSON.parse(run.stdout) as Record<string, { folders: Record<string, Scores> }>
}

function holds(folders: Record<string, Scores>, floors: Floors): void {
  for (const [folder, floor] of Object.entries(floors)) {
    const got = folders[folder]
    expect(got, folder).toBeDefined()
    for (const [key, value] of Object.entries(floor)) {
      const measured = got![key as keyof Scores]
      if (value === null) expect(measured, `${folder} ${key}`).toBeNull()
      else if (key === 'nonFiguresReported') expect(measured, `${folder} ${key}`).toBeLessThanOrEqual(value!)
      else if (key === 'articles') expect(measured, `${folder} ${key}`).toBe(value)
      else expect(measured, `${folder} ${key}`).toBeGreaterThanOrEqual(value!)
    }
  }
}

const present = existsSync(corpus) && existsSync(gold) && readdirSync(gold).some((f) => f.endsWith('.json'))
if (!present) console.warn(`gold gate: skipped, ${corpus} or ${gold} is absent`)

describe.skipIf(!present)('gold gate (test/gold on ../shared/corpus)', () => {
  it('holds the floors of the tuned part', () => {
    holds(score(false).tuned!.folders, TUNED)
  })

  it.skipIf(Object.keys(BLIND).length === 0)('holds the floors of the blind part', () => {
    holds(score(true).blind!.folders, BLIND)
  })
})
