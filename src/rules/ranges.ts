/**
 * Comparative words that bound a number: 大于二十 (20,), 不超过100 (,100],
 * 1000以上 (1000,), 位于20和30之间 [20,30). As data: the word, where it stands,
 * and which bound it sets.
 */

/** Which side a comparative bounds, and whether the number itself is in. */
export interface Bound {
  readonly side: 'low' | 'high' | 'both'
  readonly inclusive: boolean
}

/** Words before the number. Spaces between their characters are allowed (小于 或 等于). */
export const BOUND_BEFORE: Readonly<Record<string, Bound>> = {
  大于: { side: 'low', inclusive: false },
  多于: { side: 'low', inclusive: false },
  高于: { side: 'low', inclusive: false },
  超过: { side: 'low', inclusive: false },
  超过了: { side: 'low', inclusive: false },
  超出: { side: 'low', inclusive: false },
  过: { side: 'low', inclusive: false },
  '>': { side: 'low', inclusive: false },
  大于等于: { side: 'low', inclusive: true },
  大于或等于: { side: 'low', inclusive: true },
  大于或者等于: { side: 'low', inclusive: true },
  不小于: { side: 'low', inclusive: true },
  不少于: { side: 'low', inclusive: true },
  不低于: { side: 'low', inclusive: true },
  至少: { side: 'low', inclusive: true },
  至少是: { side: 'low', inclusive: true },
  至少有: { side: 'low', inclusive: true },
  至少为: { side: 'low', inclusive: true },
  最少: { side: 'low', inclusive: true },
  '≥': { side: 'low', inclusive: true },
  '>=': { side: 'low', inclusive: true },
  小于: { side: 'high', inclusive: false },
  少于: { side: 'high', inclusive: false },
  低于: { side: 'high', inclusive: false },
  '<': { side: 'high', inclusive: false },
  小于等于: { side: 'high', inclusive: true },
  小于或等于: { side: 'high', inclusive: true },
  小于或者等于: { side: 'high', inclusive: true },
  不大于: { side: 'high', inclusive: true },
  不多于: { side: 'high', inclusive: true },
  不超过: { side: 'high', inclusive: true },
  不高于: { side: 'high', inclusive: true },
  最多: { side: 'high', inclusive: true },
  最多为: { side: 'high', inclusive: true },
  最多是: { side: 'high', inclusive: true },
  最多有: { side: 'high', inclusive: true },
  至多: { side: 'high', inclusive: true },
  '≤': { side: 'high', inclusive: true },
  '<=': { side: 'high', inclusive: true },
  '< =': { side: 'high', inclusive: true },
  等于: { side: 'both', inclusive: true },
}

/** Words after the number (a classifier may stand between: 20万次以上). */
export const BOUND_AFTER: Readonly<Record<string, Bound>> = {
  以上: { side: 'low', inclusive: false },
  之上: { side: 'low', inclusive: false },
  或以上: { side: 'low', inclusive: true },
  或者以上: { side: 'low', inclusive: true },
  或更多: { side: 'low', inclusive: true },
  或者更多: { side: 'low', inclusive: true },
  以下: { side: 'high', inclusive: false },
  之下: { side: 'high', inclusive: false },
  或以下: { side: 'high', inclusive: true },
  或者以下: { side: 'high', inclusive: true },
}

/** 比三十大, 比170低: the word after the number in a 比 comparison. */
export const COMPARE_AFTER: Readonly<Record<string, Bound>> = {
  大: { side: 'low', inclusive: false },
  多: { side: 'low', inclusive: false },
  高: { side: 'low', inclusive: false },
  小: { side: 'high', inclusive: false },
  少: { side: 'high', inclusive: false },
  低: { side: 'high', inclusive: false },
}

/** What may stand between two bounds that make one interval: 大于20的同时小于35. */
export const BOUND_JOINER = /^(?:的同时|同时|并且|而且|并|且|[，,]|\s)*$/u

/** Both ends written out, the upper end excluded: 20~100, 一到五, 20和30之间. */
export const BETWEEN_JOINERS = ['到', '至', '~', '～', '〜', '–', '-', '—'] as const
