/**
 * Front matter is only a leading `---` block of YAML `key: value` lines.
 * Thematic breaks around articles are Markdown, never front matter, and a
 * value we cannot read is a warning on its line, not a silent null.
 */
import { describe, expect, it } from 'vitest'
import { readFrontMatter } from '../src/pipeline/frontmatter.js'
import { processIssue } from '../src/pipeline/index.js'
import { runMain } from './helpers/run.js'

const parse = (text: string) => {
  const result = processIssue(Buffer.from(text), { source: 'fm.md' })
  if ('problem' in result) throw new Error(result.problem.message)
  return result.issue
}

/** The example from issue 10, exactly as printf writes it. */
const BREAKS = '---\n\n# 一\n\n本报讯 甲。\n\n# 二\n\n本报讯 乙。\n\n---\n\n# 三\n\n本报讯 丙。\n'

describe('front matter', () => {
  it('thematic breaks around articles do not swallow them', async () => {
    const run = await runMain(['parse', '-', '-f', 'json'], { stdin: BREAKS })
    expect(run.code).toBe(0)
    const [issue] = JSON.parse(run.stdout).issues
    expect(issue.articles.map((a: { headline: string }) => a.headline)).toEqual(['一', '二', '三'])
  })

  it('--check holds on the thematic-break example (every character is in a field)', async () => {
    const run = await runMain(['parse', '-', '-f', 'json', '--check'], { stdin: BREAKS })
    expect(run.stderr).toContain('conservation holds in 1 of 1 files')
  })

  it('reads the date of a leading block with the YAML core schema', () => {
    const front = readFrontMatter('---\ntitle: 白城日报\ndate: 2019-07-20\n---\n\n# 一\n')
    expect(front).toMatchObject({ date: '2019-07-20', lines: { start: 1, end: 4 }, warnings: [] })
    expect(parse('---\ndate: "2019-07-20"\n---\n\n# 一\n\n本报讯 甲。\n').date).toBe('2019-07-20')
  })

  it('an invalid date is a warning naming its line, not a silent null', () => {
    const issue = parse('---\ntitle: 白城日报\ndate: not-a-date\n---\n\n# 一\n\n本报讯 甲。\n')
    expect(issue.date).toBeNull()
    expect(issue.warnings).toContainEqual({
      code: 'front-matter',
      line: 3,
      message: 'Unexpected date "not-a-date" in front matter, expected a day as YYYY-MM-DD, e.g. date: 2019-07-20',
    })
    expect(parse('---\ndate: 2019-02-30\n---\n\n# 一\n').warnings.map((w) => [w.code, w.line])).toContainEqual(['front-matter', 2])
    expect(parse('---\ndate: [2019]\n---\n\n# 一\n').warnings.map((w) => [w.code, w.line])).toContainEqual(['front-matter', 2])
  })

  it('only a leading block counts: later --- blocks are Markdown', () => {
    expect(readFrontMatter('# 一\n\n---\ndate: 2019-07-20\n---\n')).toBeNull()
    expect(parse('# 一\n\n本报讯 甲。\n\n---\ndate: 2019-07-20\n---\n').date).toBeNull()
  })

  it('a leading block that is not a YAML mapping is Markdown; one that tried to be is a warning too', () => {
    expect(readFrontMatter('---\n\n# 一\n\n本报讯 甲。\n\n---\n')).toBeNull()
    expect(readFrontMatter('---\n---\n')).toBeNull()
    const issue = parse('---\ndate: 2019-07-20\ntitle: a: b\n---\n\n# 一\n\n本报讯 甲。\n')
    expect(issue.warnings.find((w) => w.code === 'front-matter')).toMatchObject({ line: 3 })
    expect(issue.articles.map((a) => a.headline)).toContain('一')
  })

  it('refuses aliases and custom tags: the safe core schema, no alias expansion', () => {
    const aliased = readFrontMatter('---\nbase: &b 2019-07-20\ndate: *b\n---\n')
    expect(aliased).toBeNull()
    expect(readFrontMatter('---\ndate: !!js/function "x"\n---\n')).toBeNull()
  })

  it('a YAML comment in front matter does not make a plain-text e-paper file look like Markdown', () => {
    const issue = parse('---\n# 来源：白城日报\ndate: 2019-07-20\n---\n大安市公安局安广车站派出所开展护路宣传\n\u3000\u3000本报讯(记者汪伦)日前，安广车站派出所开展宣传活动。\n')
    expect(issue.date).toBe('2019-07-20')
    expect(issue.articles[0]).toMatchObject({ headline: '大安市公安局安广车站派出所开展护路宣传' })
  })

  it('keeps line numbers: the first article after front matter is on its own line', () => {
    const issue = parse('---\ndate: 2019-07-20\n---\n\n# 一\n\n本报讯 甲。\n')
    expect(issue.articles[0]).toMatchObject({ headline: '一', lines: { start: 5 } })
  })
})
