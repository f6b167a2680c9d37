/**
 * The words around a figure: what it counts or measures (the noun after the
 * classifier, 474个“书记项目”; what an area holds, 800亩玉米; the noun before
 * the number and its verb, 打造特色品牌社区85个) and the verb that governs it.
 * Read with the segmenter's parts of speech; the tag sets are data in
 * `rules/figures.ts`.
 */
import { ENUMERATION_END, FUNCTION_SUBJECTS, MEASURE_WORDS, MODIFIER_TAGS, NOT_PREDICATES, NOT_SUBJECTS, NOUN_TAGS, PREDICATE_ADVERBS, VERB_CHAIN_TAGS, VERB_TAGS } from '../rules/figures.js'
import type { Quantity } from '../numbers/quantity.js'
import type { FigureKind } from '../schema.js'
import type { Segmenter, Tagged } from '../segment.js'
import type { Sentence } from './clauses.js'
import { stripBasis, withoutBasis, withoutChange } from './semantics.js'
import { longestFirst } from '../util/regex.js'

/** What the words around a figure say. */
export interface Described {
  readonly subject: string | null
  readonly predicate: string | null
  /** No noun stands before the figure in its clause. */
  readonly bare: boolean
  /** The subject is the noun after the classifier (or what an area holds). */
  readonly counted: boolean
}

/** A subject without basis words, and never a function word or one character. */
export function cleanSubject(subject: string): string | null {
  const cleaned = withoutChange(stripBasis(subject)).replace(/^[的]+|[的]+$/gu, '')
  if ([...cleaned].length < 2 || FUNCTION_SUBJECTS.has(cleaned)) return null
  return cleaned
}

const QUOTES = /^[“”‘’"'《》「」『』\s]+$/u

/** The noun after the classifier, the noun before the number, and the verb. */
export function describe(
  text: string,
  q: Quantity,
  clause: Sentence,
  kind: FigureKind,
  segmenter: Segmenter,
): Described {
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
