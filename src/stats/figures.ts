/**
 * Figures: the quantities an article reports, with what they count. Numbers
 * are found by our own reader (`numbers/`); the segmenter is used only for
 * the words around them: the noun after a classifier (474个“书记项目”), the
 * object before the number (打造特色品牌社区85个), the verb that governs it.
 */
import {
  ARTICLE_CLASSIFIERS,
  CONTACT_WORDS,
  ENUMERATION_END,
  HEADLINE_FIGURES,
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
import { scanQuantities, type Quantity } from '../numbers/quantity.js'
import type { Article, Figure, FigureKind } from '../schema.js'
import type { Segmenter, Tagged } from '../segment.js'
import { alternation } from '../util/regex.js'

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
  readonly score: number
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
): FoundFigure[] {
  const out: FoundFigure[] = []
  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text
    const skip = [...(excluded[p] ?? []), ...notFigureSpans(text)]
    const sentences = splitSentences(text)
    const previous: FoundFigure[] = []
    for (const q of scanQuantities(text)) {
      if (skip.some((s) => q.numberStart < s.end && q.numberEnd > s.start)) continue
      if (!isFigure(text, q)) continue
      const sentenceIndex = sentences.findIndex((s) => q.start >= s.start && q.start < s.end)
      const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length }
      const clause = clauseAround(text, q, sentence)
      const kind: FigureKind = q.kind === 'number' ? 'count' : q.kind
      const words = describe(text, q, clause, kind, segmenter)
      let subject = words.subject
      // An elided subject is carried over inside the sentence (474个“书记项目”已完成280个;
      // 建成社区22个，占比21.6%；今年在建12个): from a figure of the same clause, or when the
      // figure's own clause names nothing before it.
      if (subject === null && (kind === 'count' || kind === 'percent') && (words.bare || previous.some((f) => f.start >= clause.start && f.sentenceIndex === sentenceIndex))) {
        const earlier = [...previous]
          .reverse()
          .find((f) => f.sentenceIndex === sentenceIndex && f.subject !== null && (kind === 'percent' ? f.kind === 'count' : f.kind === kind && f.unit === q.unit))
        subject = earlier?.subject ?? null
      }
      const figure: FoundFigure = {
        paragraph,
        start: q.start,
        end: q.end,
        text: text.slice(q.start, q.end),
        value: round(q.value),
        low: q.low === null ? null : round(q.low),
        high: q.high === null ? null : round(q.high),
        unit: q.unit,
        kind,
        approx: q.approx,
        subject,
        predicate: words.predicate,
        sentence: sentenceText(text, sentence, q),
        sentenceIndex,
        score: 0,
      }
      previous.push(figure)
      out.push({ ...figure, score: score(figure) })
    }
  })
  return out
}

/** Mark the best figures of an article: lead paragraph, a subject, money, percents, large counts. */
export function headlineFlags(figures: readonly FoundFigure[]): boolean[] {
  const ranked = figures
    .map((f, i) => ({ i, score: f.score }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, HEADLINE_FIGURES)
  const flags = figures.map(() => false)
  for (const r of ranked) flags[r.i] = true
  return flags
}

function score(f: FoundFigure): number {
  let s = 1
  if (f.paragraph.index === 0) s += 3
  if (f.subject) s += 2
  if (f.kind === 'money') s += 3
  if (f.kind === 'percent') s += 2
  if (f.kind === 'percentage-point') s += 1
  if (f.kind === 'count' && f.value >= 100) s += 1
  if (f.kind === 'count' && f.value >= 1000) s += 1
  if (f.kind === 'ordinal' || f.kind === 'duration') s -= 2
  return s
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
): { subject: string | null; predicate: string | null; bare: boolean } {
  const before = segmenter.tag(text.slice(clause.start, q.start))
  // The words after are needed less often: tag them only then.
  let afterTokens: Tagged[] | null = null
  const after = (): Tagged[] => (afterTokens ??= segmenter.tag(text.slice(q.end, clause.end)))
  const bare = !before.some((t) => NOUN_TAGS.has(t.tag) && !NOT_SUBJECTS.has(t.word))
  let subject: string | null = null
  // 474个“书记项目”, 667个部门单位: the noun right after a classifier is what is counted.
  if (kind === 'count' && q.classifier !== null) subject = leadingNoun(after())
  if (kind === 'ordinal') return { subject: null, predicate: verbBefore(before, before.length) ?? verbAfter(after()), bare }
  // 打造特色品牌社区85个, 召开…领导小组会议48次: else the object right before the number.
  let np = trailingNoun(before, before.length)
  const verbsFrom = np.words.length > 0 ? np.index : before.length
  // 贫困发生率下降了21.6%: a rate stands before the verbs that move it.
  if (np.words.length === 0 && (kind === 'percent' || kind === 'percentage-point')) {
    let end = before.length
    while (end > 0 && VERB_CHAIN_TAGS.has(before[end - 1]!.tag)) end--
    if (end < before.length) np = trailingNoun(before, end)
  }
  if (subject === null && np.words.length > 0) subject = headOf(np.words, segmenter)
  const predicate = verbBefore(before, verbsFrom) ?? verbAfter(after())
  return { subject, predicate, bare }
}

function leadingNoun(tokens: readonly Tagged[]): string | null {
  let i = 0
  while (i < tokens.length && QUOTES.test(tokens[i]!.word)) i++
  const words: string[] = []
  for (; i < tokens.length; i++) {
    const t = tokens[i]!
    // A set phrase (l) ends a noun phrase rather than continuing it: 两家开发商|互相推诿.
    if (!NOUN_TAGS.has(t.tag) || QUOTES.test(t.word) || (t.tag === 'l' && words.length > 0)) break
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
    const noun = NOUN_TAGS.has(t.tag) && !QUOTES.test(t.word) && !NOT_SUBJECTS.has(t.word)
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
