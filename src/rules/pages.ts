/**
 * Page markers and page furniture: lines that name a page of the paper, or
 * belong to the e-paper reader or web page around a story (navigation, date
 * bars, copyright footers), rather than to any story.
 * `## B 时代楷模`, `第2版`, `A3版 要闻`, `02版：要闻`, `第01版:头版新闻`.
 */

/** `第2版`, `A3版 要闻`, `02版：要闻`, `第2版()`. */
export const NUMBERED_PAGE = /^第?(?<page>[A-Za-z]?\d{1,2})版(?:[\s\u3000:：·()（）]*(?<name>\p{Script=Han}[\p{Script=Han}\s]{0,11}?))?[\s()（）]*$/u

/**
 * An e-paper reader's page line: `第01版:头版新闻`, `第A01版:[封面新闻]`,
 * `第RB01版: 日报01版`, `第02版:` (no name), `第U04版:社区报 兴达路·综合 | 上一版3 4下一版 |`
 * (navigation after a bar).
 */
export const EPAPER_PAGE =
  /^第(?<page>[A-Za-z]{0,2}\d{1,3})版\s*[:：]\s*[[【]?(?<name>[^|│[\]【】]{0,24}?)[\]】]?\s*(?:[|│].*)?$/u

/** An archive export's date line: `1946-05-17`. */
const DATE_LINE = '\\d{4}-\\d{1,2}-\\d{1,2}'
/** The mark of an archive export's column line: `专栏：凭栏处`, or an empty `专栏：`. */
const COLUMN_MARK = '专栏[：:]'

/** Metadata lines of archive exports under a headline: a date line (`1946-05-17`) and `专栏：`. */
export const ARCHIVE_META = new RegExp(`^(?:${DATE_LINE}|${COLUMN_MARK}.*)$`, 'u')

/** A line archive exports print on its own: the metadata above, or a page line (`第2版()`). */
export const ARCHIVE_LINE = new RegExp(`^(?:${DATE_LINE}|第\\d{1,2}版.*|${COLUMN_MARK}.*)$`, 'u')

/** A metadata line that names the article's column: `专栏：凭栏处` (an empty `专栏：` names none). */
export const COLUMN_META = new RegExp(`^${COLUMN_MARK}(?<column>.+)$`, 'u')

/** `B 时代楷模`, `A1 要闻`: a section letter, a space, a short page name. */
export const LETTERED_PAGE = /^(?<page>[A-H]\d{0,2})[\s\u3000]+(?<name>\p{Script=Han}{2,8})$/u

/** A kind of page furniture, how to know it, and a line of the corpus that is one. */
export interface FurnitureRule {
  readonly name: string
  /** Tested against a whole line, trimmed, traditional characters folded to simplified. */
  readonly pattern: RegExp
  readonly example: string
}

/** Words of an e-paper reader's navigation bar; a line made only of these is navigation. */
const NAV_WORD =
  '(?:\\d*(?:上一版|下一版|上一篇|下一篇|上一期|下一期)\\d*|首页|版面导航|标题导航|往期回顾|返回目录|返回首页|返回顶部|站内检索|站内搜索|放大|缩小|默认|分享|打印|关闭窗口|收藏|我要纠错|PDF版|【PDF版】|PDF下载|下载PDF|关于我们|广告服务|网站地图|网站公告|联系我们|【(?:打印|关闭|收藏|纠错|分享)[^】]{0,6}】)'

/** A date as a reader's date bar prints it: `2025年06月16日`, `2018-08-17 09:18:00`. */
const DATE = '(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*星期[一二三四五六日天])?'

/**
 * Lines that are always furniture: they hold nothing of a story. Checked on
 * every line of an issue.
 */
export const FURNITURE: readonly FurnitureRule[] = [
  { name: 'navigation', pattern: new RegExp(`^(?:[|│•·\\s:：]*${NAV_WORD})+[|│•·\\s:：]*$`, 'u'), example: '3上一篇 下一篇4 |' },
  { name: 'bars', pattern: /^[|│\s]+$/u, example: '||||||||' },
  { name: 'location', pattern: /^(?:当前位置|您当前的位置|您的位置|您现在的位置|日期查询|站内搜索|站内检索)[:：]/u, example: '当前位置:晚报数字版' },
  // A portal's breadcrumb trail: 首页 > 新闻中心 > 本地新闻.
  { name: 'breadcrumb', pattern: /^(?:首页|网站首页|主页)\s*[>＞»›→]/u, example: '首页 > 新闻中心 > 本地新闻' },
  // A portal's source line (来源：中国吉林网  作者：李四) and font-size bar (字号：大 中 小).
  { name: 'source-line', pattern: /^(?:来源|稿源|信息来源|文章来源)[:：]/u, example: '来源：中国吉林网  作者：李四' },
  { name: 'font-size', pattern: /^(?:字号|字体)[:：]?[\s大中小【】\[\]]+$/u, example: '字号：大 中 小' },
  {
    // A paper's name and the date, with reader words after it: `辽宁日报 2026年01月28日`,
    // `白城日報(數字版)  2018-08-17 09:18:00`, `2017年7月29日 放大 缩小 默认`, `• 2010年11月24日 作者:`.
    name: 'date-bar',
    pattern: new RegExp(`^[•·\\s]*(?:\\p{Script=Han}{2,10}(?:[(（]\\p{Script=Han}{2,5}[)）])?\\s*)?${DATE}(?:\\s*(?:${NAV_WORD}|作者[:：]?|来源[:：]?\\S{0,12}))*\\s*$`, 'u'),
    example: '2017年7月29日 放大 缩小 默认',
  },
  {
    // Archive pages repeat the story's metadata on one line: date, titles, page, file name.
    name: 'metadata-trailer',
    pattern: /^\d{4}-\d{1,2}-\d{1,2}\s.*\b(?:content_|con)\d+\.s?html?\b.*$/u,
    example: '2021-04-30 扶贫365 2 2 河北经济日报 con84745.html 1 记录民情 情暖百姓',
  },
  {
    name: 'copyright',
    pattern: /^.{0,60}(?:版\s*权\s*所\s*有|版\s*权\s*声\s*明|未\s*经\s*授\s*权|请勿转载|违者依法必究|Copyright|\(C\)|©).{0,80}$/iu,
    example: '吉 林 日 报 社 版 权 所 有  未 经 授 权 禁 止 复 制 或 建 立 镜 像',
  },
  { name: 'licence', pattern: /^.{0,40}(?:ICP备|ICP证|公网安备|新闻信息服务许可证|增值电信业务经营许可证).{0,80}$/iu, example: '齐鲁晚报 版权所有(C)   鲁ICP备05004346号' },
  { name: 'report-line', pattern: /^(?:违法和不良信息|不良信息)举报/u, example: '违法和不良信息举报邮箱: VX:21517825' },
  { name: 'site-banner', pattern: /^[^，。,.!！?？]{0,30}(?:新闻网|门户网站|新闻门户|官方网站)[^，。,.!！?？]{0,30}$/u, example: '辽阳新闻网官方新闻门户-权威媒体 辽阳门户' },
  { name: 'original-title', pattern: /^原题[:：]/u, example: '原題:省委常委、常務副省長吳靖平來白調研' },
  { name: 'jump', pattern: /^[（(](?:下转|上接|转|接|紧转|转至|见)第?[一二三四五六七八九十\dA-Za-z]{1,3}版[）)]$/u, example: '(下转第三版)' },
  // Some readers drop the parentheses: 下转2版, 上接A1版.
  { name: 'jump-bare', pattern: /^(?:下转|上接|紧转|转至)第?[一二三四五六七八九十\dA-Za-z]{1,3}版$/u, example: '下转2版' },
]

/**
 * A jump mark glued to the end of a paragraph, after its last sentence: furniture like a jump
 * line of its own (the `jump` rule above), so it is kept in the item's meta, not its text.
 * Example: `会议期间，委员们共提交提案126件。(转A3版)`.
 */
export const GLUED_JUMP = /(?<=[。！？!?”」…])[\s\u3000]*[（(](?:下转|上接|转|接|紧转|转至|见)第?[一二三四五六七八九十\dA-Za-z]{1,3}版[）)]$/u

/** A jump mark glued to the start of the text it continues: `（上接第一版）要坚持稳中求进…`. */
export const LEADING_JUMP = /^[（(](?:上接|接|承)第?[一二三四五六七八九十\dA-Za-z]{1,3}版[）)][\s\u3000]*/u

/**
 * Lines that are furniture only beside other furniture (a footer): an
 * address, postcode, telephone or e-mail line. Alone, such a line may be a
 * notice's text (举报电话：0436-3366685).
 */
export const FOOTER_FURNITURE: readonly FurnitureRule[] = [
  { name: 'address', pattern: /^(?:通信|通讯|报社|本报|本社|社)?地址[:：]/u, example: '地址:吉林省长春市火炬路1158号' },
  { name: 'contact', pattern: /^(?:电话|传真|邮编|邮政编码|E-?mail|网站|网址|新闻热线|报料热线|广告热线|发行热线|联系电话|联系方式|投稿邮箱|投稿信箱|订报电话|值班电话|总机)[\s:：]/iu, example: '电话 新闻热线:96706   报刊发行:0531-85196329 85196361' },
  // Who publishes and builds the site: 主办:白城日报社, 技术支持:某某科技有限公司.
  { name: 'publisher', pattern: /^(?:主办|主管|承办|协办|主办单位|主管单位|技术支持|运营维护|网站制作)[:：]/u, example: '主办:白城日报社' },
  { name: 'phone-list', pattern: /^[^。，,]{0,12}[:：]\s*0\d{2,3}-\d{7,8}(?:[\s\d-]|[^。，,]{0,12}[:：])*$/u, example: '副刊青未了:0531-85193561   网站:0531-85193131   传真:0531-86993336 86991208' },
]
