/**
 * Heading and byline forms of crawled local-paper pages, each read end to
 * end through the pipeline: a short text in the form, and the fields a gold
 * annotator gives it (GOLD.md). Forms with a real example in the corpus have a
 * fixture folder instead; these are the forms the issue and the papers' usage
 * name that the stored corpus does not show.
 */
import { describe, expect, it } from 'vitest'
import { processIssue } from '../src/pipeline/index.js'

interface Fields {
  headline: string | null
  kicker?: string | null
  subtitle?: string | null
  dateline?: string | null
  column?: string | null
  bylines: string[]
}

function read(text: string): Fields & { check: boolean } {
  const result = processIssue(Buffer.from(text), { source: 'form.txt', check: true })
  if (!('issue' in result)) throw new Error(result.problem.message)
  // The item a gold annotator reads: the first that is not a banner (a rubric alone over its items).
  const article = result.issue.articles.find((a) => a.kind !== 'banner')!
  return {
    headline: article.headline,
    kicker: article.kicker,
    subtitle: article.subtitle,
    dateline: article.dateline?.raw ?? null,
    column: article.column,
    bylines: article.bylines.map((b) => `${b.name}/${b.role}`),
    check: result.conservation?.holds ?? false,
  }
}

const TEXT = '10月30日,中共白城市委七届八次全体会议召开。\n'

describe('heading and byline forms', () => {
  it.each<[string, string, Fields]>([
    // A byline in parentheses opens the text with no dateline before it.
    ['a leading byline in parentheses', `市委全会召开\n\n(记者 张磊 通讯员 李丽)${TEXT}`, { headline: '市委全会召开', dateline: null, bylines: ['张磊/reporter', '李丽/correspondent'] }],
    ['a leading byline in brackets', `市委全会召开\n\n【记者 张磊】${TEXT}`, { headline: '市委全会召开', dateline: null, bylines: ['张磊/reporter'] }],
    // A brief closed by its reporter in parentheses: a note that is a byline as a whole.
    ['a closing (记者 甲)', `市委全会召开\n\n${TEXT}\n（记者 张磊 通讯员 李丽）\n`, { headline: '市委全会召开', bylines: ['张磊/reporter', '李丽/correspondent'] }],
    // Under the headline, a byline in parentheses on its own line is no second heading.
    ['a byline line in parentheses', `市委全会召开\n\n（本报记者 张磊）\n\n${TEXT}`, { headline: '市委全会召开', kicker: null, bylines: ['张磊/reporter'] }],
    // 本报讯 on a line of its own, the byline under it: a dateline, not a subtitle.
    ['a dateline on its own line', `市委全会召开\n\n本报讯\n\n记者 张磊 通讯员 李丽\n\n${TEXT}`, { headline: '市委全会召开', subtitle: null, dateline: '本报讯', bylines: ['张磊/reporter', '李丽/correspondent'] }],
    // A star opens a byline as a bullet does (●, □).
    ['a starred byline', `市委全会召开\n\n★本报记者 张磊\n\n${TEXT}`, { headline: '市委全会召开', kicker: null, bylines: ['张磊/reporter'] }],
    // 文 and 图 after names, standing alone: writer and photographer.
    ['a writer and a photographer', `市委全会召开\n\n张磊 文 李丽 图\n\n${TEXT}`, { headline: '市委全会召开', kicker: null, bylines: ['张磊/writer', '李丽/photographer'] }],
    // In a People's Daily dump the text is indented: an unindented line above it is a heading, even
    // one that asks or exclaims, or a kicker naming a speaker at length.
    ['a headline that asks', `经济运行怎么样？\n　　本报北京1月18日电  （记者王珂）国家发展改革委18日表示，经济运行总体平稳。\n`, { headline: '经济运行怎么样？', dateline: '本报北京1月18日电', bylines: ['王珂/reporter'] }],
    ['a kicker that exclaims', `好消息！\n经济运行总体平稳\n　　本报北京1月18日电  （记者王珂）国家发展改革委18日表示，经济运行总体平稳。\n`, { headline: '经济运行总体平稳', kicker: '好消息！', bylines: ['王珂/reporter'] }],
    ['a long speaker kicker', `国务院新闻办公室举行发布会，国家发展改革委副主任宁吉喆表示：\n经济运行总体平稳\n　　本报北京1月18日电  （记者王珂）国家发展改革委18日表示。\n`, { headline: '经济运行总体平稳', kicker: '国务院新闻办公室举行发布会，国家发展改革委副主任宁吉喆表示', bylines: ['王珂/reporter'] }],
    // On a reader page only the first line may ask: a short question under the headline is text.
    ['a question under a reader page headline', `市委全会召开\n\n你知道吗？\n\n${TEXT}`, { headline: '市委全会召开', kicker: null, bylines: [] }],
    // A commentary signed by a name alone on its last line (a pen name such as 钟声, padded).
    ['a name closing a commentary', `美方应停止抹黑\n　　美方一些政客近来频频抹黑中国。\n　　钟  声\n`, { headline: '美方应停止抹黑', bylines: ['钟声/author'] }],
    // Where the photo came from, printed before its credit, names no one.
    ['a photo source before the credit', `中国女排夺冠\n　　新华社东京8月8日电  （记者季芳）中国女排8日夺得冠军。（新华社发 张磊摄）\n`, { headline: '中国女排夺冠', bylines: ['季芳/reporter', '张磊/photographer'] }],
    ['a photo source line', `喜做国庆面\n　　国庆节前夕，老人们在社区包饺子。\n　　新华社发 张磊 摄\n`, { headline: '喜做国庆面', bylines: ['张磊/photographer'] }],
  ])('%s', (_, text, expected) => {
    const got = read(text)
    expect(got.check).toBe(true)
    for (const [key, value] of Object.entries(expected)) expect(got[key as keyof Fields], key).toEqual(value)
  })
})

describe('jump marks', () => {
  // （上接第一版） glued to the start of a continued text is page furniture, not text.
  it('takes a leading jump mark off the text into meta', () => {
    const result = processIssue(Buffer.from('推动高质量发展\n　　（上接第一版）要坚持稳中求进工作总基调。\n'), { source: 'jump.txt', check: true })
    if (!('issue' in result)) throw new Error(result.problem.message)
    const article = result.issue.articles[0]!
    expect(article.sections[0]!.paragraphs[0]).toBe('要坚持稳中求进工作总基调。')
    expect(article.meta).toContain('（上接第一版）')
    expect(result.conservation?.holds).toBe(true)
  })
})

describe('a People’s Daily dump indented with ASCII spaces', () => {
  // The same page with its U+3000 indent turned into two or four ASCII spaces by a copy tool:
  // full-width punctuation still says it is a dump (kicker over headline), not a reader page.
  const page = (indent: string) =>
    `京东助力贫困地区产业升级、农民增收\n互联网＋ 加出脱贫新力量\n${indent}“自从产品上了网，销路越来越宽广。”\n${indent}不只是把产品搬上网，庞旺孝还得到很多帮助。\n`
  it.each([['U+3000', '\u3000\u3000'], ['two spaces', '  '], ['four spaces', '    ']])('reads the kicker over the headline (%s)', (_, indent) => {
    const got = read(page(indent))
    expect(got.check).toBe(true)
    expect([got.kicker, got.headline]).toEqual(['京东助力贫困地区产业升级、农民增收', '互联网＋ 加出脱贫新力量'])
  })

  it('keeps 核心阅读 under a four-space indent as text, not a subtitle', () => {
    const got = read('央行决定于6日下调存款准备金率0.5个百分点\n融资降成本 源头活水来（经济聚焦）\n    核心阅读\n    此次降准将释放长期资金8000多亿元。\n')
    expect([got.kicker, got.headline, got.subtitle]).toEqual(['央行决定于6日下调存款准备金率0.5个百分点', '融资降成本 源头活水来', null])
  })

  it('still reads a reader page (half-width punctuation) as headline over subtitle', () => {
    const got = read('市人大常委会组织部分人大代表开展集中视察\n于永生出席汇报会\n  10月30日,市人大常委会组织部分人大代表开展集中视察.\n')
    expect([got.kicker, got.headline, got.subtitle]).toEqual([null, '市人大常委会组织部分人大代表开展集中视察', '于永生出席汇报会'])
  })
})

describe('two lines under an empty kicker line', () => {
  // A People's Daily dump prints an empty line where it has no kicker; the two lines under it are
  // the headline and its subtitle, unless the second is a couplet of parallel phrases (the form of
  // a main title) or the first is a short label over a line twice its length: then kicker and headline.
  const TEXT_PD = '　　武汉在发展5G产业上具备各方面的有利条件。\n　　当前，武汉紧抓5G商用重大发展机遇。\n'
  it.each<[string, string, string, (string | null)[]]>([
    ['a couplet under a label', '武汉5G产业发展', '五链统筹  三轮驱动', ['武汉5G产业发展', '五链统筹 三轮驱动', null]],
    ['a short label over a long line', '西安浐灞生态区', '坚持生态优先推动浐灞河流域高质量绿色发展', ['西安浐灞生态区', '坚持生态优先推动浐灞河流域高质量绿色发展', null]],
    ['a headline over its subtitle', '道路交通安全形势平稳', '黄河以南将有大范围雨雪', [null, '道路交通安全形势平稳', '黄河以南将有大范围雨雪']],
    ['a headline over who attended', '第七届世界军人运动会在武汉隆重开幕', '习近平出席开幕式并宣布运动会开幕', [null, '第七届世界军人运动会在武汉隆重开幕', '习近平出席开幕式并宣布运动会开幕']],
    ['a headline over a clause with a comma', '4月CPI同比上涨3.3%', '环比下降0.9%，降幅比上月收窄0.3个百分点', [null, '4月CPI同比上涨3.3%', '环比下降0.9%，降幅比上月收窄0.3个百分点']],
  ])('%s', (_, first, second, expected) => {
    const got = read(`\n${first}\n${second}\n${TEXT_PD}`)
    expect(got.check).toBe(true)
    expect([got.kicker, got.headline, got.subtitle]).toEqual(expected)
  })
})

describe('a short rubric alone over titled voices', () => {
  // 把脉 over a page of short opinions, each under its title and closed by who said it: the rubric
  // is the column, the first voice's title the headline; a short headline over text stays one.
  it.each<[string, string, Fields]>([
    [
      'a rubric over voices',
      '\n把脉\n\n　　做大做强服务消费必须开放创新\n　　随着居民收入增长，服务消费比重不断上升。\n　　面向未来，服务消费市场潜力巨大。\n　　（原中国国际商会会长 姜增伟）\n　　　　 \n　　服务消费也要回归“产品”属性\n　　以前节假日是逛超市、买商品。\n　　（上海商学院教授 周 勇） \n',
      { column: '把脉', headline: '做大做强服务消费必须开放创新', bylines: ['姜增伟/author'] },
    ],
    ['a short headline over a photo', '\n庆鱼年\n\n　　1月7日，成都都江堰市龙池镇高原村，村民们在观看冬捕。\n　　王熙维摄（人民视觉）\n', { column: null, headline: '庆鱼年', bylines: ['王熙维/photographer'] }],
    ['a short headline over 核心阅读', '\n春运\n\n　　核心阅读\n　　今年春运，旅客出行更加便捷。\n　　铁路部门增开列车。\n', { column: null, headline: '春运', bylines: [] }],
  ])('%s', (_, text, expected) => {
    const got = read(text)
    expect(got.check).toBe(true)
    for (const [key, value] of Object.entries(expected)) expect(got[key as keyof Fields], key).toEqual(value)
  })
})

describe('a rubric printed over the headline', () => {
  // A column's name in the kicker's place: by its name (人民论坛, 记者调查, 经济聚焦, as the tags
  // after People's Daily headlines name them), or set in brackets (【新春走基层】); a tag on a line
  // of its own under the headline (（人民时评）) names the column too, and is no subtitle.
  const TEXT_PD = '　　春节前夕，记者来到山村，村里张灯结彩。\n　　村民们说，今年的日子越过越红火。\n'
  it.each<[string, string, (string | null)[]]>([
    ['人民论坛 over the headline', '人民论坛\n以奋斗姿态迎接新挑战', ['人民论坛', null, '以奋斗姿态迎接新挑战', null]],
    ['记者调查 over the headline', '记者调查\n山村里的年味', ['记者调查', null, '山村里的年味', null]],
    ['a rubric in brackets', '【新春走基层】\n山村里的年味', ['新春走基层', null, '山村里的年味', null]],
    ['a rubric in brackets over a kicker', '【新春走基层】\n春节前夕走进太行山区\n山村里的年味', ['新春走基层', '春节前夕走进太行山区', '山村里的年味', null]],
    ['a tag on its own line', '\n以奋斗姿态迎接新挑战\n（人民时评）', ['人民时评', null, '以奋斗姿态迎接新挑战', null]],
    ['a kicker that is no rubric', '春节前夕走进太行山区\n山村里的年味', [null, '春节前夕走进太行山区', '山村里的年味', null]],
  ])('%s', (_, heads, expected) => {
    const got = read(`${heads}\n${TEXT_PD}`)
    expect(got.check).toBe(true)
    expect([got.column, got.kicker, got.headline, got.subtitle]).toEqual(expected)
  })
})

describe('a dash pair printed as one dash', () => {
  // A dump that lost half of —— prints the subtitle's or the kicker's dash alone; an ASCII hyphen
  // alone is a list marker, never a subtitle's dash.
  const TEXT_PD = '　　抗击新冠肺炎疫情斗争中，党中央将疫情防控作为头等大事来抓。\n'
  it.each([
    ['a subtitle under — (plain text)', `坚定信心  打赢两场硬仗\n—代表委员寄语两会\n${TEXT_PD}`],
    ['a subtitle under － (plain text)', `坚定信心  打赢两场硬仗\n－代表委员寄语两会\n${TEXT_PD}`],
    ['a subtitle under — (Markdown)', `# 坚定信心  打赢两场硬仗\n\n—代表委员寄语两会\n\n抗击新冠肺炎疫情斗争中，党中央将疫情防控作为头等大事来抓。\n`],
  ])('%s', (_, text) => {
    const got = read(text)
    expect(got.check).toBe(true)
    expect([got.kicker, got.headline, got.subtitle]).toEqual([null, '坚定信心 打赢两场硬仗', '代表委员寄语两会'])
  })

  // Dumps in other encodings print the dash as a horizontal bar (―― U+2015) or a box line (── U+2500).
  it.each([['U+2015', '――'], ['U+2500', '──']])('reads a subtitle and a kicker under dashes printed as %s', (_, dash) => {
    const sub = read(`坚定信心  打赢两场硬仗\n${dash}代表委员寄语两会\n${TEXT_PD}`)
    expect([sub.kicker, sub.headline, sub.subtitle]).toEqual([null, '坚定信心 打赢两场硬仗', '代表委员寄语两会'])
    const kicker = read(`国际组织负责人和多国政要通过各种方式${dash}\n向中国人民致以新春祝福\n　　本报北京2月4日电  春回大地，五洲同庆。\n`)
    expect(kicker.check).toBe(true)
    expect([kicker.kicker, kicker.headline]).toEqual(['国际组织负责人和多国政要通过各种方式', '向中国人民致以新春祝福'])
  })

  it('takes a kicker’s single closing dash as punctuation', () => {
    const got = read('国际组织负责人和多国政要通过各种方式—\n向中国人民致以新春祝福\n　　本报北京2月4日电  春回大地，五洲同庆。\n')
    expect(got.check).toBe(true)
    expect([got.kicker, got.headline]).toEqual(['国际组织负责人和多国政要通过各种方式', '向中国人民致以新春祝福'])
  })
})

describe('a column tag with the installment of its series', () => {
  // The number of a series' part (③, （上）) closes the tag: neither headline nor column name.
  it.each([
    ['（上） inside the tag', '听，人与长河的交响（人民眼·行走黄河（上））', '听，人与长河的交响', '人民眼·行走黄河'],
    ['③ closing the tag', '拓开新空间 就业更多元(保居民就业保基本民生③)', '拓开新空间 就业更多元', '保居民就业保基本民生'],
  ])('%s', (_, line, headline, column) => {
    const result = processIssue(Buffer.from(`${line}\n　　黄河宁，天下平。\n`), { source: 'tag.txt', check: true })
    if (!('issue' in result)) throw new Error(result.problem.message)
    const article = result.issue.articles[0]!
    expect([article.headline, article.column]).toEqual([headline, column])
    expect(result.conservation?.holds).toBe(true)
  })
})

describe('图片报道 over a photo', () => {
  // The page's photo rubric is the photo's column; the photo has no headline of its own.
  it('is the column, not the headline', () => {
    const text = '图片报道\n　　10月1日晚，庆祝活动在北京天安门广场举行。图为联欢活动现场。\n　　本报记者  李  舸摄\n'
    const result = processIssue(Buffer.from(text), { source: 'photo.txt', check: true })
    if (!('issue' in result)) throw new Error(result.problem.message)
    const article = result.issue.articles[0]!
    expect([article.kind, article.headline, article.column]).toEqual(['photo', null, '图片报道'])
    expect(article.bylines.map((b) => `${b.name}/${b.role}`)).toEqual(['李舸/photographer'])
    expect(result.conservation?.holds).toBe(true)
  })
})

describe('a rubric alone over text', () => {
  // A page that printed only its rubric (图片报道 over the graphic's credit, 新春走基层 over a text
  // whose title was lost): the rubric is the column, and no headline is made of it.
  it.each([
    ['图片报道 over a credit', '\n图片报道\n\n　　本版制图：沈亦伶 \n', '图片报道'],
    ['新春走基层 over text', '\n新春走基层\n\n　　春节前夕，记者来到山村，村里张灯结彩。\n　　村民们说，今年的日子越过越红火。\n', '新春走基层'],
  ])('%s', (_, text, column) => {
    const got = read(text)
    expect(got.check).toBe(true)
    expect([got.column, got.headline]).toEqual([column, null])
  })
})

describe('a page of several voices', () => {
  // Each voice under its title and byline is an article of its own: the first is credited, the
  // later voices' bylines are not; the page's editor and photo credits belong to no voice.
  const page =
    '坚定信心  打赢两场硬仗\n——代表委员寄语两会\n　　优化营商环境 强化基层治理\n　　本报记者　赵展慧　王汉超\n　　“优化营商环境既是立足当下的雪中送炭。”\n' +
    '　　当好参谋助手 贡献智慧力量\n　　本报记者　郑海鸥\n　　新冠肺炎疫情防控，让优势得到了充分体现。\n　　本报记者　李　舸摄\n　　责任编辑：程月\n'
  it('credits the first voice, the photographer and the editor', () => {
    const got = read(page)
    expect(got.check).toBe(true)
    expect(got.bylines).toEqual(['赵展慧/reporter', '王汉超/reporter', '李舸/photographer', '程月/editor'])
  })
})
