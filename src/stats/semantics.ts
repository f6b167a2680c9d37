/**
 * What a figure says beyond its value: which way it moves (增长 up, 下降
 * down), against what (同比, 比计划, 较2015年), the economic indicator it
 * measures, the condition on its subject (规模以上, 千平方米以上), and for a
 * 分别 list which item of the enumeration each value belongs to. All read from
 * the words before the figure in its clause (its lead), with the tables in
 * `rules/`.
 */
import { BASIS_WORDS, CHANGE_FILLERS, CHANGE_WORDS, COMPARATIVE_WORDS, COMPARED_WITH, TARGET_WHOLES } from '../rules/changes.js'
import { ECONOMIC_INDICATORS } from '../rules/indicators.js'
import { QUALIFIER_WORDS } from '../rules/qualifiers.js'
import type { Basis, Change } from '../schema.js'
import { alternation } from '../util/regex.js'
import { requiredAny } from '../util/required.js'

const CHANGE_END = new RegExp(`(?:${alternation(CHANGE_WORDS.map(([w]) => w))})$`, 'u')
const FILLER_END = new RegExp(`(?:${alternation(CHANGE_FILLERS)})$`, 'u')
/** A change verb (not a rate, 增幅为) and 为: the level reached (降低为2秒). */
const LEVEL_REACHED = new RegExp(`(?:${alternation(CHANGE_WORDS.map(([w]) => w).filter((w) => !w.endsWith('幅')))})为$`, 'u')
const CHANGE_OF = new Map(CHANGE_WORDS.map(([w, c]) => [w, c]))
const BASIS = BASIS_WORDS.map(([pattern, basis]) => ({ pattern: new RegExp(pattern, 'gu'), ending: new RegExp(`(?:${pattern})$`, 'u'), basis }))
/** A character every basis needs one of (比, 较, 同, 环 …): most leads hold none, and skip the search. */
const BASIS_HINT = requiredAny(BASIS_WORDS.map(([pattern]) => pattern))
const TARGET_WHOLE = new RegExp(TARGET_WHOLES.map(([pattern]) => `(?:${pattern})`).join('|'), 'u')
const INDICATORS = new RegExp(alternation(ECONOMIC_INDICATORS.map(([name]) => name)), 'gu')
const QUALIFIERS = new RegExp(alternation(QUALIFIER_WORDS.map(([word]) => word)), 'u')
/** A change verb of one character moves a figure only beside a basis (比去年多120人), never alone (新增). */
/** What a comparison names right before its verb: 比/较 and up to a few words (较第三产业, 比传统模式), not 比例, 比重, 占比 (购买比例高达39%). */
const COMPARED = /(?<![占对相])[比较](?![例重率])[\u4e00-\u9fff]{1,10}$/u
const SHORT_CHANGE = 1
/** One-character verbs of movement (not of comparison, 高/低/多/少). */
const MOVES = /^[增降减涨跌]$/u

/**
 * Whether the figure after `lead` is a change, and which way: the lead ends
 * with a change verb, perhaps followed by 了, 达, 分别 (增长了6.2%).
 *
 * @param share the figure is a share (11.8%, 一半, 三成), which a one-character verb moves without a basis
 */
export function changeOf(lead: string, share = false): Change | null {
  // 由原来的15秒降低为2秒: 为 right after a change verb is the level reached, as 至 and 到 are.
  if (LEVEL_REACHED.test(lead.trimEnd())) return null
  const rest = withoutFillers(lead)
  const m = CHANGE_END.exec(rest)
  if (!m) return comparativeChange(lead)
  // 较第三产业低约30.9%: a comparison with anything named after 比/较 moves the figure too.
  const compared = COMPARED.test(rest.slice(0, m.index))
  // 增11.8%, 降一半: a share right after a verb of movement is a change too (a share is never a count
  // of new things); 高/低/多/少 compare, and without a basis are a level (高达95%).
  const moved = share && MOVES.test(m[0])
  if ([...m[0]].length <= SHORT_CHANGE && ((basisOf(lead) === null && !compared && !moved) || /新$/u.test(rest.slice(0, m.index)))) return null
  return CHANGE_OF.get(m[0]) ?? null
}

const COMPARATIVE = COMPARATIVE_WORDS.map(([word, change]) => ({ pattern: new RegExp(`${word}$`, 'u'), change }))

/** 棉田超过去年六倍, 超过预定计划三倍: a verb of comparison before a basis that ends the lead. */
function comparativeChange(lead: string): Change | null {
  const basis = lastBasis(lead)
  if (basis === null || basis.end !== lead.trimEnd().length) return null
  const before = lead.slice(0, basis.at)
  return COMPARATIVE.find(({ pattern }) => pattern.test(before))?.change ?? null
}

/** A lead without the words between its change verb and the figure (增长了 → 增长). */
function withoutFillers(lead: string): string {
  let rest = lead.trimEnd()
  for (let guard = 0; guard < 4; guard++) {
    const filler = FILLER_END.exec(rest)
    if (!filler || CHANGE_END.test(rest)) break
    rest = rest.slice(0, filler.index)
  }
  return rest
}

/** Words before a change verb that make it the change of a rate (涨幅回落), a share of a change (影响CPI上涨, 拉动…增长) or a yearly average (年均增长). */
const OWN_BASIS_ONLY = /幅|增速|年均|影响|拉动|带动|贡献/u
/** A comparison before a change verb whose basis is no time (比传统模式缩短57.1%). */
const OWN_COMPARISON = /[比较]\p{Script=Han}/u

/**
 * Whether a change may take the basis named for the changes before it in its sentence (猪肉价格同比上涨
 * 96.9%…；鲜果和鲜菜价格分别下降10.5%和3.7%): a change of a level, or the rate of one (增幅达15%), not
 * the change of a rate (涨幅回落19.5个百分点), a share of a change (影响CPI上涨约2.98个百分点) or a
 * yearly average; nor one compared with anything else (比传统模式缩短57.1%).
 *
 * @param taking the change that would take the basis (else the one that names it)
 */
export function sharesBasis(lead: string, taking: boolean): boolean {
  const rest = withoutFillers(lead)
  const m = CHANGE_END.exec(rest)
  if (m === null) return false
  const before = rest.slice(0, m.index)
  return !OWN_BASIS_ONLY.test(before) && !(taking && OWN_COMPARISON.test(before))
}

/** Whether a phrase ends with a change verb, perhaps followed by 了, 达 … (传统模式缩短, 全省高). */
export function endsWithChange(phrase: string): boolean {
  return CHANGE_END.test(withoutFillers(phrase))
}

/**
 * The basis named last in a lead (同比, 比上年, 环比, 比计划, 较2015年), or null.
 *
 * @param year the year the figure covers (its period's, else the issue's), if known
 */
export function basisOf(lead: string, year: number | null = null): Basis | null {
  const found = lastBasis(lead)
  // 2019年…比2018年增长3.4%: against the year before the one the figure covers is year-on-year.
  if (found?.basis === 'baseline' && year !== null && Number(/\d{4}/u.exec(lead.slice(found.at, found.end))?.[0]) === year - 1) return 'year-on-year'
  return found?.basis ?? (TARGET_WHOLE.test(lead.trimEnd()) ? 'target' : null)
}

const COMPARED_WITH_WORDS = new RegExp(COMPARED_WITH.pattern, 'gu')

/**
 * The basis of a 与…相比 that opens a clause of the words before a figure's clause (与联盟地区2018年最低
 * 采购价相比，拟中选价平均降幅53%): what 比 and the same words name, else a baseline; null without one.
 *
 * @param before the sentence's words before the figure's clause
 */
export function comparedBasis(before: string): Basis | null {
  if (!before.includes('相比')) return null
  let last: string | undefined
  for (const m of before.matchAll(COMPARED_WITH_WORDS)) last = m.groups!.compared
  return last === undefined ? null : basisOf(`比${last}`) ?? 'baseline'
}

/** Where the basis named last in a lead stands, and what it is. */
function lastBasis(lead: string): { at: number; end: number; basis: Basis } | null {
  let best: { at: number; end: number; basis: Basis } | null = null
  if (!BASIS_HINT.test(lead)) return best
  for (const { pattern, basis } of BASIS) {
    for (const m of lead.matchAll(pattern)) {
      // The comparative (超过去年) belongs to the change, not to the basis.
      const at = m.index + (/^(?:超过|超出|高于|低于)/u.exec(m[0])?.[0].length ?? 0)
      if (best === null || at > best.at) best = { at, end: m.index + m[0].length, basis }
    }
  }
  return best
}

/** The basis words, to keep them out of subjects (实际使用外资同比 → 实际使用外资). */
export function stripBasis(phrase: string): string {
  if (!BASIS_HINT.test(phrase)) return phrase
  let out = phrase
  for (const { ending } of BASIS) out = out.replace(ending, '')
  return out
}

/** A lead without its basis words (交通流量较昨日环比下降 → 交通流量下降), so the subject stands next to its verb. */
export function withoutBasis(lead: string): string {
  if (!BASIS_HINT.test(lead)) return lead
  let out = lead
  for (const { pattern } of BASIS) out = out.replace(pattern, '')
  return out
}

const CHANGE_SUFFIX = new RegExp(`(?:${alternation(CHANGE_WORDS.filter(([w]) => [...w].length > 1).map(([w]) => w))})$`, 'u')

/** A phrase without a change verb at its end (鸭肉价格上涨 → 鸭肉价格). */
export function withoutChange(phrase: string): string {
  return phrase.replace(CHANGE_SUFFIX, '')
}

/** Where indicators are named in a text (a numeral inside one, 零 of 零售, is no figure). */
export function indicatorSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(INDICATORS)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** The economic indicator named last in a lead (前三季度，全市地区生产总值完成 → 地区生产总值), or null. */
export function indicatorIn(lead: string): string | null {
  let last: string | null = null
  for (const m of lead.matchAll(INDICATORS)) last = m[0]
  return last
}

/** A qualifier word in a subject or lead (规模以上工业增加值 → 规模以上), or null. */
export function qualifierIn(text: string): string | null {
  return QUALIFIERS.exec(text)?.[0] ?? null
}

/** Separators inside one enumeration of values (18687元、5634元; 13.3%和40%), or between the ends of a range (8.2%—20.5%). */
export const BETWEEN_LISTED = /^(?:[、和及与—–~～至到-]|以及)$/u

/**
 * The subjects of a 分别 enumeration, one per value, or null when the words
 * before 分别 do not split into as many items. Parallel modifiers share the
 * head of the last item: 城镇和农村常住居民人均可支配收入 → 城镇常住居民人均可支配收入,
 * 农村常住居民人均可支配收入; 梭织、针织自动化率 → 梭织自动化率, 针织自动化率.
 */
export function enumeratedSubjects(lead: string, count: number): string[] | null {
  const at = lead.lastIndexOf('分别')
  if (at === -1) return null
  let phrase = stripBasis(lead.slice(0, at).replace(/[的]$/u, ''))
  phrase = phrase.replace(/^.*[，,；;：:]/u, '').replace(/^(?:其中|全市|全县|全省|全国|我市|我县|我省)/u, '')
  const items = phrase.split(/、|以及|和|及|与/u).map((s) => s.trim())
  if (items.length !== count || items.some((s) => s === '')) return null
  const last = items[items.length - 1]!
  const first = items[0]!
  // A short first item beside a long last one is a modifier of the last item's head.
  if ([...first].length <= 3 && [...last].length > [...first].length + 1) {
    const head = last.slice(first.length)
    return items.map((item, i) => (i === items.length - 1 ? item : item.length <= 3 ? item + head : item))
  }
  return items
}
