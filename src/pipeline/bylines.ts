/**
 * Bylines: who wrote, reported or photographed an article. One module per
 * job, in the order a byline is read:
 *
 * - `bylines/tokens.ts`: a byline's pieces, each name with its labels;
 * - `bylines/read.ts`: a whole byline read, or refused when any part is prose;
 * - `bylines/lines.ts`: bylines that are a line of their own, or in a closing note;
 * - `bylines/trailing.ts`: credits and group bylines at the end of a paragraph.
 */
export { parseBylines, parseParenBylines, startsWithLabel, type BylineRequirement } from './bylines/read.js'
export { parseBylineLine, portalCredits, splitNoteBylines } from './bylines/lines.js'
export {
  closingParenthesis,
  splitTrailingByline,
  splitTrailingCredit,
  splitTrailingGroupByline,
  type ClosingParenthesis,
  type TrailingCredit,
} from './bylines/trailing.js'
