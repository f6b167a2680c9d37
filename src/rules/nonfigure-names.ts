/**
 * Numerals inside names and codes, as classes of `rules/nonfigures.ts` (kept
 * in their own file so that each stays readable; same shape, same order in
 * the scan): places, firms and works (`name`), scores and sports events
 * (`score`), bus routes and roads (`route`), army units (`unit`), products
 * and spacecraft (`model`). Each pattern has an example as printed in the
 * corpus or in general use.
 */
import type { NonFigureClass } from './nonfigures.js'
import { CLASSIFIERS } from './units.js'

const N = '[一二三四五六七八九十〇零两\\d]'

/**
 * What a numeral before a name must not be followed by: a classifier the number reader knows
 * (rules/units.ts: 十场, 三处, 五款 count), a unit, an approximation or a date word. 三处银行
 * and 十场科技讲座 are counts, not a firm; 十处村级卫生室 counts, it names no village.
 */
const COUNT_CHARS = [...new Set([...Object.keys(CLASSIFIERS).map((k) => k[0]), ...'个家所座位名项种类批条支大多余几来年月日天届次期只人户成半台辆艘架部本件套张株头匹块片吨亩元米里斤岁分秒号'])].join('')

/** A numeral opening a name: one digit, a run ending in a digit, or a bare 十/百/千/万 (五万农村 is 50,000). */
const NAME_NUMERAL = '(?:[一二三四五六七八九十百千万]{0,2}[一二三四五六七八九]|[十百千万])'

/**
 * A quote that opens with an amount or a span, which a name in quotes does not: “两万元！”, “三个月就修好了”.
 * A bare 百, 千 or 万 opens a name (“千人铸造计划”, “万人助万企”).
 */
export const QUOTED_AMOUNT = '(?![百千万])[\\d一二两三四五六七八九十百千万.]{1,6}(?:个|多|余)?(?:年|月|天|日|小时|分钟|周|岁|元|块|万|亿|米|公里|里|斤|公斤|吨|亩|倍|成|%|％|次|人|名)'

/** Names, scores, routes, units and models, in the order `rules/nonfigures.ts` scans them. */
export const NAME_CLASSES: readonly NonFigureClass[] = [
  {
    name: 'name',
    about: 'places, firms, brands and units whose names hold a numeral',
    patterns: [
      {
        source: '三亚|三明|三门峡|三沙|三峡|三河|三清山|三里屯|六安|六盘水|六盘山|七台河|九江|九寨沟|九华山|十堰|四平(?!方)|五家渠|五指山|五台山|百色|万宁|万州|二连浩特|八达岭|千岛湖|十三陵|十八洞村?|百步亭|零陵|五棵树(?=镇|村)',
        example: '十八洞村',
      },
      { source: `中(?:铁|建|交|冶|化)${N}{1,3}局|一汽|二汽|三一重工|九三学社|五粮液|百度|百雀羚|999(?=皮炎平|感冒灵)`, example: '中铁二十局' },
      { source: `红${N}{1,2}(?:方面军|军团|军)|新四军|八路军|百团大战`, example: '红6军团' },
      { source: '二人转|金税[一二三四]期|十三行(?!政)', example: '金税三期系统' },
      // Hospitals, brands and firms named by a number (general knowledge): 解放军301医院, 58同城, 360公司, 7天酒店, 3M公司.
      { source: '(?<![\\d.])\\d{3}(?=医院)|58同城|(?<![\\d.])360(?=公司|集团|安全|浏览器|杀毒|手机)|(?<![\\d.])7天(?=酒店|连锁)|(?<![\\d.])3M(?=公司|中国)|361度', example: '解放军301医院' },
      // Streets and places numbered in the north-east: 三道街, 二马路, 头道沟; a 沟, 岭, 江 or 湾 only before what it
      // names (二道江区, 三道沟村): 挖了三道沟 counts ditches, and 三条街 counts streets.
      { source: '(?<![\\d一二三四五六七八九十两几数])(?:[一二三四五六七八九十头]{1,2}(?:道街|马路)|[一二三四五六七八九十]{1,2}道[沟岭江湾](?=村|镇|乡|区|屯|街|社区|林场|河|子)|头道[沟岭江湾])', example: '二马路、三道街' },
      { source: '二十国集团|千厮门', example: '二十国集团' },
      { source: '七匹狼|三只松鼠|百联(?=的|商场|专柜|股份|集团)|九阳(?=豆浆机|股份|公司)|六神(?=花露水)|(?<![\\d.一二三四五六七八九十两百千万亿上数近几])[百千万]人(?=夏令营|宴|大合唱|长跑|健步走|方阵|计划)', example: '台胞青年千人夏令营' },
      // A short name in double quotes built on 百, 千, 万 or 零: “双千工程”, “百企千户万人”; not an amount
      // quoted as said (“两万元！”, “三千多斤”).
      { source: `“(?=[^”]{0,7}[零百千万])(?!${QUOTED_AMOUNT})[^”]{1,8}”`, example: '“双千工程”' },
      // A short name in single quotes inside a quotation: ‘11·3’衡阳大火, ‘四调对接’.
      { source: '‘(?=[^’]{0,7}[\\d一二三四五六七八九十两])[^’]{1,8}’', example: '‘11·3’衡阳大火' },
      { source: '工业\\d\\.0', example: '工业4.0' },
      // Firms and brands opening with a numeral: 千方科技, 百联集团, 万科集团 (not 五大集团, 十家公司, 三处银行).
      { source: `(?<![\\d.一二三四五六七八九十两百千万亿])(?!一)${NAME_NUMERAL}[^\\s\\d\\p{P}一二三四五六七八九十两百千万亿${COUNT_CHARS}]{1,2}(?=科技|集团|股份|控股|实业|电器|药业|传媒|重工|电子|银行|有限公司)`, example: '千方科技' },
      // Numbered institutes and works of a state group: 中电科十一所, 航天一院211厂.
      { source: `(?<=中电科|中国电科|航天科工|航天科技|中国航天|航天|航空工业|中航工业|兵器工业|中船重工|中国船舶|中核|核工业)(?:集团)?第?${N}{1,3}(?:研究)?[院所厂](?:\\d{1,3}[所厂])?`, example: '中电科十一所' },
      // Towns and villages named with a numeral: 一都镇 (not 三个村, 九成村民, 十处村级卫生室, 五万农村人口, 七十二行政村,
      // nor a numeral and a district's word: 四城区社区 counts the districts).
      { source: `(?<![\\d.一二三四五六七八九十两百千万亿第])${NAME_NUMERAL}(?!行政|自然)[^\\s\\d\\p{P}一二三四五六七八九十两百千万亿乡镇村屯区县市省${COUNT_CHARS}]{1,2}(?:镇|乡|村|屯|嘎查|社区|街道)`, example: '一都镇' },
      // Beijing lanes: 中关村北二条, 东四十条.
      // Offices named by number under their department, before their head: 主权客户部三处处长, 一科科长, 二室主任
      // (设立三处服务点 counts).
      { source: `${N}{1,2}(?:处(?=处长|副处长)|科(?=科长|副科长)|室(?=主任|副主任))`, example: '主权客户部三处处长罗光兴' },
      // Communities and village groups named by number under their street or village: 新城街道十七社区, 联合村三组
      // (全村3组 and 全镇17个社区 count).
      { source: `(?<=街道)${N}{1,3}社区|(?<=(?<![全每各一两三四五六七八九十])村)${N}{1,2}(?:组|队)(?![长员])`, example: '石河子市新城街道十七社区' },
      { source: '(?<=(?<![东西南北])[东西南北])[一二三四五六七八九十]{1,3}条(?=[的，。、\\s]|胡同|小区|社区)', example: '中关村北二条的燕归园小区' },
      // Titles of works: 《两个羊羔》, 《封神三部曲》, 《百家讲坛》: a title names, it counts nothing.
      { source: '《(?=[^《》\\n]{0,29}[\\d一二三四五六七八九十两百千万])[^《》\\n]{1,30}》', example: '《两个羊羔》' },
    ],
  },
  {
    name: 'score',
    about: 'scores of a match: 3∶0 says who won, it counts nothing; a ratio (1∶1.2) with no match words stays',
    patterns: [
      // Before a verb of winning or losing, or after 比分 / 以: 以3∶0战胜, 总比分3∶1, 比分锁定在5∶4.
      { source: `(?<=以|比分|比分为|比分是|锁定在|定格在|战成|打成|战平|逼平)${N}{1,3}\\s?[∶:：比]\\s?${N}{1,3}(?![\\d.])`, example: '以3∶0战胜上海队' },
      // Events named by their distance: 女子10米跳台, 男子100米自由泳, 4×100米接力, 110米栏.
      { source: '(?<![\\d.])(?:\\d\\s?[×xX]\\s?)?\\d{2,5}米(?=跳台|跳板|自由泳|蛙泳|仰泳|蝶泳|个人混合泳|混合泳|栏(?!杆)|障碍|接力|步枪|手枪|气步枪|气手枪|移动靶)|(?<=男子|女子)\\d{2,5}米(?=跑|决赛|预赛|半决赛|比赛|项目|冠军|亚军|季军|金牌|银牌|铜牌)|(?<=男子|女子)\\d{1,3}公里(?=竞走|越野|自行车|公路赛|比赛|冠军|金牌)', example: '女子10米跳台' },
      // Events named by their number of disciplines: 军事五项, 铁人三项, 十项全能.
      // The format of a series: 5场3胜制, 三局两胜 (本赛季5场3胜2负 is a record, and counts).
      { source: `${N}{1,2}[场局盘战]${N}{1,2}胜制|[三五七]局[两二三四]胜(?![\\d一二三四五六七八九十]|[负平])`, example: '北京队和天津队在5场3胜制的半决赛中' },
      { source: '(?:军事|海军|空军|现代)五项|铁人三项|十项全能|七项全能|冬季两项|北欧两项', example: '军事五项、海军五项' },
      // Stages and ranks of a tournament or a list: 十六强, 世界500强, 四分之一决赛, 1/8决赛, 前三名.
      { source: `(?<![\\d.])(?:\\d{1,4}|${N}{1,3}|[一二三四五六七八九]?[百千])强(?![度化大国项])|(?<![\\d.一二三四五六七八九十两])[十百千]佳(?=[^\\d]|$)|(?:四|八|十六)分之一决赛|1\\/(?:4|8|16)决赛|(?<=前|后)(?:\\d{1,3}|${N}{1,3})[名位](?=[，。、的之内以]|$)`, example: '世界500强' },
      { source: `${N}{1,3}\\s?[∶:：比]\\s?${N}{1,3}(?=(?:的比分|的总比分)?(?:战胜|击败|击溃|胜|负|赢|输|取胜|获胜|告负|落败|落后|领先|拿下|险胜|完胜|大胜|横扫|逆转|淘汰|晋级|夺冠|结束|收官|取得))`, example: '3∶1击败江苏队' },
    ],
  },
  {
    name: 'route',
    about: 'bus routes and metro lines: 313路 names a route, it is not 313 of anything',
    patterns: [
      { source: '(?<![\\d.分几多条])\\d{1,4}路(?=公交|公共汽车|电车|汽车|车|大巴|专线|线路|班车|小巴)', example: '乘坐313路公交车' },
      // A number of two or more digits before 路 and a pause: 313路，在这条被称为…; 兵分3路 stays.
      { source: '(?<![\\d.分几多条])\\d{2,4}路(?=[，,、。和与及])', example: '313路，在这条' },
      { source: '(?:地铁|轨道交通|轻轨)?\\d{1,2}号线', example: '地铁5号线' },
      { source: '(?<![\\d.])\\d{3}(?:国道|省道|县道)', example: '沿302国道' },
    ],
  },
  {
    name: 'unit',
    about: 'army units named by number: 359旅, 八路军129师',
    patterns: [
      { source: '(?<![\\d.])\\d{2,3}旅(?![游行客途馆居店程])', example: '359旅' },
      { source: '(?<![\\d.])\\d{1,3}师(?=\\d{1,3}[旅团])', example: '第120师359旅' },
      // Behind the army's name, which the name class above may already cover.
      { source: `(?<=(?:八路军|新四军|红军|志愿军|野战军|解放军)第?)${N}{1,3}(?:集团军|纵队|军团|军|师|旅|团)`, example: '八路军129师' },
    ],
  },
  {
    name: 'model',
    about: 'products, chips, aircraft and spacecraft named with a number: 麒麟980, 嫦娥四号, 歼-20',
    patterns: [
      { source: '(?:麒麟|骁龙|天玑|鲲鹏|昇腾|龙芯)\\d{1,4}[A-Z]?', example: '麒麟980芯片' },
      { source: '(?:长征|嫦娥|天宫|神舟|北斗|天问|天舟|风云|东方红|鹊桥|玉兔|墨子|悟空|高分|实践)[一二三四五六七八九十\\d]{1,3}号', example: '嫦娥四号' },
      { source: '(?:歼|运|轰|直|东风|红旗|鲲龙)[-—－]\\d{1,3}[A-Z]?', example: '歼-20战机' },
      { source: '(?<=[A-Za-z][-－])\\d{1,4}(?![\\d.%])', example: 'COVID-19' },
      // Screens by resolution: 4K电视, 8K超高清.
      { source: '(?<![\\d.])[248]K(?=电视|屏|分辨率|视频|超高清|高清|直播|画质|摄像)', example: '4K电视' },
      // A model number after a maker or a product line: 波音737客机, 小米9手机, Windows 10, 宝马5系.
      { source: '(?<=(?:(?<!种植|种|收|亩)(?:小米|红米)|波音|宝马|iPhone|iPad|Windows|Office|Mate|Galaxy|Model)\\s?)\\d{1,4}(?:系|型|代)?(?=[\\s，。、；）)”]|客机|飞机|手机|系列|$)', example: '波音737客机' },
    ],
  },
]
