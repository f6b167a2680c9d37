/**
 * Who files reports: the sources a dateline can name (`本报讯`, `新华社北京1月18日电`).
 * Longest names first is decided at lookup, so order is free.
 */
export const AGENCIES = [
  '本报',
  '本市',
  '本刊',
  '新华社',
  '中新社',
  '中央社',
  '人民日报',
  '人民网',
  '新华网',
  '中新网',
  '央视网',
  '央广网',
  '央视新闻',
  '光明日报',
  '经济日报',
  '工人日报',
  '法制日报',
  '法治日报',
  '科技日报',
  '中国青年报',
  '吉林日报',
  '白城日报',
  '城市晚报',
  '新文化报',
] as const

/** Words that can introduce a reported dateline: `据新华社太原2月11日电`. */
export const DATELINE_PREFIXES = ['据'] as const
