/**
 * Column and campaign labels: printed above articles or photos, they name a
 * recurring column (`诚信建设万里行`, `服务大局 普法行`), not one story.
 */
export const COLUMN_LABEL_PATTERNS: readonly RegExp[] = [
  /万里行$/u,
  /普法行$/u,
  /在行动$/u,
  /进行时$/u,
  /走基层$/u,
  /大家谈$/u,
  /面对面$/u,
  /看变化$/u,
  /^图片新闻$/u,
  /^新闻图片$/u,
  /^图说/u,
  /专栏$/u,
  /^(今日|每日)?关注$/u,
  // A rubric of briefs: 财经短波, 体坛快讯, 社会简讯.
  /^\p{Script=Han}{0,6}(?:短波|快讯|简讯|短讯|速递|速览|集锦)$/u,
  // A rubric named with a number: 扶贫365, 民生360, 健康100.
  /^\p{Script=Han}{2,6}(?:365|360|100|120|110|12345)$/u,
]

/** Parenthesised words after a headline that are series marks, not column tags: `（上）`, `（续）`. */
export const NOT_COLUMN_TAGS = /^(?:[上中下续完图]|[一二三四五六七八九十\d]+|之[一二三四五六七八九十\d]+)$/u
