/**
 * The records the stages pass along, with their positions in the source.
 * Inside the pipeline a paragraph knows where it stands and an article
 * knows what source text it read as structure; the public records of
 * `schema.ts` are these with the positions left out (`publishIssue`).
 */
import type { Article, Issue } from '../schema.js'
import type { Run } from './positions.js'

/** A paragraph with where it stands in the source. */
export interface Paragraph {
  text: string
  /** The source line it starts on (1-based). */
  readonly line: number
  readonly endLine: number
  /** Where each stretch of its text stands (positions.ts); cutting the end of `text` leaves them true. */
  readonly runs: readonly Run[]
  /** Position of its block in the issue: only neighbouring blocks can be halves of one paragraph. */
  readonly block?: number
}

/** A section whose paragraphs know their lines. */
export interface PlacedSection {
  readonly title: string | null
  readonly paragraphs: readonly Paragraph[]
}

/** An article as the pipeline holds it: its paragraphs placed, and what it read as structure. */
export type PlacedArticle = Omit<Article, 'sections'> & {
  readonly sections: readonly PlacedSection[]
  /** Source text read as structure and kept in no field: the dashes of a subtitle, the parentheses of a byline (see conservation.ts). */
  readonly consumed: readonly string[]
  /** Its column is a rubric printed once over the briefs before it (微阅读): not source text of its own. */
  readonly inheritedColumn?: boolean
}

/** An issue whose articles are placed. */
export type PlacedIssue = Omit<Issue, 'articles'> & { readonly articles: readonly PlacedArticle[] }

/** An article as the schema has it: paragraphs as strings, nothing consumed. */
export function publishArticle(article: PlacedArticle): Article {
  // Spread first so every field keeps its place, and the output its key order.
  const { consumed: _, inheritedColumn: __, ...rest } = { ...article, sections: article.sections.map((s) => ({ title: s.title, paragraphs: s.paragraphs.map((p) => p.text) })) }
  return rest
}

/** An issue as the schema has it. */
export function publishIssue(issue: PlacedIssue): Issue {
  return { ...issue, articles: issue.articles.map(publishArticle) }
}
