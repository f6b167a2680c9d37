/**
 * The characters of Chinese numerals, as data. Traditional and financial
 * forms are folded onto one simplified character, one for one, so that
 * offsets in folded text are offsets in the original.
 */

/** One-for-one folds applied before scanning (traditional → simplified, full-width → ASCII). */
export const FOLD: Readonly<Record<string, string>> = {
  萬: '万', 億: '亿', 對: '对', 兩: '两', 倆: '两', 俩: '两', 點: '点', 負: '负', 幾: '几', 個: '个', 陸: '陆', 貳: '贰', 參: '叁',
  '０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6', '７': '7', '８': '8', '９': '9',
  '．': '.', '－': '-', '％': '%', 'Ｋ': 'k', 'ｋ': 'k', 'Ｍ': 'M', '／': '/', '＋': '+', 'ｅ': 'e', 'Ｅ': 'E', '～': '~',
}

/** Chinese digits and their values (two is 二 or 两; 〇 and 零 are zero). */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
}

/** Units below ten thousand. */
export const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }

/** Units of ten thousand and above; 兆 is 10^12 as in mainland financial usage. */
export const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 兆: 1e12 }

/**
 * Financial digits that are also ordinary words (收拾, 放肆, 队伍, 陆地):
 * alone they are not numbers, only inside a longer numeral (肆佰陆拾).
 */
export const AMBIGUOUS_ALONE = new Set(['拾', '肆', '伍', '陆', '兆'])

/**
 * Words whose numeral characters are not numbers. Checked at the numeral's
 * position: a match that covers it removes it.
 */
export const NOT_NUMBER_WORDS: readonly string[] = [
  '一切', '一看', '一样', '一起', '一些', '一直', '一定', '一般', '一旦', '一致', '一律', '一向', '一再', '一味',
  '统一', '唯一', '万一', '一同', '一道', '一贯', '一边', '一面', '一度', '一举', '一时', '一下', '一番',
  '四川', '两两', '万万不', '千万别', '千万不', '千万要', '三三两两', '七嘴八舌', '乱七八糟', '一五一十',
  '千方百计', '千家万户', '万众一心', '一心一意', '独一无二', '十分', '万分', '百姓', '千里', '万里', '半岛', '半天',
  '壹切', '百分点', '十足', '一流', '一线', '一体', '一带一路',
]

/**
 * Words that begin with a numeral character and end the number before them
 * even when glued to it: 180万百姓 is 180万 and 百姓, not 1800100. Only words
 * whose numeral cannot go on the number (万百 with no 零 between is no
 * numeral); 三万一 and 一千万不 stay numbers, so 万一 and 千万不 are not here.
 */
export const WORDS_ENDING_A_NUMBER: readonly { readonly word: string; readonly example: string }[] = [
  { word: '百姓', example: '解决了180万百姓的饮水安全' },
  { word: '百货', example: '日用百货' },
  { word: '百业', example: '百业兴旺' },
  { word: '百花', example: '百花齐放' },
  { word: '百般', example: '百般呵护' },
  { word: '千方百计', example: '千方百计增加农民收入' },
  { word: '千家万户', example: '走进千家万户' },
]

/**
 * 打 after a number is a dozen (一打, 五十打), unless it starts one of these
 * verbs (打造, 打开 …), which news uses far more often.
 */
export const DOZEN_NOT_BEFORE = new Set([...'造开击好赢通破进出下算扫工卡印针车折响拼败倒断入掉了过着成上起到'])
