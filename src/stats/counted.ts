/**
 * What a figure counts when the noun follows it: the counted noun phrase after a classifier or a
 * bare magnitude (474个“书记项目”, 50名垂钓爱好者, 8亿多网民), read from the segmenter's tags, with
 * the forms of `rules/subjects.ts`.
 */
import { NOT_PREDICATES } from '../rules/figures.js'
import { COUNTED_NOUN_FORMS } from '../rules/subjects.js'
import type { Tagged } from '../segment.js'
import { indicatorIn } from './semantics.js'

const COUNTED_NOUNS: ReadonlySet<string> = new Set(COUNTED_NOUN_FORMS.nouns.tags)
const COUNTED_MODIFIERS: ReadonlySet<string> = new Set(COUNTED_NOUN_FORMS.modifiers.tags)
const MISTAGGED: ReadonlySet<string> = new Set(COUNTED_NOUN_FORMS.mistagged.tags)
/** Aspect particles: the word before them is a verb (创作了, 进行着, 去过). */
const ASPECT = /^[了着过]$/u
/** What may follow the last word of a list item: a separator, a clause mark or the end. */
const ITEM_END = /^(?:[、，,；;。！？]|和|及|与|以及)$/u
const VERB_HEADS: ReadonlySet<string> = new Set(['v', 'vn'])
/** The openings such an item may have: a place or a quality (国内, 境外, 特别), never a verb (没有得到安置). */
const ITEM_OPENINGS: ReadonlySet<string> = new Set(['s', 'ns', 'a', 'b'])
const QUOTES = /^[“”‘’"'《》「」『』\s]+$/u

/** How a counted noun phrase may be built: how many opening words, and whether one noun ends it. */
export interface NounShape {
  readonly openings: number
  readonly oneNoun: boolean
  /** Whether a relative clause may stand before the noun (1.7亿多受过高等教育…的人才); never after a classifier (1700余人出行难的问题). */
  readonly relative: boolean
}

/**
 * The counted noun phrase at the start of the tokens: up to two opening words (50名垂钓/v爱好者,
 * 5万多当地/s百姓) and the nouns; after an opening verb with 的 (1.7亿多受过高等教育…的人才), the
 * noun after 的. A copula (2.9万家是高新技术企业) opens nothing; the nouns stop before an economic
 * indicator (沿江11省市地区生产总值 → 省市).
 */
export function countedNoun(tokens: readonly Tagged[], shape: NounShape = { openings: 2, oneNoun: false, relative: false }): string | null {
  let i = 0
  // 8亿多网民: an approximation word the number reader left after a bare magnitude.
  if (/^[多余]$/u.test(tokens[0]?.word ?? '')) i++
  while (i < tokens.length && QUOTES.test(tokens[i]!.word)) i++
  if (shape.relative && tokens[i]?.tag === 'v' && !NOT_PREDICATES.has(tokens[i]!.word)) {
    const of = tokens.findIndex((t, k) => k > i && t.word === '的')
    const stop = tokens.findIndex((t, k) => k > i && /^[，,；;。、]$/u.test(t.word))
    if (of !== -1 && (stop === -1 || of < stop)) return countedNoun(tokens.slice(of + 1), shape)
  }
  const quoted = quotedNoun(tokens, i)
  if (quoted !== null) return quoted
  const words: string[] = []
  let noun = false
  for (let opening = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (QUOTES.test(t.word) || NOT_PREDICATES.has(t.word)) break
    // 7亿多中国/ns人: a place before a noun opens the phrase.
    const opens = COUNTED_MODIFIERS.has(t.tag) && !noun && opening < shape.openings && (t.tag !== 'ns' || COUNTED_NOUNS.has(tokens[i + 1]?.tag ?? ''))
    if (!noun && words.length > 0 && ITEM_OPENINGS.has(tokens[i - 1]!.tag) && VERB_HEADS.has(t.tag) && !NOT_PREDICATES.has(t.word) && ITEM_END.test(tokens[i + 1]?.word ?? '。')) {
      // 20个国内/s展览/v、7个境外展览: a verb that closes a list item after its opening word names the item.
      words.push(t.word)
      noun = true
      break
    }
    if (opens && (t.tag !== 'ns' || shape.oneNoun)) {
      words.push(t.word)
      opening++
    } else if (COUNTED_NOUNS.has(t.tag) || mistaggedNoun(t, tokens[i + 1], shape.oneNoun || noun)) {
      // A set phrase (l) ends a noun phrase rather than continuing it: 两家开发商|互相推诿.
      if ((t.tag === 'l' && noun) || (noun && indicatorIn(t.word) !== null)) break
      // 音乐人|创作/vn了: a verbal noun before an aspect particle is the verb of the clause.
      if (noun && t.tag === 'vn' && ASPECT.test(tokens[i + 1]?.word ?? '')) break
      words.push(t.word)
      noun = true
      if (shape.oneNoun) break
    } else break
  }
  return noun ? words.join('') : null
}

/**
 * 零部件/mq, 养老/nr机构, 复岗/x工人: words jieba mis-tags, which after a classifier are nouns. An
 * unknown word (x) opens a noun (复岗工人), or is one when a clause mark, a verb or a number follows
 * (翻过两道冰梁/x，; 千余株巨柏/x参天而立; 16个市州/x24个县): before anything else it is often a
 * clause jieba could not cut.
 */
function mistaggedNoun(t: Tagged, next: Tagged | undefined, opensOnly = false): boolean {
  // 高度赞扬/nr: a longer mis-tagged word is rather a verb phrase.
  if (!MISTAGGED.has(t.tag) || !/^[\u4e00-\u9fff]{1,3}$/u.test(t.word) || /^[一二三四五六七八九十百千万亿两几]/u.test(t.word)) return false
  if (t.tag !== 'x' || (next !== undefined && COUNTED_NOUNS.has(next.tag))) return true
  // After a bare magnitude (5.8万标箱/x) an unknown word is rather a unit the reader does not know;
  // after a noun, a verb jieba could not cut (差距呈缩/x).
  if (opensOnly) return false
  return next === undefined || /^(?:[，,；;。！？、：:]|\d+)$/u.test(next.word) || (next.tag === 'v' && [...t.word].length > 1)
}

/** 474个“书记项目”, 200余项“模拟提案”: a short quoted name right after the classifier is what is counted. */
function quotedNoun(tokens: readonly Tagged[], from: number): string | null {
  if (from === 0 || tokens[from - 1]!.word !== '“') return null
  let name = ''
  for (let k = from; k < tokens.length && tokens[k]!.word !== '”'; k++) {
    name += tokens[k]!.word
    if (name.length > QUOTED_NAME_MAX || !/^[\u4e00-\u9fff]+$/u.test(name)) return null
  }
  return name.length >= 2 ? name : null
}

/** A quoted name counted after a classifier is short: a longer quotation is a saying, not a name. */
const QUOTED_NAME_MAX = 8
