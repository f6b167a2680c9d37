/**
 * What is not a figure, and what makes one worth a headline: data for the
 * figure reader.
 */

/** Words and idioms built on numerals that count nothing (一把手, 一抓到底, 第一时间). */
export const NUMERAL_IDIOMS: readonly string[] = [
  '一把手', '一抓到底', '一目了然', '第一时间', '一头雾水', '一线', '一体化', '一流', '统一', '一系列', '一站式',
  '一揽子', '一盘棋', '一张网', '一批批', '一家人', '一事一议', '三令五申', '四面八方', '五湖四海', '千方百计',
  '千家万户', '七上八下', '一心一意', '一丝不苟', '一以贯之', '一步步', '一次次', '一个个', '一项项', '一件件',
  '进一步', '一方面', '另一方面', '万无一失', '一字一句', '一视同仁', '一刀切', '一条龙', '一窝蜂', '一阵子',
  '一下子', '一口气', '一辈子', '一路', '一概', '一手', '一时', '一带一路', '两手抓', '两手都要硬', '两个维护',
  '四个意识', '四个自信', '两个确立', '三严三实', '两学一做', '四个全面', '五位一体', '一岗双责', '一票否决',
  '第一书记', '一号文件', '不二法门', '独一无二', '十全十美', '九牛一毛', '三心二意', '五花八门', '千篇一律',
  '一马当先', '一往无前', '一鼓作气', '一举一动', '一言一行', '一点一滴', '一草一木', '一砖一瓦', '一针一线',
  '一桩桩', '一幕幕', '一串串', '一排排', '一张张', '一双双', '一份份', '一声声', '一遍遍', '一回回',
]

/** Labels that make the numbers after them contact details, not figures. */
export const CONTACT_WORDS = /(?:电话|热线|手机|传真|邮编|邮箱|QQ|微信|举报|咨询|服务台)[：:号]?$/u

/** Classifiers that make a lone 一 or 两 mean "a" rather than a count. */
export const ARTICLE_CLASSIFIERS = new Set(['个', '名', '位', '条', '项', '件', '种', '场', '次', '家', '批', '道', '份', '支', '些', '段', '句', '番', '轮', '个人'])

/** Ordinal counters: 第六届, 第3批. An ordinal without one (排序第一) is not a figure. */
export const ORDINAL_COUNTERS = /^(?:届|次|批|期|个|名|季|轮|号|家|位|年|天|场|代|任|章|节|条|款|项|版|页|层|排|组)/u

/** Adverbs of aspect kept with the verb they modify: 已完成. */
export const PREDICATE_ADVERBS = new Set(['已', '已经', '共', '累计', '先后', '新', '再'])

/** Parts of speech that make up what a figure counts (jieba's tags; l is a set phrase such as 粮食产量). */
export const NOUN_TAGS = new Set(['n', 'nz', 'nt', 'nl', 'ng', 'vn', 'j', 'l'])

/**
 * Parts of speech that may open a noun phrase before its noun (贫困/a 发生率/n). Not ns: jieba tags
 * verbs such as 惠及 and 新建 as places.
 */
export const MODIFIER_TAGS = new Set(['a', 'b', 'z'])

/**
 * Parts of speech between a rate and its figure (发生率 下降了 21.6%, 占比 将 达到 33%; c: 中国钢产量
 * 只有/c 15.8万吨).
 */
export const VERB_CHAIN_TAGS = new Set(['v', 'vd', 'vi', 'd', 'ul', 'uz', 'p', 'ud', 'uv', 'c'])

/**
 * Words of scope, not of what is counted (全市667个部门单位: the subject is 部门单位), and words of
 * time or plan before a figure (12月份当月更是达到3.01万亿元, 全年计划发放不低于2000亿元).
 */
export const NOT_SUBJECTS = new Set(['全市', '全县', '全省', '全国', '全区', '全镇', '全乡', '全村', '全州', '全盟', '我市', '我县', '我省', '本市', '各地', '各级', '目前', '今年', '其中', '合计', '共计', '总计', '月份', '当月', '年份', '计划'])

/** Parts of speech of a governing verb. */
export const VERB_TAGS = new Set(['v', 'vd', 'vi'])

/** Modal and copular verbs, which govern nothing countable (能, 将, 是). */
export const NOT_PREDICATES = new Set(['能', '能够', '可', '可以', '要', '会', '将', '应', '应该', '是', '为', '有', '让', '使'])

/** Words that close an enumeration (认领A、B、C等项目474个): the verb stands before the list. */
export const ENUMERATION_END = new Set(['等', '等等'])

/** Nouns that make a count a span of time (18个春秋: eighteen years), with the unit they give. */
export const DURATION_NOUNS: readonly (readonly [noun: string, unit: string, example: string])[] = [
  ['春秋', 'year', '18个春秋，当年的破旧混乱大院，早已变成一个清新和谐的文明社区'],
  ['年头', 'year', '十个年头过去了'],
  ['寒暑', 'year', '走过了30个寒暑'],
  ['冬春', 'year', '两个冬春的奋战'],
  ['日日夜夜', 'day', '100多个日日夜夜'],
  ['日夜', 'day', '40个日夜'],
  ['昼夜', 'day', '三个昼夜'],
]

/** Words that are never what a figure counts: basis words, function words, bare verbs of reporting. */
export const FUNCTION_SUBJECTS = new Set([
  '同比', '环比', '其中', '分别', '共计', '合计', '累计', '总计', '达到', '完成', '实现', '增长', '增加', '下降', '减少', '占比', '比重', '比例',
  '同期', '去年同期', '上年同期', '昨日', '当日', '当天',
])

/**
 * Words of what is measured that jieba tags as verbs or times (技术收入/v, 实际使用外资, 审理周期/t):
 * before a figure they are nouns (技术收入2377.6亿元 → 技术收入; 互联网法院案件平均审理周期42天;
 * 累计化解过剩产能/v 4190万吨 → 产能).
 */
export const MEASURE_WORDS = new Set(['周期', '收入', '投资', '投入', '支出', '销售', '消费', '出口', '进口', '贷款', '存款', '利润', '营收', '申请', '产值', '增加值', '零售', '成交', '交易', '融资', '产量', '外资', '产能'])

/**
 * Words between two counts of the same thing that make the second a part of the first
 * (474个“书记项目”已完成280个; 建档立卡贫困户1200户，其中已脱贫980户).
 */
export const PART_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['已完成', '474个“书记项目”已完成280个'],
  ['完成', '计划改造120个小区，完成96个'],
  ['其中', '新增就业1.2万人，其中高校毕业生3200人'],
  ['已有', '全村贫困户56户，已有50户脱贫'],
  ['已建成', '规划项目30个，已建成18个'],
  ['已开工', '重点项目80个，已开工62个'],
  ['竣工', '在建项目40个，竣工25个'],
  ['包括', '受理案件300件，包括民事案件180件'],
  ['含', '培训人员500人（含贫困人口200人）'],
]

/** Classifiers of grades and levels (两级党委, 二等功, 4A级): never a headline figure. */
export const GRADE_CLASSIFIERS = new Set(['级', '等', '星', '档', '届', '代'])
