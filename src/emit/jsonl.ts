/**
 * `--format jsonl`: one article a line, each carrying its issue's id, source and date.
 */
import type { ArticleRecord, Issue } from '../schema.js'
import type { Emitter } from './types.js'

/** The JSON Lines records of one issue. */
export function articleRecords(issue: Issue): ArticleRecord[] {
  return issue.articles.map((article) => ({ issueId: issue.id, source: issue.source, date: issue.date, ...article }))
}

/** Create the JSON Lines emitter. */
export function jsonlEmitter(): Emitter<Issue, string> {
  return {
    start: () => '',
    render: (issue) => articleRecords(issue).map((record) => `${JSON.stringify(record)}\n`).join(''),
    place: (text) => text,
    end: () => '',
  }
}
