/**
 * Building regular expressions from word lists (the data tables in `rules/`).
 */

/** Escape a string so it matches itself inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** An alternation of words, longest first, so a longer word wins over a word it starts with. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
}
