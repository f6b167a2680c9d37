/**
 * What makes a line that is only a name a signature (src/pipeline/signatures.ts).
 * A short word opening with a common surname's character is as often text (谢谢,
 * 平安, 白城) as a name, so a name alone signs an item only with evidence: the
 * item is a signed article, an opinion piece or a letter, or the name is padded
 * the way bylines are (`钟  声`).
 */

/**
 * Rubrics of opinion pieces and letters, in a column label, a kicker or the
 * headline's parentheses: a name alone closing such an item signs it.
 * `（连线评论员）`, `人民时评`, `今日短评`, `社论`, `国际论坛`, `读者来信`,
 * `寄给祖国的家书`, `百姓随笔`, `文化杂谈`, `观点`, `言论`.
 */
export const OPINION_RUBRICS = /评论|时评|短评|社论|论坛|来信|家书|随笔|杂谈|观点|言论/u

/**
 * Words that close a letter or a speech, never a name though each opens with a
 * surname's character: a letter's `此致` / `敬礼`, a speech's `谢谢`, `再见`,
 * a slogan's `万岁`, a motto's `共勉`.
 */
export const CLOSING_WORDS: ReadonlySet<string> = new Set(['此致', '敬礼', '谢谢', '再见', '致敬', '万岁', '共勉'])

/**
 * Lines that may follow a signature at the end of a text, before the author's
 * note: where it was written (`写于蒙古国首都乌兰巴托`), when (`2019年1月28日`,
 * `2019年1月28日于北京`).
 */
export const SIGNATURE_TAIL = /^(?:写于|寫於)\S{2,30}$|^\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:于\S{2,20})?$/u

/**
 * Titles of the commentators a dialogue (`对话人：`) names as its authors:
 * `何鼎鼎 本报评论员`, `饶思锐 海南日报评论员`, `张磊 本报记者`, `李丽 编辑`,
 * `王芳 主持人`. Under a local report, `对话人：` lists the people interviewed
 * (`王强 市农业农村局局长`, `张丽 镇江村村民`), who are no authors.
 */
export const COMMENTATOR_TITLES = /(?:评论员|记者|编辑|主持人)$/u

/** A paragraph that ends a sentence: a signature follows finished text, not a line of verse. */
export const SENTENCE_END = /[。！？!?…”’」』]$/u

/**
 * A title over one voice on a page of several: short, no sentence in it and no
 * punctuation at its end (`赴埃塞俄比亚专家组`, `结合当地实际出主意、想办法`).
 */
export const VOICE_TITLE = /^[^。！？!?]{1,29}[^。！？!?；;，,、：:]$/u

/**
 * A deputy or a member named as the speaker of one voice on a page of what
 * they said (两会·声音): the name, 代表 or 委员, and maybe what the person is, in
 * parentheses (`马逢国代表（全国人大香港代表团团长）`, `黄爱龙委员`). Group 1 is the name.
 */
export const SPEAKER_SIGNATURE = /^(\p{Script=Han}{2,4})(?:代表|委员)(?:[（(][^（）()]{2,30}[）)])?$/u

/**
 * A commentary signed for a paper or an agency rather than a person
 * (`本报评论员`, `人民日报评论员`, `新华社评论员`, `本报特约评论员`, `本报评论部`): a note, no byline.
 */
export const INSTITUTION_SIGNATURE = /^(?:(?:本报|本刊|人民日报|新华社|\p{Script=Han}{1,8}(?:日报|晚报))?(?:特约|本报特约)?评论员|(?:本报|人民日报)评论部)$/u

/**
 * Collective pen names that sign People's Daily commentaries: a line that is
 * one of them signs the item under its headline or closing its text, with no
 * other evidence (`任仲平` over a long commentary, `钟  声` closing an
 * international one). Each is the paper's, as printed.
 */
export const PEN_NAMES: ReadonlySet<string> = new Set(['任仲平', '国纪平', '钟声', '仲祖文', '辛识平', '任理轩', '郭纪文', '和音', '宣言', '望海楼'])
