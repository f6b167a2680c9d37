/**
 * Numerals that are not figures: they name a congress or a policy, make up
 * an idiom, grade something, give a festival or a day of a date, or are
 * contact and layout codes. Each class is a small table of patterns, each
 * with an example as printed in the corpus or in general use; `stats` skips
 * every number that one of them covers (one call, in `readFigures`).
 * Traditional characters (reposts through a Big5 gateway) read as simplified.
 */
import { NUMERAL_PHRASES, NUMERAL_TERMS } from './idioms.js'
import { NAME_CLASSES } from './nonfigure-names.js'
import { PHRASE_CLASS } from './nonfigure-phrases.js'
import { foldTraditional } from './traditional.js'
import { alternation } from '../util/regex.js'
import { compileScanner } from '../util/scan.js'

/** One kind of numeral that is not a figure. */
export interface NonFigureClass {
  readonly name: string
  /** What the class is, and why its numbers count nothing. */
  readonly about: string
  /** Patterns (no flags: they are joined and scanned with `gu`). */
  readonly patterns: readonly { readonly source: string; readonly example: string }[]
}

const N = '[一二三四五六七八九十〇零两\\d]'

/**
 * Where a term built on a numeral must not run on into a longer word: 三个世界级 and
 * 七十二行政村 are counts, not 三个世界 or 七十二行.
 */
const TERM_END = '(?!级|一流|[处政业])'

/**
 * A year written with two numeral characters (四四年 is 1944, 四九年 1949), leaving out the
 * pairs that say "three or four" (三四年, 七八年: consecutive digits) and 三五 ("a few").
 */
const TWO_DIGIT_YEAR = [...'〇一二三四五六七八九'].flatMap((a, i) =>
  [...'〇一二三四五六七八九'].filter((_, j) => j !== i + 1 && !(i === 3 && j === 5)).map((b) => a + b),
).join('|')

/** What an anniversary is of: 新中国成立70周年, 中缅建交70周年, 改革开放40周年. */
const ANNIVERSARY = '(?:成立|建交|建国|建党|建军|改革开放|新中国|共和国|诞辰|解放|创刊|建校|建院)'

/**
 * Reign titles beyond the common Qing and Ming ones (general knowledge): 嘉靖三年, 元丰二年,
 * 建安十三年, and Japan's eras (令和元年, 平成30年). Titles that are also common words or
 * places (大中, 先天, 绍兴, 永平, 长庆) are left out: 在绍兴3年 is a stay.
 */
const REIGNS = '建文|洪熙|宣德|正统|景泰|天顺|成化|弘治|正德|嘉靖|隆庆|天启|天命|天聪|武德|永徽|显庆|景龙|至德|乾元|大历|贞元|元和|会昌|咸通|建隆|淳化|咸平|景德|大中祥符|天圣|景祐|庆历|皇祐|嘉祐|熙宁|元丰|元祐|绍圣|崇宁|宣和|靖康|建炎|隆兴|乾道|淳熙|绍熙|庆元|嘉定|宝庆|端平|淳祐|宝祐|景定|咸淳|至元|皇庆|延祐|至治|泰定|至顺|至正|建元|元狩|元封|建安|开皇|大业|明治|大正|昭和|平成|令和'

/** Round spans an epoch is told in: 70年, 四十年, 百年 (a span like 5年 or 13年 is a count). */
const EPOCH = '[1-9]0|100|[二三四五六七八九]十|一百|百'

/** The rhetoric that tells an epoch, not a count: 70年风雨兼程, 70年的光辉历程. */
const EPOCH_WORDS = '风雨兼程|山河巨变|砥砺奋进|砥砺前行|春华秋实|沧桑巨变|波澜壮阔|披荆斩棘|筚路蓝缕|栉风沐雨|峥嵘岁月|艰辛探索|的光辉历程|光辉历程|的辉煌历程|的奋斗历程|的非凡历程|的伟大成就|的发展成就|的沧桑巨变|的伟大变革'

export const NON_FIGURE_CLASSES: readonly NonFigureClass[] = [
  {
    name: 'congress',
    about: 'names of party congresses, plenums and sessions: the numbers say which one, not how many',
    patterns: [
      // Not inside a longer numeral nor before a classifier: 五十六大类 counts kinds.
      { source: '(?<![\\d一二三四五六七八九十百千万两])(?:十[一二三四五六七八九]?|二十[一二三四五六七八九]?)大(?![小中型量批幅力学院厦道楼桥类项块板])', example: '党的二十大' },
      { source: `${N}{1,3}届(?:${N}{1,3}[中次])?(?:全会|全体会议|会议)`, example: '二十届三中全会' },
      { source: `${N}{1,3}届(?:全国|省|市|县|区|州)?(?:人大|政协|人民代表大会|党代会|纪委)(?:常委会)?(?:第?${N}{1,3}次)?(?:会议|全会|全体会议)?`, example: '十三届全国人大二次会议' },
      { source: `${N}{1,3}届${N}{1,3}次(?:会议|全会|全体会议)?`, example: '八届一次会议' },
      { source: `第${N}{1,3}届(?:全国|省|市|县|区|州)?(?:人民代表大会|人大|政协|委员会|党代会|代表大会)`, example: '第十四届人民代表大会' },
      { source: `第${N}{1,3}次(?:全体)?(?:会议|全会|代表大会)`, example: '第五次会议' },
      { source: '十[一二三四五六]五(?:规划|时期|期间|计划)?', example: '十四五规划' },
      { source: `${N}{1,3}届(?:中央|省|市|县)?(?:纪委|中纪委)${N}{1,3}次全会`, example: '十九届中央纪委三次全会' },
      { source: `${N}{1,3}届(?:${N}{1,2}中、)+${N}{1,2}中全会`, example: '十九届二中、三中全会' },
      { source: `${N}{1,2}中、${N}{1,2}中全会|${N}{1,3}次全会`, example: '中央纪委三次全会' },
      { source: `第${N}{1,3}次(?:全国|全省|全市|全县)?(?:党代会|党员代表大会|妇代会|团代会)`, example: '第十三次党代会' },
      { source: `${N}{1,3}届(?:中央)?(?:政治局|中央委员会|中央委员|全国委员会|委员会)`, example: '十八届中央政治局常委' },
    ],
  },
  {
    name: 'slogan',
    about: 'policy and slogan terms built on numerals',
    patterns: [
      { source: '三严三实|两学一做|五位一体|四个全面|四个意识|四个自信|两个维护|两个确立|一带一路|一主六双|一三三四|两不愁三保障|三去一降一补|放管服|一岗双责|一票否决|一户一策|一村一品|一城两基地三中心', example: '五位一体' },
      { source: '(?:中央)?八项规定|两个一百年|一国两制|三会一课|四风|三农|六稳|六保|四个伟大|两个务必|三个代表|四项基本原则|(?:和平共处)?五项原则|三位一体|四个不摘|五个一工程|三大攻坚战|两个毫不动摇|两个大局|三重一大|(?:全国|地方|省|市)?两会|两委|两岸', example: '中央八项规定' },
      { source: '第[一二]个百年(?:奋斗目标)?|两个百年', example: '第二个百年奋斗目标' },
      // The general list (rules/idioms.ts): history, doctrine and policy terms.
      { source: `(?<![\\d.一二三四五六七八九十两百千万亿零〇第])(?:${alternation(NUMERAL_TERMS)})${TERM_END}`, example: '三座大山' },
      // Policies named by their number of characters: 十六字方针, 八字方针.
      { source: `${N}{1,3}字(?=方针|诀|经|要诀|真言|箴言|口诀|工作法|方略)`, example: '十六字方针' },
      // One plan per unit: 一户一档, 一人一策, 一村一医; 三个一批, 四个一.
      { source: '(?<![\\d一二三四五六七八九十百千万])一[户人村企校乡镇家岗事案店车品]一(?=\\p{Script=Han})|(?<![\\d一二三四五六七八九十百千万])[两三四五六七八九十]个一(?=批|工程|活动|行动|[”」，。、]|$)', example: '一户一档' },
      // Circles of service named by a time: 15分钟生活圈, 1小时经济圈 (30分钟车程 stays a figure).
      { source: `(?:\\d{1,2}|${N}{1,2})(?:分钟|小时)(?=生活圈|健身圈|便民圈|服务圈|就医圈|经济圈|通勤圈|文化圈|交通圈|阅读圈)`, example: '15分钟生活圈' },
      // An indicator named by a distance: 公园绿地500米服务半径覆盖率 (服务半径达500米 stays a figure).
      { source: '(?<![\\d.])\\d{2,4}米(?=服务半径)', example: '北京市公园绿地500米服务半径覆盖率提高到83%' },
      // The whole country named by its parts: 31个省区市, 56个民族 (30个省区市出台了 counts some of them).
      { source: '(?<![\\d.])(?:31|三十一)个(?=省区市|省（区、市）|省\\(区、市\\)|省、自治区、直辖市)|(?<![\\d.])(?:56|五十六)个(?=民族)|(?<![\\d.])34个(?=省级行政区)', example: '截至5月13日24时，31个省区市和新疆生产建设兵团' },
      // Events named by their date: 一二·九运动, 九一八事变.
      // The world wars: 第二次世界大战结束以来, 二战后 (二战 is a name, not the second of a count).
      { source: '第[一二]次世界大战|(?<![\\d一二三四五六七八九十此这那再又决])[一二]战(?=时期|期间|后|前|结束|胜利|爆发|以来|中|史|老兵)', example: '人类正在经历第二次世界大战结束以来最严重的' },
      { source: '一二[·•]九|九一八|七七事变|五卅|四一二|二七大罢工|五四(?:运动|精神|青年节)', example: '一二·九运动' },
      { source: `${N}{1,3}连(?:增|涨|冠|胜|丰|降|跌|升)`, example: '十四连增' },
      { source: '(?:三|五|十)年(?:行动|攻坚行动|规划|计划)', example: '三年行动' },
      // The last mile of a service: 打通服务群众最后一公里, 最后一米, 最先一公里 (the distance names a task; a race's
      // 最后3公里 is a distance).
      { source: '(?<=最后|最先|最初|最末)一(?:公里|千米|米|里|步|厘米)', example: '打通服务群众最后一公里' },
      // Lists of bans named by their number: 八不准, 三个不准, 五个严禁, 六条禁令, 十要十不要.
      { source: `(?<![\\d.])${N}{1,2}(?:个|条|项)?(?:不准|严禁|禁令|不得|禁止)(?=[，。、；”）)]|$)|${N}{1,2}要${N}{1,2}不要`, example: '严守三个不准' },

      // The hard battles of a plan, as 三大攻坚战 is: 实施四场硬仗, 打赢三大硬仗.
      { source: `(?<![\\d.一二三四五六七八九十百千万])${N}(?:场|大)硬仗`, example: '实施四场硬仗、五个专项治理' },
      // Campaigns named by their length: 百日攻坚行动, 百日会战, 30天攻坚 (历时百日 and 用了30天 count days).
      { source: `(?<![\\d.一二三四五六七八九十百千万])(?<!经过|历经|历时|用了|连续|持续|奋战了?|鏖战了?)(?:百日|百天|(?:\\d{1,3}|${N}{1,3})(?:天|日))(?=攻坚|行动|会战|大会战|冲刺|专项行动|整治行动|清零行动|攻势)`, example: '开展百日攻坚行动' },
      // Programmes named by hundreds, thousands and ten thousands: 万企帮万村, 千企帮千村, 百县千乡万村, 千村示范、万村整治.
      { source: '(?<![\\d.一二三四五六七八九十两])(?:[百千万]\\p{Script=Han}(?:帮|助|兴|联|进|结|包)[百千万]\\p{Script=Han}|百\\p{Script=Han}{1,2}千\\p{Script=Han}{1,2}万\\p{Script=Han}|千\\p{Script=Han}示范[、，]?万\\p{Script=Han}整治)', example: '万企帮万村' },
      // The carbon targets named by their years: 30·60目标, 3060目标 (碳达峰碳中和).
      { source: '(?<![\\d.])30[·•]?60(?=目标|愿景|承诺|战略)', example: '碳达峰碳中和3060目标' },
      { source: '(?:五保|低保|三无)(?:户|人员|对象)', example: '五保户' },
      { source: '双(?:一流|循环|减|创|拥)', example: '双一流' },
    ],
  },
  {
    name: 'idiom',
    about: 'set phrases whose numerals count nothing',
    patterns: [
      {
        source:
          '说一千道一万|从零开始|百尺竿头|愁肠百结|感慨万千|气象万千|千秋伟业|千秋万代|千差万别|千帆竞发|千千万万|成千上万|千仞|千里迢迢|一成不变|一穷二白|三番两次|背水一战|带动一方|造福一方|守护一方|一级(?:做给|抓|带着?|带领)一级|十里八(?:村|乡)|千人一面|一本正经|一门心思|一张蓝图绘到底|一部分|一心一意|万无一失|三心二意|一心只为|一举两得|三番五次|五颜六色|七嘴八舌|千军万马|万众一心|十拿九稳|百折不挠|千锤百炼|百花齐放|百家争鸣|千头万绪|万紫千红|接二连三|一清二楚|百里挑一|一针见血|说一不二|三言两语|四平八稳|八九不离十|独当一面|一分为二|一锤定音|一劳永逸|九死一生|千辛万苦|千变万化|千姿百态|五谷丰登|六畜兴旺|一年四季|四季如春|一望无际|一马平川|半壁江山|三五成群|一言九鼎',
        example: '一心一意',
      },
      // The general list (rules/idioms.ts), never read inside a number: 两千万年 is a figure.
      { source: `(?<![\\d.一二三四五六七八九十两百千万亿零〇])(?:${alternation(NUMERAL_PHRASES)})${TERM_END}`, example: '说三道四' },
    ],
  },
  {
    name: 'word',
    about: 'words written with a numeral character that count nothing: 零售 is retail, 百货 goods, 千万 "by all means", 一点 "a little"',
    patterns: [
      { source: '零(?:售|部件|配件|件|碎|散|星|食|钱|花钱|工|增长|和(?:博弈|思维|游戏)|距离|容忍|门槛|库存|失业|饥饿|排放|事故|障碍|首付|起点|接触|跑腿|利率|风险|投诉|死亡|感染|伤亡|差错|上访|发案|延误|污染|缺陷|成本|等待|换乘|报废)|清零', example: '社会消费品零售总额' },
      // 老两口, 夫妻俩: a couple or a family, not a count.
      // Regnal numbers: 路易十四, 拉玛九世, 伊丽莎白二世, 素可泰三世王.
      { source: '(?<=路易|拉玛|亨利|查理|乔治|爱德华|威廉|腓特烈|伊丽莎白|亚历山大|尼古拉|彼得|理查|詹姆斯|素可泰)[一二三四五六七八九十]{1,3}世?', example: '法王路易十四' },
      { source: '(?<![\\d一二三四五六七八九十百千万第])(?:[一二三四五六七八九]|十[一二三四五六七八九]?)世(?=王|国王|女王|皇帝|教皇|陛下)', example: '素可泰三世王' },
      // A set of views one of which is named: 江湾十八景之一, 西湖十景, 燕京八景.
      { source: `${N}{1,3}景(?=之一)|(?<=西湖|燕京|关中|羊城|潇湘|钱塘|江湾|蓬莱|长安)${N}{1,3}景`, example: '江湾十八景之一' },
      // Strength said in hundreds: 以百倍的努力, 百倍信心 (增长百倍 counts).
      { source: '(?<![\\d.一二三四五六七八九十两几数])百倍(?=努力|信心|热情|勇气|精神|的(?:努力|信心|热情|勇气|精神|干劲))', example: '以百倍的努力' },
      // The youngest child: 老幺, 幺妹.
      { source: '老幺|幺(?=儿|妹|叔|爸|舅|姑)', example: '家里的老幺' },
      // A cross, not ten: 十字绣, 十字架, 红十字会.
      { source: '十字(?=绣|架|形|镐|花|星)|红十字', example: '红十字会' },
      { source: '[老小]两口|两口子|(?<=[夫妇妻娘爷哥姐妹兄弟母女父子俺咱儿孙婆媳])俩', example: '老两口' },
      { source: '(?:四方|八方)(?=游客|宾朋|来客|宾客|支援)', example: '四方游客' },
      // 一方 is "a place": 一方净水, 一方热土 (not a cubic metre).
      { source: '一方(?=净土|净水|水土|天地|热土|乐土|山水|土地|百姓|平安)', example: '群众自发呵护的一方净水' },
      { source: '(?<![\\d一二三四五六七八九十百千万亿])(?:老)?百姓|百货|百科|百合|百灵|百般|百叶窗|秋千|万物|万象', example: '日用百货' },
      // Not inside a number: 三千万要 and 一万一千 are figures.
      { source: '(?<![一二三四五六七八九十百\\d])千万(?=[不别要记]|注意|小心|当心|牢记|珍惜|保重)|(?<![一二三四五六七八九十百千\\d])万一(?![十百千万亿])', example: '千万不要' },
      // 一座座, 一个个, 一封封: a classifier said twice means "many", not one. Not 班 nor 面 nor 国: 抢修一班班长,
      // 一面面向群众, 一国国内法 are a team, "while" and a country.
      { source: '一([座个项件批张双份声遍回桩幕串排条位名家栋片道辆棵朵群幅层户趟块吨天年步级方届代封粒碗波团次盏首颗根支把间所只头匹艘架部本套株枚滴笔台场杯篇句])\\1', example: '展读一封封家书' },
      // 一辆一辆地, 一层一层的泡: the same, said in two steps.
      { source: '一([辆层步点个张块户家件批次天年])一\\1', example: '一辆一辆地检查' },
      // 二 before a classifier, not inside a number, says "second": 二套房, 需要二次往返, 二审.
      // After a count word it counts: 共分二期建设, 每年二次体检. 二期 is whole: 二期投资 is a phase.
      { source: '(?<![\\d.一二三四五六七八九十百千万第分共]|每\\p{Script=Han}?|累计|进行|开展)二(?:期|(?=次|套))|(?<![\\d.一二三四五六七八九十百千万第])二(?=审|胎|孩|手)', example: '二套商业性个人住房贷款' },
      // 四周 is "all around" after a place word: 向四周山谷, 灶台的四周.
      { source: '(?<=[向的在朝往绕]|环顾|围绕)四周(?!内|后|前|时间|以|左右|里)', example: '向四周山谷放射状溢出' },
      // Jieba reads 这一根本问题 as 一根; 一 here is "this one".
      { source: '一(?=根本)', example: '这一根本问题' },
      // 每一 is "each", not one: 每一类收费车型, 每一位观众 (每一万元 and 每一百人 are numbers).
      { source: '(?<=每)一(?![\\d.一二三四五六七八九十百千万亿点])\\p{Script=Han}?', example: '确保每一类收费车型' },
      // 作为一门, 是一门: "as a" (开设一门课程 counts).
      { source: '(?<=作为|成为|是|不失为|堪称)一门', example: '作为一门前沿科学' },
      // "The most … one" is which one, not how many: 规模最大、等级最高的一座贵族墓园, 最长的一次调解, 位置最好的一片地.
      { source: '(?<=最[^，。；！？\\s\\d]{1,6}的)一[座个处家所位名项条部种片块次]', example: '规模最大、等级最高的一座贵族墓园' },
      // Someday: 终有将癌症变为慢性病的一天, 总有实现的一天.
      { source: '(?<=(?:终|总|会|必|早晚)有[^，。；！？\\n]{0,20}的)一天(?=[，。；！？”]|$)', example: '相信人类终有将癌症变为慢性病的一天。' },
      // Never for a day: 发展一天不停步, 一刻也不放松, 一天都没闲着.
      { source: '一(?:天|日|刻|时)(?:也|都)?(?:不|没|未)(?=停|歇|休|耽误|放松|懈怠|落下|离开|闲|间断|中断)', example: '发展一天不停步' },
      // Not a single: 没有读过一天书, 没顾得上喝一口水, 未发生一起事故 (the negation counts nothing).
      { source: '(?<=(?:没|没有|未|从未|不曾)(?:顾得上|顾上)?(?:读|上|念|喝|吃|睡|休息|歇|停|离开|请|耽误|落下|发生|出现|出过)?过?)一(?:天|口|分钱|刻|次|句|步|个字|顿|觉|夜|起)', example: '石爬专没有读过一天书' },
      // A year or a day as a moment, not a span: 新的一年, 这一年, 每一天, 终于有一天.
      { source: '(?<=新的|这|那|每|哪|某|任何)一(?:年|天|日|夜|晚|刻)(?![\\d一二三四五六七八九十半多])', example: '新的一年' },
      { source: '(?<=终于有|总有|终有|忽然有|突然有|[，。：“\\s]有)一(?:天|日)(?![\\d一二三四五六七八九十半多])', example: '终于有一天，人们发现' },
      // A quality says it with or without 的 (是关键一年); a verb of effort only with 的: 奋斗的一年, but 再奋斗一年 is a span.
      { source: '(?<=(?:重要|不平凡|不寻常|难忘|关键|特殊|意义|美好|精彩|辉煌)的?|(?:丰收|奋斗|收官|决胜|攻坚|忙碌|充实)的)一年(?![多半以内]|的?时间)', example: '是具有里程碑意义的一年。' },
      // The day after, the first year: 第二天，她在医院; gold lists 第一天 and 第一年.
      { source: `第${N}{1,3}(?:天|日|晚|夜|年)(?![\\d一二三四五六七八九十])`, example: '第二天，她在医院做了' },
      // 亿万人民, and a thousand years said for "long ago": 传承千年, 千万年前, 百年大党.
      { source: '(?<![\\d一二三四五六七八九十百千万])亿万(?=人民|群众|农民|家庭|观众|网民|同胞|儿女|人的)', example: '亿万人的渴望' },
      { source: '(?<![\\d.一二三四五六七八九十两百千万亿几数上近余多约逾超])[千万]年(?![\\d]|历史|以上|之久|左右|前|后)', example: '冬捕习俗传承千年' },
      { source: '(?<![\\d.一二三四五六七八九十两百千万亿几数上近余多约逾超])百年(?=大党|大计|来|老店|名校|古树|传承|梦想|变局|未有|苦难|风华|巨变|沧桑|不遇|一遇)|(?<=穿越|跨越)百年', example: '百年大党' },
      { source: '(?<=[这那有了])一点(?![一二三四五六七八九\\d]|[万亿倍米])|一点(?=[不也都儿])', example: '这一点' },
    ],
  },
  PHRASE_CLASS,
  ...NAME_CLASSES,
  {
    name: 'grade',
    about: 'grades, ranks and awards: a level, not a quantity',
    patterns: [
      { source: '[一二三四五六七八九特]等(?:功|奖|品)', example: '二等功' },
      { source: '(?:[1-5１-５]A|A{2,5})级(?:旅游)?(?:景区|景点)?', example: '4A级景区' },
      { source: '[一二三]级[甲乙丙]等', example: '三级甲等' },
      { source: '[一二三四五]星级', example: '五星级' },
      { source: '[一二三四]级(?:战备|保护|响应|预警|警报|文物|运动员|应急响应|教授|演员|医院|学科|建造师|建筑师|消防工程师|心理咨询师|技师|防护|公路|资质|伤残|护理|风险)', example: '一级响应' },
      { source: '(?<![\\d.])[一二三]本(?=线|院校|高校|批次|分数线)|(?<=考上|考入|考取|上了)[一二三]本(?![\\d])', example: '超过一本线' },
      { source: '[一二三特]级(?=战斗英雄|英模|英雄模范)', example: '一级战斗英雄' },
      // Ranks of the civil service, police and courts: 二级巡视员, 一级调研员, 三级警长, 四级高级法官.
      { source: '[一二三四]级(?=巡视员|调研员|主任科员|科员|主办|警长|警督|警司|警监|高级法官|法官|高级检察官|检察官|高级警长|职员)', example: '内蒙古自治区林草局二级巡视员' },
      // Tiers of government named before their number: 省市县三级, 县乡村三级, 中央和省两级, 上一级.
      { source: '(?<=(?:中央|省|市|县|区|乡|镇|村|组|州|旗)[、和与及]?)[两三四五六]级|(?<=[省市县区乡镇村上下同])一级(?![\\d一二三四五六七八九十])', example: '县乡村三级河（湖）长' },
      { source: '[两三四五六]级(?=联创|书记|联动|调度|河长|湖长|林长|网格|责任体系|服务体系)', example: '五级书记抓扶贫' },
      { source: '劣[一二三四五]类', example: '劣五类比例为1.2%' },
      // Classes by order of magnitude: 千亿级产业集群, 十万级无尘车间.
      { source: '(?<![\\d.一二三四五六七八九十两])[十百千万亿]{1,3}级', example: '千亿级产业集群' },
      // Stages of a river's cascade: 桑河二级水电站.
      { source: '[一二三四五六七八九十]级(?=水电站|电站|航电枢纽|枢纽)', example: '桑河二级水电站' },
      // Phases of a project: 美丽山二期项目, 一期核心区, 一期投资2亿元 and 二期投资3亿元 alike, 项目1期投资.
      { source: '(?<![分共为\\d.])(?:[一二三四五六七八九]|\\d)期(?=项目|工程|核心区|扩建|厂房|工地|用地|规划|投资|总投资|建设|计划投资|占地|\\d{1,4}(?:条|个|座|栋|台|套|家)|[一二三四五六七八九十]{1,3}(?:条|个|座|栋|台|套|家))', example: '美丽山二期项目' },
      { source: '[一二三]甲医院|[一二三]级[甲乙丙]等医院', example: '三甲医院' },
      // School years: 三年级, 5到11年级, 高三, 大一.
      { source: '(?<![\\d.])(?:十[一二]|[一二三四五六七八九]|1[0-2]|[1-9])(?:[到至—－~-](?:十[一二]|[一二三四五六七八九]|1[0-2]|[1-9]))?年级|(?<![\\d一二三四五六七八九十百千万])(?:高[一二三]|初[一二三](?=学生|年级|班|新生|学子)|大[一二三四](?=学生|新生|学子|那年|时))', example: '为5到11年级学生教中文' },
      // A class of students named by the year it entered or leaves: 2017级制造班, 2020届毕业生.
      { source: '(?<![\\d.])(?:19|20)\\d{2}(?:级|届)(?![\\d])', example: '常州工业职业技术学院2017级制造班的学生' },
      { source: '(?:985|211)(?=工程|高校|院校|大学|学校)|双一流', example: '985高校' },
      { source: '[一二三四五]类(?=水质|水|地区|区域|城市|资源|疫苗|人员|对象|手术|口岸|苗|物资|产品)', example: '一类水质' },
      // Exam and skill levels (general knowledge): 英语四级, 钢琴十级, 围棋九段, 黑带二段, 普通话二级甲等.
      { source: '(?:英语|日语|俄语|德语|法语|韩语|普通话|钢琴|小提琴|古筝|二胡|舞蹈|围棋|象棋|跆拳道|计算机|CET-?|HSK)[一二三四五六七八九十\\d]{1,2}(?:级|段)|黑带[一二三四五六七八九十]段|(?<![\\d一二三四五六七八九十])[一二三四五六七八九]段(?=棋手|高手)', example: '考过英语四级' },
      // A school class: 三年二班, 初三(2)班, 高一3班 (general knowledge).
      { source: '(?:[一二三四五六七八九]年级?|初[一二三]|高[一二三])[（(]?[一二三四五六七八九十\\d]{1,2}[）)]?班', example: '三年二班的同学' },
      // Tiers of cities: 一线城市, 三四线城市.
      { source: '[一二三四五]{1,2}线(?=城市|大城市)', example: '三四线城市' },
    ],
  },
  {
    name: 'calendar',
    about: 'festival and lunar-calendar days, and holidays named by a date',
    patterns: [
      { source: '(?:正|腊|冬|[一二三四五六七八九十]{1,2})月(?:初[一二三四五六七八九十]|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]?)', example: '正月十五' },
      { source: '(?:大年|年)(?:三十|初[一二三四五六七八九十])', example: '大年初一' },
      // Events named by their date with a middle dot: 3·15晚会, 5·12汶川地震, 9·11事件, 6·18.
      { source: '(?<![\\d.])(?:1[0-2]|[1-9])[·•](?:[12]\\d|3[01]|[1-9])(?![\\d.])', example: '5·12汶川地震' },
      { source: '(?:五一|十一|六一|七一|八一|五四|三八)(?=节|期间|假期|黄金周|前夕|当天|劳动节|国际|长假|小长假|妇女节|青年节|儿童节|建军节|建党|国庆)', example: '三八妇女节' },
      { source: '(?:农历|正月|大年)初[一二三四五六七八九十]|二月二(?![十日])|腊八|九九重阳', example: '农历初一' },
      { source: '双(?:十一|11|十二|12)|(?<![\\d.])618(?=大促|购物节|年中|活动|期间|当天|狂欢|促销)', example: '双十一' },
      { source: '三伏天?|数九|三九天', example: '三伏天' },
      { source: '二十四节气', example: '二十四节气' },
    ],
  },
  {
    name: 'era',
    about: 'years, decades, centuries and anniversaries that date something, and a time counted back from now (6年前)',
    patterns: [
      { source: '公元前?\\d{1,4}年', example: '公元1238年' },
      { source: '(?<![\\d.])1\\d{3}年(?![来间多余])', example: '1283年' },
      { source: `(?:上|本)?世纪${N}{1,3}年代|\\d{2,4}年代|${N}{1,3}世纪`, example: '上世纪70年代' },
      { source: '(?:[一二三四五六七八九]{1,2}十|[一二三四五六七八九]{2})年代', example: '五六十年代' },
      { source: `(?:${N}{1,4}|[一二三四五六七八九十百]{1,6})周年`, example: '70周年' },
      // 成立4年零4个月后 is a span the text measures, not the anniversary.
      { source: `(?:建[党国交军]|成立|解放|改革开放|诞辰|新中国|共和国)${N}{1,4}(?:多|余)?年(?!零)|建[党国]百年`, example: '建交70年' },
      { source: `${N}{1,3}(?:多|余|几|来)?年前(?![\\d])`, example: '十多年前' },
      // Back or forward from a day the text gives: 24亿年前, 约4500万年前, 12天后增至, 5个月后, 半年前.
      { source: `(?<![\\d.零〇年个]|隔离|经过|历经|经历|用了|持续|坚持|治疗|住院|观察|培训|等待|连续|隔|隔了|阔别|过了)(?:约|近|大约|距今)?(?:\\d+(?:\\.\\d+)?|${N}{1,4}|半)[万亿]?(?:多|余)?(?:个多|个半|个)?(?:年|天|日|周|星期|月)(?:前|后)(?![\\d一二三四五六七八九十])`, example: '约4500万年前' },
      // The span of a rate, not a figure: 每10年约升高0.33摄氏度.
      { source: `(?<=每)(?:\\d+|${N}{1,3})(?:个)?(?:年|月|天|周)(?=约|平均|就|便|升|降|增|减|上升|下降|提高|增加|减少|递增|递减)`, example: '每10年约升高0.33摄氏度' },
      { source: '(?:前|后|头|同|当)一(?:天|日|年|晚)', example: '除夕前一天' },
      // The decades of a century: 新世纪第二个十年, 21世纪第三个十年 (a span the century names).
      { source: '(?<=世纪)第?[一二三四五六七八九十]个十年', example: '新世纪第二个十年' },
      { source: '千百年来?|百年(?:未有之大变局|奋斗目标|大计|老店|名校)', example: '百年未有之大变局' },
      // A span the paragraph has named as an anniversary: 新中国成立70周年摄影展 … 反映了70年来邯郸各项事业, 过去70年
      // (a span of years with no anniversary of the same number around it stays a figure: 近40年来的新低).
      { source: `(?<![\\d.近约超逾多])(\\d{2,3}|[二三四五六七八九]十|百)年(?=来|的|间)(?<=${ANNIVERSARY}\\1(?:周)?年[^\\n]{0,600}\\1年)`, example: '新中国成立70周年摄影展”。展览反映了70年来邯郸' },
      { source: `(?<![\\d.近约超逾多])(\\d{2,3}|[二三四五六七八九]十|百)年(?=来|的|间)(?=[^\\n]{0,600}${ANNIVERSARY}\\1(?:周)?年)`, example: '70年来，中国人民发愤图强。新中国成立70周年' },
      { source: `(?<=过去|走过的|回望|回首)(\\d{2,3}|[二三四五六七八九]十|百)年(?<=${ANNIVERSARY}\\1(?:周)?年[^\\n]{0,600}\\1年)`, example: '新中国成立70周年。回望过去70年' },
      // The same epoch told in rhetoric, with no anniversary named: 70年风雨兼程, 辉煌的70年, 70年的光辉历程,
      // 回望70年的新中国美术, 中国70年发展, and N年来 opening a sentence whose clause the Republic or the Party opens
      // (70年来，新中国美术工作者…; 70年来，正是坚持…，我们党凝聚起…). A span glued to its own owner (水库运行50年来) or
      // followed by a clause of someone else's (20年来，他见证了新中国工业; 10年来，全县共发展中国共产党党员) is a count.
      { source: `(?<![\\d.近约超逾多余])(?:${EPOCH})年(?:(?=来?[，、]?(?:${EPOCH_WORDS}))|(?<=(?:辉煌|光辉|不平凡|波澜壮阔|伟大|非凡)的(?:${EPOCH})年)|(?=的(?:新中国|共和国|祖国)|发展(?:取得|成就|奇迹))|(?<=(?:新中国|共和国|祖国)走过的(?:${EPOCH})年)|(?<=(?:^|[，。；：！？“”\\s])(?:${EPOCH})年)(?=来，(?:[^。！？\\n]{0,60}[，；])?(?:新中国|共和国|人民共和国|我们党|中国共产党(?!党员))))`, example: '70年风雨兼程、70年山河巨变' },
      // A year in two numeral characters: 四四年增加临县 (1944), 四九年.
      { source: `(?<![\\d一二三四五六七八九十百千万〇零两几数近约第])(?:${TWO_DIGIT_YEAR})年(?![代来间多余内前后以左])`, example: '四四年增加临县、河曲' },
      { source: `${N}{1,3}(?:岁)?华诞`, example: '是您七十华诞' },
      // Years counted from now, named as a span like 过去5年 (a period): 未来五年, 今后五年, 这两年, 最近三年; not 提前两年.
      { source: `(?<=未来|今后|往后|此后|(?<![提])前|最近|[这那])${N}{1,3}(?:多|余)?年(?![\\d一二三四五六七八九十半多余])`, example: '未来五年是实现两个百年目标的历史交汇期' },
      // Reign years and the years of the Republic: 民国三十五年, 光绪二十六年, 康熙元年.
      // The year is matched first and the title looked back for: a long alternation tried at every position is slow.
      { source: `(?<=(?:民国|光绪|宣统|同治|咸丰|道光|嘉庆|乾隆|雍正|康熙|顺治|崇祯|万历|永乐|洪武|贞观|开元|天宝|${REIGNS}))(?:元|${N}{1,3})年`, example: '民国三十五年' },
    ],
  },
  {
    name: 'month',
    about: 'months and spans of months: a period, not a quantity',
    patterns: [
      { source: `${N}{1,2}(?:至|到|—|－|-|~)${N}{1,2}月`, example: '1—2月' },
      { source: `${N}{1,2}月(?:当月|份)`, example: '9月当月' },
      // A month named alone (1月，我们举办了…; 截至11月): 个月 counts months, 月 names one.
      { source: '(?<![\\d.个])(?:1[0-2]|0?[1-9])月', example: '截至11月' },
      { source: '(?<![\\d０-９.个])(?:１[０-２]|[０-９])月', example: '在４月份对迷迭香进行集中采收' },
      // Seasons and years of account: 2018—2019赛季.
      { source: '(?<![\\d.])(?:19|20)\\d{2}[—－~-](?:19|20)?\\d{2}(?=赛季|年度|学年|财年|年)', example: '2018—2019赛季' },
    ],
  },
  {
    name: 'term',
    about: 'words built on a numeral that name a kind of thing: generations, rounds, parties, digits',
    patterns: [
      { source: '(?<![\\d.])[0-9]{2}后(?![\\d])|[八九零〇][零〇五]后', example: '95后' },
      { source: '二次(?:就业|创业|开发|利用|污染|元|分配|感染|伤害|装修|发育)', example: '二次就业' },
      { source: '[两三四五六多]方(?:协议|会谈|合作|会晤|机制|对话|共赢)', example: '四方协议' },
      { source: '[个十百千万两三四五六七八九]位数', example: '两位数' },
      { source: `${N}{1,2}人制`, example: '五人制足球赛' },
      // A formula said in words: 1+1大于2, 1+1>2 (the numbers make a figure of speech).
      { source: '(?<![\\d.])\\d(?:\\s?[+＋]\\s?\\d)+\\s?(?:大于|小于|等于|[>＞<＜=＝])\\s?\\d(?![\\d.])', example: '才能产生1+1大于2的效果' },
      // A tenor names a rate or a bond: 5年期LPR, 1年期贷款市场报价利率, 10年期国债 (贷款期限为5年 stays a figure).
      { source: `(?<![\\d.])(?:\\d{1,2}|${N}{1,2})年期(?=以上|以内|LPR|贷款市场报价利率|国债|存款|定期|贷款|利率|品种|美债|债券)`, example: '首套房贷利率是5年期LPR基础上加30个基点' },
      { source: '7\\s?[×xX*]\\s?24', example: '实行7×24小时服务' },
      // Classes of accident named by a threshold: 未发生一次死亡5人以上道路交通事故.
      { source: `(?<=一次(?:性)?(?:死亡|造成死亡|造成))(?:\\d{1,3}|${N}{1,3})人以上(?=的?\\p{Script=Han}{0,6}事故)`, example: '未接报发生一次死亡5人以上道路交通事故' },
      // Schooling named by its years: 九年义务教育, 十二年一贯制.
      { source: `${N}{1,2}年(?=制|一贯制|义务教育)`, example: '九年义务教育' },
    ],
  },
  {
    name: 'day',
    about: 'the day of a date written alone in prose: 23日，在德城区…',
    patterns: [
      // A date written with dots, dashes or slashes: 2020.1.1, 2018-08-17, 2019/12/31 (2061.5亿元 has no third part).
      { source: '(?<![\\d.])(?:19|20)\\d{2}([.\\-/])(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12]\\d|3[01])(?![\\d.])', example: '白城日報(數字版)  2018-08-17 09:18:00' },
      { source: '(?<![\\d.])(?<!(?<![到在])了)[0-3]?\\d日(?=[，,、和及与至到—~－（(-]|[上下中]午|晚|凌晨|早|夜|起|前|后|以来|当天|在|举行|召开|上午|下午|傍晚|电|讯|发布|开幕|闭幕|结束|开始|\\d{1,2}[点时:：])', example: '23日，在德城区' },
      { source: '(?<=\\d日(?:和|及|与|、|至|到|—|－|-))[0-3]?\\d日', example: '6月14日和15日' },
      // The same in numeral characters: 将在二十日举行创刊典礼 (历时二十日 counts days, and so do days after a verb and 了:
      // 连续奋战了二十日, 住了十日; 到了二十日 is the date).
      { source: '(?<![\\d一二三四五六七八九十百千万〇零两第个连每近约数几余多]|历时|用时|为期|持续|长达|整整|足足|(?<![到在])了)(?:三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日(?=举行|召开|开幕|闭幕|起|电|讯|晚|上午|下午|凌晨|发布|[，、和至到—－])', example: '将在二十日举行创刊典礼' },
      // Any day of a month in prose (央行1日宣布, 记者9日从…获悉), unless it counts days
      // (连续3日, 5日内, 3日游) or is the yen (日元).
      { source: '(?<![\\d.]|连续|一连|接连|历时|持续|用时|为期|整整|足足|长达|将近|大约|约|达|每|近|超过|不到|不足|仅|共|前|后|头|这|那|数|几|(?<![到在])了)(?:[12]\\d|3[01]|0?[1-9])日(?![元圆币游内之均])', example: '央行1日宣布' },
    ],
  },
  {
    name: 'time',
    about: 'times of day: 10点—18点, 上午9时30分',
    patterns: [
      // After a day or a time of day said in words: 6月14日10点, 夜里10点, 次日清晨6点.
      { source: '(?<=日|上午|下午|晚上|早上|凌晨|中午|傍晚|晚|早|晨|夜里|夜间|深夜|半夜|午夜)\\d{1,2}(?:点|时)(?:\\d{1,2}分|半|许)?(?:[—－~至到-]\\d{1,2}(?:点|时)(?:\\d{1,2}分|半)?)?', example: '6月14日10点' },
      // A clock: 14:30, 8:00—17:00, 12：00; after a time word, or anywhere but after a ratio's
      // word (师生比为1:15, 按1:10比例, 比例尺为1:50 are ratios, not times).
      { source: '(?<=上午|下午|晚上|早上|凌晨|中午|傍晚|晚|早|时间为|时间是|每天|每日|于|从|[—－~至到-])(?:[01]?\\d|2[0-4])[:：][0-5]\\d(?:[:：][0-5]\\d)?(?![\\d.])', example: '服务时间为8:00—17:00' },
      { source: '(?<![\\d.:：]|比|为|按|照|以|是|例|尺|率)(?:[01]?\\d|2[0-4])[:：][0-5]\\d(?:[:：][0-5]\\d)?(?![\\d.]|的?比|配)', example: '14:30举行' },
      { source: '\\d{1,2}(?:点|时)(?:\\d{1,2}分|半)?[—－~至到-]\\d{1,2}(?:点|时)', example: '10点—18点' },
      // Midnight: 零点到4点 (零点几 is a number).
      { source: '(?<![\\d.])零[点时](?=到|至|起|前|后|以后|以前|钟|左右|[，。、—－~-])', example: '零点到4点第二次巡逻' },
      // On the hour: 十二点整, 七点钟 (a clock time however it is written).
      { source: '(?<![\\d.])(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:点|时)(?:整|钟)', example: '十二点整' },
      // In words: 凌晨两三点, 下午两点半, 夜里一两点.
      { source: '(?<=上午|下午|晚上|早上|凌晨|中午|傍晚|夜里|深夜|半夜|晚|早|当晚|次日)[一二两三四五六七八九十]{1,3}(?:点|时)(?:[一二三四五六七八九十]{1,3}分|半|许)?', example: '凌晨两三点' },
    ],
  },
  {
    name: 'contact',
    about: 'postcodes, telephone, licence and registration numbers',
    patterns: [
      { source: '邮编[:：]?\\s{0,3}\\d{6}', example: '邮编:250014' },
      { source: '\\p{Script=Han}{0,2}ICP[备证]\\d{1,12}号(?:-\\d{1,4})?', example: '鲁ICP备05004346号' },
      { source: '公网安备\\s{0,3}\\d{1,20}号?', example: '辽公网安备21100202000245' },
      { source: '许可证[:：]?\\s{0,3}\\d{1,20}', example: '互联网新闻信息服务许可证:21120220005' },
      { source: '(?:VX|QQ|微信)[:：]?\\s{0,3}\\d{5,12}', example: 'VX:21517825' },
      // Service numbers: 拨打110报警, 12345热线.
      { source: '(?<![\\d.])(?:110|119|120|122|12345|12315|12369|12306|12348|12388|12389)(?=报警|急救|热线|电话|火警|平台|求助|服务|举报)|(?<=拨打)(?:110|119|120|122|12345|12315)(?!\\d)', example: '拨打110报警' },
      { source: '(?<=\\d{7,8}[ \\u3000])\\d{7,8}(?!\\d)', example: '0531-85196329 85196361' },
      // Identifiers (general knowledge): an ID or bank-card number (15 digits and more, never a figure in prose),
      // a number after 编号/卡号/账号, a licence plate, a file or docket number with its year in brackets.
      { source: '(?<![\\d.,，])\\d{15,22}[Xx]?(?![\\d.])', example: '身份证号220802199001011234' },
      { source: '(?:身份证号码?|卡号|账号|帐号|编号|号码|代码|订单号|单号|工号|学号|编码)[：:\\s]{0,2}[A-Z0-9-]{4,24}', example: '卡号：6222021234567890' },
      { source: '[A-Z](?<=[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z])[·•\\s]?[A-Z0-9]{5,6}(?![\\dA-Z])', example: '车牌是吉A·12345' },
      { source: '[（(〔\\[［【]\\s?(?:19|20)\\d{2}\\s?[）)〕\\]］】][\\p{Script=Han}\\dA-Za-z]{1,12}?\\d{1,6}号', example: '案号（2019）吉08民初123号' },
    ],
  },
  {
    name: 'address',
    about: 'house numbers and rooms of an address',
    patterns: [
      { source: '(?<!\\d)\\d{1,5}号(?:[A-Z]\\d{1,4}|楼|院|门)?', example: '6号F15' },
      { source: '(?<=号楼|单元)\\d{2,4}(?:室|房间?)?', example: '6号楼606' },
      // A flat: 4栋2单元, 6单元501, 302室; a basement floor: 负一层, 地下二层.
      { source: '(?<![\\d.])\\d{1,3}(?:栋|幢|号楼)\\d{1,3}单元(?:\\d{2,4}(?:室|号)?)?|(?<![\\d.])\\d{1,3}单元\\d{2,4}(?:室|号)?|(?<![\\d.])\\d{3,4}(?:室|房间)(?![\\d])', example: '家住4栋2单元' },
      { source: '(?:负|地下)[一二三四五\\d]层', example: '地下二层' },
      // A floor of a building numbered before it: B4栋2层, 3号楼5层 (一栋6层教学楼, 主楼18层 count storeys).
      { source: '(?<=(?:[A-Za-z]\\d{0,4}|\\d{1,4}号)[栋幢座楼])\\d{1,3}(?:层|楼|室)', example: 'B4栋2层' },
      // Coordinates: 东经88.5度, 北纬30°.
      { source: '[东西]经\\d{1,3}(?:\\.\\d+)?(?:度|°)|[南北]纬\\d{1,2}(?:\\.\\d+)?(?:度|°)', example: '沿着东经88.5度线' },
    ],
  },
  {
    name: 'layout',
    about: 'layout codes by photos and names, and page references',
    patterns: [
      { source: '图?[①-⑳]', example: '图①' },
      { source: '第?[A-Z]{0,2}\\d{1,3}版|第[一二三四五六七八九十]{1,3}版', example: '第三版' },
    ],
  },
]

/**
 * Every class's patterns, compiled once into one scanner that finds what
 * their joined alternation would (`util/scan.ts`), running a pattern only on a
 * paragraph that holds a character it needs. Every repeat is bounded, so a
 * long run of digits costs linear time.
 */
const SCANNER = compileScanner(NON_FIGURE_CLASSES.flatMap((c) => c.patterns.map((p) => p.source)))

/**
 * Where a text holds numerals that are not figures.
 *
 * @param text a paragraph
 * @returns the spans (offsets into `text`) whose numbers are not figures
 */
export function nonFigureSpans(text: string): { start: number; end: number }[] {
  // 十九屆四中全會 reads as 十九届四中全会: folding keeps every offset.
  return SCANNER.scan(foldTraditional(text)).map(({ start, end }) => ({ start, end }))
}
