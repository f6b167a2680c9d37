/**
 * What a figure takes from the figures before it: the latest figures of its
 * sentence (an elided subject, 474个“书记项目”已完成280个; a change with no
 * words of its own, 325.6亿元，同比增长6.2%) and the enumeration it belongs
 * to (分别 lists, 18687元、5634元，增长7.8%、9.2%).
 */
import type { FigureKind } from '../schema.js'
import type { Draft } from './figures.js'
import { enumeratedSubjects, qualifierIn } from './semantics.js'
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
}

export function sentenceMemo(sentenceIndex: number): SentenceMemo {
  return { sentenceIndex, threshold: null, unchanged: null, named: null, byMeasure: new Map() }
}

/** Keep a figure in its sentence's memo. */
export function remember(memo: SentenceMemo, f: Draft): void {
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
export function enumerate(figures: Draft[]): void {
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
