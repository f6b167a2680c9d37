/**
 * Bylines and datelines in every printed form, including near misses that
 * must not be taken for either.
 */
import { describe, expect, it } from 'vitest'
import { parseBylineLine, parseBylines, portalCredits, splitNoteBylines, splitTrailingCredit, splitTrailingGroupByline } from '../src/pipeline/bylines.js'
import { extractDateline, extractEndDateline } from '../src/pipeline/datelines.js'

const NB = '\u00a0'
const brief = (list: { name: string; role: string; label: string | null }[] | null) =>
  list?.map((b) => `${b.name}/${b.role}/${b.label ?? ''}`) ?? null

describe('parseBylines', () => {
  it.each([
    ['王琦 实习生刘莹', ['王琦/author/', '刘莹/intern/实习生']],
    ['记者汪伦', ['汪伦/reporter/记者']],
    ['张卓 记者吴冰', ['张卓/author/', '吴冰/reporter/记者']],
    ['徐莹 刘云龙 文/摄', ['徐莹/writer-photographer/文/摄', '刘云龙/writer-photographer/文/摄']],
    ['徐莹 刘云龙 文／摄', ['徐莹/writer-photographer/文/摄', '刘云龙/writer-photographer/文/摄']],
    ['记者杜尚泽、丁子', ['杜尚泽/reporter/记者', '丁子/reporter/记者']],
    ['通讯员李明 特约记者张三', ['李明/correspondent/通讯员', '张三/reporter/特约记者']],
    ['本报记者　赵展慧　王汉超', ['赵展慧/reporter/本报记者', '王汉超/reporter/本报记者']],
    ['陈宝林 高志彬摄', ['陈宝林/photographer/摄', '高志彬/photographer/摄']],
    [`本报记者${NB}${NB}李${NB}${NB}舸摄`, ['李舸/photographer/本报记者 摄']],
    [`罗艾桦文${NB}${NB}陈北跑摄`, ['罗艾桦/writer/文', '陈北跑/photographer/摄']],
    [`鲜${NB}${NB}敢${NB}${NB}严贵旺摄影报道`, ['鲜敢/photographer/摄影报道', '严贵旺/photographer/摄影报道']],
    [`新华社记者${NB}肖艺九摄`, ['肖艺九/photographer/新华社记者 摄']],
    ['责任编辑 李文', ['李文/editor/责任编辑']],
    ['文/张三 图/李四', ['张三/writer/文/', '李四/photographer/图/']],
    // A Xinhua group report: 参与记者 is a label, never a name.
    ['执笔记者：丁小溪、姜潇；参与记者：吴晶、史竞男', ['丁小溪/reporter/执笔记者', '姜潇/reporter/执笔记者', '吴晶/reporter/参与记者', '史竞男/reporter/参与记者']],
    // A posting abroad between the paper and the label.
    ['本报驻日本记者刘军国', ['刘军国/reporter/本报驻日本记者']],
    // Credit labels before a bar or colon, with or without spaces.
    ['文|王金刚 图|苗欣', ['王金刚/writer/文/', '苗欣/photographer/图/']],
    ['文 | 王金刚', ['王金刚/writer/文/']],
    ['本版图片:王金刚', ['王金刚/photographer/本版图片']],
    ['本版图片：本报记者 王金刚 摄', ['王金刚/photographer/本版图片 本报记者 摄']],
    // Media-group labels in their short forms.
    ['融媒记者 王金刚', ['王金刚/reporter/融媒记者']],
    ['全媒记者 王金刚 通讯员 李丽', ['王金刚/reporter/全媒记者', '李丽/correspondent/通讯员']],
    ['视频记者 王金刚', ['王金刚/reporter/视频记者']],
    // A credit label alone before the names, or after a name with a slash.
    ['文/图 王金刚', ['王金刚/writer-photographer/文/图']],
    ['文·图 王金刚', ['王金刚/writer-photographer/文/图']],
    ['文/图 本报记者 王金刚', ['王金刚/writer-photographer/文/图 本报记者']],
    ['撰文 王金刚 摄影 李丽', ['王金刚/writer/撰文', '李丽/photographer/摄影']],
    ['本报记者 王金刚/文 李丽/图', ['王金刚/writer/本报记者 /文', '李丽/photographer//图']],
  ])('%s', (text, expected) => {
    expect(brief(parseBylines(text))).toEqual(expected)
  })

  it('keeps 文 and 图 that end a given name', () => {
    expect(brief(parseBylines('李文 张晓文'))).toEqual(['李文/author/', '张晓文/author/'])
  })

  it.each([
    '自创建全国文明城市工作启动以来',
    '2019年',
    '上',
    '富强 民主 文明 和谐 自由 平等 公正 法治 爱国 敬业 诚信 友善 自强',
    '记者11日从山西省政府获悉',
    '以下简称',
  ])('rejects prose: %s', (text) => {
    expect(parseBylines(text, { label: true })).toBeNull()
  })
})

describe('parseBylines asked again for the same text', () => {
  it('reads it the same under each requirement, and returns records of its own each time', () => {
    const text = '本报记者　赵展慧　王汉超'
    const first = parseBylines(text)!
    first[0]!.name = '改了'
    expect(parseBylines(text)).toEqual([
      { name: '赵展慧', role: 'reporter', label: '本报记者' },
      { name: '王汉超', role: 'reporter', label: '本报记者' },
    ])
    expect(parseBylines(text, { photo: true })).toBeNull()
    expect(parseBylines(text, { label: true })).toHaveLength(2)
  })
})

describe('own-line bylines', () => {
  it('takes bare names after a bullet', () => {
    expect(brief(parseBylineLine('●于凝 尹雪 张磊'))).toEqual(['于凝/author/', '尹雪/author/', '张磊/author/'])
  })
  // 文 and 图 standing alone after a name are labels (张磊 文 李丽 图), never a name of one character.
  it('reads weak labels standing alone', () => {
    expect(brief(parseBylineLine('张磊 文 李丽 图'))).toEqual(['张磊/writer/文', '李丽/photographer/图'])
  })
  it('needs a label without a bullet', () => {
    expect(parseBylineLine('于凝 尹雪 张磊')).toBeNull()
    expect(parseBylineLine('富强 民主 文明 和谐')).toBeNull()
    expect(brief(parseBylineLine('本报记者　赵展慧　王汉超'))).toHaveLength(2)
  })
  // 本报记者 某某 采访整理 (a line under an interview told in the first person): the reporter who took it down.
  it('reads a reporter who compiled an interview', () => {
    expect(brief(parseBylineLine('本报记者 刘诗瑶 采访整理'))).toEqual(['刘诗瑶/reporter/本报记者 采访整理'])
    expect(brief(parseBylineLine('本报记者 刘诗瑶 整理'))).toEqual(['刘诗瑶/reporter/本报记者 整理'])
  })
})

describe('portal source lines', () => {
  // A portal prints who wrote the story in its source line, which is page furniture.
  it.each([
    ['来源：中国吉林网  作者：李四', ['李四/author/作者']],
    ['责任编辑: 李丹', ['李丹/editor/责任编辑']],
    ['• 2010年11月24日 作者:', []],
    ['来源：白城日报 记者：张磊 编辑：李丹', ['张磊/reporter/记者', '李丹/editor/编辑']],
  ])('%s', (line, expected) => {
    expect(brief(portalCredits(line))).toEqual(expected)
  })
})

describe('trailing credits', () => {
  it('splits a photo credit off a caption', () => {
    const found = splitTrailingCredit('为精准扶贫闯出一条新路。 陈宝林 高志彬摄')
    expect(found?.rest).toBe('为精准扶贫闯出一条新路。')
    expect(brief(found?.bylines ?? null)).toEqual(['陈宝林/photographer/摄', '高志彬/photographer/摄'])
  })
  it('does not take a sentence for a credit', () => {
    expect(splitTrailingCredit('为精准扶贫闯出一条新路。他们拍摄')).toBeNull()
    expect(splitTrailingCredit('图为联欢活动现场。')).toBeNull()
  })
  it('splits a group byline off the end', () => {
    const found = splitTrailingGroupByline('（本报记者彭波、徐隽）')
    expect(found?.rest).toBe('')
    expect(brief(found?.bylines ?? null)).toEqual(['彭波/reporter/本报记者', '徐隽/reporter/本报记者'])
    expect(splitTrailingGroupByline('收到作品133部（件）')).toBeNull()
    expect(splitTrailingGroupByline('（2020年5月18日，北京）')).toBeNull()
    // Bare names sign a brief only right after its last sentence.
    expect(brief(splitTrailingGroupByline('活动取得圆满成功。（王金刚 李丽）')?.bylines ?? null)).toEqual(['王金刚/author/', '李丽/author/'])
    expect(splitTrailingGroupByline('问题得到解决。（中国）')).toBeNull()
    expect(splitTrailingGroupByline('新闻发言人王金刚（李丽）')).toBeNull()
  })
})

describe('closing notes', () => {
  // The reporter who took an author's words down is credited as a reporter (gold spec), not an editor.
  it.each([
    ['作者为某大学教授，本报记者刘诗瑶整理', ['刘诗瑶/reporter/本报记者 整理']],
    ['作者为美国科迪华农业科技玉米产品研发总监，本报记者周輖书面采访整理', ['周輖/reporter/本报记者 书面采访整理']],
    ['作者为德国大众汽车集团前董事长，本报驻德国记者冯雪珺采访整理', ['冯雪珺/reporter/本报驻德国记者 采访整理']],
    // （记者 张磊） closing a brief: the note is a labelled byline as a whole.
    ['记者 张磊', ['张磊/reporter/记者']],
    ['记者张磊 通讯员李丽', ['张磊/reporter/记者', '李丽/correspondent/通讯员']],
    ['编辑 李丽', ['李丽/editor/编辑']],
    // Notes that name nobody, or name someone who is no author.
    ['记者手记', []],
    ['作者系吉林大学教授', []],
    ['注：文中张磊为化名', []],
  ])('%s', (note, expected) => {
    expect(brief(splitNoteBylines(note))).toEqual(expected)
  })
})

describe('closing datelines', () => {
  it('reads several places and the reporters after them', () => {
    const found = extractEndDateline('弃之可惜。（本报东京、堪培拉、渥太华、巴西利亚电 记者刘军国、刘天亮）', '2020-01-07')
    expect(found?.dateline.raw).toBe('本报东京、堪培拉、渥太华、巴西利亚电')
    expect(brief(found?.bylines ?? null)).toEqual(['刘军国/reporter/记者', '刘天亮/reporter/记者'])
  })
  it('keeps a long run of places with a date', () => {
    const text = '（本报巴黎、华盛顿、东京、伊斯兰堡、柏林、布鲁塞尔、新德里、努尔苏丹、里约热内卢、首尔、曼谷、约翰内斯堡12月31日电  记者李永群、郑琪）'
    expect(extractEndDateline(text, '2020-01-01')?.dateline.date).toBe('2019-12-31')
  })
  it('refuses prose ending in 电 without a date', () => {
    expect(extractEndDateline('（本市今年将在城区全面推广新能源汽车充电）', '2020-01-01')).toBeNull()
  })
})

describe('extractDateline', () => {
  it.each([
    ['本报讯(王琦 实习生刘莹)自创建全国文明城市', null, '本报讯', '本报', null, null, '自创建全国文明城市', 2],
    ['本报讯（记者汪伦）日前，', null, '本报讯', '本报', null, null, '日前，', 1],
    ['本报讯 记者王金刚 通讯员李丽报道：近日', null, '本报讯', '本报', null, null, '近日', 2],
    // A website's 消息 and an app's or news brand's 讯.
    ['央视网消息（新闻联播）：近日', null, '央视网消息', '央视网', null, null, '（新闻联播）：近日', 0],
    ['彩练新闻讯 近日', null, '彩练新闻讯', '彩练新闻', null, null, '近日', 0],
    ['吉刻APP讯(记者 李四)1月7日', null, '吉刻APP讯', '吉刻APP', null, null, '1月7日', 1],
    // A byline after the dateline in brackets, ending in 报道 at the end, or labelled names before the text.
    ['本报讯【记者 王金刚】近日', null, '本报讯', '本报', null, null, '近日', 1],
    ['本报讯 通讯员 李丽 记者 王金刚 报道', null, '本报讯', '本报', null, null, '', 2],
    ['本报讯 记者王金刚 通讯员李丽 近日，全市召开会议。', null, '本报讯', '本报', null, null, '近日，全市召开会议。', 2],
    ['本报讯 记者 王金刚 全市 召开', null, '本报讯', '本报', null, null, '全市 召开', 1],
    ['本报讯 记者从市统计局获悉，今年', null, '本报讯', '本报', null, null, '记者从市统计局获悉，今年', 0],
    [`本报北京1月18日电${NB}${NB}1月18日晚`, '2020-01-19', '本报北京1月18日电', '本报', '北京', '2020-01-18', '1月18日晚', 0],
    [`新华社北京1月18日电${NB}${NB}经批准`, '2020-01-19', '新华社北京1月18日电', '新华社', '北京', '2020-01-18', '经批准', 0],
    [`据新华社太原2月11日电${NB}${NB}(记者吕梦琦)记者11日`, '2019-02-12', '据新华社太原2月11日电', '新华社', '太原', '2019-02-11', '记者11日', 1],
    ['【新华社延安十日电】边区', '1946-05-17', '【新华社延安十日电】', '新华社', '延安', '1946-05-10', '边区', 0],
    ['【新华社延安廿八日电】边区', '1946-05-17', '【新华社延安廿八日电】', '新华社', '延安', '1946-04-28', '边区', 0],
    ['本报北京12月30日电 跨年', '2020-01-02', '本报北京12月30日电', '本报', '北京', '2019-12-30', '跨年', 0],
    ['本报北京1月18日电 无年份', null, '本报北京1月18日电', '本报', '北京', null, '无年份', 0],
    // A report taken from another outlet: 据…报道 set apart from the text by spaces, as 据新华社电 is.
    [`据央视新闻报道${NB}${NB}香港各界人士4日表示`, '2019-10-05', '据央视新闻报道', '央视新闻', null, null, '香港各界人士4日表示', 0],
    ['据新华社报道（记者吕梦琦）记者11日', '2019-02-12', '据新华社报道', '新华社', null, null, '记者11日', 1],
  ])('%s', (text, issueDate, raw, source, place, date, rest, bylines) => {
    const found = extractDateline(text, issueDate)
    expect(found?.dateline).toEqual({ raw, source, place, date })
    expect(found?.rest).toBe(rest)
    expect(found?.bylines).toHaveLength(bylines)
  })

  // 据新华社报道，… opens a sentence: the clause is prose, no dateline.
  it.each(['本报记者近日获悉', '新华社报道称', '他说本报讯', '【新华社延安十日电', '据新华社报道，今年我国粮食丰收', '央视新闻报道 香港'])('finds none in %s', (text) => {
    expect(extractDateline(text, '2020-01-19')).toBeNull()
  })
})
