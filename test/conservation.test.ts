/**
 * The conservation check counts every character of the source: every mdast
 * node type remark-parse, remark-gfm and remark-frontmatter make, and the
 * bytes of the file itself. Each kind of silent damage issue 10 found makes
 * `--check` fail; the fixed pipeline keeps the text.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { checkConservation, describeImbalance, sourceCharacters } from '../src/pipeline/conservation.js'
import { toMdast } from '../src/pipeline/mdast.js'
import { processIssue, type ParsedIssue } from '../src/pipeline/index.js'
import { runMain } from './helpers/run.js'
import { seedBytes as seed } from './helpers/seed.js'
import { scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('conservation')

/** Every node type of mdast with GFM and front matter, each with a snippet that makes it and what the check must count. */
const NODES: Record<Nodes['type'], { markdown: string; counted: string }> = {
  root: { markdown: '甲', counted: '甲' },
  paragraph: { markdown: '本报讯 甲。', counted: '本报讯甲。' },
  text: { markdown: '乙', counted: '乙' },
  heading: { markdown: '## 标题', counted: '标题' },
  thematicBreak: { markdown: '甲\n\n***\n\n乙', counted: '甲乙' },
  blockquote: { markdown: '> 引文', counted: '引文' },
  list: { markdown: '- 一项\n- 二项', counted: '一项二项' },
  listItem: { markdown: '1. 一项', counted: '一项' },
  emphasis: { markdown: '*强调*', counted: '强调' },
  strong: { markdown: '**加粗**', counted: '加粗' },
  delete: { markdown: '~~删除~~', counted: '删除' },
  inlineCode: { markdown: '`代码`', counted: '代码' },
  code: { markdown: '```js 标题\n代码\n```', counted: 'js标题代码' },
  html: { markdown: '<div>块</div>', counted: '<div>块</div>' },
  break: { markdown: '甲\\\n乙', counted: '甲乙' },
  link: { markdown: '[链接](http://a.cn "题目")', counted: '链接http://a.cn题目' },
  linkReference: { markdown: '[文字][参考]\n\n[参考]: http://b.cn', counted: '文字参考参考http://b.cn' },
  definition: { markdown: '[甲]\n\n[甲]: http://b.cn "标题"', counted: '甲甲http://b.cn标题' },
  image: { markdown: '![图片](http://c.cn/p.jpg "说明")', counted: '图片http://c.cn/p.jpg说明' },
  imageReference: { markdown: '![图片][图]\n\n[图]: http://c.cn/p.jpg', counted: '图片图图http://c.cn/p.jpg' },
  footnoteReference: { markdown: '正文[^注]\n\n[^注]: 注文', counted: '正文注注注文' },
  footnoteDefinition: { markdown: '[^1]: 注文', counted: '1注文' },
  table: { markdown: '| 甲 | 乙 |\n| - | - |\n| 丙 | 丁 |', counted: '甲乙丙丁' },
  tableRow: { markdown: '| 甲 |\n| - |', counted: '甲' },
  tableCell: { markdown: '| 甲 | 乙 |\n| :- | -: |', counted: '甲乙' },
  yaml: { markdown: '---\ntitle: 白城日报\n---\n\n甲', counted: 'title:白城日报甲' },
}

const sorted = (chars: Iterable<string>): string => [...chars].sort().join('')
const counted = (markdown: string): string =>
  sorted([...sourceCharacters(markdown)].flatMap(([char, lines]) => lines.map(() => char)))

function types(node: Nodes, into: Set<string>): Set<string> {
  into.add(node.type)
  if ('children' in node) for (const child of node.children) types(child as Nodes, into)
  return into
}

/** Text parsed as a file's bytes, its source left to the check to count. */
const parsedFrom = (text: string): ParsedIssue => {
  const result = processIssue(Buffer.from(text), { source: 'c.md' })
  if ('problem' in result) throw new Error(result.problem.message)
  return result.parsed
}

describe('conservation counts every node type', () => {
  for (const [type, { markdown, counted: expected }] of Object.entries(NODES)) {
    it(`${type}: ${JSON.stringify(markdown)}`, () => {
      const tree = toMdast(markdown, { frontMatter: markdown.startsWith('---\n') })
      expect([...types(tree, new Set())]).toContain(type)
      expect(counted(markdown)).toBe(sorted(expected.replace(/\s/g, '')))
    })
  }

  it('an autolink counts its URL once: it is the text', () => {
    expect(counted('<http://a.cn> www.b.cn c@d.cn')).toBe(sorted('http://a.cnwww.b.cnc@d.cn'))
  })
})

describe('--check fails on each kind of silent damage', () => {
  const at = seed.indexOf('破获'.slice(0, 1))
  const strayByte = Buffer.concat([seed.subarray(0, at), Buffer.from([0xff]), seed.subarray(at)])

  it('one bad byte read as GB18030 (what the old decoder did) loses the text', () => {
    // The issue read from the GB18030 text, checked against the bytes read as the fixed decoder reads them.
    const garbled = { ...parsedFrom(new TextDecoder('gb18030').decode(strayByte)), text: new TextDecoder('utf-8').decode(strayByte) }
    const result = checkConservation(garbled)
    expect(result.holds).toBe(false)
    expect(result.missing.length).toBeGreaterThan(100)
  })

  it('one bad byte in the fixed pipeline: the text is kept, the byte is reported', () => {
    const result = processIssue(strayByte, { source: 'stray.md' })
    if (!('parsed' in result)) throw new Error('not parsed')
    const check = checkConservation(result.parsed)
    expect(check.missing).toEqual([])
    expect(check.extra).toEqual([])
    expect(check.unreadable.count).toBe(1)
    expect(describeImbalance(check)?.message).toMatch(/1 byte sequence no encoding could read \(line \d+\)/)
  })

  it('thematic breaks read as front matter (what the old reader did) lose the articles', () => {
    const text = '---\n\n# 一\n\n本报讯 甲。\n\n# 二\n\n本报讯 乙。\n\n---\n\n# 三\n\n本报讯 丙。\n'
    const blanked = `${'\n'.repeat(11)}${text.split('\n').slice(11).join('\n')}`
    const swallowed = { ...parsedFrom(blanked), text }
    expect(swallowed.issue.articles.map((a) => a.headline)).toEqual(['三'])
    const result = checkConservation(swallowed)
    expect(result.holds).toBe(false)
    expect(result.missing.map((m) => m.char)).toEqual(expect.arrayContaining(['一', '甲', '二', '乙']))
    expect(checkConservation(parsedFrom(text)).holds).toBe(true)
  })

  it('link titles, URLs and link-reference definitions the output drops are reported', () => {
    const text = '# 一\n\n本报讯 [甲](http://a.cn "题")。\n\n[乙]: http://b.cn\n'
    const result = checkConservation(parsedFrom(text))
    expect(result.holds).toBe(false)
    expect(result.missing.map((m) => m.char)).toEqual(expect.arrayContaining(['题', '乙', 'h', 'b']))
  })

  it('through the CLI: --check on a file with a stray byte fails that file (exit 1) and names the line', async () => {
    const file = path.join(tmp, 'stray.md')
    writeFileSync(file, strayByte)
    const run = await runMain(['parse', file, '--check', '-f', 'json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/stray\.md:\d+: warning: Unexpected byte 0xFF at byte \d+, expected UTF-8; read as U\+FFFD \[invalid-utf8\]/)
    expect(run.stderr).toMatch(/stray\.md:\d+: error: Conservation does not hold, 1 byte sequence no encoding could read/)
    expect(JSON.parse(run.stdout).issues[0].encoding).toBe('utf-8')
  })
})
