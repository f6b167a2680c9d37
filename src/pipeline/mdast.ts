/**
 * Text to mdast: remark-parse with GFM, positions kept.
 *
 * GFM's extensions (tables, strikethrough, autolinks, footnotes, task lists)
 * cost about half the parsing time and can only start at a few characters;
 * a text with none of them is parsed without the extensions, to the same tree.
 */
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const withGfm = unified().use(remarkParse).use(remarkGfm).freeze()
const commonmark = unified().use(remarkParse).freeze()

/** Where a GFM construct could begin: a table pipe, a tilde, a URL, an e-mail, a footnote, a task box. */
export const GFM_HINT = /[|~@]|www\.|[a-z]:\/\/|\[\^|\[[ xX]\]/i

/**
 * Parse an issue's Markdown.
 *
 * @param text the issue, LF line endings, front matter blanked
 */
export function toMdast(text: string): Root {
  return (GFM_HINT.test(text) ? withGfm : commonmark).parse(text)
}

/** Parse with GFM whatever the text (for tests that the shortcut changes nothing). */
export function toMdastWithGfm(text: string): Root {
  return withGfm.parse(text)
}

/** Parse without GFM whatever the text (for the same tests). */
export function toMdastCommonmark(text: string): Root {
  return commonmark.parse(text)
}
