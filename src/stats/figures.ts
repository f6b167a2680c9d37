/**
 * Figures: the quantities an article reports, with what they count. Numbers
 * are found by our own reader (`numbers/`); the segmenter is used only for
 * the words around them (`words.ts`). Each figure is drafted from its own
 * clause, then takes what its clause leaves out from the figures before it
 * (`lists.ts`).
 */
import { DURATION_NOUNS } from '../rules/figures.js'
import { THRESHOLD_ENDS } from '../rules/qualifiers.js'
import { ANAPHORIC_SUBJECTS, SHARE_WORDS } from '../rules/subjects.js'
import { nonFigureSpans } from '../rules/nonfigures.js'
import { scanQuantities, type Quantity } from '../numbers/quantity.js'
import type { Article, Basis, Change, Figure, FigureKind, Period } from '../schema.js'
import type { Segmenter } from '../segment.js'
import { clauseAround, coverage, lastMark, sentenceText, splitSentences, type Sentence, type Span } from './clauses.js'
import { isFigure, notFigureSpans } from './exclusions.js'
import { enumerate, remember, sameMeasure, sentenceMemo, type SentenceMemo } from './lists.js'
import { scanPeriods, type PeriodMatch } from './periods.js'
import { basisOf, changeOf, indicatorIn, indicatorSpans, LIST_JOINER, qualifierIn } from './semantics.js'
import { cleanSubject, describe, restrictedNoun, type Described } from './words.js'
import { alternation } from '../util/regex.js'

export type { Span } from './clauses.js'
export { notFigureSpans } from './exclusions.js'

/** A paragraph of an article and where it starts in the source. */
export interface PlacedParagraph {
  readonly text: string
  readonly line: number
  /** 0-based index of the paragraph within its article. */
  readonly index: number
}

/** A figure before it is located in the source file and numbered. */
export interface FoundFigure {
  readonly paragraph: PlacedParagraph
  /** Offsets into the paragraph's text. */
  readonly start: number
  readonly end: number
  readonly text: string
  readonly value: number
  readonly low: number | null
  readonly high: number | null
  readonly unit: string | null
  readonly kind: FigureKind
  readonly approx: Figure['approx']
  readonly subject: string | null
  readonly predicate: string | null
  readonly sentence: string
  /** Index of the sentence within the paragraph, for carrying subjects over. */
  readonly sentenceIndex: number
  readonly qualifier: string | null
  readonly change: Change | null
  readonly basis: Basis | null
  readonly period: Period | null
  /** The classifier or unit as printed (个, 级, 万元), or null. */
  readonly classifier: string | null
  /** A threshold that restricts the next noun (千平方米以上社区), not a reported amount. */
  readonly threshold: boolean
  /** For a change (增长6.2%), the figure it is the change of (325.6亿元), if the sentence names it. */
  readonly changeOf: FoundFigure | null
}

/** A figure while its paragraph is read: mutable, with what later figures take from it. */
export type Draft = { -readonly [K in keyof FoundFigure]: FoundFigure[K] } & {
  /** The first figure of the enumeration this one belongs to (18687元、5634元), itself if none. */
  listHead: Draft
  listIndex: number
  /** The words before the enumeration: from the clause's start, and from the previous figure's end. */
  clauseLead: string
  lead: string
  /** Whether the subject came from the figure's own words. */
  own: boolean
}

/** What the figure reader needs besides the paragraphs. */
export interface ReadOptions {
  /** The issue's date (YYYY-MM-DD) that periods are read against, or null. */
  readonly issueDate: string | null
}

/**
 * Read the figures of one article's paragraphs.
 *
 * @param paragraphs the article's paragraphs in order
 * @param excluded for each paragraph, spans (dates, times) whose numbers are not figures
 * @param segmenter words and parts of speech around the numbers
 */
export function readFigures(
  paragraphs: readonly PlacedParagraph[],
  excluded: readonly (readonly Span[])[],
  segmenter: Segmenter,
  options: ReadOptions = { issueDate: null },
): FoundFigure[] {
  return paragraphs.flatMap((paragraph, p) => readParagraph(paragraph, excluded[p] ?? [], segmenter, options))
}

/** The articles whose figures are read: everything but banners. */
export function readable(article: Article): boolean {
  return article.kind !== 'banner'
}

/** A paragraph being read: its sentences and periods, and the figures drafted so far. */
interface Reading {
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
}

function readParagraph(paragraph: PlacedParagraph, excluded: readonly Span[], segmenter: Segmenter, options: ReadOptions): FoundFigure[] {
  const text = paragraph.text
  const periods = scanPeriods(text, options.issueDate)
  // 社会消费品零售总额: a numeral inside an indicator's name is no figure.
  const skipped = coverage(text.length, [...excluded, ...notFigureSpans(text), ...nonFigureSpans(text), ...periods, ...indicatorSpans(text)])
  const reading: Reading = { paragraph, text, sentences: splitSentences(text), periods, segmenter, issueDate: options.issueDate, drafts: [], memo: sentenceMemo(-1), sentenceAt: 0, periodAt: 0 }
  const quantities = withListUnits(text, scanQuantities(text))
  for (const q of quantities) {
    if (skipped(q.numberStart, q.numberEnd)) continue
    if (!isFigure(text, q)) continue
    const draft = draftFigure(reading, q)
    reading.drafts.push(draft)
    remember(reading.memo, draft)
  }
  enumerate(reading.drafts, periods)
  return publish(reading.drafts)
}

/**
 * 4.4和3.6个百分点, 7.01万亿、7.66万亿和8.24万亿元: a bare number in a list takes the unit of the
 * next one, read from the end so that a whole list takes its last unit. A bare 3 before 4万元 does
 * not (its value would be wrong); 7.01万亿 before 8.24万亿元 does (the magnitude is its own).
 */
function withListUnits(text: string, quantities: readonly Quantity[]): Quantity[] {
  const out = [...quantities]
  for (let n = out.length - 2; n >= 0; n--) {
    const found = out[n]!
    const next = out[n + 1]!
    if (found.kind !== 'number' || found.unit !== null || next.unit === null || !LIST_JOINER.test(text.slice(found.end, next.start))) continue
    const magnitude = /^[十百千万亿]+(?!分)/u.exec(next.classifier ?? '')?.[0]
    if (magnitude === undefined || text.slice(found.start, found.end).endsWith(magnitude)) out[n] = { ...found, kind: next.kind, unit: next.unit }
  }
  return out
}

/** Where a figure stands: its sentence and clause, and the words before it. */
interface Placement {
  readonly sentenceIndex: number
  readonly sentence: Sentence
  readonly clause: Sentence
  readonly clauseStart: number
  /** The figure before, when this one continues its enumeration (18687元、5634元). */
  readonly listed: Draft | null
  readonly clauseLead: string
  readonly lead: string
}

function place(r: Reading, q: Quantity, kind: FigureKind, unit: string | null): Placement {
  const { text, sentences } = r
  while (r.sentenceAt < sentences.length - 1 && sentences[r.sentenceAt]!.end <= q.start) r.sentenceAt++
  const sentenceIndex = r.sentenceAt
  const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length }
  if (r.memo.sentenceIndex !== sentenceIndex) r.memo = sentenceMemo(sentenceIndex)
  const prev = r.drafts.at(-1)
  const samePrev = prev !== undefined && prev.sentenceIndex === sentenceIndex ? prev : null
  const listed = samePrev !== null && LIST_JOINER.test(text.slice(samePrev.end, q.start)) && sameMeasure(samePrev, kind, unit) ? samePrev : null
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
function measure(text: string, q: Quantity): [FigureKind, string | null] {
  const kind: FigureKind = q.kind === 'number' ? 'count' : q.kind
  const duration = kind === 'count' && q.classifier === '个' ? DURATION_NOUNS.find(([noun]) => text.startsWith(noun, q.end)) : undefined
  return duration ? ['duration', duration[1]] : [kind, q.unit]
}

/**
 * The period that covers a figure: the latest one before its enumeration, inside its sentence. The
 * first value of a 从…到 span (贫困发生率从54.4%降到6.93%) is an earlier one: a span up to now
 * (目前, 截至…, …以来) covers only the value it ends at.
 */
function periodFor(r: Reading, q: Quantity, headStart: number, sentence: Sentence): Period | null {
  while (r.periodAt < r.periods.length && r.periods[r.periodAt]!.end <= headStart) r.periodAt++
  const last = r.periods[r.periodAt - 1]
  if (!last || last.start < sentence.start) return null
  return last.toNow && /[从由]/u.test(r.text[q.start - 1] ?? '') ? null : last.period
}

function draftFigure(r: Reading, q: Quantity): Draft {
  const { text } = r
  const [kind, unit] = measure(text, q)
  const at = place(r, q, kind, unit)
  const words = describe(text, q, at.clause, kind, r.segmenter)
  const threshold = isThreshold(text, q)
  const change = threshold ? null : changeOf(at.lead)
  const { subject, qualifier, changeSource, own } = subjectOf(r, q, { at, kind, unit, words, threshold, change })
  const period = periodFor(r, q, at.listed ? at.listed.listHead.start : q.start, at.sentence)
  const draft = {
    paragraph: r.paragraph,
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    value: round(q.value),
    low: q.low === null ? null : round(q.low),
    high: q.high === null ? null : round(q.high),
    unit,
    kind,
    approx: q.approx,
    subject,
    predicate: words.predicate,
    sentence: sentenceText(text, at.sentence, q),
    sentenceIndex: at.sentenceIndex,
    qualifier,
    change,
    basis: threshold ? null : basisFor(r, at.clauseLead, change, period),
    period,
    classifier: q.classifier,
    threshold,
    changeOf: changeSource,
    listIndex: at.listed ? at.listed.listIndex + 1 : 0,
    clauseLead: at.clauseLead,
    lead: at.lead,
    own,
  } as Omit<Draft, 'listHead'> as Draft
  draft.listHead = at.listed ? at.listed.listHead : draft
  return draft
}

/** What a figure's subject is read from. */
interface SubjectContext {
  readonly at: Placement
  readonly kind: FigureKind
  readonly unit: string | null
  readonly words: Described
  readonly threshold: boolean
  readonly change: Change | null
}

/** A figure's subject and qualifier: its own words first, else what it takes from the figures before it. */
function subjectOf(r: Reading, q: Quantity, c: SubjectContext): { subject: string | null; qualifier: string | null; changeSource: Draft | null; own: boolean } {
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
  if (subject === null && sameClause && prev.kind === kind && prev.unit === unit && FROM_TO.test(r.text.slice(prev.end, q.start)) && r.text[prev.start - 1] === '从') {
    subject = prev.subject
  }
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
  return { subject, qualifier, changeSource, own }
}

/** 从35岁提高到77岁: the words between the two ends of a span. */
const FROM_TO = /^[\u4e00-\u9fff]{0,4}[到至]$/u
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

/**
 * What a figure is measured against: the basis its clause names, read against the year it covers
 * (2019年…比2018年 is year-on-year); a change over a span of years (从1949年到2018年…增长了59.2倍)
 * is against the span's first year.
 */
function basisFor(r: Reading, lead: string, change: Change | null, period: Period | null): Basis | null {
  const year = Number((period?.end ?? r.issueDate ?? '').slice(0, 4)) || null
  const named = basisOf(lead, year)
  if (named === null && change !== null && period !== null && /^从.+[到至]/u.test(period.raw)) return 'baseline'
  return named
}

/** The drafts as figures: without the working fields, relations pointing at the figures. */
function publish(drafts: readonly Draft[]): FoundFigure[] {
  const published = new Map<FoundFigure, { -readonly [K in keyof FoundFigure]: FoundFigure[K] }>()
  for (const draft of drafts) {
    const { listHead: _h, listIndex: _i, clauseLead: _c, lead: _l, own: _o, ...figure } = draft
    published.set(draft, figure)
  }
  for (const figure of published.values()) figure.changeOf = figure.changeOf && (published.get(figure.changeOf) ?? null)
  return [...published.values()]
}

/** A quantity ending in 以上/以下 right before a word: a condition on that word (千平方米以上社区). */
function isThreshold(text: string, q: Quantity): boolean {
  const printed = text.slice(q.start, q.end)
  return THRESHOLD_ENDS.some((end) => printed.endsWith(end)) && /^[\u4e00-\u9fff]/u.test(text.slice(q.end, q.end + 1))
}

function round(value: number): number {
  return Number(value.toPrecision(15))
}
