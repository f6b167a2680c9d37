/**
 * What makes a block a notice or a public-service slogan rather than news.
 */

/** A contact line of a notice: `举报电话：0436-3366685`, `举报邮箱：…`. */
export const CONTACT_LINE =
  /^(?:[\p{Script=Han}]{0,8})(?:电话|热线|邮箱|信箱|地址|传真|邮编|网址|联系人|微信|QQ|qq)\s*[：:]/u

/** A telephone number: `0431-82097213`, `0436-3366685`, `12389`-style hotlines after an area code. */
export const PHONE = /(?<![\d-])(?:0\d{2,3}[-－]\d{5,8}|1[3-9]\d{9}|400[-－]?\d{3}[-－]?\d{4})(?!\d)/u

/** An e-mail address. It starts only where a run of name characters starts, so a long run is read once. */
export const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u

/** Slogans printed as public-service announcements. */
export const PSA_HEADLINES: readonly RegExp[] = [
  /社会主义核心价值观/u,
  /讲文明\s*树新风/u,
  /公益广告/u,
]

/** A slogan body: short words separated by spaces, no sentence punctuation (富强 民主 文明 …). */
export const SLOGAN_BODY = /^\p{Script=Han}{2,8}(?:[\s\u3000]+\p{Script=Han}{2,8}){3,}$/u
