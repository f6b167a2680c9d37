/**
 * Headline figures: an article's key facts, at most three. A figure earns its
 * place by being about the article's topic (its subject or predicate shares
 * words with the headline, subtitle, kicker or section titles), by being a total with
 * parts, a part of a total, or a share whose check holds, and by standing in
 * the lead, or by being printed in the headline itself; less as a distance, a temperature or a
 * difference in points; it never does as an ordinal, a duration, a threshold, a grade or a
 * single person.
 */
import { GRADE_CLASSIFIERS } from '../rules/figures.js'
import { HEADLINE_DEEP_PARAGRAPH, HEADLINE_FIGURES, HEADLINE_MIN_COUNT, HEADLINE_MIN_SCORE, HEADLINE_SMALL_COUNT, HEADLINE_WEIGHTS as W, PROJECTION_WORDS, ROUND_MAGNITUDE, SCENE_KINDS } from '../rules/headline.js'
import { scanQuantities } from '../numbers/quantity.js'
import type { Article } from '../schema.js'
import { alternation } from '../util/regex.js'
import type { FoundFigure } from './figures.js'
import type { FoundRelation } from './relations.js'

const PROJECTION = new RegExp(`(?:${alternation(PROJECTION_WORDS.map(([w]) => w))})`, 'u')

/** Mark the article's headline figures. */
export function headlineFlags(figures: readonly FoundFigure[], relations: readonly FoundRelation[], article: Article): boolean[] {
  const topic = bigrams([article.headline, article.subtitle, article.kicker, ...article.decks, ...article.sections.map((s) => s.title)].filter((t): t is string => t !== null).join('\n'))
  const named = scanQuantities([article.headline, article.subtitle, article.kicker].filter((t): t is string => t !== null).join('\n')).map((q) => q.value)
  const bonus = figures.map(() => 0)
  for (const r of relations) {
    if (r.relation === 'part-of' || r.relation === 'sum-of') bonus[r.to]! += W.total
    if (r.relation === 'part-of') bonus[r.from]! += W.part
    if (r.relation === 'share-of' && r.holds === true) bonus[r.from]! += W.shareHolds
    if (r.relation === 'change-of') bonus[r.from]! += W.change
  }
  const depth = figureParagraphRanks(figures)
  const scores = figures.map((f, i) => {
    const printed = named.some((v) => sameValue(v, f.value))
    if (depth[i]! >= HEADLINE_DEEP_PARAGRAPH && !printed) return -Infinity
    return score(f, topic) + bonus[i]! + (i < HEADLINE_FIGURES ? W.early : 0) + (printed ? W.named : 0)
  })
  // The same amount said twice (认领…项目474个 … 实施的474个“书记项目”) is one fact: keep its best mention.
  const best = new Map<string, number>()
  scores.forEach((s, i) => {
    const key = `${figures[i]!.value}|${figures[i]!.unit}`
    const held = best.get(key)
    if (held === undefined || s > scores[held]!) best.set(key, i)
  })
  const ranked = [...best.values()]
    .filter((i) => scores[i]! >= HEADLINE_MIN_SCORE)
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, HEADLINE_FIGURES)
  const flags = figures.map(() => false)
  for (const i of ranked) flags[i] = true
  return flags
}

/** For each figure, the rank of its paragraph among the article's paragraphs that hold figures (0: the first). */
function figureParagraphRanks(figures: readonly FoundFigure[]): number[] {
  const order = [...new Set(figures.map((f) => f.paragraph.index))].sort((a, b) => a - b)
  const rank = new Map(order.map((paragraph, i) => [paragraph, i]))
  return figures.map((f) => rank.get(f.paragraph.index)!)
}

/** Whether a figure can never be a key fact. */
function never(f: FoundFigure): boolean {
  if (f.kind === 'ordinal' || f.kind === 'duration' || f.threshold) return true
  if (f.classifier !== null && GRADE_CLASSIFIERS.has(f.classifier)) return true
  // 一人, 每月1次, 两个角色, 四项重点工作, 3支防控力量: a few of something is a detail or the count
  // of a list's items, not a key fact.
  if (f.kind === 'count' && f.value < HEADLINE_MIN_COUNT) return true
  // （1元人民币约合4.3泰铢）: a figure in parentheses is an aside.
  if (aside(f)) return true
  // 365, 千: a bare number that counts nothing named is no fact a reader can use.
  if (f.kind === 'count' && f.unit === null && f.subject === null) return true
  // 百名观众, 上千个部门, 千亿元: a magnitude with no digits is a round or vague amount, not a key fact.
  if (ROUND_MAGNITUDE.test(f.text)) return true
  return false
}

/** Whether a figure stands inside parentheses of its paragraph: an aside (（1元人民币约合4.3泰铢）). */
function aside(f: FoundFigure): boolean {
  // A few characters back at most: a long paragraph stays linear.
  const before = f.paragraph.text.slice(Math.max(0, f.start - ASIDE_REACH), f.start)
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('))
  return open !== -1 && Math.max(before.lastIndexOf('）'), before.lastIndexOf(')')) < open
}

/** How far before a figure an opening parenthesis makes it an aside. */
const ASIDE_REACH = 30

/** A figure's own score; its relations add theirs. */
function score(f: FoundFigure, topic: ReadonlySet<string>): number {
  if (never(f)) return -Infinity
  let s = W.base
  if (f.subject !== null) s += W.subject
  // 种棉超过百五十万亩 ~ 种棉: what it measures or what is done (its predicate) is the article's topic.
  if (f.subject !== null || f.predicate !== null) {
    const shared = [...bigrams(`${f.subject ?? ''}\n${f.predicate ?? ''}`)].filter((b) => topic.has(b)).length
    if (shared > 0) s += W.topic + Math.min(shared - 1, 1) * W.topicMore
  }
  if (f.paragraph.index === 0) s += W.lead
  if (f.kind === 'money') s += W.money
  if (f.kind === 'count' && f.value >= 100) s += W.large
  // 约13.5倍 is a multiple, not a count of things.
  if (f.kind === 'count' && f.unit !== 'x' && f.value < HEADLINE_SMALL_COUNT) s += W.smallCount
  if (f.approx !== 'exact') s += W.approximate
  if (PROJECTION.test(f.paragraph.text.slice(Math.max(0, f.start - 12), f.start))) s += W.projection
  if (SCENE_KINDS.has(f.kind) && (f.kind === 'temperature' || f.predicate === null)) s += W.scene
  if (f.kind === 'percentage-point') s += W.difference
  return s
}

/** The same number, up to rounding (百分之三点四 in a headline is 3.4% in the text). */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** The two-character pieces of Chinese text, the unit of shared topic words (书记项目 ~ 书记一号工程). */
function bigrams(text: string): Set<string> {
  const out = new Set<string>()
  for (const run of text.match(/[\u4e00-\u9fff]+/gu) ?? []) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!)
  }
  return out
}
