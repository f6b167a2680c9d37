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
function flagged(headline: string, text: string, subtitle: string | null = null): string[] {
  const found = readFigures([{ text, line: 1, index: 1 }], [[]], jiebaSegmenter, { issueDate: '2020-05-18' })
  const article = { headline, subtitle, kicker: null, decks: [], sections: [] } as unknown as Article
  const flags = headlineFlags(found, [], article)
  return found.filter((_, i) => flags[i]).map((f) => f.text)
}

/** The figures of several paragraphs (one article, in order) flagged as headline figures. */
function flaggedIn(headline: string, texts: readonly string[], subtitle: string | null = null): string[] {
  const paragraphs = texts.map((text, index) => ({ text, line: index + 1, index }))
  const found = readFigures(paragraphs, paragraphs.map(() => []), jiebaSegmenter, { issueDate: '2020-01-03' })
  const article = { headline, subtitle, kicker: null, decks: [], sections: [] } as unknown as Article
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

  it('a figure whose value the subtitle prints is one, named or not (1月25日，800万只；2月29日，1.16亿只)', () => {
    const text = '1月25日，800万只；2月29日，1.16亿只……仅35天，我国口罩日产量就增长约13.5倍。3月12日日产量达到500万只，12天后增至1000万只。'
    expect(flagged('小口罩里的大合力', text, '仅一个月左右，我国口罩日产量就从800万只增加到1.16亿只')).toEqual(expect.arrayContaining(['800万只', '1.16亿只']))
  })

  it('a distance or a temperature setting the scene ranks below the facts (气温一度降到零下20摄氏度)', () => {
    const text = '高寒缺氧，大雪漫山，气温一度降到零下20摄氏度，大学生鲁琼却坚持每天到村招待所为孩子们授课。该校建立社会实践基地71个，开展社会实践项目74项，学生社会实践活动参与率高达95％。'
    expect(flagged('打造思政教育“生命线工程”', text)).not.toContain('零下20摄氏度')
  })

  it('a difference in points ranks below the rate it compares (比全省高13.2个百分点)', () => {
    const text = '各级包保帮扶部门共投入帮扶资金3亿多元,建帮扶项目2300余个。我市的贫困发生率为23.6%,比全省高13.2个百分点,贫困人口占全省28.2%。'
    expect(flagged('全力打赢脱贫攻坚战', text)).not.toContain('13.2个百分点')
  })

  it('a figure from the eighth paragraph with figures on is a detail, not a key fact (帮助沿山村民增收3170万元, tenth)', () => {
    const texts = [
      '18天，4000公里，黄河上游段采访覆盖青海、四川、甘肃、宁夏、内蒙古的16个市州24个县（区、旗）。',
      '“县城15口水井，只剩6口能出水，得跑到河边凿冰取水。',
      '包括玛多在内，青海超过15万平方公里的国土全面实施沙化治理、禁牧封育、移民搬迁、工程灭鼠。',
      '项目杂，退牧还草、水土保持等22项工程1041个子项目。',
      '李晓南10年间往黄河源头跑了不下20趟，揣着指数攀升的血糖仪，每天打胰岛素……',
      '如今，“千湖之县”玛多重生了，湖泊数量创下历史新高：5849个。',
      '放下牧鞭领工资，包括尔杰仁增在内的2559名牧民当上了生态管护员。',
      '“风沙最烈时，距离中卫城区不足4公里。',
      '过去两年，红柳存活率超过85%，这些“地球修理匠”将沙丘稳稳装进“包围圈”。',
      '修复工程用工上万人次，帮助沿山村民增收3170万元，“挖山人”变身“修山人”。',
    ]
    expect(flaggedIn('听，人与长河的交响', texts)).not.toContain('3170万元')
    // The headline printing it makes it a key fact wherever it stands.
    expect(flaggedIn('帮助沿山村民增收3170万元', texts)).toContain('3170万元')
  })

  it('a count below fifty ranks below a larger count of the same lead (形成专题调研成果17件 ~ 任免国家机关工作人员87人)', () => {
    const text = '这是奋发有为的新时代答卷——制定地方性法规2件,作出决议决定10项,听取审议专项工作报告20项,开展执法检查6项,组织视察调研8项,形成专题调研成果17件,任免国家机关工作人员87人(次),2项创新工作入选全省人大工作典型案例。'
    // The page prints it under no headline of its own.
    const flags = flagged('', text)
    expect(flags).toContain('87人')
    expect(flags).not.toContain('17件')
  })
})
