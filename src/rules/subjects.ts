/**
 * Subjects as data. For `track`: names of one indicator as the papers print
 * them, the place words before a subject that say whose figure it is, and
 * the words that make a figure a running total. For the figure reader
 * (`stats/words.ts`): the forms in which the words after a figure name its
 * subject (12名志愿者, 90岁的郭兰英, 10元服务费), share and back-referring words.
 */

/**
 * Names of one measure, mapped to the name `track` groups them under. The
 * scope is the place the name itself implies (国内生产总值 is always the
 * country's), so a national figure is never taken for a conflicting local one.
 */
export const SUBJECT_ALIASES: readonly (readonly [alias: string, subject: string, scope: string | null, example: string])[] = [
  ['地区生产总值', '地区生产总值', null, '沿江11省市地区生产总值达31.46万亿元'],
  ['生产总值', '地区生产总值', null, '全县完成生产总值56.7亿'],
  ['本地生产总值', '地区生产总值', null, '在本地生产总值、税收等方面实现互利共赢'],
  ['国内生产总值', '地区生产总值', '全国', '我国国内生产总值同比增长6.2%'],
  ['GDP', '地区生产总值', null, '季度GDP增长率一直保持在6%—8%之间'],
  ['经济总量', '地区生产总值', null, '经济总量占全国的44.5%'],
  ['规模以上工业增加值', '规模以上工业增加值', null, '全国规模以上工业增加值同比增加了5.6%'],
  ['规上工业增加值', '规模以上工业增加值', null, '规上工业增加值11.5亿元'],
  ['社会消费品零售总额', '社会消费品零售总额', null, '社会消费品零售总额同比增长8%'],
  ['社消零总额', '社会消费品零售总额', null, '社消零总额增长5%'],
  ['地方一般公共预算收入', '一般公共预算收入', null, '地方一般公共预算收入3项指标增速全市第'],
  ['一般公共预算收入', '一般公共预算收入', null, '一般公共预算收入增长8%'],
  ['地方公共财政预算收入', '一般公共预算收入', null, '地方公共财政预算收入4.47亿元'],
  ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', null, '城镇居民人均可支配收入增长7.8%'],
  ['城镇常住居民人均可支配收入', '城镇常住居民人均可支配收入', null, '城镇常住居民人均可支配收入达到28,416元'],
  ['农村居民人均可支配收入', '农村常住居民人均可支配收入', null, '农村居民人均可支配收入增长9.2%'],
  ['农村常住居民人均可支配收入', '农村常住居民人均可支配收入', null, '农村常住居民人均可支配收入5634元'],
  ['外贸进出口总额', '进出口总额', null, '外贸进出口总额增长3.4%'],
  ['进出口总值', '进出口总额', null, '进出口总值6.65万亿元'],
  ['粮食产量', '粮食总产量', null, '粮食产量达到38亿斤'],
]

/**
 * Place words a subject may start with, and the scope they give it:
 * 全市地区生产总值 is 地区生产总值 of the city.
 */
export const SCOPE_PREFIXES: readonly (readonly [prefix: string, scope: string, example: string])[] = [
  ['全国', '全国', '全国规模以上工业增加值同比增加了5.6%'],
  ['我国', '全国', '我国国内生产总值同比增长6.2%'],
  ['全省', '全省', '全省地区生产总值增长6%'],
  ['我省', '全省', '我省粮食总产量达到760亿斤'],
  ['全市', '全市', '全市地区生产总值完成325.6亿元'],
  ['我市', '全市', '我市社会消费品零售总额增长5%'],
  ['本市', '全市', '本市规上工业增加值增长4%'],
  ['全县', '全县', '全县完成生产总值56.7亿'],
  ['我县', '全县', '我县粮食总产量达到15亿斤'],
  ['全区', '全区', '全区固定资产投资增长9%'],
]

/**
 * Words that make a figure a running total (累计, 截至): a later total for
 * the same subject cannot be lower unless the count started again.
 */
export const CUMULATIVE_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['累计', '累计发放贷款1.2亿元'],
  ['截至', '截至目前，已完成280个'],
  ['截止', '截止到6月底，共接待游客120万人次'],
]

/**
 * What a figure counts when the noun follows it. Each form: the parts of
 * speech it may take (jieba's tags), with an example as printed.
 */
export const COUNTED_NOUN_FORMS = {
  /** The noun itself: 474个“书记项目”, 20个城市 (ns), 8亿多网民 after a bare magnitude. */
  nouns: { tags: ['n', 'nz', 'nt', 'nl', 'ng', 'vn', 'j', 'l', 'ns'], example: '在15个省份20个城市开展民事诉讼程序繁简分流改革试点' },
  /** Up to two words that may open the noun phrase: 50名垂钓/v爱好者, 超4亿中等/b收入/v群体, 5万多当地/s百姓. */
  modifiers: { tags: ['v', 'a', 'b', 's', 'ns'], example: '我市5个县(市、区)的50名垂钓爱好者参加了邀请赛' },
  /**
   * Tags jieba gives some nouns after a classifier (零部件/mq, 养老/nr 机构, 复岗/x 工人, 农家乐/nr, 双河镇19个村/zg): taken
   * as nouns there when the word is Chinese and does not open with a numeral.
   */
  mistagged: { tags: ['mq', 'nr', 'x', 'zg'], example: '一天之内，同在羊城的20多家零部件企业“集结”完毕' },
  /** A person after an age: 90岁的郭兰英 (nr), 13岁女孩吴伊吞 (x), 六十岁老人孙云锦 (zg nr). */
  persons: { tags: ['n', 'nr', 'nrt', 'nrfg', 'zg', 'x', 'ns'], example: '90岁的郭兰英将搭档张也、周旋' },
  /**
   * Words of persons jieba tags otherwise (少年/m), and the words that may open a person before one
   * (苗族/nz 少年, 老/a 铁道兵): 一名15岁的苗族少年, 14岁少年罗逸涵, 有位80多岁的老铁道兵对我说.
   */
  personWords: { words: ['少年'], openings: ['a', 'nz'], example: '两年前，一名15岁的苗族少年因车祸导致肝破裂' },
} as const

/**
 * What a count of people did, when no noun follows it: a verb right after the count, perhaps after an
 * adverb (被迫, 仍然, 从中), with its few words to the end of the clause (18人受伤 → 受伤; 超过12.8万人
 * 被迫逃离家园 → 逃离家园; 268万余人从中受益 → 受益). The people are counted by what they did.
 */
export const PEOPLE_ACTION_FORMS = {
  /** The classifiers of a count of people (人, 名, 人次), as printed at the end of the figure. */
  classifiers: ['人', '名', '人次', '位'],
  adverbs: { tags: ['d'], most: 1 },
  verbs: { tags: ['v', 'vi'] },
  /** An action with its object is a few words at most (滞留在前线地区): beyond, the verb alone. */
  longest: 8,
  /** Verbs of what the people make up, not of what they do: the whole is the subject (文物修复团队共由7人组成). */
  wholes: ['组成', '构成'],
  /** The two of them, not a count: 两人 before a verb is the pair the story follows (两人结婚后继续回北京打拼). */
  pairs: ['两人', '俩人'],
  example: '利比亚首都的黎波里一所军事学院遭到空袭，造成28名学生死亡、18人受伤',
} as const

/** Classifiers of age: the figure is of the person named after it (90岁的郭兰英). */
export const AGE_CLASSIFIERS: readonly (readonly [classifier: string, example: string])[] = [
  ['岁', '75岁的李谷一将和歌手徐子崴搭档演唱歌曲'],
  ['周岁', '全社区68周岁以上老人、孤寡残疾人'],
]

/**
 * Endings of nouns that say what money is for: right after an amount they
 * are its subject (加收10元服务费 → 服务费; 设立50万元产业发展基金 → 产业发展基金).
 * Currency names (1元人民币) are not among them.
 */
export const MONEY_PURPOSE_ENDS: readonly (readonly [end: string, example: string])[] = [
  ['费', '每票快件将加收10元服务费'],
  ['资金', '设立千亿元中央财政奖补资金'],
  ['基金', '通过企业帮扶设立50万元产业发展基金'],
  ['贷款', '国开行设立2500亿元制造业专项贷款'],
  ['现金', '“战疫英雄奖”和2万元现金'],
  ['钱', '买了韩存义二百元钱的肉不给钱'],
  ['补助', '一个月只有120元的补助'],
  ['奖励', '有1000元到3000元的奖励'],
  ['工资', '每个月给她发1000多元工资'],
  ['额度', '通过首贷服务中心，企业成功获得了招商银行157万元授信额度'],
  ['价格', '仍有不少黑车徘徊，对外地游客报出动辄两三百元的价格'],
  ['收入', '2018年，景区升级，每年可为巴吉村增加200万元的集体经济收入'],
  ['红利', '预制场几经变迁，如今成为一家公司，为入股村民贡献70万元红利'],
]

/**
 * Words that make a percent a share of a whole: the subject is the noun
 * before them (贫困人口占全省28.2% → 贫困人口; 武汉导购占比三成 → 武汉导购;
 * 机电产品所占比重接近六成 → 机电产品), not the whole after them.
 */
export const SHARE_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['所占比重', '出口商品中，机电产品所占比重接近六成'],
  ['占比', '据介绍，银泰百货已有超过5000位导购注册为淘宝主播，武汉导购占比三成'],
  ['占', '我市的贫困发生率为23.6%,比全省高13.2个百分点,贫困人口占全省28.2%'],
]

/**
 * Words that name the whole a share is of, right before the share (占外贸总值的42.3%, 占全县3/4):
 * the share's subject is its part and that whole (民营企业进出口占外贸总值), so that a share of
 * exports and a share of imports stay apart; the part alone when no whole is named.
 */
export const WHOLE_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['占', '民营企业进出口增长10.4%，高出外贸整体增速7.6个百分点，占外贸总值的42.3%'],
]

/**
 * Words that open with a word of wholes but name none: a verb (占地) or the share itself (占比).
 */
export const NOT_WHOLES: readonly (readonly [word: string, example: string])[] = [
  ['占比', '武汉导购占比三成'],
  ['占地', '占地70多平方公里的素可泰古城区域'],
  ['占有', '全市新能源汽车市场占有率增至30%'],
]

/**
 * Words of a ratio to a whole named with 的: the whole is not the subject, which stands before them
 * (累计化解过剩产能4190万吨，是国家下达任务的2.45倍 → the 产能 of the clause before).
 */
export const RATIO_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['是', '累计化解过剩产能4190万吨，是国家下达任务的2.45倍'],
  ['为', '中国验放出口的口罩就达278亿只，约为去年全球口罩总产量的3倍'],
  ['约为', '中国验放出口的口罩就达278亿只，约为去年全球口罩总产量的3倍'],
  ['相当于', '出口额相当于去年全年的80%'],
]

/**
 * Words that refer back to a figure already named: a figure they measure is
 * of the subject of the one before it in the paragraph (1949年中国钢产量只有
 * 15.8万吨……2018年，这一数字已超过9亿吨 → 钢产量).
 */
export const ANAPHORIC_SUBJECTS: readonly (readonly [word: string, example: string])[] = [
  ['数字', '1949年中国钢产量只有15.8万吨。2018年，这一数字已超过9亿吨'],
]

/**
 * Words whose first character the number reader takes as a classifier: the
 * whole word is what is counted (近14亿人口 → 人口, not 人 and a stray 口).
 */
export const GLUED_NOUNS: readonly (readonly [word: string, example: string])[] = [
  ['人口', '近14亿人口、超4亿中等收入群体、8亿多网民'],
]

/**
 * Light verbs: before a count of events they name no event (进行了3次…访谈, 召开8次座谈会), so the
 * count is not of them; any other verb right before such a count is the event counted (开庭25万次、
 * 调解59万次 → 调解).
 */
export const LIGHT_VERBS: readonly (readonly [verb: string, example: string])[] = [
  ['进行', '调研组对高凤林个人进行了3次累计超过6小时的单独访谈'],
  ['召开', '调研组内部共召开5次研究分析会'],
  ['举行', '抗疫中的应用举行了4次交流会'],
  ['开展', '全市每年组织开展一次“机关干部下基层”活动'],
  ['组织', '全市每年组织开展一次“机关干部下基层”活动'],
]

/**
 * Classifiers of events (动量词): what follows them is what was done, not
 * what was counted (每月1次深入社区), so only a noun right after them is
 * taken (3次会议).
 */
export const VERBAL_CLASSIFIERS: readonly (readonly [classifier: string, example: string])[] = [
  ['次', '每月1次深入社区'],
  ['趟', '“一次不跑”“最多跑一趟”的行政办事效率'],
]

/**
 * Words that may stand between an activity and the span of time it lasts
 * (上班仅十几天, 颠簸了31个小时, 整整3日): not part of the activity.
 */
export const DURATION_FILLERS: readonly (readonly [word: string, example: string])[] = [
  ['了', '1978年，我从上海乘火车前往广州，路上颠簸了31个小时'],
  ['仅', '上班仅十几天，他便和另外两名教授一起扎进太行山'],
  ['才', '别看才“触电”一个多月，说起直播技巧来，陈小丽充满创意'],
  ['长达', '专家组还连续两天与当地专家进行长达8小时的交流会'],
  ['整整', '其中最长的一次调解花了整整364天'],
  ['足足', '足足值了三个月勤'],
  ['连续', '按照以前的风俗，一般要请四五个人，连续四五天'],
  ['持续', '去年春节，琼州海峡出现了严重的持续8天的大雾'],
  ['延续', '至今还保持着延续千年的冬捕习俗'],
  ['已有', '地球存在了46亿年，已知生命的历史已有34亿年'],
  ['有着', '学校理事长梁文第是有着40年党龄的老党员了'],
]

/**
 * Verbs of spending time, and light verbs: the activity is not before the span but after it
 * (历经30多年修复 → 修复; 用十余天研发出 → 研发; 实行24小时监测 → 监测).
 */
export const SPENDING_VERBS: readonly (readonly [word: string, example: string])[] = [
  ['历经', '古城曾一度被废弃，历经30多年修复后，如今已成为泰国日益受欢迎的旅游目的地'],
  ['经过', '经过40多年的发展，中国人民的生活水平显著提高'],
  ['历时', '手抬肩挑，锹挖镐凿，历时8年'],
  ['用', '旷视科技组织百人精英团线上“云攻关”，用十余天研发出“旷视明骥AI智能测温系统”'],
  ['仅用', '强强联手的“国家队”仅用12天便不辱使命'],
  ['只用', '只用了不到一个小时，企业负责人赵先生就从首贷中心获得贷款'],
  ['花', '其中最长的一次调解花了整整364天'],
  ['耗时', '翻模、制泥胎、阴干、焙烧、组装、做旧，需耗时3个多月'],
  ['需要', '寄快递需要一周时间'],
  ['实行', '对全国联网收费、高速公路收费站实行24小时监测'],
  ['进行', '专家组还连续两天与当地专家进行长达8小时的交流会'],
]

/**
 * The parts of speech of an activity that lasts a span of time: a verb before it (从教60余年), a
 * verb right after a verb of spending (历经30多年修复; 研发/j is tagged as a short name), or an action or thing after 的 (十几年的开发治理,
 * 持续8天的大雾, 延续千年的冬捕/x习俗: jieba leaves some words untagged); never a word of time itself
 * (7天的时间).
 */
export const ACTIVITY_FORMS = {
  verbs: { tags: ['v', 'vi', 'vn', 'j'], example: '从教60余年，黄会林始终努力通过自己的工作' },
  things: { tags: ['v', 'vn', 'n', 'nz', 'l', 'i', 'x'], joiners: ['与', '和', '及'], times: ['时间', '时光', '时候', '时期', '期间', '光阴', '岁月'], example: '经李保国和同事们十几年的开发治理，秃岭变成“山顶洋槐帽”' },
} as const

/**
 * Endings of nouns of measure (rates, shares, amounts): a word before a figure that ends with one
 * is a noun whatever jieba tags it (贡献率/nr, 安全感/nr); standing alone, the ending takes the
 * word before it (竣工/v 率/v → 竣工率).
 */
export const MEASURE_ENDINGS: readonly (readonly [ending: string, example: string])[] = [
  ['率', '安置住房已竣工10.3万套，竣工率90％，搬迁入住40万人'],
  ['感', '调查显示，2018年，广西群众安全感达96.15%，创历史新高'],
  ['比例', '其中年轻受访者的购买比例高达39％'],
  ['系数', '全国居民恩格尔系数已降至28.4%'],
  ['金额', '组织共骗取了68名被害人的70套房屋，涉案金额高达1.78亿余元'],
  ['额', '10年前，“双11”单日成交额为5000万元'],
  ['量', '全民城管微信小程序用户超过28万人，每天点击量为5500人次左右'],
]

/**
 * Latin acronyms of measures (CPI, GDP, PPI), which jieba tags `eng`: before a figure they are
 * nouns like any other (CPI同比上涨3.3% → CPI; 核心CPI同比上涨1.1% → 核心CPI).
 */
export const ACRONYM_NOUNS = { tags: ['eng'], pattern: '^[A-Z][A-Z0-9]{1,5}$', example: '4月份全国CPI（居民消费价格指数）数据显示，CPI同比上涨3.3%' } as const

/**
 * Words that link a measure to its figure which jieba mis-tags (高达/nr, 已降/x 至): like the verbs
 * between them (达到, 为), they are skipped to find the measure (涉案金额高达1.78亿余元 → 涉案金额).
 */
export const LINK_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['高达', '组织共骗取了68名被害人的70套房屋，涉案金额高达1.78亿余元'],
  ['多达', '目前党员志愿者、义务志愿者等人数多达60人'],
  ['已降', '全国居民恩格尔系数已降至28.4%'],
  ['已达', '目前全省试点项目已达2418个，落地周期平均缩短'],
  ['一度', '高寒缺氧，大雪漫山，气温一度降到零下20摄氏度'],
  ['一共', '“我们工作室现在一共10个人，分别有高级技师、技师、高级工……”'],
  ['突破', '从兴办第一家预制场开始，巴吉村集体经济年收入如今突破900万元'],
  ['年均', '核心产业增加值从2014年的2854亿元增长到去年的5548亿元，年均增长18.1%'],
]

/**
 * Units the number reader does not read (temperatures, degrees): after a bare number they are not what
 * it counts, so its subject is looked for before it (冰层温度为零下10摄氏度 → 冰层温度; 硬度在58度 → 硬度).
 */
export const UNREAD_UNITS: readonly (readonly [word: string, example: string])[] = [
  ['摄氏度', '经钻探和雷达测量，冰层温度为零下10摄氏度'],
  ['度', '齿尖要有弧度，齿针要精细抛光，锻火处理，硬度在58度到60度之间'],
]

/**
 * Modal verbs: after a span of time they say what may or must be done in it, not what is done, so
 * the action is looked for past them (一年只能种一季稻子 → not 只能; 一个小时就能解决 → 解决).
 */
export const MODAL_VERBS: readonly (readonly [word: string, example: string])[] = [
  ['只能', '过去，他们一年只能种一季稻子'],
  ['就能', '短的一两个小时就能解决'],
  ['能', '收入多的时候一天能有两三千元'],
  ['可以', '一台机器一天可以收割300亩'],
  ['要', '一头牛一年要吃三吨草料'],
  ['会', '这种病一年会复发几次'],
  ['应', '每人每天应锻炼1小时'],
  ['得', '一年得两万斤左右才够吃'],
]
