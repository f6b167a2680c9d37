/**
 * A paragraph being read, and where each figure of it stands: its sentence
 * and clause, the enumeration it continues, its kind and unit, and the period
 * and basis that cover it.
 */
import { DURATION_NOUNS } from '../rules/figures.js'
import type { Quantity } from '../numbers/quantity.js'
import type { Basis, Change, FigureKind, Period } from '../schema.js'
import type { Segmenter } from '../segment.js'
import { clauseAround, lastMark, type Sentence } from './clauses.js'
import type { Draft, PlacedParagraph } from './figures.js'
import { sameMeasure, sentenceMemo, type SentenceMemo } from './lists.js'
import type { PeriodMatch } from './periods.js'
import { basisOf, BETWEEN_LISTED, comparedBasis, sharesBasis } from './semantics.js'

/** A paragraph being read: its sentences and periods, and the figures drafted so far. */
export interface Reading {
  readonly paragraph: PlacedParagraph
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly periods: readonly PeriodMatch[]
  readonly segmenter: Segmenter
  readonly issueDate: string | null
  readonly drafts: Draft[]
  // What the sentence so far holds, kept as it goes so that each figure costs the same (long
  // paragraphs without stops are one sentence).
  memo: SentenceMemo
  sentenceAt: number
  periodAt: number
  /** Where 相比 stands in the text, found when first needed. */
  compared?: number[]
}

/** Where a figure stands: its sentence and clause, and the words before it. */
export interface Placement {
  readonly sentenceIndex: number
  readonly sentence: Sentence
  readonly clause: Sentence
  readonly clauseStart: number
  /** The figure before, when this one continues its enumeration (18687元、5634元). */
  readonly listed: Draft | null
  readonly clauseLead: string
  readonly lead: string
}

export function place(r: Reading, q: Quantity, kind: FigureKind, unit: string | null): Placement {
  const { text, sentences } = r
  while (r.sentenceAt < sentences.length - 1 && sentences[r.sentenceAt]!.end <= q.start) r.sentenceAt++
  const sentenceIndex = r.sentenceAt
  const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length }
  if (r.memo.sentenceIndex !== sentenceIndex) r.memo = sentenceMemo(sentenceIndex)
  const prev = r.drafts.at(-1)
  const samePrev = prev !== undefined && prev.sentenceIndex === sentenceIndex ? prev : null
  const listed = samePrev !== null && BETWEEN_LISTED.test(text.slice(samePrev.end, q.start)) && sameMeasure(samePrev, kind, unit) ? samePrev : null
  const clauseStart = Math.max(sentence.start, lastMark(text, q.start) + 1)
  const leadStart = Math.max(clauseStart, samePrev !== null ? samePrev.end : 0)
  return {
    sentenceIndex,
    sentence,
    clause: clauseAround(text, q, sentence),
    clauseStart,
    listed,
    clauseLead: listed ? listed.clauseLead : text.slice(clauseStart, q.start),
    lead: listed ? listed.lead : text.slice(leadStart, q.start),
  }
}

/** The figure's kind and unit: 18个春秋, a count of seasons, is a span of years. */
export function measure(text: string, q: Quantity): [FigureKind, string | null] {
  const kind: FigureKind = q.kind === 'number' ? 'count' : q.kind
  const duration = kind === 'count' && q.classifier === '个' ? DURATION_NOUNS.find(([noun]) => text.startsWith(noun, q.end)) : undefined
  return duration ? ['duration', duration[1]] : [kind, q.unit]
}

/** A period of one whole calendar year (今年, 2019年). */
const isWholeYear = (p: Period): boolean => p.start !== null && p.end !== null && p.start.endsWith('-01-01') && p.end.endsWith('-12-31') && p.start.slice(0, 4) === p.end.slice(0, 4)

/** Whether a period found before is a running total up to a day (截至4月底) that ends inside a year's span. */
const within = (before: PeriodMatch, year: Period): boolean => /^(?:截至|截止)/u.test(before.period.raw) && before.period.end !== null && before.period.end >= year.start! && before.period.end <= year.end! && before.period.raw !== year.raw

/** The end of a span a position opens: 由/从 (from) or 到/至 (to) right before it, or null. */
const spanSide = (text: string, at: number): string | null => {
  const mark = text[at - 1] ?? ''
  return /[从由]/u.test(mark) ? 'from' : /[到至]/u.test(mark) ? 'to' : null
}

/** Whether a period before 的 and a figure (2003年的24.1毫米) covers the figure at `headStart` too. */
function coversLocally(text: string, period: PeriodMatch, headStart: number): boolean {
  if (/^的\p{Script=Han}{0,2}$/u.test(text.slice(period.end, headStart))) return true
  const side = spanSide(text, period.start)
  return side !== null && side === spanSide(text, headStart)
}

/** What ends a clause inside a sentence. */
const CLAUSE_BREAK = /[，,；;：:]/u

/**
 * The period that covers a figure: the latest one before its enumeration, inside its sentence. The
 * first value of a 从…到 span (贫困发生率从54.4%降到6.93%) is an earlier one: a span up to now
 * (目前, 截至…, …以来) covers only the value it ends at.
 */
export function periodFor(r: Reading, q: Quantity, headStart: number, sentence: Sentence): Period | null {
  while (r.periodAt < r.periods.length && r.periods[r.periodAt]!.end <= headStart) r.periodAt++
  let at = r.periodAt - 1
  // 骤降至2003年的24.1毫米，湖泊数从4077个锐减到1800个: a period that names the figure right after
  // its 的 covers that figure only.
  // A figure at the same end of a parallel span keeps it: 由2012年底的692万降到2018年底的111万，贫困发生率
  // 由33.2%降到5.6% gives 33.2% 2012年底 and 5.6% 2018年底.
  while (at >= 0 && r.periods[at]!.local && !coversLocally(r.text, r.periods[at]!, headStart)) at--
  // 上世纪80年代，当时人口不到一万: 当时 is the period named before it.
  if (r.periods[at]?.then && at > 0 && r.periods[at - 1]!.start >= sentence.start) at--
  // 截至4月底，国开行今年已发放转贷款454亿元: a whole year named after a running total up to a day
  // inside it, in the same sentence, does not widen that total to the year.
  // (目前…；今年在建12个: after a ；, or after 目前, the year is the figure's own.)
  if (at > 0 && isWholeYear(r.periods[at]!.period) && within(r.periods[at - 1]!, r.periods[at]!.period) && r.periods[at - 1]!.start >= sentence.start && !/[；;]/u.test(r.text.slice(r.periods[at - 1]!.end, r.periods[at]!.start))) at--
  let last = r.periods[at]
  if (!last || last.start < sentence.start) return null
  if (last.per) {
    // A rate per span covers its own clause only (每月1次深入社区，缴获近一吨物资: not the 一吨). A
    // period in the same clause before it is the one the figure covers (目前每日入园的游客在1200至2000人);
    // one of an earlier clause yields to it (2018年，景区升级，每年可为巴吉村增加200万元).
    const before = r.periods[at - 1]
    const real = before && before.start >= sentence.start && !before.per ? before : null
    // …and not a figure opening the next item of a 、 list (150亩桑葚年均增收7.2万元、102亩冬枣园…).
    const perOwnClause = !CLAUSE_BREAK.test(r.text.slice(last.end, q.start)) && !(headStart === q.start && r.text[q.start - 1] === '、')
    if (real && (!perOwnClause || !CLAUSE_BREAK.test(r.text.slice(real.end, last.start)))) last = real
    else if (!perOwnClause) return null
  }
  return last.toNow && /[从由]/u.test(r.text[q.start - 1] ?? '') ? null : last.period
}

/**
 * What a figure is measured against: the basis its clause names, read against the year it covers
 * (2019年…比2018年 is year-on-year); a change over a span of years (从1949年到2018年…增长了59.2倍)
 * is against the span's first year.
 */
export function basisFor(r: Reading, at: Placement, change: Change | null, period: Period | null): Basis | null {
  const lead = at.clauseLead
  const year = Number((period?.end ?? r.issueDate ?? '').slice(0, 4)) || null
  const named = basisOf(lead, year)
  if (named !== null || change === null) return named
  if (period !== null && /^从.+[到至]/u.test(period.raw)) return 'baseline'
  if (!sharesBasis(lead, true)) return null
  return comparedBeforeClause(r, at) ?? r.memo.timeBased?.basis ?? null
}

/**
 * The basis of a 与…相比 in the sentence's words before the figure's clause. Only a sentence with a
 * 相比 there is read, so a long sentence of changes without one costs each figure the same.
 */
function comparedBeforeClause(r: Reading, at: Placement): Basis | null {
  r.compared ??= positionsOf(r.text, '相比')
  const i = firstAtOrAfter(r.compared, at.sentence.start)
  if (i === r.compared.length || r.compared[i]! + 2 > at.clauseStart) return null
  return comparedBasis(r.text.slice(at.sentence.start, at.clauseStart))
}

function positionsOf(text: string, word: string): number[] {
  const out: number[] = []
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) out.push(at)
  return out
}

/** The index of the first of the sorted numbers that is at least `n` (their length if none). */
function firstAtOrAfter(sorted: readonly number[], n: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < n) lo = mid + 1
    else hi = mid
  }
  return lo
}
