/**
 * Relations between the figures of an article: a part and its total
 * (474个“书记项目”已完成280个), a share and the population it is a share of
 * (占比21.6% of 102个社区), a total and the parts listed after it (其中…),
 * a change and the figure it changes (325.6亿元，同比增长6.2%).
 */
import { PART_WORDS } from '../rules/figures.js'
import type { RelationKind } from '../schema.js'
import { alternation } from '../util/regex.js'
import type { ShareCheck } from './checks.js'
import type { FoundFigure } from './figures.js'

/** A relation between two figures of one article, by their index in the article's figures. */
export interface FoundRelation {
  readonly from: number
  readonly to: number
  readonly relation: RelationKind
  readonly computed: number | null
  readonly holds: boolean | null
}

const PART = new RegExp(alternation(PART_WORDS.map(([w]) => w)), 'u')
/** Measures whose amounts add up (counts, money, areas …), unlike rates. */
const ADDITIVE = new Set(['count', 'money', 'area', 'weight', 'volume', 'length'])
/** How many figures away a total and its parts stand at most (they stand close; this keeps long texts linear). */
const REACH = 12

/**
 * Relate an article's figures.
 *
 * @param figures the article's figures in text order
 * @param shares the article's share checks (they become share-of relations)
 */
export function relate(figures: readonly FoundFigure[], shares: readonly ShareCheck[]): FoundRelation[] {
  const index = new Map(figures.map((f, i) => [f, i]))
  const shareOf = new Map(shares.map((c) => [c.share, c]))
  const out: FoundRelation[] = []
  figures.forEach((f, i) => {
    const whole = partOf(figures, i)
    if (whole !== null) out.push({ from: i, to: whole, relation: 'part-of', computed: percent(f.value, figures[whole]!.value), holds: null })
    const share = shareOf.get(f)
    if (share) out.push({ from: i, to: index.get(share.total)!, relation: 'share-of', computed: share.computed, holds: share.holds })
    for (const part of sumOf(figures, i)) out.push({ from: i, to: part.index, relation: 'sum-of', computed: part.sum, holds: true })
    if (f.changeOf !== null && index.has(f.changeOf)) out.push({ from: i, to: index.get(f.changeOf)!, relation: 'change-of', computed: null, holds: null })
  })
  return out
}

/** The total a figure is part of: an earlier figure of its sentence, same subject and unit, larger, with a word of parts between. */
function partOf(figures: readonly FoundFigure[], i: number): number | null {
  const f = figures[i]!
  if (!ADDITIVE.has(f.kind) || f.subject === null || f.threshold || f.approx !== 'exact') return null
  for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
    const whole = figures[j]!
    if (whole.paragraph !== f.paragraph || whole.sentenceIndex !== f.sentenceIndex) break
    if (whole.kind !== f.kind || whole.unit !== f.unit || whole.subject !== f.subject || whole.threshold || whole.value <= f.value) continue
    if (PART.test(f.paragraph.text.slice(whole.end, f.start))) return j
  }
  return null
}

/**
 * The parts listed after a total (共…120个，其中A 70个、B 50个): the figures of
 * the same unit after 其中 in its paragraph, when they add up to it.
 */
function sumOf(figures: readonly FoundFigure[], i: number): { index: number; sum: number }[] {
  const total = figures[i]!
  if (!ADDITIVE.has(total.kind) || total.threshold) return []
  const text = total.paragraph.text
  const parts: number[] = []
  for (let j = i + 1; j < Math.min(figures.length, i + 1 + REACH); j++) {
    const f = figures[j]!
    if (f.paragraph !== total.paragraph) break
    if (f.change !== null || f.kind === 'percent' || f.kind === 'percentage-point') continue
    if (f.unit !== total.unit || f.kind !== total.kind) break
    if (parts.length === 0 && !text.slice(total.end, f.start).includes('其中')) return []
    parts.push(j)
  }
  if (parts.length < 2) return []
  const sum = parts.reduce((s, j) => s + figures[j]!.value, 0)
  const tolerance = Math.max(1e-9, total.value * 0.005)
  if (Math.abs(sum - total.value) > tolerance) return []
  return parts.map((index) => ({ index, sum: Number(sum.toPrecision(15)) }))
}

function percent(part: number, whole: number): number {
  return Number(((part / whole) * 100).toFixed(1))
}
