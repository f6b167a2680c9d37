/**
 * The bundled seed issue, end to end through the built CLI: exactly the
 * articles a reader sees, in order, with nothing invented.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ParseOutput, type Article, type Issue } from '../src/schema.js'
import { runBin } from './helpers/run.js'
import { seedPath } from './helpers/seed.js'

let issue: Issue
let stderr: string

beforeAll(() => {
  const run = runBin(['parse', 'seeds', '--format', 'json'])
  expect(run.code).toBe(0)
  stderr = run.stderr
  const output = ParseOutput.parse(JSON.parse(run.stdout))
  expect(output.issues).toHaveLength(1)
  issue = output.issues[0]!
})

const items = (): Article[] => issue.articles.filter((a) => a.kind !== 'banner')
const byHeadline = (headline: string): Article => {
  const found = issue.articles.find((a) => a.headline === headline)
  if (!found) throw new Error(`no article ${headline}`)
  return found
}
const people = (a: Article): [string, string][] => a.bylines.map((b) => [b.name, b.role])

describe('seed issue', () => {
  it('has the issue metadata', () => {
    expect(issue.id).toBe('000_531ceeffb06bc024')
    expect(issue.source).toBe('seeds/000_531ceeffb06bc024.txt')
    expect(issue.encoding).toBe('utf-8')
    expect(issue.date).toBeNull()
    expect(issue.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('yields exactly these items, in order', () => {
    expect(items().map((a) => [a.kind, a.headline])).toEqual([
      ['article', '释放城市基层党建整体效应'],
      ['article', '洮北区新华街道多措并举推进创城工作'],
      ['article', '大安市公安局安广车站派出所开展护路宣传'],
      ['article', '假遛狗实盗窃 长庆派出所破获系列电瓶盗窃案'],
      ['notice', '扫黑除恶 全民参与 重要线索 予以奖励'],
      ['notice', '白城市涉黑涉恶 线索举报方式'],
      ['article', '镇赉法院开展志愿普法宣传活动'],
      ['article', '爱在街巷'],
      ['psa', '培育和践行社会主义核心价值观'],
      ['photo', null],
    ])
  })

  it('keeps banners and page markers out of the articles', () => {
    const headlines = issue.articles.map((a) => a.headline)
    expect(headlines).not.toContain('服务大局 普法行')
    expect(headlines).not.toContain('B 时代楷模')
    const banners = issue.articles.filter((a) => a.kind === 'banner')
    expect(banners.map((b) => [b.column, b.text])).toEqual([['服务大局 普法行', '']])
    expect(items().find((a) => a.kind === 'photo')?.column).toBe('诚信建设万里行')
  })

  it('reads the lead article: subtitle, authors, sections, repaired paragraphs', () => {
    const lead = byHeadline('释放城市基层党建整体效应')
    expect(lead.subtitle).toBe('我市实施城市基层党建“书记一号工程”走笔')
    expect(people(lead)).toEqual([
      ['于凝', 'author'],
      ['尹雪', 'author'],
      ['张磊', 'author'],
    ])
    expect(lead.sections.map((s) => s.title)).toEqual([
      null,
      '压实主体责任 突出项目化思维抓党建',
      '办实事解难题 资源力量下沉基层',
      '既当“指挥长” 又当“战斗员”',
    ])
    expect(lead.text).toContain('掌握群众满意度')
    expect(lead.text).toContain('提档升级')
    expect(lead.dateline).toBeNull()
  })

  it('reads datelines and the bylines inside them', () => {
    const cases: [string, [string, string][]][] = [
      ['洮北区新华街道多措并举推进创城工作', [['王琦', 'author'], ['刘莹', 'intern']]],
      ['大安市公安局安广车站派出所开展护路宣传', [['汪伦', 'reporter']]],
      ['假遛狗实盗窃 长庆派出所破获系列电瓶盗窃案', [['张卓', 'author'], ['吴冰', 'reporter']]],
      ['镇赉法院开展志愿普法宣传活动', [['徐莹', 'writer-photographer'], ['刘云龙', 'writer-photographer']]],
    ]
    for (const [headline, expected] of cases) {
      const article = byHeadline(headline)
      expect(article.dateline).toMatchObject({ raw: '本报讯', source: '本报', place: null, date: null })
      expect(people(article)).toEqual(expected)
      expect(article.text.startsWith('本报讯')).toBe(false)
      expect(article.text).not.toMatch(/^\(/)
    }
  })

  it('puts page B on every block after its marker', () => {
    const ordinalB = byHeadline('爱在街巷').ordinal
    for (const a of issue.articles) {
      if (a.ordinal < ordinalB) expect(a.page).toBeNull()
      else expect([a.page, a.pageName]).toEqual(['B', '时代楷模'])
    }
    expect(people(byHeadline('爱在街巷'))).toEqual([['李春雷', 'author']])
  })

  it('credits the photographers of the caption and keeps the caption clean', () => {
    const photo = items().find((a) => a.kind === 'photo')!
    expect(people(photo)).toEqual([
      ['陈宝林', 'photographer'],
      ['高志彬', 'photographer'],
    ])
    expect(photo.text.endsWith('闯出一条新路。')).toBe(true)
  })

  it('invents no text: every paragraph is in the source', () => {
    const squash = (s: string): string => s.replace(/\s+/g, '')
    const source = squash(readFileSync(seedPath, 'utf8'))
    for (const a of issue.articles) {
      for (const s of a.sections) for (const p of s.paragraphs) expect(source).toContain(squash(p))
      if (a.headline) expect(source).toContain(squash(a.headline))
    }
  })

  it('reports the two layout repairs on stderr with their lines', () => {
    expect(issue.warnings.map((w) => [w.code, w.line])).toEqual([
      ['joined-paragraph', 21],
      ['joined-paragraph', 35],
    ])
    expect(stderr).toContain('seeds/000_531ceeffb06bc024.txt:21: warning:')
    expect(stderr).toContain('seeds/000_531ceeffb06bc024.txt:35: warning:')
  })

  it('numbers articles with stable ids', () => {
    issue.articles.forEach((a, i) => {
      expect(a.ordinal).toBe(i + 1)
      expect(a.id).toBe(`000_531ceeffb06bc024-${i + 1}`)
    })
  })
})
