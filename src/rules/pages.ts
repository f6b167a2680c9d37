/**
 * Page markers: a heading that names a page of the paper rather than a story.
 * `## B 时代楷模`, `第2版`, `A3版 要闻`, `02版：要闻`.
 */

/** `第2版`, `A3版 要闻`, `02版：要闻`, `第2版()`. */
export const NUMBERED_PAGE = /^第?(?<page>[A-Za-z]?\d{1,2})版(?:[\s\u3000:：·()（）]*(?<name>\p{Script=Han}[\p{Script=Han}\s]{0,11}?))?[\s()（）]*$/u

/** Metadata lines of archive exports under a headline: a date line (`1946-05-17`) and `专栏：`. */
export const ARCHIVE_META = /^(?:\d{4}-\d{1,2}-\d{1,2}|专栏[：:].*)$/u

/** A line archive exports print on its own: the metadata above, or a page line (`第2版()`). */
export const ARCHIVE_LINE = /^(?:\d{4}-\d{1,2}-\d{1,2}|第\d{1,2}版.*|专栏[：:].*)$/u

/** `B 时代楷模`, `A1 要闻`: a section letter, a space, a short page name. */
export const LETTERED_PAGE = /^(?<page>[A-H]\d{0,2})[\s\u3000]+(?<name>\p{Script=Han}{2,8})$/u
