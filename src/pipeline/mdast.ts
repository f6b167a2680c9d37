/**
 * Text to mdast: remark-parse with GFM, positions kept.
 *
 * GFM's extensions (tables, strikethrough, autolinks, footnotes, task lists)
 * cost about half the parsing time and can only start at a few characters;
 * a text with none of them is parsed without the extensions, to the same tree.
 */
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const withGfm = unified().use(remarkParse).use(remarkGfm).freeze()
const commonmark = unified().use(remarkParse).freeze()
// Front matter is only read where inspectFrontMatter (frontmatter.ts) found a YAML mapping, so `---` breaks stay breaks.
const withGfmYaml = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
const commonmarkYaml = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/** Where a GFM construct could begin: a table pipe, a tilde, a URL, an e-mail, a footnote, a task box. */
export const GFM_HINT = /[|~@]|www\.|[a-z]:\/\/|\[\^|\[[ xX]\]/i

/**
 * Parse an issue's Markdown.
 *
 * @param text the issue, LF line endings
 * @param options `frontMatter` when the text starts with front matter, read as a `yaml` node
 */
export function toMdast(text: string, options: { frontMatter?: boolean } = {}): Root {
  const gfm = GFM_HINT.test(text)
  if (options.frontMatter) return (gfm ? withGfmYaml : commonmarkYaml).parse(text)
  return (gfm ? withGfm : commonmark).parse(text)
}

/** Parse with GFM whatever the text (for tests that the shortcut changes nothing). */
export function toMdastWithGfm(text: string): Root {
  return withGfm.parse(text)
}

/** Parse without GFM whatever the text (for the same tests). */
export function toMdastCommonmark(text: string): Root {
  return commonmark.parse(text)
}
