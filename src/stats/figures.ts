/**
 * Figures: the quantities an article reports, with what they count. Numbers
 * are found by our own reader (`numbers/`); the segmenter is used only for
 * the words around them (`words.ts`). Each figure is drafted from its own
 * clause (`reading.ts`, `subjects.ts`), then takes what its clause leaves out
 * from the enumeration it belongs to (`lists.ts`).
 */
import { THRESHOLD_ENDS } from '../rules/qualifiers.js'
import { nonFigureSpans } from '../rules/nonfigures.js'
import { scanQuantities, type Quantity } from '../numbers/quantity.js'
import type { Article, Basis, Change, Figure, FigureKind, Period } from '../schema.js'
import type { Segmenter } from '../segment.js'
import { coverage, sentenceText, splitSentences, type Span } from './clauses.js'
import { isFigure, notFigureSpans } from './exclusions.js'
import { enumerate, remember, sentenceMemo } from './lists.js'
import { isPersonAge, scanPeriods } from './periods.js'
import { basisFor, measure, periodFor, place, type Reading } from './reading.js'
import { changeOf, indicatorSpans, BETWEEN_LISTED } from './semantics.js'
import { subjectOf, withWhole } from './subjects.js'
import { describe } from './words.js'

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

function readParagraph(paragraph: PlacedParagraph, excluded: readonly Span[], segmenter: Segmenter, options: ReadOptions): FoundFigure[] {
  const text = paragraph.text
  // Most paragraphs of prose hold no number, and many hold only numerals that count nothing
  // (一名男子, 三思): the scans below could find no figure in them.
  const quantities = withListUnits(text, scanQuantities(text)).filter((q) => isFigure(text, q))
  if (quantities.length === 0) return []
  const periods = scanPeriods(text, options.issueDate)
  // 社会消费品零售总额: a numeral inside an indicator's name is no figure.
  const skipped = coverage(text.length, [...excluded, ...notFigureSpans(text), ...nonFigureSpans(text), ...periods.filter((p) => !p.counted), ...indicatorSpans(text)])
  const reading: Reading = { paragraph, text, sentences: splitSentences(text), periods, segmenter, issueDate: options.issueDate, drafts: [], memo: sentenceMemo(-1), sentenceAt: 0, periodAt: 0 }
  for (const q of quantities) {
    if (skipped(q.numberStart, q.numberEnd)) continue
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
    if (found.kind !== 'number' || found.unit !== null || next.unit === null || !BETWEEN_LISTED.test(text.slice(found.end, next.start))) continue
    const magnitude = /^[十百千万亿]+(?!分)/u.exec(next.classifier ?? '')?.[0]
    if (magnitude === undefined || text.slice(found.start, found.end).endsWith(magnitude)) out[n] = { ...found, kind: next.kind, unit: next.unit }
  }
  return out
}

function draftFigure(r: Reading, q: Quantity): Draft {
  const { text } = r
  const [kind, unit] = measure(text, q)
  const at = place(r, q, kind, unit)
  const words = describe(text, q, at.clause, kind, r.segmenter)
  const threshold = isThreshold(text, q)
  const change = threshold ? null : changeOf(at.lead, unit === '%' || /^(?:一半|[一二三四五六七八九两]成)/u.test(text.slice(q.start, q.end)))
  const { subject, qualifier, changeSource, own } = subjectOf(r, q, { at, kind, unit, words, threshold, change })
  const period = isPersonAge(text.slice(q.start, q.end), at.clauseLead) ? null : periodFor(r, q, at.listed ? at.listed.listHead.start : q.start, at.sentence)
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
    basis: threshold ? null : basisFor(r, at, change, period),
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

/** The drafts as figures: without the working fields, relations pointing at the figures. */
function publish(drafts: readonly Draft[]): FoundFigure[] {
  const published = new Map<FoundFigure, { -readonly [K in keyof FoundFigure]: FoundFigure[K] }>()
  for (const draft of drafts) {
    const { listHead: _h, listIndex: _i, clauseLead: _c, lead: _l, own: _o, ...figure } = draft
    published.set(draft, { ...figure, subject: withWhole(figure.subject, figure, draft.clauseLead) })
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
  // A whole number of at most 15 digits is its own rounding (zero as 0, never -0), without a string.
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value === 0 ? 0 : value
  return Number(value.toPrecision(15))
}
