/**
 * A figure's subject and qualifier: from its own words first (`words.ts`),
 * else from the figures before it in its paragraph: the figure a change is
 * the change of, the start of a 从…到 span, the figure a back-referring word
 * (这一数字) points at, the latest figure of its sentence of the same measure.
 */
import { ANAPHORIC_SUBJECTS, NOT_WHOLES, SHARE_WORDS, WHOLE_WORDS } from '../rules/subjects.js'
import type { Quantity } from '../numbers/quantity.js'
import type { Change, FigureKind } from '../schema.js'
import { alternation } from '../util/regex.js'
import type { Draft } from './figures.js'
import type { Placement, Reading } from './reading.js'
import { indicatorIn, qualifierIn } from './semantics.js'
import { CONTINUES, continuedSubject, ownAction, RATIO } from './continuations.js'
import { cleanSubject, restrictedNoun, type Described } from './words.js'

/** What a figure's subject is read from. */
export interface SubjectContext {
  readonly at: Placement
  readonly kind: FigureKind
  readonly unit: string | null
  readonly words: Described
  readonly threshold: boolean
  readonly change: Change | null
}

/** A figure's subject and qualifier: its own words first, else what it takes from the figures before it. */
export function subjectOf(r: Reading, q: Quantity, c: SubjectContext): { subject: string | null; qualifier: string | null; changeSource: Draft | null; own: boolean } {
  const { at, kind, unit, words, threshold, change } = c
  const memo = r.memo
  const indicator = indicatorIn(at.clauseLead)
  // 千平方米以上社区, 规模200头以上的肉牛养殖场: a threshold is a condition on the noun after it.
  if (threshold) return { subject: restrictedNoun(r.text, q, r.segmenter), qualifier: r.text.slice(q.start, q.end), changeSource: null, own: true }
  let subject = words.counted ? words.subject : (indicator ?? words.subject)
  if (subject !== null) subject = cleanSubject(subject, words.counted)
  // 这一数字已超过9亿吨: a word that refers back measures what the figure before did.
  if (subject !== null && ANAPHORA.test(subject)) subject = antecedent(r.drafts, kind, unit) ?? subject
  const own = subject !== null
  // A threshold just before the counted noun restricts it: 千平方米以上社区22个.
  const restricting = memo.threshold && memo.threshold.end >= at.clauseStart && memo.threshold.end < q.start ? memo.threshold : null
  let qualifier = restricting?.text ?? qualifierIn(at.clauseLead)
  let changeSource: Draft | null = null
  // A change with no words of its own (，同比增长6.2%) is the change of the figure before it;
  // after another change (环比下降42.7%，较去年春运同期下降14.5%) it measures the same thing.
  if (change !== null && !own && !at.listed) {
    changeSource = memo.unchanged
    const source = changeSource ?? memo.named
    if (source) {
      subject = source.subject
      qualifier ??= source.qualifier
    }
  }
  const prev = r.drafts.at(-1)
  const sameClause = prev !== undefined && prev.start >= at.clause.start && prev.sentenceIndex === at.sentenceIndex
  // 渗透率从不足2%提升至超过100%: the figure a 从…到 span ends at measures what the one it starts at does.
  // 零下5摄氏度至零下3摄氏度: so does the second end of a range with its own unit.
  const between = sameClause ? r.text.slice(prev.end, q.start) : ''
  if (subject === null && sameClause && prev.kind === kind && prev.unit === unit && ((FROM_TO.test(between) && SPAN_START.test(r.text.slice(at.clauseStart, prev.start))) || RANGE.test(between))) {
    subject = prev.subject
  }
  // 专项贷款已完成投放，共发放1200亿元; 制造业新增减税4738亿元，占新增减税总额的31.36%: a clause that
  // continues the one before and names nothing measures what it does (a span of time measures an
  // activity), unless it names an action of its own (共整改完成480处 after 共排查隐患500处).
  const continuing = subject === null && kind !== 'duration' && kind !== 'ordinal' && !words.named && (CONTINUES.test(at.clauseLead) || (RATIO.test(at.clauseLead) && (kind === 'percent' || q.classifier === '倍')))
  if (continuing && kind === 'count') subject = ownAction(r, q, at)
  // An elided subject is carried over inside the sentence (474个“书记项目”已完成280个;
  // 建成社区22个，占比21.6%；今年在建12个): from a figure of the same clause, or when the
  // figure's own clause names nothing before it. A percent is a share of a count only after a
  // word of shares (占比); else it carries a percent's subject.
  if (subject === null && change === null && (kind === 'count' || kind === 'percent') && (words.bare || sameClause)) {
    const key = kind === 'percent' ? (SHARE_LEAD.test(at.lead) ? 'count' : 'percent|%') : `${kind}|${unit}`
    const earlier = memo.byMeasure.get(key)
    subject = earlier?.subject ?? null
    if (earlier) qualifier ??= earlier.qualifier
  }
  if (subject === null && continuing) subject = continuedSubject(r, q, at, kind, unit)
  return { subject, qualifier, changeSource, own }
}

/**
 * A share's subject with the whole its lead names (民营企业进出口 + 占外贸总值的 → 民营企业进出口占外贸总值;
 * 占我国种子植物总数的1/3 → 占我国种子植物总数), or the subject as it is when the lead names none or
 * the figure is no share. Applied when the figures are published: a change of the share after it
 * (比重提升1.1个百分点) keeps the part's own name.
 *
 * @param figure a percent, a fraction (1/3), a tenth (四成) or a half (一半) may be a share
 */
export function withWhole(subject: string | null, figure: { readonly text: string; readonly kind: FigureKind; readonly change: Change | null }, lead: string): string | null {
  if (figure.change !== null || (figure.kind !== 'percent' && !/[\/／成半]|分之/u.test(figure.text))) return subject
  const m = WHOLE.exec(lead.trimEnd())
  if (!m || NOT_WHOLE.test(m[0])) return subject
  const whole = m[2]!
  const part = subject?.replace(SHARE_NOUN, '') ?? ''
  return part.includes(whole) ? subject : `${part}${m[1]}${whole}`
}

/**
 * The word of wholes (占) and the whole it names, up to 的 or the share (占全县3/4), ending the lead.
 * The whole is a name: it holds no 的 nor 比重 and ends before the verb that links the share
 * (占全国比重突破50%, 占全国比重从6.1%提高到8%); with a verb not listed, no whole is read.
 */
const WHOLE = new RegExp(`(${alternation(WHOLE_WORDS.map(([w]) => w))})到?((?:(?!比重|比例|的)[\\u4e00-\\u9fffA-Za-z]){1,12}?)的?(?:比重|比例)?(?:为|达|达到|超过|突破|接近|约|从|由)?$`, 'u')
const NOT_WHOLE = new RegExp(`^(?:${alternation(NOT_WHOLES.map(([w]) => w))})`, 'u')
/** A part named as a share already (一般贸易进出口比重): the whole takes the place of the word of shares. */
const SHARE_NOUN = /(?:比重|比例|份额)$/u

/**
 * 从35岁提高到77岁, 由5.3万平方公里缩减至4.5万平方公里, 从以往的326.3毫米骤降至2003年的24.1毫米:
 * the words between the two ends of a span, and before its start.
 */
const FROM_TO = /^[\u4e00-\u9fff]{0,4}[到至](?:[\u4e00-\u9fff\d]{0,6}的)?$/u
const SPAN_START = /[从由](?:[\u4e00-\u9fff\d]{0,6}的)?$/u
/** The mark between the two ends of a range, each with its unit (零下5摄氏度至零下3摄氏度). */
const RANGE = /^[至到—－~～-]$/u
const ANAPHORA = new RegExp(`(?:${alternation(ANAPHORIC_SUBJECTS.map(([w]) => w))})$`, 'u')
const SHARE_LEAD = new RegExp(alternation(SHARE_WORDS.map(([w]) => w)), 'u')

/** The subject of the latest figure of the paragraph of the same measure that names one of its own. */
function antecedent(drafts: readonly Draft[], kind: FigureKind, unit: string | null): string | null {
  // It stands close: a few figures back at most, so a long paragraph stays linear.
  for (let i = drafts.length - 1; i >= Math.max(0, drafts.length - 12); i--) {
    const d = drafts[i]!
    if (d.kind === kind && d.unit === unit && d.subject !== null && !ANAPHORA.test(d.subject)) return d.subject
  }
  return null
}
