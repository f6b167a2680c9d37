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

/**
 * Sources a dateline can name that no list holds: any paper (`黑龙江日报8月3日讯`,
 * `白城日报8月17日讯`, `齐鲁晚报讯`), and a news site with its app (`吉网 吉刻APP讯`,
 * `中国吉林网讯`). Regular-expression sources, tried after the listed agencies.
 */
export const AGENCY_PATTERNS: readonly { readonly source: string; readonly example: string }[] = [
  { source: '\\p{Script=Han}{1,6}(?:日报|晚报|早报|时报|商报|都市报|青年报|法治报)', example: '黑龙江日报8月3日讯' },
  { source: '\\p{Script=Han}{1,6}网(?:[ \\u3000\\u00a0]?\\p{Script=Han}{1,6}(?:APP|App|app|客户端))?', example: '吉网 吉刻APP讯' },
  // A paper's app or news brand alone: 吉刻APP讯, 彩练新闻讯, 新湖南客户端讯.
  { source: '\\p{Script=Han}{1,6}(?:APP|App|app|客户端|新闻)', example: '彩练新闻讯' },
]

/**
 * The word that ends a dateline: a wire's 电, a paper's 讯, a website's 消息.
 * Longest first is decided at lookup.
 */
export const DATELINE_KINDS: readonly { readonly text: string; readonly example: string }[] = [
  { text: '电', example: '新华社北京1月18日电' },
  { text: '讯', example: '本报讯' },
  { text: '消息', example: '央视网消息' },
  // Only after 据 and set apart from the text (据新华社报道，… opens a sentence).
  { text: '报道', example: '据央视新闻报道' },
]

/** Kinds that make a dateline only after a prefix (据), with spaces, a byline or nothing after them. */
export const REPORTED_KINDS: ReadonlySet<string> = new Set(['报道'])
