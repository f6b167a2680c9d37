/**
 * Continuing clauses as data, for `stats/continuations.ts`: the words that open a clause continuing
 * the one before (其中, 共, 占), and the words that say the clause measures something of its own
 * (共带动就业3000人, 共造成3人死亡) or counts people, not what the clause before names.
 */

/**
 * Words that open a clause continuing the one before (其中, 共, 占, 是): a figure whose clause opens
 * with one and names nothing before it measures what the clause before does (专项贷款已完成投放，
 * 共发放1200亿元 → 专项贷款). The words may follow 约, 仅, 则, 还 or 又 (约占全国的1/3). A ratio to a
 * whole named with 的 (RATIO_WORDS: 是国家下达任务的2.45倍) continues its clause too. Not 合计: a sum
 * of the items before is not of the clause before's measure (人均消费2.5万元，合计12.5亿元).
 */
export const CONTINUATION_WORDS: readonly (readonly [word: string, example: string])[] = [
  ['其中', '五年来，北京全市举荐的身边榜样已达26万人，其中九成是普通人'],
  ['共', '国开行第一批复工复产专项贷款已完成投放，共发放1200亿元人民币'],
  ['共计', '今年以来，共计接待游客120万人次'],
  ['占', '制造业新增减税4738亿元，占新增减税总额的31.36%'],
]

/**
 * Verbs that cause what follows their object: a count after them measures the verb after it, not
 * them (共造成3人死亡 → 死亡).
 */
export const CAUSING_VERBS: readonly (readonly [word: string, example: string])[] = [
  ['造成', '今年以来，全市共发生交通事故50起，共造成3人死亡'],
  ['导致', '经济危机和政治不稳定导致2019年大约590万人处于粮食不安全状态'],
]

/**
 * Verbs of a result after the verb of an action: not part of the action a count measures
 * (共整改完成480处 → 整改).
 */
export const RESULT_VERBS: readonly (readonly [word: string, example: string])[] = [
  ['完成', '全市共排查隐患500处，共整改完成480处'],
]

/**
 * Endings of nouns that name people or households: a count of people (人, 名, 位, 户) in a clause that
 * continues one naming no figure takes that clause's noun only when it names people (建档立卡贫困户，
 * 共6户 → 贫困户; 全村清一色新房，共277户 counts households, not 新房).
 */
export const PEOPLE_ENDINGS: readonly (readonly [ending: string, example: string])[] = [
  ['户', '村里像巴桑杰布一样的建档立卡贫困户，共6户、16人'],
  ['人', '全村外出务工的年轻人，共120人'],
  ['员', '全市报名的党员，共2000余名'],
  ['者', '本次活动的参与者，共300余人'],
  ['民', '搬迁的村民，共150户'],
  ['众', '前来观看的群众，共5000余人'],
  ['客', '来自各地的游客，共3万人'],
  ['生', '今年毕业的学生，共800名'],
  ['工', '返乡的农民工，共1200人'],
]

/**
 * Verbs of an amount: a count after them is of what the clause before names, not of them (共有2万多元,
 * 共计接待…, 共达500人).
 */
export const AMOUNT_VERBS: readonly (readonly [word: string, example: string])[] = [
  ['有', '土地流转金、养老金、打工种菜，共有2万多元'],
  ['达', '身边榜样已达26万人'],
  ['达到', '粮食总产量达到70亿斤'],
  ['计', '共计接待游客120万人次'],
  ['超过', '全民城管微信小程序用户超过28万人'],
]
