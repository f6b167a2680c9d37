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
export const ARTICLE_CLASSIFIERS = new Set(['个', '名', '位', '条', '项', '件', '种', '场', '次', '家', '批', '道', '份', '支', '些', '段', '句', '番', '轮'])

/** Ordinal counters: 第六届, 第3批. An ordinal without one (排序第一) is not a figure. */
export const ORDINAL_COUNTERS = /^(?:届|次|批|期|个|名|季|轮|号|家|位|年|天|场|代|任|章|节|条|款|项|版|页|层|排|组)/u

/** Adverbs of aspect kept with the verb they modify: 已完成. */
export const PREDICATE_ADVERBS = new Set(['已', '已经', '共', '累计', '先后', '新', '再'])

/** Parts of speech that make up what a figure counts (jieba's tags; l is a set phrase such as 粮食产量). */
export const NOUN_TAGS = new Set(['n', 'nz', 'nt', 'nl', 'ng', 'vn', 'j', 'l'])

/** Parts of speech that may open a noun phrase before its noun (贫困/a 发生率/n). */
export const MODIFIER_TAGS = new Set(['a', 'b'])

/** Parts of speech between a rate and its figure (发生率 下降了 21.6%, 占比 将 达到 33%). */
export const VERB_CHAIN_TAGS = new Set(['v', 'vd', 'vi', 'd', 'ul', 'uz', 'p', 'ud', 'uv'])

/** Words of scope, not of what is counted (全市667个部门单位: the subject is 部门单位). */
export const NOT_SUBJECTS = new Set(['全市', '全县', '全省', '全国', '全区', '全镇', '全乡', '全村', '全州', '全盟', '我市', '我县', '我省', '本市', '各地', '各级', '目前', '今年', '其中', '合计', '共计', '总计'])

/** Parts of speech of a governing verb. */
export const VERB_TAGS = new Set(['v', 'vd', 'vi'])

/** Modal and copular verbs, which govern nothing countable (能, 将, 是). */
export const NOT_PREDICATES = new Set(['能', '能够', '可', '可以', '要', '会', '将', '应', '应该', '是', '为', '有', '让', '使'])

/** Words that close an enumeration (认领A、B、C等项目474个): the verb stands before the list. */
export const ENUMERATION_END = new Set(['等', '等等'])

/** How many figures of an article are marked as its headline figures. */
export const HEADLINE_FIGURES = 3
