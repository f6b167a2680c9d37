/**
 * Column and campaign labels: printed above articles or photos, they name a
 * recurring column (`诚信建设万里行`, `服务大局 普法行`), not one story.
 * Each rule has an example as printed; spaces are removed before testing.
 */
export const COLUMN_LABEL_PATTERNS: readonly { readonly pattern: RegExp; readonly example: string }[] = [
  { pattern: /万里行$/u, example: '诚信建设万里行' },
  { pattern: /普法行$/u, example: '服务大局 普法行' },
  { pattern: /在行动$/u, example: '大督查在行动' },
  { pattern: /进行时$/u, example: '考古进行时' },
  { pattern: /走基层$/u, example: '新春走基层' },
  { pattern: /大家谈$/u, example: '乡村振兴大家谈' },
  { pattern: /面对面$/u, example: '代表委员面对面' },
  { pattern: /看变化$/u, example: '家乡看变化' },
  { pattern: /^图片新闻$/u, example: '图片新闻' },
  { pattern: /^新闻图片$/u, example: '新闻图片' },
  { pattern: /^图片报道$/u, example: '图片报道' },
  { pattern: /^图说/u, example: '图说白城' },
  { pattern: /专栏$/u, example: '创城专栏' },
  { pattern: /^(今日|每日)?关注$/u, example: '今日关注' },
  // A rubric of briefs.
  { pattern: /^\p{Script=Han}{0,6}(?:短波|快讯|简讯|短讯|速递|速览|集锦)$/u, example: '财经短波' },
  { pattern: /^微(?:阅读|新闻|播报|资讯|速递)$/u, example: '微阅读' },
  // A rubric named with a number.
  { pattern: /^\p{Script=Han}{2,6}(?:365|360|100|120|110|12345)$/u, example: '扶贫365' },
  // A campaign banner over the pages of a season: 喜迎二十大, 聚焦两会, 学习贯彻党的二十大精神.
  { pattern: /^喜迎\p{Script=Han}{2,8}$/u, example: '喜迎二十大' },
  { pattern: /^聚焦\p{Script=Han}{2,8}$/u, example: '聚焦两会' },
  { pattern: /^(?:深入)?学习(?:宣传)?贯彻\p{Script=Han}{2,14}精神$/u, example: '学习贯彻党的二十大精神' },
  // Two slogans joined by a middle dot: 喜迎二十大·奋进新征程, 奋进新征程·建功新时代.
  { pattern: /^\p{Script=Han}{4,8}[·•]\p{Script=Han}{4,8}$/u, example: '喜迎二十大·奋进新征程' },
  // A page of what deputies and members proposed, by topic: 建言·生态文明建设, 声音·脱贫攻坚.
  { pattern: /^(?:建言|议政|声音|心声|观点)(?:[·•]\p{Script=Han}{2,12})?$/u, example: '建言·生态文明建设' },
  // A column of comment or notes named by its form: 记者手记, 评论员观察, 人民时评.
  { pattern: /^\p{Script=Han}{2,5}(?:手记|札记|时评|快评|短评|观察)$/u, example: '记者手记' },
  // A rubric named by its kind of piece, as the tags after People's Daily headlines name them:
  // 人民论坛, 记者调查, 经济聚焦, 体坛观澜, 学苑论衡, 文化走笔.
  { pattern: /^\p{Script=Han}{2,4}(?:论坛|调查|聚焦|观澜|论衡|走笔|纪事|漫谈|杂谈)$/u, example: '人民论坛' },
]

/** Brackets that set a rubric apart on a line of its own: `【新春走基层】`, `〔人民时评〕`, `（人民时评）`. */
export const RUBRIC_BRACKETS: readonly (readonly [open: string, close: string])[] = [
  ['【', '】'],
  ['〔', '〕'],
  ['［', '］'],
  ['[', ']'],
  ['（', '）'],
  ['(', ')'],
]

/** Parenthesised words after a headline that are series marks, not column tags: `（上）`, `（续）`. */
export const NOT_COLUMN_TAGS = /^(?:[上中下续完图]|[一二三四五六七八九十\d]+|之[一二三四五六七八九十\d]+)$/u
