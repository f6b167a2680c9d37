/**
 * Headline figures read on short real paragraphs of the corpus: what makes a
 * figure one of an article's key facts (`stats/headline.ts`, weights in
 * `rules/headline.ts`).
 */
import { describe, expect, it } from 'vitest'
import type { Article } from '../src/schema.js'
import { jiebaSegmenter } from '../src/segment.js'
import { readFigures } from '../src/stats/figures.js'
import { headlineFlags } from '../src/stats/headline.js'

/** The figures of one paragraph flagged as headline figures of an article with that headline. */
function flagged(headline: string, text: string): string[] {
  const found = readFigures([{ text, line: 1, index: 1 }], [[]], jiebaSegmenter, { issueDate: '2020-05-18' })
  const article = { headline, subtitle: null, kicker: null, decks: [], sections: [] } as unknown as Article
  const flags = headlineFlags(found, [], article)
  return found.filter((_, i) => flags[i]).map((f) => f.text)
}

describe('headline figures', () => {
  it('a figure whose predicate shares a word with the headline is about its topic (输出共享员工 ~ 规范共享用工)', () => {
    const text = '原来，一份摸底报告显示，“700多家企业，闲置人员400多人，用工缺口1800余人。目前，该协会已输出共享员工2800余人。'
    expect(flagged('规范共享用工', text)).toContain('2800余人')
  })

  it('a bare magnitude is never one (千个部门、万名干部、十万名党员)', () => {
    const text = '目前,各级包保帮扶部门共投入帮扶资金3亿多元,建帮扶项目2300余个,全市形成了千个部门、万名干部、十万名党员奋战在脱贫攻坚一线的壮观局面。'
    expect(flagged('脱贫攻坚', text)).toEqual(['3亿多元', '2300余个'])
  })
})
