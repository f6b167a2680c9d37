/**
 * What the words right after a figure name: the person after an age (90岁的郭兰英) and the purpose
 * after an amount of money (10元服务费). The forms are data in `rules/subjects.ts`.
 */
import { NOT_PREDICATES } from '../rules/figures.js'
import { endsWithChange } from './semantics.js'
import { COUNTED_NOUN_FORMS, MONEY_PURPOSE_ENDS, PEOPLE_ACTION_FORMS } from '../rules/subjects.js'
import type { Tagged } from '../segment.js'
import { alternation } from '../util/regex.js'

const PERSON_TAGS: ReadonlySet<string> = new Set(COUNTED_NOUN_FORMS.persons.tags)
const PERSON_WORDS: ReadonlySet<string> = new Set(COUNTED_NOUN_FORMS.personWords.words)
const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrt', 'nrfg', 'x'])
const PERSON_OPENINGS: ReadonlySet<string> = new Set(COUNTED_NOUN_FORMS.personWords.openings)
const PURPOSE = new RegExp(`(?:${alternation(MONEY_PURPOSE_ENDS.map(([w]) => w))})$`, 'u')
const QUOTES = /^[“”‘’"'《》「」『』\s]+$/u

/** The person after an age, perhaps after 的: 90岁的郭兰英, 13岁女孩吴伊吞. */
export function personAfter(tokens: readonly Tagged[]): string | null {
  const from = tokens[0]?.word === '的' ? 1 : 0
  const words: string[] = []
  const taken = tokens.slice(from, from + 4)
  for (const [k, t] of taken.entries()) {
    const person = (PERSON_TAGS.has(t.tag) || PERSON_WORDS.has(t.word)) && /^[\u4e00-\u9fff]+$/u.test(t.word)
    // 苗族/nz 少年, 老/a 铁道兵: a word that opens the person, only before one.
    const next = taken[k + 1]
    const opens = words.length === 0 && PERSON_OPENINGS.has(t.tag) && next !== undefined && (PERSON_TAGS.has(next.tag) || PERSON_WORDS.has(next.word))
    if (!person && !opens) break
    // 少年/m 因车祸/n: after a word of persons jieba mistags, only a name goes on (14岁少年罗逸涵).
    if (words.some((w) => PERSON_WORDS.has(w)) && !NAME_TAGS.has(t.tag)) break
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

const PEOPLE_CLASSIFIERS = new RegExp(`(?:${alternation(PEOPLE_ACTION_FORMS.classifiers)})$`, 'u')
const ACTION_ADVERBS: ReadonlySet<string> = new Set(PEOPLE_ACTION_FORMS.adverbs.tags)
const ACTION_VERBS: ReadonlySet<string> = new Set(PEOPLE_ACTION_FORMS.verbs.tags)
const WHOLE_VERBS: ReadonlySet<string> = new Set(PEOPLE_ACTION_FORMS.wholes)
const CLAUSE_MARK = /^[，,；;。！？、：:（(“”]$/u

/** Whether a classifier counts people (18人, 1014名, 近万人次). */
export function countsPeople(classifier: string | null): boolean {
  return classifier !== null && PEOPLE_CLASSIFIERS.test(classifier)
}

/**
 * What a count of people did, named right after it (18人受伤 → 受伤; 超过12.8万人被迫逃离家园 →
 * 逃离家园; 13.5万人仍然滞留在前线地区 → 滞留在前线地区), or null: the verb after at most one adverb,
 * with the words after it to the end of the clause when they are few.
 */
export function actionOfPeople(tokens: readonly Tagged[]): string | null {
  let i = 0
  while (i < PEOPLE_ACTION_FORMS.adverbs.most && ACTION_ADVERBS.has(tokens[i]?.tag ?? '')) i++
  const verb = tokens[i]
  if (!verb || !ACTION_VERBS.has(verb.tag) || NOT_PREDICATES.has(verb.word) || !/^[\u4e00-\u9fff]{2,}$/u.test(verb.word)) return null
  // 10.81万人降到目前的1.28万人: a verb of change moves the count; it is no action of the people.
  if (WHOLE_VERBS.has(verb.word) || endsWithChange(verb.word.replace(/[到至]$/u, '')) || /^[到至]$/u.test(tokens[i + 1]?.word ?? '')) return null
  let phrase = ''
  for (const t of tokens.slice(i)) {
    if (CLAUSE_MARK.test(t.word)) break
    // 1700余人出行难的问题: a relative clause names a noun after it, not what the people did.
    if (t.word === '的') return null
    phrase += t.word
  }
  return [...phrase].length <= PEOPLE_ACTION_FORMS.longest && /^[\u4e00-\u9fff]+$/u.test(phrase) ? phrase : verb.word
}
