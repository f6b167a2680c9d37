/**
 * Signatures: a line that is only a name, signing an item without a byline
 * label, and the participants under `对话人：`. Each form is read end to end
 * through the pipeline; the near misses are words that look like a name (a
 * common surname's character, two to five characters) and are text: a
 * letter's 此致 / 敬礼, a report's closing 谢谢 or 平安, a line of a quoted
 * poem, the people a local report interviewed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SURNAMES } from '../src/rules/bylines.js'
import { processIssue } from '../src/pipeline/index.js'

interface Read {
  bylines: string[]
  paragraphs: string[]
  check: boolean
}

function read(text: string): Read {
  const result = processIssue(Buffer.from(text), { source: 'form.txt', check: true })
  if (!('issue' in result)) throw new Error(result.problem.message)
  const article = result.issue.articles[0]!
  return {
    bylines: article.bylines.map((b) => `${b.name}/${b.role}`),
    paragraphs: article.sections.flatMap((s) => s.paragraphs),
    check: result.conservation?.holds ?? false,
  }
}

const REPORT = '市委全会召开\n\n10月30日,中共白城市委七届八次全体会议召开。\n\n'

describe('a short word closing an unsigned item is text', () => {
  // A common surname's character opens each: 谢, 明, 平, 温, 江, 黄, 安, 万, 雷, 孔, 白.
  it.each(['谢谢', '明天', '平安', '温暖', '江南', '黄河', '安康', '万岁', '雷锋', '孔子', '白城'])('%s', (word) => {
    const got = read(`${REPORT}会议号召全市上下团结一心、奋发有为。\n\n${word}\n`)
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual([])
    expect(got.paragraphs.at(-1)).toBe(word)
  })

  // Whatever the word, with nothing to show the report is signed, its last line stays text.
  it('keeps any surname-led word closing a plain report', () => {
    const surnames = [...SURNAMES].filter((s) => s.length === 1)
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c))
    const word = fc.tuple(fc.constantFrom(...surnames), fc.array(han, { minLength: 1, maxLength: 3 })).map(([s, rest]) => s + rest.join(''))
    fc.assert(
      fc.property(word, (w) => {
        const got = read(`${REPORT}会议号召全市上下团结一心、奋发有为。\n\n${w}\n`)
        expect(got.check).toBe(true)
        expect(got.bylines).toEqual([])
        expect(got.paragraphs.at(-1)).toBe(w)
      }),
      { numRuns: 200 },
    )
  })

  it('keeps a letter closing 此致 / 敬礼', () => {
    const got = read('致全市广大农民朋友的一封信\n\n广大农民朋友们：\n\n春耕生产即将开始，请大家做好准备。\n\n此致\n\n敬礼\n')
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual([])
    expect(got.paragraphs.slice(-2)).toEqual(['此致', '敬礼'])
  })

  it('keeps a closing word under a letters rubric', () => {
    const got = read('春耕时节话农事（读者来信）\n\n春耕生产即将开始，请大家做好准备。\n\n谢谢\n')
    expect(got.bylines).toEqual([])
    expect(got.paragraphs.at(-1)).toBe('谢谢')
  })
})

describe('a name closing an item signs it, given evidence', () => {
  it('takes a name padded like a byline (钟  声)', () => {
    const got = read('美方应停止抹黑\n　　美方一些政客近来频频抹黑中国。\n　　钟  声\n')
    expect(got.bylines).toEqual(['钟声/author'])
    expect(got.paragraphs).toEqual(['美方一些政客近来频频抹黑中国。'])
  })

  it('takes a name closing a letter under a letters rubric', () => {
    const got = read('春耕时节话农事（读者来信）\n\n春耕生产即将开始，请大家做好准备。\n\n张明远\n')
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual(['张明远/author'])
    expect(got.paragraphs).toEqual(['春耕生产即将开始，请大家做好准备。'])
  })
})

const NOTE = '（作者为白城市第一中学教师）'

describe('in a signed article only a signature position is taken', () => {
  it('keeps a line of a quoted poem', () => {
    const got = read(`冬日里的一首诗\n　　他在信中抄了一首小诗：\n　　雪落无声\n　　温暖\n　　照亮回家的路\n　　这首诗让我们很感动。\n　　${NOTE}\n`)
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual([])
    expect(got.paragraphs).toContain('温暖')
  })

  it('keeps a poem line closing the text before the note', () => {
    const got = read(`冬日里的一首诗\n　　他在信中抄了一首小诗：\n　　雪落无声\n　　温暖\n　　${NOTE}\n`)
    expect(got.bylines).toEqual([])
    expect(got.paragraphs.at(-1)).toBe('温暖')
  })

  it('takes a name closing a letter, before a place line and the note (路乘俊)', () => {
    const got = read(`祝愿伟大祖国更加繁荣昌盛\n　　亲爱的祖国：\n　　春节将至，甚为思念！\n　　张明远\n　　写于蒙古国首都乌兰巴托\n　　${NOTE}\n`)
    expect(got.bylines).toEqual(['张明远/author'])
    expect(got.paragraphs).not.toContain('张明远')
  })

  it('takes a name right under the headline', () => {
    const got = read(`推动高质量发展\n　　张明远\n　　高质量发展是首要任务。\n　　${NOTE}\n`)
    expect(got.bylines).toEqual(['张明远/author'])
  })

  it('takes each voice’s name under its title on a page of several voices, crediting the first voice', () => {
    const voice = (title: string, name: string) => `　　${title}\n　　${name}\n　　我第一次访问中国是在1978年。\n　　中国的变化令人惊叹。\n　　${NOTE}\n`
    const got = read(`讲述亲历故事\n　　新中国成立70年来，外国友人见证了中国的发展。\n${voice('用镜头记录中国发生的巨大变化', '（法国）格雷瓜尔·戴高乐')}${voice('讨论中医药抗疫治疗方案', '李 俊')}`)
    expect(got.check).toBe(true)
    // Each voice is an article of its own (GOLD.md: the first real article is annotated): the later
    // voice's name line is a signature, not text, and credits no author of this item.
    expect(got.bylines).toEqual(['格雷瓜尔·戴高乐/author'])
    expect(got.paragraphs).not.toContain('李 俊')
  })
})

describe('a deputy or member speaking under a voice’s title', () => {
  // A page of what deputies said (两会·声音): each voice's title, then `马逢国代表（全国人大香港代表团团长）`,
  // the deputy whose words they are; the reporters who took them down close the voice (…整理).
  const voice = (title: string, speaker: string, close: string) => `　　${title}\n　　${speaker}\n　　五月的北京，暖意融融。\n　　我们来到北京参加全国两会。\n　　${close}\n`
  const page = (first: string) =>
    `携手同心 凝聚民族复兴伟力（两会·声音2020）\n\n${voice('团结一致共同努力再出发', first, '本报记者  连锦添  齐志明整理')}${voice('坚定支持 坚决拥护', '刘艺良代表（全国人大澳门代表团团长）', '本报记者  王洲整理')}`
  it('credits the first voice’s speaker and the reporters who took it down', () => {
    const got = read(page('马逢国代表（全国人大香港代表团团长）'))
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual(['马逢国/author', '连锦添/reporter', '齐志明/reporter'])
    expect(got.paragraphs).not.toContain('马逢国代表（全国人大香港代表团团长）')
  })
  it('credits a member named without a title', () => {
    expect(read(page('黄爱龙委员')).bylines).toEqual(['黄爱龙/author', '连锦添/reporter', '齐志明/reporter'])
  })
  it('keeps a deputy named inside a report as text', () => {
    const got = read(`${REPORT}会议期间，代表们踊跃发言。\n\n马逢国代表说，要团结一致。\n`)
    expect(got.bylines).toEqual([])
  })
})

describe('a page of voices that opens with the first voice’s title', () => {
  // 讲述亲历故事 over 用镜头记录中国发生的巨大变化 / （法国）格雷瓜尔·戴高乐 / … / （作者为…）: each voice closed by
  // its note is an item of its own, the next title opening the next; the first keeps its author.
  const NOTE_BY = '（作者为法国前总统戴高乐将军的外孙，本报记者葛文博采访整理）'
  it('credits the first voice’s name and the reporter of its note', () => {
    const got = read(`讲述亲历故事  见证辉煌历程\n　　用镜头记录中国发生的巨大变化\n　　（法国）格雷瓜尔·戴高乐\n　　中国正昂首阔步快速迈向现代化。\n　　${NOTE_BY}\n　　\n　　为世界创造更多发展机遇\n　　（德国）卡尔·哈恩\n　　中国汽车工业取得了举世瞩目的成就。\n　　（作者为德国大众汽车集团前董事长）\n`)
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual(['格雷瓜尔·戴高乐/author', '葛文博/reporter'])
  })
})

describe('titled items after a closing note', () => {
  // An advertorial page: a report closed by its data source, then titled pieces each signed by who
  // wrote it. The note closes the first item; a later piece's signer is not its author.
  it('credits nobody on the first item', () => {
    const got = read('武汉5G产业发展\n五链统筹  三轮驱动\n　　武汉在发展5G产业上具备各方面的有利条件。\n　　（数据来源：武汉市经信局）\n　　\n　　5G将成为未来产业的网络基石\n　　即将举行的军运会将全面应用5G技术。\n　　（中国移动通信集团湖北有限公司董事长  范秉衡）\n')
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual([])
  })
})

describe('a commentary signed by an institution', () => {
  // 本报评论员 (人民日报评论员, 新华社评论员) signs for the paper, naming no person: no byline, and
  // the line is a note, not text.
  it.each([
    ['under the headline', '以赶考心态向党和人民交出满意答卷\n——论学习贯彻重要讲话\n　　本报评论员\n　　第二批主题教育在群众“家门口”开展。\n　　我们不能关起门来搞自我革命。\n'],
    ['closing the text', '以赶考心态向党和人民交出满意答卷\n　　第二批主题教育在群众“家门口”开展。\n　　我们不能关起门来搞自我革命。\n　　人民日报评论员\n'],
    ['on a reader page, not a subtitle', '以赶考心态向党和人民交出满意答卷\n\n本报评论员\n\n第二批主题教育在群众家门口开展,群众看得最清楚.\n'],
  ])('%s', (_, text) => {
    const result = processIssue(Buffer.from(text), { source: 'form.txt', check: true })
    if (!('issue' in result)) throw new Error(result.problem.message)
    const article = result.issue.articles[0]!
    expect(result.conservation?.holds).toBe(true)
    expect(article.bylines).toEqual([])
    expect(article.sections.flatMap((s) => s.paragraphs).join('')).not.toMatch(/评论员/u)
    expect(article.notes.join('')).toMatch(/评论员$/u)
    expect(article.subtitle ?? '').not.toMatch(/评论员/u)
  })
})

describe('a padded word closing a filed report', () => {
  // Padding shows a signature on a commentary (钟  声); a report filed under a dateline is signed by
  // its byline, and a padded word closing it (a place: 白　城) is text.
  it('keeps 白　城 closing a report under 本报讯', () => {
    const got = read('白城新貌\n　　本报讯  近年来，白城市城市面貌焕然一新。\n　　市民们纷纷点赞。\n　　白　城\n')
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual([])
    expect(got.paragraphs.at(-1)).toBe('白　城')
  })
})

describe('a paper’s pen name', () => {
  // People's Daily signs its weightiest commentaries with a collective pen name (任仲平, 国纪平, 钟声,
  // 仲祖文, 辛识平, 任理轩): a signature under the headline or closing the text, with no other evidence.
  it.each([
    ['under the headline', '以赶考心态向党和人民交出满意答卷\n　　任仲平\n　　第二批主题教育在群众“家门口”开展。\n　　我们不能关起门来搞自我革命。\n', '任仲平'],
    ['closing the text', '以赶考心态向党和人民交出满意答卷\n　　第二批主题教育在群众“家门口”开展。\n　　我们不能关起门来搞自我革命。\n　　国纪平\n', '国纪平'],
    ['on a reader page, not a subtitle', '以赶考心态向党和人民交出满意答卷\n\n任仲平\n\n第二批主题教育在群众家门口开展,群众看得最清楚.\n', '任仲平'],
  ])('%s', (_, text, name) => {
    const got = read(text)
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual([`${name}/author`])
    expect(got.paragraphs).not.toContain(name)
  })
})

describe('对话人：', () => {
  it('credits commentators (何鼎鼎 本报评论员)', () => {
    const got = read('治理跟上来，过海不再难（连线评论员）\n　　对话人：\n　　何鼎鼎 本报评论员\n　　饶思锐 海南日报评论员\n　　何鼎鼎：春节，外地游客奔赴海南。\n')
    expect(got.bylines).toEqual(['何鼎鼎/author', '饶思锐/author'])
    expect(got.paragraphs).toEqual(['何鼎鼎：春节，外地游客奔赴海南。'])
  })

  it('keeps the people a local report interviewed as text', () => {
    const got = read(`${REPORT}对话人：\n\n王强 市农业农村局局长\n\n张丽 镇江村村民\n\n王强：今年春耕准备充分。\n`)
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual([])
    expect(got.paragraphs.slice(1)).toEqual(['对话人：', '王强 市农业农村局局长', '张丽 镇江村村民', '王强：今年春耕准备充分。'])
  })

  it('keeps the label when no participant line follows it', () => {
    const got = read(`${REPORT}对话人：\n\n王强：今年春耕准备充分。\n`)
    expect(got.check).toBe(true)
    expect(got.paragraphs.slice(1)).toEqual(['对话人：', '王强：今年春耕准备充分。'])
  })

  it('credits nobody when commentators and interviewees are mixed', () => {
    const got = read('治理跟上来，过海不再难\n　　对话人：\n　　何鼎鼎 本报评论员\n　　王强 海口市交通运输局局长\n　　何鼎鼎：春节，外地游客奔赴海南。\n')
    expect(got.bylines).toEqual([])
    expect(got.paragraphs.slice(0, 3)).toEqual(['对话人：', '何鼎鼎 本报评论员', '王强 海口市交通运输局局长'])
  })
})
