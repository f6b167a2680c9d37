/**
 * What a figure measures, which way it moves, against what and when, read
 * from short real sentences of the corpus (tuned part): one construct per
 * case, each a rule of `src/rules/` (subjects, changes, periods). The figure
 * reader is called directly with the real segmenter.
 */
import { describe, expect, it } from 'vitest'
import { ACRONYM_NOUNS, AGE_CLASSIFIERS, COUNTED_NOUN_FORMS, ANAPHORIC_SUBJECTS, DURATION_FILLERS, GLUED_NOUNS, LIGHT_VERBS, LINK_WORDS, MEASURE_ENDINGS, MODAL_VERBS, MONEY_PURPOSE_ENDS, NOT_WHOLES, PEOPLE_ACTION_FORMS, RATIO_WORDS, SHARE_WORDS, SPENDING_VERBS, UNREAD_UNITS, WHOLE_WORDS } from '../src/rules/subjects.js'
import { AMOUNT_VERBS, CAUSING_VERBS, CONTINUATION_WORDS, PEOPLE_ENDINGS, RESULT_VERBS } from '../src/rules/continuations.js'
import { jiebaSegmenter } from '../src/segment.js'
import { scanDates, scanTimes } from '../src/stats/dates.js'
import { readFigures, type FoundFigure } from '../src/stats/figures.js'

/** The figures of one paragraph, read against an issue date. */
function figuresOf(text: string, issueDate = '2019-10-10'): FoundFigure[] {
  const excluded = [[...scanDates(text, issueDate), ...scanTimes(text)]]
  return readFigures([{ text, line: 1, index: 0 }], excluded, jiebaSegmenter, { issueDate })
}

/** The figure whose text starts with `start` (the reader may keep an approximation word apart). */
function figure(text: string, start: string, issueDate?: string): FoundFigure {
  const found = figuresOf(text, issueDate).find((f) => f.text.startsWith(start))
  if (!found) throw new Error(`no figure ${start} in ${text}`)
  return found
}

describe('subjects named after the figure', () => {
  it.each([
    ['the counted noun after a classifier, with the words that open it', '近日,我市5个县(市、区)的50名垂钓爱好者参加了由大安市旅游产业开发总公司主办的垂钓邀请赛。', '50名', '垂钓爱好者'],
    ['a place opening the counted noun', '在联合国7个维和任务区，2500多名中国军人守护在最危险的地方。', '2500多名', '中国军人'],
    ['a place word as the counted noun', '在15个省份20个城市开展民事诉讼程序繁简分流改革试点。', '20个', '城市'],
    ['the noun after a bare magnitude', '近14亿人口、超4亿中等收入群体、8亿多网民、1亿多户市场主体……', '8亿', '网民'],
    ['a bare magnitude with opening words', '近14亿人口、超4亿中等收入群体、8亿多网民、1亿多户市场主体……', '超4亿', '中等收入群体'],
    ['a classifier glued to the next character (人口)', '近14亿人口、超4亿中等收入群体、8亿多网民、1亿多户市场主体……', '近14亿', '人口'],
    ['a bare count stops before an indicator', '前三季度，沿江11省市地区生产总值达31.46万亿元，同比增长7.1%。', '11', '省市'],
    ['a short quoted name after the classifier', '三年多来，来自青少年学生的200余项“模拟提案”得到政协委员的回应。', '200余项', '模拟提案'],
    ['a noun jieba tags as a numeral (零部件/mq)', '一天之内，同在羊城的20多家零部件企业“集结”完毕。', '20多家', '零部件企业'],
    ['a noun jieba tags as a name (养老/nr)', '养老服务展区吸引来自辽宁、吉林、黑龙江、广东四省近200家养老机构、养老服务企业到场。', '近200家', '养老机构'],
    ['a verb closing a list item after a place word (展览/v)', '这一年，我们进行了3次境内外考古发掘，举办了6个馆内特别展览、20个国内展览和7个境外展览，组织1838场教育活动。', '20个', '国内展览'],
    ['a verbal noun before 了 is the verb, not part of the noun', '今年初，塔拉斯和张家界爱乐乐团的20多位乌克兰音乐人创作了一首歌。', '20多位', '乌克兰音乐人'],
    ['the population after a fraction and 的', '当时的太行山，水灾旱灾频发，交通不便，2/3的地区年人均收入不足50元，十分贫困。', '2/3', '地区'],
    ['an unknown word (x) before a clause mark', '记者将信将疑，随他们弃车步行。翻过两道冰梁，在一处冰川的缝隙中，居然有一片温泉。', '两道', '冰梁'],
    ['an unknown word (x) before a verb', '村部数公里开外，千余株巨柏参天而立，最大的一株需12人合抱。', '千余株', '巨柏'],
    ['an unknown word (x) before a number', '黄河上游段采访覆盖青海、四川、甘肃、宁夏、内蒙古的16个市州24个县（区、旗）。', '16个', '市州'],
  ])('%s: %s', (_rule, text, start, subject) => {
    expect(figure(text, start).subject).toBe(subject)
  })

  it('a count of events is of the verb right before it (开庭25万次、调解59万次)', () => {
    const text = '智慧法院在疫情防控期间“大显身手”，全国法院网上立案136万件、开庭25万次、调解59万次，电子送达446万次。'
    expect(figure(text, '59万次').subject).toBe('调解')
  })

  it.each(LIGHT_VERBS.map(([verb, example]) => [verb, example] as const))('a light verb (%s) is no event counted: “%s”', (verb, example) => {
    for (const f of figuresOf(example)) expect(f.subject).not.toBe(verb)
  })

  it('takes no activity after a verbal classifier for what is counted (每月1次深入社区)', () => {
    expect(figure('发现一名男子具有重大嫌疑，探索出了一条新路子，每月1次深入社区。', '1次').subject).not.toBe('深入社区')
  })

  it('takes no relative clause after a classifier (1700余人出行难的问题 counts people, not 问题)', () => {
    expect(figure('今年7月中旬，该路段如期竣工，解决了600多户1700余人出行难的问题。', '1700余人').subject ?? '').not.toContain('问题')
  })

  it.each(AGE_CLASSIFIERS.map(([classifier, example]) => [classifier, example] as const))('an age (%s) is a duration in years of the person after it: “%s”', (classifier, example) => {
    const age = figuresOf(example).find((f) => f.text.includes(classifier))!
    expect([age.kind, age.unit]).toEqual(['duration', 'year'])
    // 68周岁以上老人 is a threshold on 老人, not an age of one.
    if (!age.text.endsWith('以上')) expect(age.subject).toBe('李谷一')
  })

  it.each(MONEY_PURPOSE_ENDS.map(([end, example]) => [end, example] as const))('money followed by a noun ending in %s is for it: “%s”', (end, example) => {
    const money = figuresOf(example).find((f) => f.kind === 'money')
    expect(money?.subject ?? '').toMatch(new RegExp(`${end}$`, 'u'))
  })

  it.each(GLUED_NOUNS.map(([word, example]) => [word, example] as const))('%s glued to a classifier: “%s”', (word, example) => {
    expect(figuresOf(example)[0]!.subject).toBe(word)
  })
})

describe('subjects named before the figure', () => {
  it.each(SHARE_WORDS.map(([word, example]) => [word, example] as const))('a share (%s) is of the noun before it, not of the whole: “%s”', (word, example) => {
    const share = figuresOf(example).filter((f) => f.kind === 'percent').at(-1)!
    const before = example.slice(0, example.lastIndexOf(word))
    // The whole may follow the part in the subject (贫困人口占全省): the part is what stands before.
    const part = share.subject?.replace(/占.*$/u, '') ?? ''
    expect(part).not.toBe('')
    expect(before.endsWith(part) || before.includes(part)).toBe(true)
  })

  /** The first figure after a word of the example. */
  const after = (example: string, word: string): FoundFigure => {
    const at = example.indexOf(word) + word.length
    return figuresOf(example).find((f) => f.start >= at)!
  }

  it.each(MEASURE_ENDINGS.map(([ending, example]) => [ending, example] as const))('a noun of measure ending in %s, whatever its tag: “%s”', (ending, example) => {
    expect(after(example, ending).subject ?? '').toMatch(new RegExp(`.${ending}$`, 'u'))
  })

  it.each(LINK_WORDS.map(([word, example]) => [word, example] as const))('%s links a measure to its figure: “%s”', (word, example) => {
    const subject = after(example, word).subject
    expect(subject).not.toBeNull()
    expect(example.slice(0, example.indexOf(word))).toContain(subject)
  })

  it.each(UNREAD_UNITS.map(([word, example]) => [word, example] as const))('%s after a number is no subject; the measure before it is: “%s”', (word, example) => {
    const f = figuresOf(example)[0]!
    expect(f.subject).not.toBe(word)
    expect(f.subject).toMatch(/[温硬]度$/u)
  })

  it('a currency the reader knows makes money of an amount (旅游收入超30亿泰铢)', () => {
    const f = figure('素可泰府吸引游客近105万人次，同比增长4.67%，旅游收入超30亿泰铢。', '超30亿')
    expect([f.kind, f.unit, f.subject]).toEqual(['money', 'THB', '旅游收入'])
  })

  it('a year between a measure and its verb (人均收入2018年达到5390元)', () => {
    expect(figure('建档立卡贫困人口人均收入2018年达到5390元。', '5390元').subject).toMatch(/人均收入$/u)
  })

  it('never takes what a change is compared with (比传统模式缩短57.1%)', () => {
    const f = figure('各类案件一审后当事人服判息诉率89.2%；互联网法院案件平均审理周期42天，比传统模式缩短57.1%。', '57.1%')
    expect([f.subject, f.change]).toEqual(['互联网法院案件平均审理周期', 'down'])
  })

  it.each(ANAPHORIC_SUBJECTS.map(([word, example]) => [word, example] as const))('%s refers back to the figure before: “%s”', (_word, example) => {
    expect(figure(example, '超过9亿吨').subject).toMatch(/钢产量$/u)
  })

  it('an unknown word (x) after a bare magnitude is no counted noun: a unit the reader does not know (5.8万标箱)', () => {
    expect(figure('联运班列累计开行1154列，到发港集装箱5.8万标箱，同比增长403%。', '5.8万').subject).toBe('集装箱')
  })

  it('a change verb of one character after a comparison links nothing (比新政策执行前多还12.3元)', () => {
    expect(figure('按照30年等额本息方式计算，每个月只比新政策执行前多还12.3元。', '12.3元').subject).not.toBe('新政策')
  })

  it.each([
    ['a span it is counted per (每秒)', '鄂陵湖出水口断流8公里，出水量只有每秒0.001立方米。', '0.001立方米', '出水量'],
    ['a set phrase ending in a change verb (进一步提高)', '今年一季度，优良水体比例进一步提高到69.2%。', '69.2%', '优良水体比例'],
    ['the start of a 由 span with its year and 的', '推动黄河流域16个国控考核断面优良比例由2018年的50%提高到目前的75%。', '50%', '优良比例'],
    ['the start of a 从 span with its time and 的', '黄河源地区年均降水量从以往的326.3毫米骤降至2003年的24.1毫米。', '326.3毫米', '降水量'],
    ['a measure ending 量 standing alone (点击/v 量/n)', '全民城管微信小程序用户超过28万人，每天点击量为5500人次左右。', '5500人次', '点击量'],
  ])('linking words between a measure and its figure: %s', (_form, text, start, subject) => {
    expect(figure(text, start).subject ?? '').toMatch(new RegExp(`${subject}$`, 'u'))
  })

  it.each([
    ['从…骤降至2003年的', '黄河源地区年均降水量从以往的326.3毫米骤降至2003年的24.1毫米。', '24.1毫米', '降水量'],
    ['由…缩减至', '高原及其相邻地区的冰川面积由5.3万平方公里缩减至4.5万平方公里。', '4.5万平方公里', '面积'],
  ])('gives the end of a span (%s) the subject of its start', (_form, text, start, subject) => {
    expect(figure(text, start).subject ?? '').toMatch(new RegExp(`${subject}$`, 'u'))
  })

  it('gives the end of a 从…到 span the subject of its start', () => {
    const text = '短短几年间，在两国企业的携手努力下，缅甸移动通信渗透率从不足2%提升至超过100%。'
    expect([figure(text, '不足2%').subject, figure(text, '超过100%').subject]).toEqual(['移动通信渗透率', '移动通信渗透率'])
  })
})

describe('subjects elided to the clause before', () => {
  it.each([
    ['a clause opening with 共 after a clause that names its measure (an ordinal in it aside)', '截至今年4月末，国开行第一批复工复产专项贷款已完成投放，共发放1200亿元人民币、外汇67亿美元。', '1200亿元', /专项贷款$/u],
    ['a clause opening with 共 after a noun alone', '村里像巴桑杰布一样的建档立卡贫困户，共6户、16人。', '6户', /贫困户$/u],
    ['a share opening with 占 after a figure', '其中，制造业新增减税4738亿元，占新增减税总额的31.36%，行业税负同比下降1.08个百分点。', '31.36%', /^制造业占新增减税总额$/u],
    ['a share after a change: what changed', '前三季度，我国以一般贸易方式进出口增长4.8%，高出外贸整体增速2个百分点，占外贸总值的59.5%。', '59.5%', /进出口占外贸总值$/u],
    ['a ratio to a whole named with 的 (约为…的3倍)', '仅两个月，中国验放出口的口罩就达278亿只，约为去年全球口罩总产量的3倍。', '3倍', /^口罩$/u],
    ['a ratio to a whole named with 的 (是…的2.45倍)', '“十三五”以来，内蒙古壮士断腕，累计化解过剩产能4190万吨，是国家下达任务的2.45倍。', '2.45倍', /产能$/u],
  ])('%s: %s', (_form, text, start, subject) => {
    expect(figure(text, start).subject ?? '').toMatch(subject)
  })

  it('a continuing clause that names its own noun keeps it, even one jieba does not know (共设有各类灯组/x)', () => {
    const text = '此次景德镇陶瓷灯会聚焦新中国成立70周年这一主题，共设有各类灯组140余个，平均每天吸引近万名游客前来参观。'
    expect(figure(text, '140余个').subject).not.toBe('主题')
  })

  it('a clause before that holds a figure of no subject gives none (批发零售业…；交通运输…共新增减税1179亿元，占…)', () => {
    const text = '批发零售业新增减税3258亿元，占新增减税总额的21.56%；交通运输、仓储和邮政业共新增减税1179亿元，占新增减税总额的7.8%。'
    expect(figure(text, '7.8%').subject).not.toBe(figure(text, '21.56%').subject)
  })

  it.each(CONTINUATION_WORDS.map(([word, example]) => [word, example] as const))('%s opens a clause that continues the one before: “%s”', (word, example) => {
    const f = figuresOf(example).find((x) => x.start > example.indexOf(word) && x.kind !== 'ordinal')!
    expect(f.subject).not.toBeNull()
  })

  it.each(RATIO_WORDS.map(([word, example]) => [word, example] as const))('%s before a whole named with 的: the subject stands before it: “%s”', (word, example) => {
    const ratio = figuresOf(example).at(-1)!
    expect(ratio.subject).not.toBeNull()
    expect(example.slice(0, example.lastIndexOf(word))).toContain(ratio.subject)
  })
})

describe('the person after an age, as jieba tags them', () => {
  it.each([
    ['a word of persons tagged as a numeral (少年/m), opened by a people (苗族/nz)', COUNTED_NOUN_FORMS.personWords.example, '15岁', '苗族少年'],
    ['a name after it', '身着橙红色球衣的14岁少年罗逸涵飞奔在球场上。', '14岁', '少年罗逸涵'],
    ['an adjective opening the person (老/a)', '有位80多岁的老铁道兵对我说。', '80多岁', '老铁道兵'],
  ])('%s: %s', (_rule, text, start, subject) => {
    expect(figure(text, start).subject).toBe(subject)
  })
})

describe('people counted by what they did (18人受伤)', () => {
  it.each([
    ['a verb ending the clause', PEOPLE_ACTION_FORMS.example, '18人', '受伤'],
    ['an adverb before the verb, and its object', '截至2019年11月，已有200多名平民在交火中丧生，超过12.8万人被迫逃离家园，另有13.5万人仍然滞留在前线地区。', '超过12.8万', '逃离家园'],
    ['a place after the verb', '截至2019年11月，已有200多名平民在交火中丧生，超过12.8万人被迫逃离家园，另有13.5万人仍然滞留在前线地区。', '13.5万', '滞留在前线地区'],
    ['人次', '开展大大小小百余场宣讲，近万人次受益。', '近万人次', '受益'],
  ])('%s: %s', (_rule, text, start, subject) => {
    expect(figure(text, start).subject).toBe(subject)
  })

  it('a verb of change moves the count: no action (贫困人口从10.81万人降到1.28万人)', () => {
    const text = '全县建档立卡贫困人口从2014年初的10.81万人降到目前的1.28万人。'
    expect(figure(text, '10.81万人').subject).toBe('贫困人口')
  })

  it.each(PEOPLE_ACTION_FORMS.pairs.map((pair) => [pair] as const))('%s before a verb is the pair, not people counted by an action', (pair) => {
    const text = `女儿明白妈妈得的是“心病”，坚持留住这份感情，${pair}结婚后继续回北京打拼。`
    expect(figuresOf(text).find((f) => f.text === pair)?.subject ?? null).not.toBe('结婚')
  })

  it.each(PEOPLE_ACTION_FORMS.wholes.map((verb) => [verb] as const))('the people make up a whole (%s): no action', (verb) => {
    const text = `文物修复专家披勇介绍说，文物修复团队共由7人${verb}。`
    expect(figure(text, '7人').subject).not.toBe(verb)
  })
})

describe('Latin acronyms of measures (CPI/eng)', () => {
  it.each([
    ['an acronym alone', ACRONYM_NOUNS.example, '3.3%', 'CPI'],
    ['an acronym with its modifier', '扣除食品和能源价格的核心CPI同比上涨1.1%，涨幅比上月回落0.1个百分点。', '1.1%', '核心CPI'],
    ['an acronym inside a measure', '目前，客车的ETC使用率保持在76%左右。', '76%', 'ETC使用率'],
  ])('%s: %s', (_rule, text, start, subject) => {
    expect(figure(text, start).subject).toBe(subject)
  })
})

describe('shares of a whole (占…的)', () => {
  it.each([
    ['a percent continuing its part', '民营企业进出口增长10.4%，高出外贸整体增速7.6个百分点，占外贸总值的42.3%，比重提升2.9个百分点。', '42.3%', '民营企业进出口占外贸总值'],
    ['a fraction whose part the clause does not name', '已保存野生植物种子80105份、10048种，占我国种子植物总数的1/3。', '1/3', '占我国种子植物总数'],
    ['a tenth with 约占', '一年多来，内蒙古还完成防沙治沙任务1405万亩，约占全国完成总量的四成。', '四成', '占全国完成总量'],
  ])('%s: %s', (_rule, text, start, subject) => {
    expect(figure(text, start).subject).toContain(subject)
  })

  it('a change of the share after it keeps the part alone (比重提升2.9个百分点)', () => {
    const text = '民营企业进出口增长10.4%，高出外贸整体增速7.6个百分点，占外贸总值的42.3%，比重提升2.9个百分点。'
    expect(figure(text, '2.9个百分点').subject).toBe('民营企业进出口')
  })

  // The whole is a name, never the words after it (比重突破, 比重从, 的比重提高到) nor a word of 占 itself (占有率).
  it.each([
    ['a share of the whole with a verb the whole does not take (比重突破)', '截至2018年11月底，西部地区民用运输机场数量117个，占全国比重突破50%。', '50%', '占全国比重突破'],
    ['a share at the start of its change (比重从)', '近6年来，西部货物贸易占全国比重从6.1%提高到8%，对外投资翻了一番。', '6.1%', '比重从'],
    ['a share named with 的比重 and a verb', '全县农村常住居民人均可支配收入占全省平均水平的比重提高到85%。', '85%', '提高到'],
  ])('%s: %s', (_rule, text, start, wrong) => {
    expect(figure(text, start).subject ?? '').not.toContain(wrong)
  })

  it('占有率 is a measure, no share of a whole (市场占有率增至30%)', () => {
    expect(figure('全市新能源汽车市场占有率增至30%。', '30%').subject).toBe('新能源汽车市场占有率')
  })

  it.each(WHOLE_WORDS.map(([word, example]) => [word, example] as const))('%s names the whole: “%s”', (word, example) => {
    expect(figuresOf(example).filter((f) => f.kind === 'percent').at(-1)?.subject).toContain(word)
  })

  it.each(NOT_WHOLES.map(([word, example]) => [word, example] as const))('%s names no whole: “%s”', (word, example) => {
    // The word may stay inside a measure's own name (市场占有率), never as a word of wholes.
    for (const f of figuresOf(example)) expect(f.subject ?? '').not.toMatch(new RegExp(`${word}(?!率)`, 'u'))
  })
})

describe('continuing clauses that measure something of their own', () => {
  it.each([
    ['a verb of its own before the figure (带动就业)', '今年我市引进项目20个，其中超亿元项目5个，共带动就业3000人。', '3000人', /就业$/u],
    ['a verb of its own before the figure, its result aside (整改完成)', '全市共排查隐患500处，共整改完成480处。', '480处', /^整改$/u],
    ['a causing verb: what it causes, after the figure (造成3人死亡)', '今年以来，全市共发生交通事故50起，共造成3人死亡。', '3人', /^死亡$/u],
    ['a counted noun after the classifier (共涉及120个村)', '全县投入资金3亿元，共涉及120个村。', '120个', /^村$/u],
  ])('%s: %s', (_form, text, start, subject) => {
    expect(figure(text, start).subject ?? '').toMatch(subject)
  })

  it.each([
    ['people after places (共惠及5万人)', '全县建成文化广场20个，共惠及5万人。', '5万人', '文化广场'],
    ['people after sessions (共3万人参加)', '全市开展技能培训200场次，共3万人参加。', '3万人', '技能培训'],
    ['households after a noun of no people (全村清一色新房，共277户)', '早起爬山往下一看，全村清一色新房，共277户。', '277户', '新房'],
    ['the sum of a list is not its last item (打工种菜，共有2万多元)', '算算家里去年收入：土地流转金、养老金、打工种菜，共有2万多元。', '2万', '种菜'],
  ])('a different measure carries nothing: %s: %s', (_form, text, start, wrong) => {
    expect(figure(text, start).subject).not.toBe(wrong)
  })

  it.each(PEOPLE_ENDINGS.map(([ending, example]) => [ending, example] as const))('a count of people continues a noun of people (ending %s): “%s”', (ending, example) => {
    const count = figuresOf(example).at(-1)!
    expect(count.subject ?? '').toMatch(new RegExp(`${ending}$`, 'u'))
  })

  it.each([...AMOUNT_VERBS, ...CAUSING_VERBS, ...RESULT_VERBS].map(([word, example]) => [word, example] as const))('%s is no action a count measures: “%s”', (word, example) => {
    for (const f of figuresOf(example)) expect(f.subject ?? '').not.toMatch(new RegExp(`${word}$`, 'u'))
  })

  it('people after sessions take the verb after them, if any (共3万人参加)', () => {
    expect(figure('全市开展技能培训200场次，共3万人参加。', '3万人').subject).toBe('参加')
  })

  it('the sum of a list after a colon is of what the colon opens (收入：…，共有2万多元)', () => {
    expect(figure('算算家里去年收入：土地流转金、养老金、打工种菜，共有2万多元。', '2万').subject).toMatch(/收入$/u)
  })

  it('占比 after a figure: that figure is the part, and the share is of what it measures (…新增减税1619亿元，占比为88.61%)', () => {
    const text = '前三季度，民营经济享受该政策新增减税1619亿元，占比为88.61%。'
    expect(figure(text, '88.61%').subject).toBe(figure(text, '1619亿元').subject)
  })

  it('a fraction is a share of the amount before it (规模约260亿元，约占全国1/3)', () => {
    const text = '2017年，广东人工智能核心产业规模约260亿元，约占全国1/3，带动机器人及智能装备等相关产业规模超2000亿元。'
    expect(figure(text, '1/3').subject ?? '').toMatch(/产业规模占全国$/u)
  })

  it('a share of people keeps the people before it (身边榜样已达26万人，其中九成)', () => {
    expect(figure('五年来，北京全市举荐的身边榜样已达26万人，其中九成是普通人。', '九成').subject).toMatch(/榜样$/u)
  })
})

describe('temperatures', () => {
  it('both ends of a range take the measure; the unit is never one (零下5摄氏度至零下3摄氏度)', () => {
    const text = '经钻探和雷达测量，冰层温度为零下10摄氏度，冰层底部温度为零下5摄氏度至零下3摄氏度。'
    const ends = figuresOf(text).filter((f) => f.kind === 'temperature').slice(1)
    expect(ends).toHaveLength(2)
    expect(ends[0]!.subject).toMatch(/温度$/u)
    expect(ends[1]!.subject).toBe(ends[0]!.subject)
  })
})

describe('the activity a span of time lasts', () => {
  it.each([
    ['the verb before it', '从教60余年，黄会林始终努力通过自己的工作', '60余年', '从教'],
    ['the verb before it, past a filler', '上班仅十几天，他便和另外两名教授一起扎进太行山', '十几天', '上班'],
    ['the verb before it, in quotes', '别看才“触电”一个多月，说起直播技巧来，陈小丽充满创意', '一个多月', '触电'],
    ['the action after 的', '前南峪村的荒山秃岭，经李保国和同事们十几年的开发治理，秃岭变成“山顶洋槐帽”', '十几年', '开发治理'],
    ['the actions after 多的', '景区经过两年多的建设与运营,生态环境持续改善', '两年', '建设与运营'],
    ['the thing after 的', '去年春节，琼州海峡出现了严重的持续8天的大雾', '8天', '大雾'],
    ['the verb after a verb of spending', '古城曾一度被废弃，历经30多年修复后，如今已成为泰国日益受欢迎的旅游目的地', '30多年', '修复'],
    ['the action right after it', '转战口罩机，比亚迪3000多名技术人员24小时轮班赶制，3天画出400多张口罩机图纸，7天就制作出第一台设备！', '3天', '画出'],
    ['the action after it, past an adverb', '转战口罩机，比亚迪3000多名技术人员24小时轮班赶制，3天画出400多张口罩机图纸，7天就制作出第一台设备！', '7天', '制作'],
    ['the action after it, past a numeral (四天四夜)', '攻关小组迅速成立，搬出了高精度数控机床做实验，四天四夜连轴转，终于找到了最佳方案。', '四天', '连轴转'],
    ['the action after it, past 即可', '后台通过大数据和模型分析，一分钟即可出具客户的预审批结果报告。', '一分钟', '出具'],
  ])('%s: %s', (_form, text, start, subject) => {
    expect(figure(text, start).subject).toBe(subject)
  })

  it.each(MODAL_VERBS.map(([word, example]) => [word, example] as const))('a modal (%s) after a span is no activity: “%s”', (word, example) => {
    const span = figuresOf(example).find((f) => f.kind === 'duration')!
    expect(span.subject).not.toBe(word)
  })

  it('a modal after a span is passed over (一年只能种一季稻子: 种 or nothing, never 只能)', () => {
    expect(figure('过去，他们一年只能种一季稻子。', '一年').subject ?? '种').toBe('种')
  })

  it('a span takes no unknown word glued to its own ending as its action (一年多来/x)', () => {
    expect(figure('一年多来，银川市总结经验，持续推进工作。', '一年').subject).toBeNull()
  })

  it('a span alone in its clause takes no action from the next one (18天，4000公里)', () => {
    expect(figure('18天，4000公里，黄河上游段采访覆盖青海、四川、甘肃、宁夏、内蒙古的16个市州。', '18天').subject).toBeNull()
  })

  it.each([...DURATION_FILLERS, ...SPENDING_VERBS].map(([word, example]) => [word, example] as const))('%s is no activity: “%s”', (word, example) => {
    // (延续千年 may be read as a set phrase, with no span at all.)
    const subject = figuresOf(example).find((f) => f.kind === 'duration')?.subject ?? null
    expect(subject).not.toBe(word)
    expect(subject ?? '').not.toMatch(/^(?:时间|时候)$/u)
  })
})

describe('changes and bases of comparisons', () => {
  it('比全省高: a baseline, up, of the figure before', () => {
    const f = figure('我市的贫困发生率为23.6%,比全省高13.2个百分点,贫困人口占全省28.2%。', '13.2个百分点', '2016-09-30')
    expect([f.subject, f.change, f.basis]).toEqual(['贫困发生率', 'up', 'baseline'])
  })

  it('超过去年六倍: up, year-on-year; 超过预定计划三倍: up, against the target', () => {
    const cotton = figure('左权西黄漳村特辟植棉区，棉田超过去年六倍。', '六倍', '1946-05-18')
    const plan = figure('仅邯郸一处，一百一十八宗已达冀钞五九、二七八、○○○元，超过预定计划三倍。', '三倍', '1946-05-15')
    expect([cotton.change, cotton.basis, plan.change, plan.basis]).toEqual(['up', 'year-on-year', 'up', 'target'])
  })

  it('比2018年 on figures of 2019 is year-on-year', () => {
    const f = figure('据海关统计，2019年我国货物贸易进出口总值31.54万亿元，比2018年增长3.4%。', '3.4%', '2020-01-15')
    expect([f.change, f.basis]).toEqual(['up', 'year-on-year'])
  })

  it('a change over 从1949年到2018年 is against its first year', () => {
    const f = figure('从1949年到2018年，我国居民人均可支配收入增长了59.2倍，人均预期寿命从35岁提高到77岁。', '59.2倍')
    expect([f.period, f.change, f.basis]).toEqual([{ raw: '从1949年到2018年', start: '1949-01-01', end: '2018-12-31' }, 'up', 'baseline'])
  })
})

describe('periods', () => {
  it.each([
    ['目前 alone', '目前，该协会已输出共享员工2800余人。', '2800余人', { raw: '目前', start: null, end: '2020-05-18' }, '2020-05-18'],
    ['X以来 of an event', '改革开放以来，7亿多中国人摆脱贫困，为全球树立了发展榜样。', '7亿', { raw: '改革开放以来', start: null, end: '2019-10-01' }, '2019-10-01'],
    ['a month 当月', '9月当月，我国进出口总值2.78万亿元，下降3.3%。', '2.78万亿元', { raw: '9月当月', start: '2019-09-01', end: '2019-09-30' }, '2019-10-15'],
    ['截至 a month', '报告指出，截至今年4月，中国裁判文书网公布文书 9195万份。', '9195万份', { raw: '截至今年4月', start: null, end: '2020-04-30' }, '2020-05-26'],
    ['a span named by an event', '报告指出，智慧法院在疫情防控期间“大显身手”，全国法院网上立案136万件。', '136万件', { raw: '疫情防控期间', start: null, end: null }, '2020-05-26'],
    ['截至 a day', '截至5月9日，入驻银行已审批通过贷款165笔，金额达6.11亿元。', '165笔', { raw: '截至5月9日', start: null, end: '2020-05-09' }, '2020-05-12'],
    ['a third of a month', '3月12日日产量达到500万只，12天后增至1000万只，4月下旬攀升至2000万只。', '2000万只', { raw: '4月下旬', start: '2020-04-01', end: '2020-04-30' }, '2020-05-20'],
    ['a festival of a year', '去年春节，琼州海峡出现了严重的持续8天的大雾，堵车一度超过2万辆。', '超过2万辆', { raw: '去年春节', start: null, end: null }, '2019-02-22'],
    ['a rate per span', '每月都至少有来自泰国各地的2000多名学生前来参观。', '2000多名', { raw: '每月', start: null, end: null }, '2020-01-03'],
    ['a period before a rate per span', '据素可泰历史公园园长塔妲介绍，目前每日入园的游客在1200至2000人。', '1200', { raw: '目前', start: null, end: '2020-01-03' }, '2020-01-03'],
    ['the year just named', '这一年，我们进行了3次境内外考古发掘，举办了6个馆内特别展览。', '6个', { raw: '这一年', start: null, end: null }, '2019-02-03'],
    ['a holiday of a year', '今年国庆假期，旅游消费再创新高，七天全国共接待国内游客7.82亿人次。', '7.82亿人次', { raw: '今年国庆假期', start: null, end: null }, '2019-10-10'],
  ])('%s: %s', (_form, text, start, period, date) => {
    expect(figure(text, start, date).period).toEqual(period)
  })

  it('gives each value of a 分别 list of periods its own period and the subject after them', () => {
    const text = '其中第一季度、第二季度、第三季度进出口规模分别为7.01万亿、7.66万亿和8.24万亿元，呈逐季攀升态势。'
    const values = figuresOf(text, '2019-10-15').map((f) => [f.period?.raw, f.subject])
    expect(values).toEqual([
      ['第一季度', '进出口规模'],
      ['第二季度', '进出口规模'],
      ['第三季度', '进出口规模'],
    ])
  })

  it('gives the first value of a 从…到 span no span up to now', () => {
    const text = '全县建档立卡贫困人口从2014年初的10.81万人降到目前的1.28万人，贫困发生率从54.4%降到6.93%，有望如期脱贫。'
    expect([figure(text, '54.4%', '2019-02-15').period, figure(text, '6.93%', '2019-02-15').period?.raw]).toEqual([null, '目前'])
  })

  it('reads 超过去年 as a basis, not a period', () => {
    expect(figure('左权西黄漳村特辟植棉区，棉田超过去年六倍。', '六倍', '1946-05-18').period).toBeNull()
  })
})
