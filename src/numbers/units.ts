/**
 * What follows a numeral and says what it measures: a unit (万元, 平方米,
 * 千瓦时), a percent or per-mille sign, 个百分点, a classifier (个, 户, 人次),
 * or a share of ten (三成, 九折).
 */
import { CLASSIFIERS, UNITS, type UnitRule } from '../rules/units.js'
import { DIGITS } from '../rules/numerals.js'
import type { FigureKind } from '../schema.js'
import { longestFirst } from '../util/regex.js'

/** A unit found after a numeral: its length in the text, the normalised unit, its kind, and the factor to that unit. */
export interface FoundUnit {
  length: number
  unit: string
  kind: FigureKind
  factor: number
  /** The numeral's last character belongs to the unit (12千米): divide the value by this. */
  shorten?: number
}

const units = longestFirst(UNITS, (u) => u.text).map((u) => ({ ...u, lower: u.text.toLowerCase() }))
const classifiers = longestFirst(Object.keys(CLASSIFIERS))

/**
 * Items by the first character of their text, each group in the items' order (longest first), so
 * that a look-up tries the few that can match instead of every unit or classifier.
 */
function byFirst<T>(items: readonly T[], text: (item: T) => string): (first: string | undefined) => readonly T[] {
  // An empty text matches anywhere: then every look-up tries every item, as before.
  if (items.some((item) => text(item) === '')) return () => items
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(text(item)[0]!, [...(groups.get(text(item)[0]!) ?? []), item])
  return (first) => (first === undefined ? [] : (groups.get(first) ?? []))
}
const unitsStarting = byFirst(units, (u) => u.lower)
const classifiersStarting = byFirst(classifiers, (c) => c)

/**
 * The unit, percent mark or classifier at `at`, if any.
 *
 * @param numeral the numeral just before, whose last magnitude may begin the unit (12千米)
 */
export function readUnit(folded: string, at: number, numeral?: string): FoundUnit | null {
  // A magnitude that ends the numeral may begin the unit: 12千米, 六千字节, 五十兆字节.
  if (numeral && numeral.length > 1) {
    const last = numeral[numeral.length - 1]!
    const magnitude = last === '千' ? 1e3 : last === '兆' ? 1e12 : 0
    if (magnitude) {
      const rule = units.find((u) => u.text.length > 1 && folded.startsWith(u.text, at - 1) && u.text.startsWith(last))
      if (rule) return { ...fromRule(rule), shorten: magnitude }
    }
  }
  const rest = folded.slice(at, at + 16)
  const percent = /^[ \t]*([%‰])/.exec(rest)
  if (percent) return { length: percent[0].length, unit: '%', kind: 'percent', factor: percent[1] === '‰' ? 0.1 : 1 }
  const point = /^[ \t]*个[ \t]*百[ \t]*分[ \t]*点/.exec(rest)
  if (point) return { length: point[0].length, unit: 'pp', kind: 'percentage-point', factor: 1 }
  const lower = rest.toLowerCase()
  const rule = unitsStarting(lower[0]).find((u) => lower.startsWith(u.lower) && !beginsWord(u, rest[u.text.length]))
  const counter = readClassifier(folded, at)
  // A measure unit wins over a classifier of the same start (个月 over 个).
  if (rule && (!counter || rule.text.length >= counter.length)) {
    // A Latin unit must end at a word boundary: 168cm, not 3cmd.
    if (!/^[a-z]+$/i.test(rule.text) || !/[A-Za-z]/.test(rest[rule.text.length] ?? '')) return fromRule(rule)
  }
  if (counter) return { length: counter.length, unit: CLASSIFIERS[counter]!, kind: 'count', factor: 1 }
  return null
}

/** The unit is the first character of a longer word (两方面), by its rule's `notBefore`. */
function beginsWord(rule: UnitRule, next: string | undefined): boolean {
  return next !== undefined && rule.notBefore !== undefined && rule.notBefore.includes(next)
}

/** The classifier at `at` (第六届: 届), longest first, or null. */
export function readClassifier(folded: string, at: number): string | null {
  return classifiersStarting(folded[at]).find((c) => folded.startsWith(c, at)) ?? null
}

function fromRule(rule: UnitRule): FoundUnit {
  return { length: rule.text.length, unit: rule.unit, kind: rule.kind, factor: rule.factor ?? 1 }
}

/**
 * 三成 (30%), 三成半 (35%), 七成六 (76%), 九折 (90%), 9.9折 (99%), 75折 (75%):
 * shares of ten and discounts.
 */
export function readShare(folded: string, at: number, value: number): { value: number; end: number } | null {
  const mark = /^[ \t]*([成折])/.exec(folded.slice(at, at + 4))
  if (!mark || value <= 0) return null
  let end = at + mark[0].length
  if (mark[1] === '成') {
    if (value > 10) return null
    let share = value * 10
    const more = /^(半|[ \t]*[一二三四五六七八九])/.exec(folded.slice(end, end + 3))
    if (more) {
      share += more[1] === '半' ? 5 : DIGITS[more[1]!.trim()]!
      end += more[0].length
    }
    return { value: share, end }
  }
  if (value >= 100 || value === 10) return null
  return { value: value < 10 ? value * 10 : value, end }
}
