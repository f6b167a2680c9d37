/**
 * The words around a figure: what it counts or measures (the noun after the
 * classifier, 474个“书记项目”; what an area holds, 800亩玉米; the noun before
 * the number and its verb, 打造特色品牌社区85个) and the verb that governs it.
 * Read with the segmenter's parts of speech; the tag sets are data in
 * `rules/figures.ts`.
 */
import { ENUMERATION_END, FUNCTION_SUBJECTS, MEASURE_WORDS, MODIFIER_TAGS, NOT_PREDICATES, NOT_SUBJECTS, NOUN_TAGS, PREDICATE_ADVERBS, VERB_CHAIN_TAGS, VERB_TAGS } from '../rules/figures.js'
import { ACRONYM_NOUNS, AGE_CLASSIFIERS, GLUED_NOUNS, LIGHT_VERBS, LINK_WORDS, MEASURE_ENDINGS, PEOPLE_ACTION_FORMS, RATIO_WORDS, SHARE_WORDS, UNREAD_UNITS, VERBAL_CLASSIFIERS } from '../rules/subjects.js'
import type { Quantity } from '../numbers/quantity.js'
import type { FigureKind } from '../schema.js'
import type { Segmenter, Tagged } from '../segment.js'
import { longestFirst } from '../util/regex.js'
import type { Sentence } from './clauses.js'
import { activityOf } from './activities.js'
import { countedNoun } from './counted.js'
import { actionOfPeople, countsPeople, personAfter, purposeAfter } from './following.js'
import { endsWithChange, stripBasis, withoutBasis, withoutChange } from './semantics.js'

/** What the words around a figure say. */
export interface Described {
  readonly subject: string | null
  readonly predicate: string | null
  /** No noun stands before the figure in its clause. */
  readonly bare: boolean
  /** The subject is the noun after the classifier (or what an area holds). */
  readonly counted: boolean
  /** The clause names a noun (or a word jieba does not know) before the figure, other than the whole of a share. */
  readonly named: boolean
}

/**
 * A subject without basis words, and never a function word; one character only for a noun
 * counted right after its classifier (十二道菜, 六封信).
 */
export function cleanSubject(subject: string, single = false): string | null {
  const cleaned = withoutChange(stripBasis(subject)).replace(/^[的]+|[的]+$/gu, '')
  if ([...cleaned].length < (single ? 1 : 2) || FUNCTION_SUBJECTS.has(cleaned)) return null
  return cleaned
}

const QUOTES = /^[“”‘’"'《》「」『』\s]+$/u

/** The noun after the classifier, the noun before the number, and the verb. */
export function describe(text: string, q: Quantity, clause: Sentence, kind: FigureKind, segmenter: Segmenter): Described {
  // 交通流量较昨日环比下降: the basis stands between the subject and its verb.
  const before = segmenter.tag(withoutBasis(text.slice(clause.start, q.start)))
  // The words after are needed less often: tag them only then.
  let afterTokens: Tagged[] | null = null
  const after = (): Tagged[] => (afterTokens ??= segmenter.tag(text.slice(q.end, clause.end)))
  const bare = !before.some((t) => NOUN_TAGS.has(t.tag) && !NOT_SUBJECTS.has(t.word))
  let subject = nounAfter(text, q, kind, after)
  const counted = subject !== null && kind !== 'area' && kind !== 'weight'
  if (kind === 'ordinal') return { subject: null, predicate: verbBefore(before, before.length) ?? verbAfter(after()), bare, counted, named: !bare }
  // 比传统模式缩短57.1%, 贫困人口占全省28.2%: neither what it is compared with nor the whole of a
  // share is the subject; it stands before them.
  const cut = subjectEnd(before, kind, q.classifier)
  const named = before.slice(0, cut).some((t) => (NOUN_TAGS.has(t.tag) && !NOT_SUBJECTS.has(t.word)) || (t.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/u.test(t.word)))
  // 打造特色品牌社区85个, 召开…领导小组会议48次: else the object right before the number.
  let np = trailingNoun(before, cut)
  const verbsFrom = np.words.length > 0 && cut === before.length ? np.index : before.length
  // 贫困发生率下降了21.6%: a rate stands before the verbs that move it.
  // 粮食总产量达到70亿斤, 财政收入达2790.35亿元, 企业共6.5万家: so do amounts and counts.
  if (np.words.length === 0 && subject === null) {
    const end = linkStart(before, cut)
    if (end < cut) np = trailingNoun(before, end)
  }
  // 鸭肉价格上涨/l: jieba glues the verb to the noun; the verb is no part of the subject.
  const words = np.words.map((w) => withoutChange(w)).filter((w) => w !== '')
  // What is counted is the head of a compound (小组会议 → 会议); what is measured is the whole (交通流量).
  if (subject === null && words.length > 0) subject = kind === 'count' ? headOf(words, segmenter) : words.join('')
  // 开庭25万次、调解59万次: a count of events is of the verb right before it.
  const event = before.at(-1)
  if (subject === null && kind === 'count' && VERBAL.has(q.classifier ?? '') && event?.tag === 'v' && [...event.word].length > 1 && !LIGHT.has(event.word) && !NOT_PREDICATES.has(event.word)) subject = event.word
  // 十几年的开发治理, 从教60余年: a span of time measures the activity that lasts it.
  if (kind === 'duration' && !AGES.has(q.classifier ?? '')) subject = activityOf(before, text.slice(q.end, clause.end), after, subject)
  const predicate = verbBefore(before, verbsFrom) ?? verbAfter(after())
  return { subject, predicate, bare, counted, named }
}

const SHARE_TOKENS = new Set(SHARE_WORDS.map(([w]) => w))

/**
 * The measure a clause names before its verbs (专项贷款已完成投放 → 专项贷款; 建档立卡贫困户 →
 * 贫困户), for a clause after it that continues it; null when it ends in no noun.
 */
export function clauseSubject(clause: string, segmenter: Segmenter): string | null {
  const tokens = segmenter.tag(withoutBasis(clause))
  let np = trailingNoun(tokens, tokens.length)
  if (np.words.length === 0) np = trailingNoun(tokens, linkStart(tokens, tokens.length))
  const words = np.words.map((w) => withoutChange(w)).filter((w) => w !== '')
  return words.length > 0 ? cleanSubject(words.join('')) : null
}

/**
 * Where the words that may name the subject end: before a comparison (比…缩短), a share word (占), or
 * the word of a ratio to a whole named with 的 (是国家下达任务的2.45倍, 约为去年全球口罩总产量的3倍).
 */
function subjectEnd(tokens: readonly Tagged[], kind: FigureKind, classifier: string | null): number {
  const ratio = (kind === 'percent' || classifier === '倍') && tokens.at(-1)?.word === '的'
  for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - 8; i--) {
    const word = tokens[i]!.word
    if ((word === '比' || word === '较') && endsWithChange(tokens.slice(i + 1).map((t) => t.word).join(''))) return i
    if (kind === 'percent' && (SHARE_TOKENS.has(word) || word.startsWith('占'))) return tokens[i - 1]?.word === '所' ? i - 1 : i
    if (ratio && RATIO_TOKENS.has(word)) return i
  }
  return tokens.length
}

const RATIO_TOKENS: ReadonlySet<string> = new Set(RATIO_WORDS.map(([w]) => w))

const AGES = new Set(AGE_CLASSIFIERS.map(([c]) => c))
const VERBAL = new Set(VERBAL_CLASSIFIERS.map(([c]) => c))
const LIGHT: ReadonlySet<string> = new Set(LIGHT_VERBS.map(([v]) => v))
const UNREAD: ReadonlySet<string> = new Set(UNREAD_UNITS.map(([u]) => u))
const PAIRS: ReadonlySet<string> = new Set(PEOPLE_ACTION_FORMS.pairs)

/**
 * What a figure is of when the words after it say so: the noun after a classifier or a bare
 * magnitude (12名志愿者, 8亿多网民), the person after an age (90岁的郭兰英), the population
 * after a share (2/3的地区), the purpose after an amount of money (10元服务费).
 */
function nounAfter(text: string, q: Quantity, kind: FigureKind, after: () => Tagged[]): string | null {
  const classifier = q.classifier ?? ''
  // 近14亿人口: the classifier and the next character are one word.
  const glued = GLUED_NOUNS.find(([word]) => classifier.endsWith(word[0]!) && text.startsWith(word.slice(1), q.end))
  if (glued) return glued[0]
  if (AGES.has(classifier)) return personAfter(after())
  const fraction = kind === 'percent' || /[\/／]|分之/u.test(text.slice(q.numberStart, q.numberEnd))
  if (fraction) return after()[0]?.word === '的' ? countedNoun(after().slice(1)) : null
  // 1次深入社区: after a verbal classifier comes what was done, not what was counted.
  if (kind === 'count' && VERBAL.has(classifier)) return countedNoun(after(), { openings: 0, oneNoun: true, relative: false })
  // 8亿多网民, 10万农民: after a bare magnitude, one noun.
  if (kind === 'count') {
    const noun = countedNoun(after(), { openings: 2, oneNoun: q.classifier === null, relative: q.classifier === null })
    // 18人受伤, 近万人次受益: people counted by what they did.
    if (noun === null && countsPeople(q.classifier) && !PAIRS.has(text.slice(q.start, q.end))) return actionOfPeople(after())
    return noun !== null && UNREAD.has(noun) ? null : noun
  }
  if (kind === 'money') return purposeAfter(after())
  // 800亩玉米, 5000吨粮食: an area or a weight is of what it holds, when that follows at once.
  // (jieba tags some crops as names: 玉米/nr.)
  if ((kind === 'area' || kind === 'weight') && !/^[以及]/u.test(text.slice(q.end, q.end + 1))) return leadingNoun(after(), HELD_TAGS)
  return null
}

/** The noun a threshold restricts (千平方米以上社区 → 社区; 200头以上的肉牛养殖场 → 肉牛养殖场), or null. */
export function restrictedNoun(text: string, q: Quantity, segmenter: Segmenter): string | null {
  const tokens = segmenter.tag(text.slice(q.end, q.end + RESTRICTED_REACH))
  const noun = countedNoun(tokens[0]?.word === '的' ? tokens.slice(1) : tokens)
  return noun === null ? null : cleanSubject(noun)
}

/** How far after a threshold the noun it restricts may reach. */
const RESTRICTED_REACH = 12

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

const LINKS: ReadonlySet<string> = new Set(LINK_WORDS.map(([w]) => w))
const ENDING_ALONE: ReadonlySet<string> = new Set(MEASURE_ENDINGS.map(([e]) => e))
const MEASURE_END = new RegExp(`^[\\u4e00-\\u9fff]+(?:${MEASURE_ENDINGS.map(([e]) => e).join('|')})$`, 'u')

/**
 * A word between a measure and its figure: a verb, adverb or preposition (达到, 已, 为), a link word
 * jieba mis-tags (高达/nr, 一度/mq), a time (2018年), a span it is counted per (出水量只有每秒/r
 * 0.001立方米), or a set phrase that ends in a change verb (优良水体比例进一步提高/i 到69.2%; a word
 * of two is rather a comparison: 执行前多/x 还12.3元).
 */
function linking(t: Tagged): boolean {
  return VERB_CHAIN_TAGS.has(t.tag) || LINKS.has(t.word) || t.tag === 't' || /^(?:\d{4}|年)$/u.test(t.word) || (t.tag === 'r' && t.word.startsWith('每')) || ([...t.word].length > 2 && endsWithChange(t.word))
}

/**
 * Where the words linking a measure to its figure start: the linking words, and a 从/由 span's
 * start with its time and 的 (降水量从以往的326.3毫米, 优良比例由2018年的50%).
 */
function linkStart(tokens: readonly Tagged[], end: number): number {
  let i = end
  while (i > 0 && linking(tokens[i - 1]!)) i--
  if (tokens[i - 1]?.word !== '的') return i
  let k = i - 1
  while (k > 0 && linking(tokens[k - 1]!) && !FROM.has(tokens[k - 1]!.word)) k--
  return k > 0 && FROM.has(tokens[k - 1]!.word) && k < i - 1 ? linkStart(tokens, k - 1) : i
}

/** Prepositions that open the start of a span (从…到, 由…至). */
const FROM: ReadonlySet<string> = new Set(['从', '由'])

/** The nouns that end the tokens before `end`, and the index of the first of them. */
function trailingNoun(tokens: readonly Tagged[], end: number): { words: string[]; index: number } {
  let i = end - 1
  while (i >= 0 && QUOTES.test(tokens[i]!.word)) i--
  const words: string[] = []
  for (; i >= 0; i--) {
    const t = tokens[i]!
    // 竣工/v 率/v: an ending of measure standing alone takes the word before it.
    if (ENDING_ALONE.has(t.word) && i > 0 && words.length === 0 && /^[\u4e00-\u9fff]+$/u.test(tokens[i - 1]!.word)) {
      words.unshift(tokens[--i]!.word + t.word)
      continue
    }
    // 零下5摄氏度至: a unit the number reader leaves in the text is no noun of measure.
    const noun = (NOUN_TAGS.has(t.tag) || MEASURE_WORDS.has(t.word) || isAcronym(t) || (words.length === 0 && MEASURE_END.test(t.word))) && !QUOTES.test(t.word) && !NOT_SUBJECTS.has(t.word) && !UNREAD.has(t.word) && !LINKS.has(t.word)
    // An adjective may open the phrase (贫困发生率), never end it.
    if (!noun && !(MODIFIER_TAGS.has(t.tag) && words.length > 0)) break
    words.unshift(t.word)
  }
  return { words, index: i + 1 }
}

const ACRONYM_TAGS: ReadonlySet<string> = new Set(ACRONYM_NOUNS.tags)
const ACRONYM = new RegExp(ACRONYM_NOUNS.pattern, 'u')

/** A Latin acronym of a measure (CPI/eng), a noun before its figure. */
function isAcronym(t: Tagged): boolean {
  return ACRONYM_TAGS.has(t.tag) && ACRONYM.test(t.word)
}

/**
 * The noun phrase's head. jieba glues some compounds into one word
 * (小组会议); when the phrase ends in such a word of four or more
 * characters, what is counted is that word's own head (会议).
 */
function headOf(words: readonly string[], segmenter: Segmenter): string {
  const last = words[words.length - 1]!
  if (words.length > 1 && [...last].length >= 4) {
    const head = longestFirst(segmenter.parts(last).filter((p) => p !== last && p.length >= 2 && last.endsWith(p)))[0]
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
