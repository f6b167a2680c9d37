/**
 * What the words right after a figure name: the person after an age (90岁的郭兰英) and the purpose
 * after an amount of money (10元服务费). The forms are data in `rules/subjects.ts`.
 */
import { COUNTED_NOUN_FORMS, MONEY_PURPOSE_ENDS } from '../rules/subjects.js'
import type { Tagged } from '../segment.js'
import { alternation } from '../util/regex.js'

const PERSON_TAGS: ReadonlySet<string> = new Set(COUNTED_NOUN_FORMS.persons.tags)
const PURPOSE = new RegExp(`(?:${alternation(MONEY_PURPOSE_ENDS.map(([w]) => w))})$`, 'u')
const QUOTES = /^[“”‘’"'《》「」『』\s]+$/u

/** The person after an age, perhaps after 的: 90岁的郭兰英, 13岁女孩吴伊吞. */
export function personAfter(tokens: readonly Tagged[]): string | null {
  const from = tokens[0]?.word === '的' ? 1 : 0
  const words: string[] = []
  for (const t of tokens.slice(from, from + 4)) {
    if (!PERSON_TAGS.has(t.tag) || !/^[\u4e00-\u9fff]+$/u.test(t.word)) break
    words.push(t.word)
  }
  return words.length > 0 ? words.join('') : null
}

/**
 * The purpose of an amount of money named right after it (10元服务费, 120元的补助,
 * 千亿元中央财政奖补资金), or null: the shortest run of up to four words that ends in a word of
 * purpose (`MONEY_PURPOSE_ENDS`), whatever jieba tags them.
 */
export function purposeAfter(tokens: readonly Tagged[]): string | null {
  const from = tokens[0]?.word === '的' ? 1 : 0
  let phrase = ''
  for (const t of tokens.slice(from, from + 4)) {
    if (!/^[\u4e00-\u9fff]+$/u.test(t.word) || t.word === '的' || QUOTES.test(t.word)) break
    phrase += t.word
    if (PURPOSE.test(phrase)) return phrase
  }
  return null
}
