/**
 * What a span of time measures when no noun says so: the activity that lasts
 * it (从教60余年 → 从教; 十几年的开发治理 → 开发治理; 历经30多年修复 → 修复).
 * The forms are data in `rules/subjects.ts`.
 */
import { NOT_PREDICATES } from '../rules/figures.js'
import { ACTIVITY_FORMS, DURATION_FILLERS, MODAL_VERBS, SPENDING_VERBS } from '../rules/subjects.js'
import type { Tagged } from '../segment.js'

const FILLERS: ReadonlySet<string> = new Set(DURATION_FILLERS.map(([w]) => w))
const SPENDING: ReadonlySet<string> = new Set(SPENDING_VERBS.map(([w]) => w))
const MODALS: ReadonlySet<string> = new Set(MODAL_VERBS.map(([w]) => w))
const VERBS: ReadonlySet<string> = new Set(ACTIVITY_FORMS.verbs.tags)
const THINGS: ReadonlySet<string> = new Set(ACTIVITY_FORMS.things.tags)
const JOINERS: ReadonlySet<string> = new Set(ACTIVITY_FORMS.things.joiners)
const TIMES: ReadonlySet<string> = new Set(ACTIVITY_FORMS.things.times)
const QUOTE = /^[“”‘’"'「」『』]+$/u
/** An activity is a few words at most: beyond, it is a clause, not a name. */
const MAX_WORDS = 4

/**
 * The activity a span of time lasts: the action or thing after 的 (两年多的建设与运营, 持续8天的大雾);
 * after a verb of spending time, the verb after it (历经30多年修复); else the verb right before it
 * (从教60余年), else the noun already found before it, if any.
 *
 * @param before the words of the clause before the span
 * @param rest the text of the clause after the span
 * @param after the words of `rest`, tagged on demand
 * @param noun the noun before the span, found by the caller (扎根基层19年 → 基层), or null
 */
export function activityOf(before: readonly Tagged[], rest: string, after: () => readonly Tagged[], noun: string | null): string | null {
  let i = before.length - 1
  while (i >= 0 && (FILLERS.has(before[i]!.word) || QUOTE.test(before[i]!.word))) i--
  const verb = before[i]
  // jieba tags some of those words as nouns (历时/n, 整整/vn): they are never the noun before.
  if (noun !== null && (FILLERS.has(noun) || SPENDING.has(noun))) noun = null
  // The words after are tagged only when they may name the activity: most spans need them not.
  const thing = OF_AFTER.test(rest) ? thingAfter(after()) : null
  if (thing !== null) return thing
  if (verb && SPENDING.has(verb.word)) return noun ?? (isVerb(after()[0]) ? after()[0]!.word : null)
  return (isVerb(verb) ? verb!.word : noun) ?? (rest === '' ? null : actionAfter(after()))
}

/**
 * The action a span of time is spent on, named right after it (3天画出400多张口罩机图纸 → 画出;
 * 7天就制作出第一台设备 → 制作; 四天四夜连轴转 → 连轴转), past adverbs, modals and numerals (就, 即可, 只能, 没敢, 四夜),
 * within the clause; null when a noun or anything else comes first.
 */
function actionAfter(tokens: readonly Tagged[]): string | null {
  for (const [k, t] of tokens.slice(0, ACTION_REACH).entries()) {
    // 一年只能种一季稻子: a modal says what may be done in the span; the action comes after it.
    if (SKIPPED.has(t.tag) || /^[多余]$/u.test(t.word) || MODALS.has(t.word)) continue
    // An unknown word is an action only before what it acts on (画出/x 400多张): else it is often the
    // span's own ending glued to the next word (6年多前/x, 一年多来/x).
    const unknown = t.tag === 'x' && !/^[多余来前后内间]/u.test(t.word) && /^[mn]/u.test(tokens[k + 1]?.tag ?? '')
    const action = (VERBS.has(t.tag) || SET_PHRASES.has(t.tag) || unknown) && !NOT_PREDICATES.has(t.word) && /^[\u4e00-\u9fff]{2,}$/u.test(t.word)
    return action ? t.word : null
  }
  return null
}

/** How many words after a span its action may stand. */
const ACTION_REACH = 4
/** Adverbs, conjunctions and numerals between a span and its action (就, 即可, 没, 四夜). */
const SKIPPED: ReadonlySet<string> = new Set(['d', 'c', 'm', 'ul'])
/** Set phrases and idioms that name an action (连轴转/l, 朝夕相处/i). */
const SET_PHRASES: ReadonlySet<string> = new Set(['l', 'i'])

/** The text after a span that may hold the thing it lasts: 的, perhaps after 多 (两年多的建设与运营). */
const OF_AFTER = /^[多余]?的/u

function isVerb(t: Tagged | undefined): boolean {
  return t !== undefined && VERBS.has(t.tag) && !NOT_PREDICATES.has(t.word)
}

/** The action or thing after 的 that a span lasts (两年多的建设与运营 → 建设与运营), or null. */
function thingAfter(tokens: readonly Tagged[]): string | null {
  // 两年多的: an approximation word the number reader left after the span.
  const after = /^[多余]$/u.test(tokens[0]?.word ?? '') ? tokens.slice(1) : tokens
  if (after[0]?.word !== '的') return null
  const words: string[] = []
  const from = QUOTE.test(after[1]?.word ?? '') ? 2 : 1
  let named = false
  for (const t of after.slice(from, from + MAX_WORDS)) {
    // 近两个月的共享员工赵伟|回到: a verb after a noun is the clause's own verb.
    if (named && t.tag === 'v') break
    named ||= !/^v/u.test(t.tag)
    if (THINGS.has(t.tag) && /^[\u4e00-\u9fff]+$/u.test(t.word) && !TIMES.has(t.word)) words.push(t.word)
    else if (JOINERS.has(t.word) && words.length > 0) words.push(t.word)
    else break
  }
  while (words.length > 0 && JOINERS.has(words[words.length - 1]!)) words.pop()
  return words.length > 0 ? words.join('') : null
}
