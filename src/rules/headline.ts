/**
 * What makes a figure one of the article's key facts: weights read by
 * `stats/headline.ts`, each with the case it is for.
 */

/** How many figures of an article are marked as its headline figures. */
export const HEADLINE_FIGURES = 3

/**
 * A count below this is never a headline figure: 一人, 两个角色, 四项重点工作之首, 3支防控力量 name
 * a detail or the items of a list (on the tuned gold, 2 of 21 such counts were key facts).
 */
export const HEADLINE_MIN_COUNT = 10

/** A count below this (and from HEADLINE_MIN_COUNT) weighs HEADLINE_WEIGHTS.smallCount. */
export const HEADLINE_SMALL_COUNT = 50

/**
 * A figure printed as a bare magnitude, with no digit before it (百名观众, 上千个志愿服务站点, 数千万百姓,
 * 千亿元, 十万名党员): a round or vague amount, never a headline figure. On the tuned gold none of them was a key
 * fact, and 9 were flagged; 一百五十万亩 and 2.2万 have digits and are not of this form.
 */
export const ROUND_MAGNITUDE = /^[上近约超逾数]?(?:十(?=[万亿]))?[百千万亿]+[多余]?(?:[^\d〇零一二三四五六七八九十两廿卅]|$)/u

/**
 * From this paragraph on, counting only the article's paragraphs that hold figures (0 is the first), a
 * figure is a detail of the story and no key fact, unless the headline prints it: reports put their key
 * facts first (on the tuned gold, 10 of the 272 figures from the eighth such paragraph on were key facts,
 * 4%, against 49% in the first; a long 2020 feature flagged 3170万元 and 12亿元 from its 28th and 46th
 * paragraphs with figures).
 */
export const HEADLINE_DEEP_PARAGRAPH = 8

/** A figure needs at least this score to be a headline figure (any figure that is not ruled out). */
export const HEADLINE_MIN_SCORE = 1

export const HEADLINE_WEIGHTS = {
  /** Every figure that can be one. */
  base: 1,
  /** It says what it counts (474个“书记项目”). */
  subject: 1,
  /** Its subject or predicate shares a word with the headline, subtitle, kicker or a section title (书记项目 ~ “书记一号工程”走笔; 输出共享员工 ~ 规范共享用工). */
  topic: 3,
  /** … more than one word (书记项目 ~ 书记一号工程, 项目化思维). */
  topicMore: 1,
  /** A total whose parts are reported (474 of which 280 completed). */
  total: 3,
  /** A part of a reported total (已完成280个). */
  part: 2,
  /** A share whose check against its counts holds (占比21.6% = 22 / 102). */
  shareHolds: 4,
  /** A change of a reported figure (325.6亿元，同比增长6.2%). */
  change: 1,
  /** In the lead paragraph. */
  lead: 2,
  /** Among the article's first figures: reports put their key facts first. */
  early: 2,
  /** Money. */
  money: 3,
  /** A count of a hundred or more. */
  large: 1,
  /**
   * A count from 10 to 49 (42所高等院校, 19个村庄, 26个射击世界冠军): more often an item of a list or a
   * detail than the story's total (on the tuned gold 10% were key facts, against 19% of all figures).
   */
  smallCount: -1,
  /** 1400余次, 150多人: an approximate figure is less of a fact. */
  approximate: -1,
  /** 竣工后…占比将达到33%: a projection, not a result. */
  projection: -2,
  /** Its value is printed in the headline, subtitle or kicker (仅一个月左右，我国口罩日产量就从800万只增加到1.16亿只). */
  named: 6,
  /**
   * A distance, height or temperature (气温一度降到零下20摄氏度, 巴吉村距林芝城区1公里, 海拔6000多米): it
   * sets the scene more often than it reports (on the tuned gold, 5 of 37 were key facts, against 1 in 4
   * of all figures).
   */
  scene: -3,
  /** 比全省高13.2个百分点: a difference in points compares a rate; the rate is the fact (none of 12 on the tuned gold). */
  difference: -2,
} as const

/** Kinds of measure that set a scene (lengths, temperatures): see HEADLINE_WEIGHTS.scene. */
export const SCENE_KINDS: ReadonlySet<string> = new Set(['length', 'temperature'])

/** Words right before a figure that make it a projection or a goal. */
export const PROJECTION_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['将', '竣工后千平方米社区占比将达到33%'],
  ['预计', '预计全年增长6%'],
  ['力争', '力争完成投资50亿元'],
  ['计划', '计划新建社区12个'],
  ['目标', '目标是年产值10亿元'],
]
