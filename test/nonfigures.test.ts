/**
 * The non-figure classes of `rules/nonfigures.ts`: each pattern covers its
 * own example, and the guards that keep real figures around them.
 */
import { describe, expect, it } from 'vitest'
import { NON_FIGURE_CLASSES, nonFigureSpans } from '../src/rules/nonfigures.js'

/** Whether the spans cover every character of `part` where it first occurs in `text`. */
function covers(text: string, part: string): boolean {
  const at = text.indexOf(part)
  const spans = nonFigureSpans(text)
  for (let i = at; i < at + part.length; i++) if (!spans.some((s) => s.start <= i && i < s.end)) return false
  return true
}

describe('non-figure classes', () => {
  for (const c of NON_FIGURE_CLASSES) {
    for (const p of c.patterns) {
      it(`${c.name}: ${p.example}`, () => {
        expect(new RegExp(p.source, 'u').test(p.example)).toBe(true)
      })
    }
  }

  it.each([
    ['习近平总书记在十九届中央纪委三次全会上的重要讲话', '十九届中央纪委三次全会'],
    ['党的十九大和十九届二中、三中全会精神', '十九届二中、三中全会'],
    ['特别是甘肃省第十三次党代会以来', '第十三次党代会'],
    ['全国查处违反中央八项规定精神问题', '中央八项规定'],
    ['在实现‘两个一百年’奋斗目标的广阔道路上', '两个一百年'],
    ['中缅是和平共处五项原则的倡导国', '和平共处五项原则'],
    ['说一千道一万，过年的关键在哪儿', '说一千道一万'],
    ['全国零售和餐饮企业实现销售额', '零售'],
    ['滚轮等1300个零部件', '零部件'],
    ['他们在十八洞村开起了农家乐', '十八洞村'],
    ['中铁二十局承建的秘鲁瓦努科', '中铁二十局'],
    ['这是继20世纪五六十年代丝路写生活动后', '五六十年代'],
    ['十多年前，这里关停矿山', '十多年前'],
    ['一座座高楼大厦拔地而起', '一座座'],
    ['相当一部分目前还正在使用', '一部分'],
    ['再次证明了这一点。', '一点'],
    ['25日（农历初一）是春节长假第二天', '25日'],
    ['25日（农历初一）是春节长假第二天', '农历初一'],
    ['三八妇女节当天', '三八'],
    ['“妈妈，小学一年级，您给我过过一次生日”', '一年级'],
    ['全市有三甲医院5家', '三甲医院'],
    ['985高校和211工程院校', '985'],
    ['985高校和211工程院校', '211'],
    ['一类水质达到90%', '一类'],
    ['实现第一个百年奋斗目标', '第一个百年奋斗目标'],
    ['一二·九运动', '一二·九'],
    ['老两口进城过年', '老两口'],
    ['李大爷夫妇俩既新奇又担心', '俩'],
    ['前来度春节假期的四方游客络绎不绝', '四方'],
    ['一级带着一级干', '一级带着一级'],
    ['是这十里八村的文化能人', '十里八村'],
    ['“开门红”。央行1日宣布，决定于1月6日下调', '1日'],
    ['记者9日从中央政法委获悉', '9日'],
    ['截至11月，游客超60万人次', '11月'],
    ['谅解备忘录；次年9月22日，中缅双方', '9月22日'],
    ['12日，2018—2019赛季中国女子排球超级联赛', '2018—2019'],
    ['2003年发生‘11·3’衡阳大火', '‘11·3’'],
    ['格兰仕工业4.0示范基地', '工业4.0'],
    // Reposts through a Big5 gateway print traditional characters.
    ['深入學習黨的十九屆四中全會精神', '十九屆四中全會'],
    ['堅持兩學一做，確保萬無一失', '兩學一做'],
    ['郵編:137000', '郵編:137000'],
  ])('%s: %s', (text, part) => {
    expect(covers(text, part)).toBe(true)
  })

  it.each([
    ['面积四平方公里', '四'],
    ['资金一万一千元', '一万一千'],
    ['三千万元', '三千万'],
    ['解决了180万百姓的饮水问题', '180万'],
    ['增长一点五倍', '一点五'],
    ['用三年时间', '三年'],
    ['共有学生985人，录取211名', '985'],
    ['共有学生985人，录取211名', '211'],
    ['股价连续3日上涨', '3日'],
    ['烧杀抢掠北京城整整3日的列强军队', '3日'],
    ['要求5日内完成整改', '5日'],
    ['折合200亿日元', '200亿日'],
    ['用了12个月', '12个月'],
  ])('keeps the figure in %s', (text, part) => {
    expect(covers(text, part)).toBe(false)
  })
})
