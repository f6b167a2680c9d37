/**
 * Traditional characters, one for one onto simplified ones, for reading the
 * labels of reposts that went through a Big5 gateway (`白城日報8月17日訊(記者
 * 馮可欣)`, `白城日報記者 段衛軍 攝`). Only matching is folded: every field keeps the
 * characters as printed. The table covers the words that rules look for
 * (labels, agencies, datelines, furniture) and the surnames of bylines; each
 * pair is one character to one, so offsets in folded text are offsets in the
 * original.
 */
import { CharTable } from '../util/chars.js'

const PAIRS =
  // Datelines and agencies: 報訊電 (白城日報8月17日訊), 華聞網 (新華社, 新聞網), 晚報, 時間.
  '報报訊讯電电華华聞闻網网晚晚時时間间據据' +
  // Byline labels: 記者, 攝影, 實習生, 通訊員, 編輯, 責任, 見習, 特約, 首席, 融媒體, 撰稿, 圖, 製圖.
  '記记攝摄實实習习員员編编輯辑責责見见約约體体圖图製制稿稿' +
  // Furniture: 版權所有, 導航, 檢索, 縮小, 默認, 題 (原題), 頁 (首頁), 備 (ICP備), 證, 許可, 讀, 關於, 廣告, 網站地圖, 違法, 舉報, 郵編, 電話, 傳真, 轉 (下轉).
  '權权導导檢检縮缩認认題题頁页備备證证許许讀读關关於于廣广違违舉举郵邮傳传轉转當当選选' +
  // Surnames as bylines print them: 馮 (馮可欣), 衛, 吳, 張, 劉, 陳, 楊, 黃, 趙, 孫, 馬, 鄭, 謝, 韓, 鄧, 曹, 蕭, 葉, 蘇, 呂, 沈, 盧, 姜, 鍾, 譚, 陸, 範, 賈, 韋, 傅, 鄒, 熊, 閻, 龍, 賀, 顧, 龔, 萬, 錢, 嚴, 聶, 歐, 關, 蘭, 喬, 龐, 顏, 莊, 魯, 岳, 翟, 詹, 紀, 單, 谷, 盛, 駱, 藍, 靳, 鮑, 華, 饒, 滕, 穆, 車, 項, 連, 蘆, 婁, 竇, 戚, 費, 衛, 鄔, 邊, 樂, 師, 仇, 欒, 隋, 閔, 苟, 鄺, 臧, 劉.
  '馮冯衛卫吳吴張张劉刘陳陈楊杨黃黄趙赵孫孙馬马鄭郑謝谢韓韩鄧邓蕭萧葉叶蘇苏呂吕盧卢鍾钟譚谭陸陆範范賈贾韋韦鄒邹閻阎龍龙賀贺顧顾龔龚萬万錢钱嚴严聶聂歐欧關关蘭兰喬乔龐庞顏颜莊庄魯鲁詹詹紀纪單单駱骆藍蓝靳靳鮑鲍饒饶滕滕車车項项連连蘆芦婁娄竇窦費费鄔邬邊边樂乐師师欒栾閔闵鄺邝湯汤溫温葛葛鄢鄢' +
  // Common words around figures and headings: 會議, 屆, 縣, 區, 鎮, 國, 際, 發, 達, 億, 萬, 兩, 個, 點.
  '會会議议屆届縣县區区鎮镇國国際际發发達达億亿兩两個个點点長长為为務务與与場场們们這这來来對对門门' +
  // Heading and byline words: 微閱讀, 觀察, 圖說, 大家談, 專欄, 走基層, 看變化, 進行時, 速遞, 速覽, 集錦, 簡訊, 資訊, 聲音,
  // 貫徹, 對話人, 對本文亦有貢獻, 譯, 原載, 係, 視覺中國, 書記, 經理, 廳長, 專家, 館長, 總編輯, 律師, 醫生, 欄,
  // and who attended (參加, 講話, 致辭, 調研, 慰問), 續 (（續）).
  '閱阅觀观說说談谈專专層层變变進进遞递覽览錦锦簡简資资聲声貫贯徹彻話话貢贡獻献譯译載载係系視视覺觉書书經经廳厅館馆總总師师醫医欄栏' +
  '參参講讲辭辞調调問问續续' +
  // Non-figure words (十九屆四中全會, 兩學一做, 八項規定, 四風, 三農, 一帶一路, 兩個維護, 4A級景區, 臘月, 農曆, 勞動節, 號樓): see rules/nonfigures.ts.
  '學学黨党項项規规風风農农穩稳帶带維维護护識识確确脫脱貧贫級级評评獲获節节勞劳動动臘腊曆历號号樓楼鄉乡陽阳歲岁堅坚'

/** Traditional → simplified, one character each. */
export const TRADITIONAL: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!] as const).filter(([a, b]) => a !== b),
)

/** The characters of the table, tested by a lookup per character. */
const FOLDED = new CharTable(TRADITIONAL.keys())
const ANY = new RegExp(`[${[...TRADITIONAL.keys()].join('')}]`, 'gu')

/**
 * Fold traditional characters to simplified ones, one for one: the result
 * has the same length, so offsets into it are offsets into `text`.
 */
export function foldTraditional(text: string): string {
  // Most texts hold none: a table lookup per character finds that faster than a class of 300 characters.
  return FOLDED.any(text) ? text.replace(ANY, (char) => TRADITIONAL.get(char)!) : text
}
