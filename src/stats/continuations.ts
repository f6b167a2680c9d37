/**
 * What a figure measures when its clause continues the one before (其中, 共, 共计, 占) and names no
 * noun: the clause before's measure, unless the clause measures something of its own (a verb of its
 * own: 共带动就业3000人; what a causing verb causes: 共造成3人死亡) or the figure counts something of
 * another kind (people after places or sessions: 建成文化广场20个，共惠及5万人). The words are data
 * in `rules/continuations.ts`.
 */
import { NOT_PREDICATES, VERB_TAGS } from '../rules/figures.js'
import { AMOUNT_VERBS, CAUSING_VERBS, CONTINUATION_WORDS, PEOPLE_ENDINGS, RESULT_VERBS } from '../rules/continuations.js'
import { RATIO_WORDS } from '../rules/subjects.js'
import type { Quantity } from '../numbers/quantity.js'
import type { FigureKind } from '../schema.js'
import type { Tagged } from '../segment.js'
import { alternation } from '../util/regex.js'
import type { Draft } from './figures.js'
import type { Placement, Reading } from './reading.js'
import { lastMark } from './clauses.js'
import { clauseSubject } from './words.js'

/** Adverbs a continuing clause may open with (约占全国的1/3). */
const OPENING = '(?:约|仅|则|还|又)?'
/** A continuation word at the head of a clause, perhaps after 约, 仅, 则, 还 or 又 (约占全国的1/3). */
export const CONTINUES = new RegExp(`^${OPENING}(?:${alternation(CONTINUATION_WORDS.map(([w]) => w))})`, 'u')
/** 是国家下达任务的2.45倍: a ratio to a whole named with 的 continues the clause before too. */
export const RATIO = new RegExp(`^${OPENING}(?:${alternation(RATIO_WORDS.map(([w]) => w))})[^，,；;]*的$`, 'u')

const CAUSING: ReadonlySet<string> = new Set(CAUSING_VERBS.map(([w]) => w))
const RESULTS: ReadonlySet<string> = new Set(RESULT_VERBS.map(([w]) => w))
const AMOUNTS: ReadonlySet<string> = new Set(AMOUNT_VERBS.map(([w]) => w))
const PEOPLE_NOUN = new RegExp(`(?:${alternation(PEOPLE_ENDINGS.map(([e]) => e))})$`, 'u')

/**
 * The subject of a figure in a continuing clause that names no noun nor action of its own
 * (`ownAction`): the clause before's measure when it is of the same kind; else, for a count, the
 * verb right after it (全市开展技能培训200场次，共3万人参加 → 参加).
 */
export function continuedSubject(r: Reading, q: Quantity, at: Placement, kind: FigureKind, unit: string | null): string | null {
  return elidedSubject(r, q, at, kind, unit) ?? (kind === 'count' ? verbRightAfter(r, q, at) : null)
}

function isAction(t: Tagged | undefined): boolean {
  return t !== undefined && VERB_TAGS.has(t.tag) && !NOT_PREDICATES.has(t.word) && !AMOUNTS.has(t.word)
}

/**
 * The verbs between the continuation word and a count (共带动就业3000人 → 带动就业), less a verb of
 * result after them (整改完成 → 整改); after a causing verb alone, the verb after the count
 * (共造成3人死亡 → 死亡); null when the clause names no action of its own (共有, 共计).
 */
export function ownAction(r: Reading, q: Quantity, at: Placement): string | null {
  const words = r.segmenter.tag(at.clauseLead.replace(CONTINUES, ''))
  let i = words.length
  while (i > 0 && isAction(words[i - 1])) i--
  const verbs = words.slice(i).map((t) => t.word)
  while (verbs.length > 1 && RESULTS.has(verbs.at(-1)!)) verbs.pop()
  if (verbs.length > 0 && verbs.every((v) => CAUSING.has(v))) return verbRightAfter(r, q, at)
  return verbs.length > 0 && verbs.join('').length > 1 ? verbs.join('') : null
}

/** The verb right after a count in its clause (3万人参加 → 参加), or null. */
function verbRightAfter(r: Reading, q: Quantity, at: Placement): string | null {
  const next = r.segmenter.tag(r.text.slice(q.end, at.clause.end))[0]
  return isAction(next) && [...next!.word].length > 1 ? next!.word : null
}

/**
 * Whether a figure before may lend its measure: a share, a fraction or a ratio (约占全国1/3, 2.45倍)
 * is of anything before it; a count or an amount only of one of its own kind and unit, households
 * and people alike (交通事故50起 lends nothing to 3人).
 */
function lends(d: Draft, r: Reading, q: Quantity, kind: FigureKind, unit: string | null): boolean {
  const share = kind === 'percent' || kind === 'percentage-point' || q.classifier === '倍' || FRACTION.test(r.text.slice(q.numberStart, q.numberEnd))
  return share || (d.kind === kind && (d.unit === unit || (PEOPLE_UNITS.has(d.unit ?? '') && PEOPLE_UNITS.has(unit ?? ''))))
}

/**
 * People and the households they live in are one population (建档立卡贫困户，共6户、16人): the units
 * the classifier table (rules/units.ts) gives 人, 名, 位, 户.
 */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['person', 'household'])

const FRACTION = /[\/／]|分之/u

/**
 * What the clause before a continuing one measures: the subject of its latest level (制造业新增减税
 * 4738亿元，占…; a difference in points is none), else of the first figure since the last ；that names
 * one (进出口增长4.8%，高出外贸整体增速2个百分点，占外贸总值的59.5% → 进出口), of figures that may lend
 * theirs; when it holds no figure, the noun it names (专项贷款已完成投放，共发放…), a count of people
 * only from a noun of people (建档立卡贫困户，共6户), and the sum of a list only from what a colon
 * before the list opens (收入：土地流转金、养老金、打工种菜，共有2万多元 → 收入).
 */
function elidedSubject(r: Reading, q: Quantity, at: Placement, kind: FigureKind, unit: string | null): string | null {
  const start = Math.max(at.sentence.start, lastMark(r.text, at.clauseStart - 1) + 1)
  const from = Math.max(at.sentence.start, r.text.lastIndexOf('；', at.clauseStart), r.text.lastIndexOf(';', at.clauseStart))
  const region = r.drafts.filter((d) => d.sentenceIndex === at.sentenceIndex && d.start >= from && d.kind !== 'ordinal')
  const before = region.filter((d) => d.start >= start)
  if (before.length > 0) {
    const lending = region.filter((d) => lends(d, r, q, kind, unit))
    return (lending.findLast((d) => d.start >= start && d.change === null && d.kind !== 'percentage-point' && d.subject !== null) ?? lending.find((d) => d.subject !== null))?.subject ?? null
  }
  if (at.clauseStart - 1 <= start) return null
  let clause = r.text.slice(start, at.clauseStart - 1)
  if (/[、]/u.test(clause)) {
    if (!/[：:]/u.test(r.text[start - 1] ?? '')) return null
    const opener = Math.max(at.sentence.start, lastMark(r.text, start - 1) + 1)
    clause = r.text.slice(opener, start - 1)
  }
  const noun = clauseSubject(clause, r.segmenter)
  return noun !== null && PEOPLE_UNITS.has(unit ?? '') && !PEOPLE_NOUN.test(noun) ? null : noun
}
