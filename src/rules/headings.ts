/**
 * How heading lines mark what they are, as printed on e-paper pages.
 */

/**
 * A kicker (引题) ends in a colon, naming a speaker or a place
 * (`千里嫩江第一湾:` over `嫩江湾旅游区`), or in a dash that runs on into the
 * headline (`国际组织…通过各种方式——`).
 */
export const KICKER_END = /(?:[：:]|[—－―─]+|-{2,})$/u

/**
 * A subtitle (副题) opens with a dash: `——我市实施…走笔`; a dump that lost half
 * of the pair prints one (`—代表委员寄语两会`, `－代表委员寄语两会`), never an ASCII
 * hyphen alone (a list marker). The dashes and the spaces after them, before the text.
 */
export const SUBTITLE_START = /^(?:[—－―─]+|-{2,})[\s\u3000]*(?=[^\s\u3000—－―─-])/u

/**
 * Headlines that make an item a notice to readers rather than news: an
 * editor's word opening a column (`开栏的话`), an editor's note (`编者按`),
 * a notice (`征稿启事`, `更正`).
 */
export const NOTICE_HEADLINES: readonly { readonly pattern: RegExp; readonly example: string }[] = [
  { pattern: /^开栏的话$/u, example: '开栏的话' },
  { pattern: /^(?:编者按|编者的话|编后|编后语|致读者|告读者)$/u, example: '编者按' },
  { pattern: /(?:启事|更正)$/u, example: '征稿启事' },
]

/**
 * A speaker line printed over the title of what a deputy or a member said
 * (`中国气象局副局长宇如聪委员` over `加强对西北暖湿化现象研究`, on a 建言 page of
 * the two sessions): the title is the headline, the speaker its kicker.
 */
export const SPEAKER_LINE = /^[^，。；,;：:]{1,28}(?:委员|代表)$/u

/**
 * The shape of a main title (主题) printed as a couplet: two or more parallel
 * phrases of about one length set apart by spaces (`五链统筹  三轮驱动`,
 * `倾力创城  新风扑面`). Parts of four characters or more: a list of names
 * (`王沪宁 韩正`) is no couplet.
 */
export const COUPLET_PART = /^[^\s\u3000，,。；;：:、]{4,14}$/u

/**
 * A label printed over a title twice its length, with no verb phrase of its own
 * to be a headline: a place, a body or a programme (`西安浐灞生态区` over
 * `坚持生态优先推动浐灞河流域高质量绿色发展`). At most this many characters.
 */
export const MAX_LABEL_KICKER = 8

/**
 * A rubric printed alone over a page of titled voices is a word or two
 * (`把脉`, `声音`): at most four characters, no punctuation.
 */
export const MAX_RUBRIC = /^\p{Script=Han}{1,4}$/u
