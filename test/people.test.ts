/**
 * The byline index: names as printed in the corpus, made one key; a name is
 * one person whatever the role; ids that never change.
 */
import { describe, expect, it } from 'vitest'
import type { IssueDigest } from '../src/archive/digest.js'
import { buildPeople, normaliseName, personId } from '../src/people/people.js'
import { NAME_TRADITIONAL } from '../src/rules/names.js'
import type { Byline } from '../src/schema.js'

describe('normaliseName', () => {
  it.each([
    // 本报记者  李  舸摄 (photo credit padded with U+00A0)
    ['李\u00a0\u00a0舸', '李舸'],
    // 本报记者 康 宁
    ['康 宁', '康宁'],
    ['赵\u3000展慧', '赵\u3000展慧'],
    // 記者 馮可欣 (a Big5 repost of 白城日报)
    ['馮可欣', '冯可欣'],
    ['刘云龙', '刘云龙'],
    [' 王琦 ', '王琦'],
  ])('%j → %j', (printed, name) => {
    expect(normaliseName(printed)).toBe(name)
  })

  it('maps every traditional character of the table to its simplified form, as its example shows', () => {
    for (const [traditional, simplified, example] of NAME_TRADITIONAL) {
      expect(example).toContain(traditional)
      expect(normaliseName(example)).toContain(simplified)
      expect(normaliseName(example)).not.toContain(traditional)
    }
  })
})

describe('personId', () => {
  it('is the same for the same name in every run, and differs between names', () => {
    expect(personId('李舸')).toBe(personId(normaliseName('李\u00a0\u00a0舸')))
    expect(personId('李舸')).toMatch(/^p-[0-9a-f]{16}$/)
    expect(personId('李舸')).not.toBe(personId('李歌'))
    // Pinned: an id that changes breaks every warehouse that joined on it.
    expect(personId('于凝')).toBe('p-d17cbee0c63dbd17')
  })
})

function digest(issueId: string, date: string | null, articles: readonly { page: string | null; column: string | null; bylines: Byline[] }[]): IssueDigest {
  return {
    issueId,
    source: `${issueId}.txt`,
    date,
    page: null,
    articles: articles.map((a, i) => ({ id: `${issueId}-${i + 1}`, ordinal: i + 1, kind: 'article', page: a.page, column: a.column, headline: null, bylines: a.bylines, line: 1 })),
    figures: [],
    failedChecks: [],
  }
}

describe('buildPeople', () => {
  // 本报讯(王琦 实习生刘莹); 本报讯(记者 刘莹); 徐莹 刘云龙 文/摄
  const digests = [
    digest('2019-07-21', '2019-07-21', [
      { page: '02', column: null, bylines: [{ name: '刘 莹', role: 'reporter', label: '记者' }] },
      { page: '10', column: '新春走基层', bylines: [{ name: '徐莹', role: 'writer-photographer', label: '文/摄' }, { name: '刘云龙', role: 'writer-photographer', label: '文/摄' }] },
    ]),
    digest('2019-07-20', '2019-07-20', [
      { page: '02', column: null, bylines: [{ name: '王琦', role: 'author', label: null }, { name: '刘莹', role: 'intern', label: '实习生' }] },
    ]),
  ]

  it('makes one person of one name in different roles, with first and last issue, pages, columns and co-authors', () => {
    const people = buildPeople(digests)
    const liu = people.find((p) => p.name === '刘莹')!
    expect(liu).toEqual({
      personId: personId('刘莹'),
      name: '刘莹',
      roles: ['reporter', 'intern'],
      articleCount: 2,
      firstIssue: { issueId: '2019-07-20', date: '2019-07-20' },
      lastIssue: { issueId: '2019-07-21', date: '2019-07-21' },
      pages: ['02'],
      columns: [],
      coAuthors: [{ name: '王琦', articles: 1 }],
    })
    expect(people.find((p) => p.name === '徐莹')?.columns).toEqual(['新春走基层'])
  })

  it('orders by articles, then name', () => {
    expect(buildPeople(digests).map((p) => p.name)).toEqual(['刘莹', '刘云龙', '徐莹', '王琦'])
  })
})
