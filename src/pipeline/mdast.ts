/**
 * Text to mdast: remark-parse with GFM, positions kept.
 */
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * Parse an issue's Markdown.
 *
 * @param text the issue, LF line endings, front matter blanked
 */
export function toMdast(text: string): Root {
  return processor.parse(text)
}
