/**
 * What a figure takes from the figures before it: the latest figures of its
 * sentence (an elided subject, 474个“书记项目”已完成280个; a change with no
 * words of its own, 325.6亿元，同比增长6.2%) and the enumeration it belongs
 * to (分别 lists, 18687元、5634元，增长7.8%、9.2%).
 */
import type { FigureKind, Period } from '../schema.js'
import type { Draft } from './figures.js'
import type { PeriodMatch } from './periods.js'
import { enumeratedSubjects, qualifierIn, sharesBasis, stripBasis } from './semantics.js'
import { cleanSubject } from './words.js'

/** The latest figures of a sentence that later ones take words from. */
export interface SentenceMemo {
  readonly sentenceIndex: number
  /** The latest threshold (千平方米以上). */
  threshold: Draft | null
  /** The latest figure that is not a change, and the latest with a subject (thresholds aside). */
  unchanged: Draft | null
  named: Draft | null
  /** The latest figure with a subject, by kind and unit (`count` for any count). */
  readonly byMeasure: Map<string, Draft>
  /** The latest change with a time basis (同比, 环比) that later changes of the sentence may share. */
  timeBased: Draft | null
}

export function sentenceMemo(sentenceIndex: number): SentenceMemo {
  return { sentenceIndex, threshold: null, unchanged: null, named: null, byMeasure: new Map(), timeBased: null }
}

/** Keep a figure in its sentence's memo. */
export function remember(memo: SentenceMemo, f: Draft): void {
  if (f.change !== null && (f.basis === 'year-on-year' || f.basis === 'period-on-period') && sharesBasis(f.clauseLead, false)) memo.timeBased = f
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
export function sameMeasure(prev: Draft, kind: FigureKind, unit: string | null): boolean {
  return prev.kind === kind && (prev.unit === unit || prev.unit === null || unit === null)
}

/**
 * The enumerations of a paragraph: values of a 分别 list take the items
 * before 分别 in order (城镇和农村常住居民人均可支配收入分别达到18687元、5634元);
 * a list of changes after a list of values takes their subjects one by one
 * (…，增长7.8%、9.2%) and is their change.
 */
export function enumerate(figures: Draft[], periods: readonly PeriodMatch[] = []): void {
  const lists = new Map<Draft, Draft[]>()
  for (const f of figures) {
    const list = lists.get(f.listHead)
    if (list) list.push(f)
    else lists.set(f.listHead, [f])
  }
  const ordered = [...lists.values()]
  ordered.forEach((list, n) => {
    if (list.length < 2) return
    // 第一季度、第二季度、第三季度进出口规模分别为7.01万亿、7.66万亿和8.24万亿元: one period per value.
    const byPeriod = listedPeriods(list, periods)
    if (byPeriod) {
      list.forEach((f, i) => {
        f.period = byPeriod.periods[i]!
        f.subject = byPeriod.subject ?? f.subject
      })
      return
    }
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
      // 价格上涨8.2%—20.5%: the items of a list without words of their own measure what the first does;
      // 1000元到3000元的奖励: or, when the first names nothing, what the last does.
      const named = list[0]!.subject !== null ? list[0]! : list.at(-1)!
      for (const f of list) if (f.subject === null) [f.subject, f.qualifier] = [named.subject, f.qualifier ?? named.qualifier]
    }
  })
}

/**
 * The periods an enumeration lists before its values, one per value (第一季度、第二季度、第三季度…分别为),
 * and the subject named after them; null unless the clause lists exactly as many periods, joined
 * by 、和及与 alone.
 */
function listedPeriods(list: readonly Draft[], periods: readonly PeriodMatch[]): { periods: Period[]; subject: string | null } | null {
  const head = list[0]!
  const text = head.paragraph.text
  const clauseStart = head.start - head.clauseLead.length
  const inside = periods.filter((p) => p.start >= clauseStart && p.end <= head.start)
  if (inside.length !== list.length) return null
  for (let i = 1; i < inside.length; i++) if (!/^[、和及与]$/u.test(text.slice(inside[i - 1]!.end, inside[i]!.start))) return null
  const rest = text.slice(inside.at(-1)!.end, head.start)
  const named = rest.slice(0, Math.max(0, rest.lastIndexOf('分别')) || rest.length)
  return { periods: inside.map((p) => p.period), subject: cleanSubject(stripBasis(named.replace(/[的，,]+$/u, ''))) }
}
