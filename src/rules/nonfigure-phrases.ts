/**
 * Phrases built on a numeral that count nothing, beyond the fixed idioms of
 * `rules/idioms.ts`: open forms whose words vary (一张底图、一个平台, 一个又一个,
 * 灰蒙蒙一片, 算一笔账, “奋斗”二字, 四层内容). One class of `rules/nonfigures.ts`,
 * kept here so that each file stays readable; same shape, each pattern with
 * an example as printed in the corpus (People's Daily pages) or in general use.
 */
import { QUOTED_AMOUNT } from './nonfigure-names.js'
import type { NonFigureClass } from './nonfigures.js'

/** Classifiers that a policy list repeats after 一: 一张底图、一个平台、一套数据. */
const LIST_CL = '[个张套项条份次把笔本台支批座块种网窗门号]'

/** An item of such a list after its 一 and classifier, up to the 、 that ends it. */
const LIST_ITEM = '[^、，。；：“”\\s\\d]{1,10}'

/**
 * Between one item of a policy list and the next 一: the item's own verb (到一个窗口, 创新一套机制), never a verb
 * of building or buying, whose list counts what was built (新建了一座广场、一个卫生室).
 */
const LIST_VERB = '[^、，。；\\s\\d建修盖造购买种养挖添装]{1,3}'

/** What builds or buys the things it counts: 新建, 建成, 修了, 购买 (建成一座“连心桥” builds a bridge). */
const BUILT = '(?<![建修盖造购买种养挖添装][了成起好设]?)'

/** A numeral that is not part of a longer number. */
const FREE = '(?<![\\d.一二三四五六七八九十两百千万亿零〇第])'

export const PHRASE_CLASS: NonFigureClass = {
  name: 'phrase',
  about: 'open phrases whose numeral counts nothing: a policy list of 一s, 一个又一个, 一片 as "all over", metaphors, layers of meaning, the characters of a quoted word',
  patterns: [
    // A list of single things named as a policy: “一张底图、一个平台、一套数据”, 排一次队、到一个窗口、交一套材料,
    // 打造一个龙头、创新一套利益联结机制 (each 一 says "one shared", it counts nothing; 一 alone is no figure). The
    // policy is told by the quotes around the list or by each item's own verb: a list of things built after one
    // verb (新建了一座文化广场、一个卫生室) counts them.
    { source: `(?<=“)一${LIST_CL}(?=${LIST_ITEM}、一${LIST_CL})|(?<![\\d一二三四五六七八九十百千万第])${BUILT}一${LIST_CL}(?=${LIST_ITEM}、${LIST_VERB}一${LIST_CL})`, example: '“一张底图、一个平台、一套数据”' },
    { source: `一${LIST_CL}(?<=“(?:一${LIST_CL}${LIST_ITEM}、){1,4}一${LIST_CL}|一${LIST_CL}${LIST_ITEM}、${LIST_VERB}一${LIST_CL})`, example: '排一次队、到一个窗口、交一套材料' },
    // Day by day: 秋色一日浓过一日, 一天好似一天, 一年强过一年 (the open form of the idiom 一天比一天).
    { source: '一([日天年])\\p{Script=Han}{1,2}[过似于比]一\\1', example: '秋色一日浓过一日' },
    // One after another: 一个又一个难题, 一代又一代, 一次又一次飞跃.
    { source: '一([个次年天批轮遍项座条代场步届茬拨波位名件])又一\\1', example: '一个又一个难题' },
    // 一片 as "all over": 灰蒙蒙一片, 一片忙碌, 响起一片掌声 (一片6万平方米的水域 is not touched).
    { source: '一片(?<=(?:灰蒙蒙|白茫茫|雾蒙蒙|乱糟糟|乱哄哄|闹哄哄|黑乎乎|黑压压|黑漆漆|绿油油|金灿灿|红彤彤|白花花|亮堂堂|[乱响笑哭融]成|打成)一片)', example: '茫茫冰面上灰蒙蒙一片' },
    { source: '一片(?=忙碌|繁忙|繁荣|欢腾|沸腾|欢乐|欢笑|欢声笑语|寂静|宁静|漆黑|狼藉|汪洋|哗然|茫然|混乱|祥和|喜庆|热闹|生机|蓬勃|掌声|叫好声|赞誉|好评|丹心|冰心|真心|深情|苦心|赤诚|光明|大好|嘈杂|安静|死寂|废墟|火红|金黄|葱绿|翠绿|葱茏)', example: '妙因寺村却一片忙碌' },
    // Metaphors: 成为贵州的一张新名片, 一块金字招牌; 算一笔账 is "to reckon".
    { source: '一[张块](?=(?:新|亮丽|靓丽|闪亮|金色|城市|烫金|响亮|靓丽的|亮丽的)?[“"]?(?:名片|金字招牌|招牌|金名片))', example: '大数据已经成为贵州的一张新名片' },
    { source: '一笔(?<=(?:算了?|算清|算好|算出)一笔)(?=\\p{Script=Han}{0,2}账)', example: '给记者算了一笔账' },
    // Layers of meaning: 四层内容, 两层含义, 三层意思.
    { source: `${FREE}[一二两三四五六七八九十\\d]层(?=内容|含义|涵义|意思|意义|内涵|用意|深意)`, example: '关键能力、必备知识” 四层内容' },
    // The characters of a quoted word: “奋斗”二字 (写了两个字 stays a count).
    { source: '(?<=[”」’])[二两三四五六七八九十]个?字(?![数符号节])', example: '都写着“奋斗”二字' },
    // A short name in double quotes before a colon: “千文万华：中国历代漆器艺术展”.
    { source: '“(?=[^”：:]{0,7}[零百千万])[^”：:\\n]{1,8}(?=[：:])', example: '“千文万华：中国历代漆器艺术展”' },
    // A quoted slogan of two numbered parts: “两个确保、一个降低”, “两条底线一起守、两个成果一起收”.
    { source: '“(?=[一二两三四五六七八九十][个条项大][^”]{1,10}[、，][^”]{0,3}[一二两三四五六七八九十][个条项大])[^”\\n]{3,26}”', example: '“两个确保、一个降低”' },
    // A short quoted term that opens with a numeral names a slogan or a programme: “三个过硬”, “四个坚持扭住”,
    // “五链统筹”, “三轮驱动”, “十大合作计划” (every such quote over the corpus is a name); a quote that opens
    // with a span or an amount (“三个月就修好了”) stays a figure.
    { source: `“(?=[一二两三四五六七八九十])(?!${QUOTED_AMOUNT})[^”，。！？；\\n]{1,8}”`, example: '围绕全面锻造“三个过硬”基层' },
    // A name given after 俗称, 简称, 又名: 俗称八亩墩, 简称“万宝非洲”, 简称“一带一路”.
    { source: '(?:俗称|又称|又名|别称|简称|人称|名叫|取名为?|命名为)“?[^，。）)、”\\s]{0,3}[一二两三四五六七八九十百千万\\d][^，。）)、”\\s]{0,6}', example: '107号古墓葬（俗称八亩墩）' },
    // A day of the month said in words before 那天 or 晚上: 三十那天 (New Year's Eve), 十五那天.
    { source: `${FREE}(?:初[一二三四五六七八九十]|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?)(?=那天|这天|当天|晚上|夜里|一早|清早)`, example: '三十那天，除了包饺子' },
    // N年如一日: the years are a figure, 如一日 ("as one day") is not.
    { source: '(?<=[年载])如一日', example: '二十年如一日守护家园' },
    // All round: 全景360度VR直播, 360度全景直播, 360度无死角 (a turn of 360度 with no such word stays).
    { source: '(?<![\\d.])(?:360|720)(?:度|°)(?=全景|VR|无死角|全方位|环绕|环视|立体|视角)|(?:360|720)(?:度|°)(?<=(?:全景|全方位)(?:360|720)(?:度|°))', example: '360度全景直播' },
    // Down to nothing: 趋零化, 归零 (清零 is in the word class).
    { source: '(?<=趋|归)零', example: '真正做到办公空间趋零化' },
    // Pairings: “一对一”师徒关系, 点对点, 一帮一, 三对三篮球赛, 多对一 (一对夫妻 counts a pair).
    { source: '(?<![\\d一二三四五六七八九十百千万])([一二两三四五六七八九十多])[对帮]([一二两三四五六七八九十多])(?![\\d一二三四五六七八九十百千万])', example: '结成“一对一”师徒关系' },
    // Metaphors of one thing built or woven: 是一座有待开掘的“富矿”, 架起一座友谊之桥, 织密一张防护网, 劲往一处使
    // (after a verb of building the thing is real: 建成一座“连心桥”).
    { source: `${BUILT}一座(?=[^，。；\\n]{0,8}(?:富矿|宝库|之桥|连心桥|丰碑|灯塔|桥梁”))|一张(?<=(?:织密|织牢|织就|编织|绘就|描绘)一张)|(?<=往)一(?:处|块)(?=想|使|用|聚|去|走)`, example: '体育产业是一座有待开掘的“富矿”' },
    // A lone thing before a short quoted name is a metaphor or a nickname: 一座“高峰”带动一片“高原”, 让一张“施工图”管到底,
    // 养一只“会下蛋的母鸡”, 成了一条“生命线” (after a verb of building it is real: 建成一座“连心桥”).
    { source: `(?<![\\d一二三四五六七八九十百千万第])${BUILT}一[座张块片只本部把根条道面台套间所颗盏](?=“[^”\\n]{1,8}”)`, example: '由一座“高峰”带动一片“高原”' },
    // A history or a work said to be one book: 人类文明史也是一部同疾病和灾难的斗争史, 古城本身就是一部历史书,
    // 融汇成一部大气磅礴的交响 (出版了一部地方史 counts a book).
    { source: '(?<=是|也是|就是|堪称|汇成|融汇成)一部(?=[^，。；\\n]{0,15}(?:史|史诗|历史书|教科书|百科全书|交响|乐章|长卷))', example: '人类文明史也是一部同疾病和灾难的斗争史' },
    // A fraction said as an idiom: 十之八九, 十之六七 (most of them; gold lists 十之八九 as no figure).
    { source: '十之[一二三四五六七八九]{2}', example: '十之八九' },
    // A thousand years or autumns said for "ages": 听任千载云雨, 千秋功业 (千载难逢 is an idiom).
    { source: `${FREE}千(?:载|秋)(?![\\d万亿])`, example: '听任千载云雨倏忽' },
    // 一一 is "one by one": 一一点亮, 一一合影留念, 一一婉拒.
    { source: '(?<![\\d一二三四五六七八九十百千万初唯])一一(?=\\p{Script=Han})(?![一二三四五六七八九十百千万])', example: '中关村广场一一点亮' },
    // 四处 is "everywhere" before a verb or after 从: 四处奔走, 从四处涌来 (新建四处景点 counts).
    { source: '(?<![\\d一二三四五六七八九十第])四处(?=奔|打量|涌|张望|寻|游荡|流浪|散落|蔓延|漂泊|乱|飘|跑|找|求|看|托|借|筹|打听|搜|逃|躲|可见|都是|皆是|宣传|化缘)|(?<=[从向往到])四处', example: '格桑旺久四处奔走' },
    // 一点 as "a little": 一点点摸, 勤快一点, 一点小事, 手指头点一点 (一点五倍 is a number).
    { source: '一点点|(?<=点)一点(?![一二三四五六七八九\\d])|(?<=[快慢多少好高低大小早晚近远强弱])一点(?![\\d一二三四五六七八九十]|[万亿倍米])|一点(?=小事|小|事)', example: '只能一点点摸' },
    // 一头 as "one end": 一头是活跃的东亚经济圈, 另一头; 这一头的吸引力 (一头牛 counts).
    { source: '(?<=[这那另])一头|一头(?=是|连着|连接|系着|挑着)', example: '一头是博法矿区采场' },
    // A moment of a year or a day, not a span: 一年中最重要的节日, 比上一年增加, 11月的一天上午, 有一年春运; a day
    // before a time of day is a moment only after 的 or 有 or opening a clause (用了一天晚上的时间 is a span).
    { source: '一年(?=中最|之中最|里最|当中最)|一年(?<=[上下]一年)(?![\\d一二三四五六七八九十半多])|(?<=的|有|^|[，。；：！？“\\s])一天(?=上午|下午|晚上|早上|傍晚|清晨|深夜|夜里|中午|凌晨)|一年(?<=(?:^|[，。：“\\s])有一年)(?![以之多半的内\\d一二三四五六七八九十])', example: '春节是一年中最重要的节日' },
  ],
}
