/**
 * Words that bound or approximate a number, as data: 大于二十 (20,),
 * 不超过100 (,100], 1000以上 (1000,), 位于20和30之间 [20,30), 约3万,
 * 近200件, 3天左右. Each word is written once, where it stands, with how a
 * figure reads it (`approx`) and how an interval reads it (`bound`); a word
 * without one of them is not read that way.
 */
import type { Approx } from '../schema.js'

/** Which side a comparative bounds, and whether the number itself is in. */
export interface Bound {
  readonly side: 'low' | 'high' | 'both'
  readonly inclusive: boolean
}

/** How a word beside a number reads it. */
export interface Comparative {
  /** As a figure's approximation: 近200件 is nearly 200. */
  readonly approx?: Approx
  /** As an interval's bound: 大于二十 is above 20, 20 not in. */
  readonly bound?: Bound
}

const ABOVE: Bound = { side: 'low', inclusive: false }
const AT_LEAST: Bound = { side: 'low', inclusive: true }
const BELOW: Bound = { side: 'high', inclusive: false }
const AT_MOST: Bound = { side: 'high', inclusive: true }
const EQUAL: Bound = { side: 'both', inclusive: true }

/**
 * Words before the number: 约3万, 大于二十. An interval's bound may be
 * written with spaces between its characters (小于 或 等于).
 */
export const BEFORE_NUMBER: Readonly<Record<string, Comparative>> = {
  约: { approx: 'about' },
  大约: { approx: 'about' },
  大概: { approx: 'about' },
  约为: { approx: 'about' },
  约有: { approx: 'about' },
  估计: { approx: 'about' },
  差不多: { approx: 'about' },
  近: { approx: 'nearly' },
  将近: { approx: 'nearly' },
  接近: { approx: 'nearly' },
  近乎: { approx: 'nearly' },
  不到: { approx: 'nearly' },
  不足: { approx: 'nearly' },
  大于: { approx: 'over', bound: ABOVE },
  多于: { approx: 'over', bound: ABOVE },
  高于: { approx: 'over', bound: ABOVE },
  超过: { approx: 'over', bound: ABOVE },
  超过了: { bound: ABOVE },
  超出: { approx: 'over', bound: ABOVE },
  超: { approx: 'over' },
  逾: { approx: 'over' },
  过: { bound: ABOVE },
  '>': { bound: ABOVE },
  大于等于: { bound: AT_LEAST },
  大于或等于: { bound: AT_LEAST },
  大于或者等于: { bound: AT_LEAST },
  不小于: { bound: AT_LEAST },
  不少于: { approx: 'at-least', bound: AT_LEAST },
  不低于: { approx: 'at-least', bound: AT_LEAST },
  至少: { approx: 'at-least', bound: AT_LEAST },
  至少是: { bound: AT_LEAST },
  至少有: { bound: AT_LEAST },
  至少为: { bound: AT_LEAST },
  最少: { approx: 'at-least', bound: AT_LEAST },
  起码: { approx: 'at-least' },
  '≥': { bound: AT_LEAST },
  '>=': { bound: AT_LEAST },
  小于: { bound: BELOW },
  少于: { bound: BELOW },
  低于: { bound: BELOW },
  '<': { bound: BELOW },
  小于等于: { bound: AT_MOST },
  小于或等于: { bound: AT_MOST },
  小于或者等于: { bound: AT_MOST },
  不大于: { bound: AT_MOST },
  不多于: { approx: 'at-most', bound: AT_MOST },
  不超过: { approx: 'at-most', bound: AT_MOST },
  不高于: { approx: 'at-most', bound: AT_MOST },
  最多: { approx: 'at-most', bound: AT_MOST },
  最多为: { bound: AT_MOST },
  最多是: { bound: AT_MOST },
  最多有: { bound: AT_MOST },
  至多: { approx: 'at-most', bound: AT_MOST },
  最高: { approx: 'at-most' },
  '≤': { bound: AT_MOST },
  '<=': { bound: AT_MOST },
  '< =': { bound: AT_MOST },
  等于: { bound: EQUAL },
}

/**
 * Words after the number, or after its unit: 千平方米以上, 3天左右. Before an
 * interval's bound a classifier may stand (20万次以上).
 */
export const AFTER_NUMBER: Readonly<Record<string, Comparative>> = {
  以上: { approx: 'over', bound: ABOVE },
  之上: { approx: 'over', bound: ABOVE },
  开外: { approx: 'over' },
  或以上: { bound: AT_LEAST },
  或者以上: { bound: AT_LEAST },
  或更多: { bound: AT_LEAST },
  或者更多: { bound: AT_LEAST },
  以下: { approx: 'at-most', bound: BELOW },
  之下: { approx: 'at-most', bound: BELOW },
  以内: { approx: 'at-most' },
  之内: { approx: 'at-most' },
  或以下: { bound: AT_MOST },
  或者以下: { bound: AT_MOST },
  左右: { approx: 'about' },
  上下: { approx: 'about' },
  前后: { approx: 'about' },
}

/**
 * Words before a number that is a bare magnitude (上万名教师, 上千艘货船, 上百万头牛羊):
 * 上 reads "upwards of" only there (上 before other numbers is 上一年, 上三楼).
 */
export const BEFORE_MAGNITUDE: Readonly<Record<string, Approx>> = { 上: 'over' }

/** Approximation words written right after a number, before its unit: 600余个, 150多人, 十几个, 十来天. */
export const APPROX_INSIDE: Readonly<Record<string, Approx>> = { 余: 'over', 多: 'over', 几: 'over', 来: 'about' }

/** The words of a table read one way, and what each says read that way. */
function readings<K extends keyof Comparative>(table: Readonly<Record<string, Comparative>>, way: K): Readonly<Record<string, NonNullable<Comparative[K]>>> {
  const out: Record<string, NonNullable<Comparative[K]>> = {}
  for (const [word, reading] of Object.entries(table)) {
    const value = reading[way]
    if (value !== undefined) out[word] = value
  }
  return out
}

/** Before the number, as a figure's approximation (约, 近, 超过 …). */
export const APPROX_BEFORE = readings(BEFORE_NUMBER, 'approx')
/** After the number or its unit, as a figure's approximation (以上, 左右 …). */
export const APPROX_AFTER = readings(AFTER_NUMBER, 'approx')
/** Before the number, as an interval's bound (大于, 不超过 …). */
export const BOUND_BEFORE = readings(BEFORE_NUMBER, 'bound')
/** After the number, as an interval's bound (以上, 或以下 …). */
export const BOUND_AFTER = readings(AFTER_NUMBER, 'bound')

/** 比三十大, 比170低: the word after the number in a 比 comparison. */
export const COMPARE_AFTER: Readonly<Record<string, Bound>> = {
  大: ABOVE,
  多: ABOVE,
  高: ABOVE,
  小: BELOW,
  少: BELOW,
  低: BELOW,
}

/** What may stand between two bounds that make one interval: 大于20的同时小于35. */
export const BOUND_JOINER = /^(?:的同时|同时|并且|而且|并|且|[，,]|\s)*$/u

/**
 * Words joining the two ends of a range or an interval: 3至5, 3-5, 200到300,
 * 20~100 (a figure reads the middle, an interval [low, high)).
 */
export const RANGE_JOINERS = ['至', '到', '-', '~', '—', '～', '〜', '–'] as const
