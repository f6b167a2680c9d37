/**
 * The byline index: one entry per person credited anywhere in the archive,
 * under the name normalised (spaces inside a two-character name taken out,
 * traditional characters made simplified). A name is a person: bylines carry
 * nothing else to tell two people of one name apart (see the README).
 * Pure: digests in, people out.
 */
import { createHash } from 'node:crypto'
import type { IssueDigest } from '../archive/digest.js'
import { NAME_TRADITIONAL } from '../rules/names.js'
import { Role, type Person } from '../schema.js'

export type { Person } from '../schema.js'

const SIMPLIFIED = new Map(NAME_TRADITIONAL.map(([t, s]) => [t, s]))
const HAN = /^\p{Script=Han}+$/u

/**
 * A name as the index keys it.
 *
 * @example normaliseName('李  舸') // '李舸'
 * @example normaliseName('馮可欣') // '冯可欣'
 */
export function normaliseName(name: string): string {
  let n = name.trim()
  const joined = n.replace(/[\s\u3000\u00a0]+/gu, '')
  // Only a two-character name is padded to the width of three; spaces in a longer run part two names.
  if ([...joined].length === 2 && HAN.test(joined)) n = joined
  return [...n].map((c) => SIMPLIFIED.get(c) ?? c).join('')
}

/** The stable key of a person: `p-` and 16 hex digits of the SHA-256 of the normalised name. */
export function personId(normalisedName: string): string {
  return `p-${createHash('sha256').update(normalisedName, 'utf8').digest('hex').slice(0, 16)}`
}

interface Building {
  name: string
  roles: Set<Role>
  articles: Set<string>
  first: { issueId: string; date: string | null }
  last: { issueId: string; date: string | null }
  pages: Set<string>
  columns: Set<string>
  coAuthors: Map<string, Set<string>>
}

/**
 * Index everyone credited in the digests: most articles first, then by name.
 */
export function buildPeople(digests: readonly IssueDigest[]): Person[] {
  const people = new Map<string, Building>()
  for (const d of digests) {
    const issue = { issueId: d.issueId, date: d.date }
    for (const a of d.articles) {
      const names = [...new Set(a.bylines.map((b) => normaliseName(b.name)))]
      for (const b of a.bylines) {
        const name = normaliseName(b.name)
        let p = people.get(name)
        if (!p) {
          p = { name, roles: new Set(), articles: new Set(), first: issue, last: issue, pages: new Set(), columns: new Set(), coAuthors: new Map() }
          people.set(name, p)
        }
        p.roles.add(b.role)
        p.articles.add(a.id)
        if (isBefore(issue, p.first)) p.first = issue
        if (isBefore(p.last, issue)) p.last = issue
        if (a.page) p.pages.add(a.page)
        if (a.column) p.columns.add(a.column)
        for (const other of names) {
          if (other === name) continue
          const shared = p.coAuthors.get(other) ?? new Set<string>()
          shared.add(a.id)
          p.coAuthors.set(other, shared)
        }
      }
    }
  }
  const order = Role.options
  return [...people.values()]
    .map((p) => ({
      personId: personId(p.name),
      name: p.name,
      roles: [...p.roles].sort((x, y) => order.indexOf(x) - order.indexOf(y)),
      articleCount: p.articles.size,
      firstIssue: p.first,
      lastIssue: p.last,
      pages: [...p.pages].sort(comparePages),
      columns: [...p.columns].sort(),
      coAuthors: [...p.coAuthors]
        .map(([name, articles]) => ({ name, articles: articles.size }))
        .sort((x, y) => y.articles - x.articles || compareText(x.name, y.name)),
    }))
    .sort((x, y) => y.articleCount - x.articleCount || compareText(x.name, y.name))
}

/** Issues in time order: by date (undated last), then id. */
function isBefore(a: { issueId: string; date: string | null }, b: { issueId: string; date: string | null }): boolean {
  if (a.date !== b.date) return b.date === null || (a.date !== null && a.date < b.date)
  return a.issueId < b.issueId
}

/** Page names in numeric order where they are numbers (02 before 10), else by code point. */
function comparePages(a: string, b: string): number {
  const x = Number(a)
  const y = Number(b)
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y
  return compareText(a, b)
}

/** Code-point order, the same on every machine (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
