/**
 * Figures: the quantities an article reports, with what they count. Numbers
 * are found by our own reader (`numbers/`); the segmenter is used only for
 * the words around them: the noun after a classifier (474个“书记项目”), the
 * object before the number (打造特色品牌社区85个), the verb that governs it.
 */
import {
  ARTICLE_CLASSIFIERS,
  CONTACT_WORDS,
  DURATION_NOUNS,
  ENUMERATION_END,
  FUNCTION_SUBJECTS,
  MEASURE_WORDS,
  MODIFIER_TAGS,
  NOT_PREDICATES,
  NOT_SUBJECTS,
  NOUN_TAGS,
  NUMERAL_IDIOMS,
  ORDINAL_COUNTERS,
  PREDICATE_ADVERBS,
  VERB_CHAIN_TAGS,
  VERB_TAGS,
} from '../rules/figures.js'
import { EMAIL, PHONE } from '../rules/kinds.js'
import { THRESHOLD_ENDS } from '../rules/qualifiers.js'
import { nonFigureSpans } from '../rules/nonfigures.js'
import { scanQuantities, type Quantity } from '../numbers/quantity.js'
import type { Article, Basis, Change, Figure, FigureKind, Period } from '../schema.js'
import type { Segmenter, Tagged } from '../segment.js'
import { alternation } from '../util/regex.js'
import { scanPeriods } from './periods.js'
import {
  basisOf,
  changeOf,
  enumeratedSubjects,
  indicatorIn,
  indicatorSpans,
  LIST_JOINER,
  qualifierIn,
  stripBasis,
  withoutBasis,
  withoutChange,
} from './semantics.js'

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

type Draft = { -readonly [K in keyof FoundFigure]: FoundFigure[K] } & {
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

/** Spans of a paragraph whose numbers are not figures. */
export type Span = { readonly start: number; readonly end: number }

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
  const out: FoundFigure[] = []
  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text
    const periods = scanPeriods(text, options.issueDate)
    // 社会消费品零售总额: a numeral inside an indicator's name is no figure.
    const skipped = coverage(text.length, [...(excluded[p] ?? []), ...notFigureSpans(text), ...nonFigureSpans(text), ...periods, ...indicatorSpans(text)])
    const sentences = splitSentences(text)
    const previous: Draft[] = []
    // What the sentence so far holds, kept as it goes so that each figure costs the same (long
    // paragraphs without stops are one sentence).
    let memo = sentenceMemo(-1)
    let sentenceAt = 0
    let periodAt = 0
    const quantities = scanQuantities(text)
    quantities.forEach((found, n) => {
      if (skipped(found.numberStart, found.numberEnd)) return
      if (!isFigure(text, found)) return
      // 4.4和3.6个百分点: a bare number in a list takes the unit of the next one.
      const next = quantities[n + 1]
      const q: Quantity =
        found.kind === 'number' && found.unit === null && next && next.unit !== null && LIST_JOINER.test(text.slice(found.end, next.start)) && !/^[十百千万亿](?!分)/u.test(next.classifier ?? '')
          ? { ...found, kind: next.kind, unit: next.unit }
          : found
      while (sentenceAt < sentences.length - 1 && sentences[sentenceAt]!.end <= q.start) sentenceAt++
      const sentenceIndex = sentenceAt
      const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length }
      if (memo.sentenceIndex !== sentenceIndex) memo = sentenceMemo(sentenceIndex)
      const clause = clauseAround(text, q, sentence)
      let kind: FigureKind = q.kind === 'number' ? 'count' : q.kind
      let unit = q.unit
      // 18个春秋: a count of seasons is a span of years.
      const duration = kind === 'count' && q.classifier === '个' ? DURATION_NOUNS.find(([noun]) => text.startsWith(noun, q.end)) : undefined
      if (duration) [kind, unit] = ['duration', duration[1]]
      const words = describe(text, q, clause, kind, segmenter)
      const prev = previous.at(-1)
      const inList = prev !== undefined && prev.sentenceIndex === sentenceIndex && LIST_JOINER.test(text.slice(prev.end, q.start)) && sameMeasure(prev, kind, unit)
      const clauseStart = Math.max(sentence.start, lastMark(text, q.start) + 1)
      const leadStart = Math.max(clauseStart, prev !== undefined && prev.sentenceIndex === sentenceIndex ? prev.end : 0)
      const clauseLead = inList ? prev.clauseLead : text.slice(clauseStart, q.start)
      const lead = inList ? prev.lead : text.slice(leadStart, q.start)
      const threshold = isThreshold(text, q)
      const indicator = indicatorIn(clauseLead)
      const counted = kind === 'count' && q.classifier !== null && words.counted
      let subject = threshold ? null : counted ? words.subject : (indicator ?? words.subject)
      if (subject !== null) subject = cleanSubject(subject)
      const own = subject !== null
      const headStart = inList ? prev.listHead.start : q.start
      while (periodAt < periods.length && periods[periodAt]!.end <= headStart) periodAt++
      const lastPeriod = periods[periodAt - 1]
      const period = lastPeriod && lastPeriod.start >= sentence.start ? lastPeriod.period : null
      const change = threshold ? null : changeOf(lead)
      // A threshold just before the counted noun restricts it: 千平方米以上社区22个.
      const restricting = memo.threshold && memo.threshold.end >= clauseStart && memo.threshold.end < q.start ? memo.threshold : null
      let qualifier = threshold ? null : (restricting?.text ?? qualifierIn(clauseLead))
      let changeSource: Draft | null = null
      // A change with no words of its own (，同比增长6.2%) is the change of the figure before it;
      // after another change (环比下降42.7%，较去年春运同期下降14.5%) it measures the same thing.
      if (change !== null && !own && !inList) {
        changeSource = memo.unchanged
        const source = changeSource ?? memo.named
        if (source) {
          subject = source.subject
          qualifier ??= source.qualifier
        }
      }
      // An elided subject is carried over inside the sentence (474个“书记项目”已完成280个;
      // 建成社区22个，占比21.6%；今年在建12个): from a figure of the same clause, or when the
      // figure's own clause names nothing before it.
      if (subject === null && change === null && (kind === 'count' || kind === 'percent') && (words.bare || (prev !== undefined && prev.start >= clause.start && prev.sentenceIndex === sentenceIndex))) {
        const earlier = kind === 'percent' ? memo.byMeasure.get('count') : memo.byMeasure.get(`${kind}|${unit}`)
        subject = earlier?.subject ?? null
        if (earlier) qualifier ??= earlier.qualifier
      }
      const draft = {
        paragraph,
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
        sentence: sentenceText(text, sentence, q),
        sentenceIndex,
        qualifier,
        change,
        basis: threshold ? null : basisOf(clauseLead),
        period,
        classifier: q.classifier,
        threshold,
        changeOf: changeSource,
        listIndex: inList ? prev.listIndex + 1 : 0,
        clauseLead,
        lead,
        own,
      } as Omit<Draft, 'listHead'> as Draft
      draft.listHead = inList ? prev.listHead : draft
      previous.push(draft)
      remember(memo, draft)
    })
    enumerate(previous)
    const published = new Map<FoundFigure, { -readonly [K in keyof FoundFigure]: FoundFigure[K] }>()
    for (const draft of previous) {
      const { listHead: _h, listIndex: _i, clauseLead: _c, lead: _l, own: _o, ...figure } = draft
      published.set(draft, figure)
    }
    // Relations point at the published figures, not at the drafts.
    for (const figure of published.values()) figure.changeOf = figure.changeOf && (published.get(figure.changeOf) ?? null)
    out.push(...published.values())
  })
  return out
}

/**
 * Whether a range of a text overlaps any of the spans: one pass over the spans, then each
 * question in constant time (a paragraph may hold thousands of spans and of numbers).
 */
function coverage(length: number, spans: readonly Span[]): (start: number, end: number) => boolean {
  const depth = new Int32Array(length + 1)
  for (const s of spans) {
    depth[Math.max(0, s.start)]!++
    depth[Math.min(length, s.end)]!--
  }
  // covered[i]: how many of the first i characters lie inside some span.
  const covered = new Int32Array(length + 1)
  let open = 0
  for (let i = 0; i < length; i++) {
    open += depth[i]!
    covered[i + 1] = covered[i]! + (open > 0 ? 1 : 0)
  }
  return (start, end) => covered[Math.min(end, length)]! - covered[Math.max(0, start)]! > 0
}

/** The latest figures of a sentence that later ones take words from. */
interface SentenceMemo {
  readonly sentenceIndex: number
  /** The latest threshold (千平方米以上). */
  threshold: Draft | null
  /** The latest figure that is not a change, and the latest with a subject (thresholds aside). */
  unchanged: Draft | null
  named: Draft | null
  /** The latest figure with a subject, by kind and unit (`count` for any count). */
  readonly byMeasure: Map<string, Draft>
}

function sentenceMemo(sentenceIndex: number): SentenceMemo {
  return { sentenceIndex, threshold: null, unchanged: null, named: null, byMeasure: new Map() }
}

function remember(memo: SentenceMemo, f: Draft): void {
  if (f.threshold) {
    memo.threshold = f
    return
  }
  if (f.change === null) memo.unchanged = f
  if (f.subject === null) return
  memo.named = f
  memo.byMeasure.set(`${f.kind}|${f.unit}`, f)
  if (f.kind === 'count') memo.byMeasure.set('count', f)
}

/** Whether a figure joins the enumeration of the one before it: the same kind of measure. */
function sameMeasure(prev: Draft, kind: FigureKind, unit: string | null): boolean {
  return prev.kind === kind && (prev.unit === unit || prev.unit === null || unit === null)
}

/** The offset of the last clause mark before `at`, or -1. */
function lastMark(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 80; i--) if (/[，,；;：:。！？!?]/u.test(text[i]!)) return i
  return Math.max(-1, at - 81)
}

/** A quantity ending in 以上/以下 right before a word: a condition on that word (千平方米以上社区). */
function isThreshold(text: string, q: Quantity): boolean {
  const printed = text.slice(q.start, q.end)
  return THRESHOLD_ENDS.some((end) => printed.endsWith(end)) && /^[\u4e00-\u9fff]/u.test(text.slice(q.end, q.end + 1))
}

/** A subject without basis words, and never a function word or one character. */
function cleanSubject(subject: string): string | null {
  const cleaned = withoutChange(stripBasis(subject)).replace(/^[的]+|[的]+$/gu, '')
  if ([...cleaned].length < 2 || FUNCTION_SUBJECTS.has(cleaned)) return null
  return cleaned
}

/**
 * The enumerations of a paragraph: values of a 分别 list take the items
 * before 分别 in order (城镇和农村常住居民人均可支配收入分别达到18687元、5634元);
 * a list of changes after a list of values takes their subjects one by one
 * (…，增长7.8%、9.2%) and is their change.
 */
function enumerate(figures: Draft[]): void {
  const lists = new Map<Draft, Draft[]>()
  for (const f of figures) {
    const list = lists.get(f.listHead)
    if (list) list.push(f)
    else lists.set(f.listHead, [f])
  }
  const ordered = [...lists.values()]
  ordered.forEach((list, n) => {
    if (list.length < 2) return
    const subjects = enumeratedSubjects(list[0]!.clauseLead, list.length)
    if (subjects) {
      list.forEach((f, i) => {
        f.subject = cleanSubject(subjects[i]!)
        f.qualifier = qualifierIn(subjects[i]!) ?? f.qualifier
      })
    }
    const before = ordered[n - 1]
    const parallel = !subjects && list[0]!.change !== null && before?.length === list.length && before[0]!.sentenceIndex === list[0]!.sentenceIndex
    if (parallel) {
      // …，增长7.8%、9.2%: the changes of the values before, one by one; after a list of changes
      // (分别下降10.5%和3.7%，降幅分别扩大4.4和3.6个百分点) they measure the same things.
      list.forEach((f, i) => {
        const source = before[i]!
        if (source.change === null) f.changeOf = source
        f.subject = source.subject
        f.qualifier ??= source.qualifier
      })
    } else if (!subjects) {
      // 价格上涨8.2%—20.5%: the items of a list without words of their own measure what the first does.
      for (const f of list) if (f.subject === null) [f.subject, f.qualifier] = [list[0]!.subject, f.qualifier ?? list[0]!.qualifier]
    }
  })
}

function round(value: number): number {
  return Number(value.toPrecision(15))
}

/** Whether a quantity is a reported figure rather than a word that happens to hold a numeral. */
function isFigure(text: string, q: Quantity): boolean {
  const numeral = text.slice(q.numberStart, q.numberEnd)
  const after = text.slice(q.numberEnd, q.numberEnd + 2)
  // 605号, 1号楼, 书记一号工程: numbers that name, not count.
  if (/^号/.test(text.slice(q.end, q.end + 1)) || /^号/.test(after)) return false
  // 北侧1楼: a floor of an address.
  if (/^楼/.test(after) && q.classifier === null) return false
  // “1+9”制度: a formula in a name.
  if (text[q.numberStart - 1] === '+' || text[q.numberEnd] === '+') return false
  // bcsshb2019, APP3: digits glued to Latin letters are identifiers.
  if (/[A-Za-z]/.test(text[q.numberStart - 1] ?? '') || /[A-Za-z]/.test(text[q.numberEnd] ?? '')) return false
  if (q.kind === 'ordinal') {
    // 第六届 counts; 排序第一 and 担当作为第一 only rank.
    return q.classifier !== null || ORDINAL_COUNTERS.test(text.slice(q.numberEnd))
  }
  // A lone 一 with a classifier is the article "a" (一名男子, 一条新路子); with a measure it counts (一吨).
  if (numeral === '一' && (q.kind === 'count' || q.kind === 'number')) {
    return !(q.classifier === null || ARTICLE_CLASSIFIERS.has(q.classifier))
  }
  // A bare Chinese numeral with nothing to count is a word (十全, 三思).
  if (q.kind === 'number' && /^[一二两三四五六七八九十]$/.test(numeral)) return false
  // A bare four-digit year-like number (2019) with no unit is part of a name or a date.
  if (q.kind === 'number' && /^(?:19|20)\d\d$/.test(numeral)) return false
  return true
}

/** Every idiom in one pattern, longest first, so a text is read once. */
const IDIOMS = new RegExp(alternation(NUMERAL_IDIOMS), 'gu')

/** Phone numbers, e-mail addresses, URLs, idioms and short quoted names: no figures inside. */
export function notFigureSpans(text: string): Span[] {
  const spans: Span[] = []
  const add = (pattern: RegExp): void => {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
      spans.push({ start: m.index, end: m.index + m[0].length })
    }
  }
  add(PHONE)
  if (text.includes('@')) add(EMAIL)
  add(/https?:\/\/\S+|www\.\S+/u)
  // 0431-12389: a dash between digit runs is a number of a line, not a range.
  // (The look-behind starts a match only where a run starts, so this stays linear.)
  add(/(?<!\d)\d{3,}[-－]\d{3,}/u)
  // A number right after 电话： or 热线 is one to call.
  for (const m of text.matchAll(/[\d-]{3,}/gu)) {
    if (CONTACT_WORDS.test(text.slice(Math.max(0, m.index - 6), m.index))) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(IDIOMS)) spans.push({ start: m.index, end: m.index + m[0].length })
  // “六字工作经”, “1+9”: a number inside a short quoted name names it.
  for (const m of text.matchAll(/[“"「『]([^”"」』]{1,8})[”"」』]/gu)) {
    if (/[0-9一二三四五六七八九十两]/.test(m[1]!)) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans
}

/** A sentence longer than this (text with no stops) is cut to a window around the figure. */
const MAX_SENTENCE = 300

function sentenceText(text: string, sentence: Sentence, q: Quantity): string {
  if (sentence.end - sentence.start <= MAX_SENTENCE) return text.slice(sentence.start, sentence.end).trim()
  const half = MAX_SENTENCE / 2
  const start = Math.max(sentence.start, q.start - half)
  const end = Math.min(sentence.end, q.end + half)
  return `${start > sentence.start ? '…' : ''}${text.slice(start, end).trim()}${end < sentence.end ? '…' : ''}`
}

interface Sentence {
  start: number
  end: number
}

/** Sentences end at 。！？ (and their ASCII forms); a closing quote stays with its sentence. */
function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  for (const m of text.matchAll(/[。！？!?…]+[”’」』]?/gu)) {
    const end = m.index + m[0].length
    out.push({ start, end })
    start = end
  }
  if (start < text.length) out.push({ start, end: text.length })
  return out
}

/** How far a clause reaches before and after its figure: the words that say what it counts stand close. */
const REACH_BEFORE = 20
const REACH_AFTER = 12

/** The clause of a sentence around a quantity: between ，；： marks, and within the reach before and after. */
function clauseAround(text: string, q: Quantity, sentence: Sentence): Sentence {
  const marks = /[，,；;：:]/u
  const floor = Math.max(sentence.start, q.start - REACH_BEFORE)
  const ceiling = Math.min(sentence.end, q.end + REACH_AFTER)
  let start = q.start
  while (start > floor && !marks.test(text[start - 1]!)) start--
  let end = q.end
  while (end < ceiling && !marks.test(text[end]!) && !/[。！？!?]/.test(text[end]!)) end++
  return { start, end }
}

const QUOTES = /^[“”‘’"'《》「」『』\s]+$/u

/** The noun after the classifier, the noun before the number, and the verb. */
function describe(
  text: string,
  q: Quantity,
  clause: Sentence,
  kind: FigureKind,
  segmenter: Segmenter,
): { subject: string | null; predicate: string | null; bare: boolean; counted: boolean } {
  // 交通流量较昨日环比下降: the basis stands between the subject and its verb.
  const before = segmenter.tag(withoutBasis(text.slice(clause.start, q.start)))
  // The words after are needed less often: tag them only then.
  let afterTokens: Tagged[] | null = null
  const after = (): Tagged[] => (afterTokens ??= segmenter.tag(text.slice(q.end, clause.end)))
  const bare = !before.some((t) => NOUN_TAGS.has(t.tag) && !NOT_SUBJECTS.has(t.word))
  let subject: string | null = null
  // 474个“书记项目”, 667个部门单位: the noun right after a classifier is what is counted.
  if (kind === 'count' && q.classifier !== null) subject = leadingNoun(after())
  // 800亩玉米, 5000吨粮食: an area or a weight is of what it holds, when that follows at once.
  // (jieba tags some crops as names: 玉米/nr.)
  if (subject === null && (kind === 'area' || kind === 'weight') && !/^[以及]/u.test(text.slice(q.end, q.end + 1))) subject = leadingNoun(after(), HELD_TAGS)
  const counted = subject !== null
  if (kind === 'ordinal') return { subject: null, predicate: verbBefore(before, before.length) ?? verbAfter(after()), bare, counted }
  // 打造特色品牌社区85个, 召开…领导小组会议48次: else the object right before the number.
  let np = trailingNoun(before, before.length)
  const verbsFrom = np.words.length > 0 ? np.index : before.length
  // 贫困发生率下降了21.6%: a rate stands before the verbs that move it.
  // 粮食总产量达到70亿斤, 财政收入达2790.35亿元, 企业共6.5万家: so do amounts and counts.
  if (np.words.length === 0 && subject === null) {
    let end = before.length
    while (end > 0 && VERB_CHAIN_TAGS.has(before[end - 1]!.tag)) end--
    if (end < before.length) np = trailingNoun(before, end)
  }
  // 鸭肉价格上涨/l: jieba glues the verb to the noun; the verb is no part of the subject.
  const words = np.words.map((w) => withoutChange(w)).filter((w) => w !== '')
  // What is counted is the head of a compound (小组会议 → 会议); what is measured is the whole (交通流量).
  if (subject === null && words.length > 0) subject = kind === 'count' ? headOf(words, segmenter) : words.join('')
  const predicate = verbBefore(before, verbsFrom) ?? verbAfter(after())
  return { subject, predicate, bare, counted }
}

/** What an area or a weight holds may be tagged as any kind of noun. */
const HELD_TAGS = new Set([...NOUN_TAGS, 'nr', 'ns'])

function leadingNoun(tokens: readonly Tagged[], tags: ReadonlySet<string> = NOUN_TAGS): string | null {
  let i = 0
  while (i < tokens.length && QUOTES.test(tokens[i]!.word)) i++
  const words: string[] = []
  for (; i < tokens.length; i++) {
    const t = tokens[i]!
    // A set phrase (l) ends a noun phrase rather than continuing it: 两家开发商|互相推诿.
    if (!tags.has(t.tag) || QUOTES.test(t.word) || (t.tag === 'l' && words.length > 0)) break
    words.push(t.word)
  }
  return words.length > 0 ? words.join('') : null
}

/** The nouns that end the tokens before `end`, and the index of the first of them. */
function trailingNoun(tokens: readonly Tagged[], end: number): { words: string[]; index: number } {
  let i = end - 1
  while (i >= 0 && QUOTES.test(tokens[i]!.word)) i--
  const words: string[] = []
  for (; i >= 0; i--) {
    const t = tokens[i]!
    const noun = (NOUN_TAGS.has(t.tag) || MEASURE_WORDS.has(t.word)) && !QUOTES.test(t.word) && !NOT_SUBJECTS.has(t.word)
    // An adjective may open the phrase (贫困发生率), never end it.
    if (!noun && !(MODIFIER_TAGS.has(t.tag) && words.length > 0)) break
    words.unshift(t.word)
  }
  return { words, index: i + 1 }
}

/**
 * The noun phrase's head. jieba glues some compounds into one word
 * (小组会议); when the phrase ends in such a word of four or more
 * characters, what is counted is that word's own head (会议).
 */
function headOf(words: readonly string[], segmenter: Segmenter): string {
  const last = words[words.length - 1]!
  if (words.length > 1 && [...last].length >= 4) {
    const head = segmenter
      .parts(last)
      .filter((p) => p !== last && p.length >= 2 && last.endsWith(p))
      .sort((a, b) => b.length - a.length)[0]
    if (head) return head
  }
  return words.join('')
}

function verbBefore(tokens: readonly Tagged[], end: number): string | null {
  // 认领A、B、C等项目474个: a verb inside the list does not govern the count.
  let from = end - 1
  if (ENUMERATION_END.has(tokens[end - 1]?.word ?? '')) {
    const firstComma = tokens.findIndex((t) => t.word === '、')
    if (firstComma !== -1 && firstComma < end) from = firstComma - 1
  }
  for (let i = from; i >= 0; i--) {
    const t = tokens[i]!
    if (VERB_TAGS.has(t.tag) && !NOT_PREDICATES.has(t.word)) {
      const adverb = tokens[i - 1]
      return adverb && adverb.tag === 'd' && PREDICATE_ADVERBS.has(adverb.word) && adverb.word.startsWith('已') ? adverb.word + t.word : t.word
    }
  }
  return null
}

function verbAfter(tokens: readonly Tagged[]): string | null {
  return tokens.find((t) => VERB_TAGS.has(t.tag) && !NOT_PREDICATES.has(t.word))?.word ?? null
}

/** The articles whose figures are read: everything but banners. */
export function readable(article: Article): boolean {
  return article.kind !== 'banner'
}
