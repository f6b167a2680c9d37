/**
 * Subjects as `track` compares them: place words taken off (全市地区生产总值
 * → 地区生产总值 of 全市), names of one measure made one (GDP, 生产总值 →
 * 地区生产总值).
 */
import { SCOPE_PREFIXES, SUBJECT_ALIASES } from '../rules/subjects.js'
import { longestFirst } from '../util/regex.js'

/** A subject made comparable: the name it is tracked under, and whose figure it is. */
export interface SubjectKey {
  readonly subject: string
  /** The place the subject names (全国, 全市 …), or null when it names none. */
  readonly scope: string | null
}

const ALIASES = new Map(SUBJECT_ALIASES.map(([alias, subject, scope]) => [alias.toUpperCase(), { subject, scope }]))
const PREFIXES = longestFirst(SCOPE_PREFIXES, ([prefix]) => prefix)

/**
 * The name a subject is tracked under, and its scope.
 *
 * @example normaliseSubject('全市地区生产总值') // {subject: '地区生产总值', scope: '全市'}
 */
export function normaliseSubject(printed: string): SubjectKey {
  let rest = printed.replace(/\s+/g, '')
  let scope: string | null = null
  for (;;) {
    const prefix = PREFIXES.find(([p]) => rest.startsWith(p) && rest.length > p.length)
    if (!prefix) break
    scope ??= prefix[1]
    rest = rest.slice(prefix[0].length)
  }
  const alias = ALIASES.get(rest.toUpperCase())
  if (!alias) return { subject: rest, scope }
  return { subject: alias.subject, scope: scope ?? alias.scope }
}

/**
 * Whether a figure's subject is one of the subjects asked for.
 *
 * @param exact compare the subject as printed, with no normalisation
 */
export function subjectMatcher(queries: readonly string[], exact: boolean): (subject: string | null) => boolean {
  if (exact) {
    const wanted = new Set(queries)
    return (subject) => subject !== null && wanted.has(subject)
  }
  const wanted = new Set(queries.map((q) => normaliseSubject(q).subject))
  return (subject) => subject !== null && wanted.has(normaliseSubject(subject).subject)
}
