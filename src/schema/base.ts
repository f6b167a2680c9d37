/** What every record shares: the contract's version and the date type. */
import { z } from 'zod'

/** Version of the output contract; raised only for a breaking change (2: one column vocabulary, see the README). */
export const SCHEMA_VERSION = 2 as const

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')

/** Whether a field is a date (YYYY-MM-DD, perhaps null): DuckDB types it DATE. */
export function isIsoDate(field: z.ZodType): boolean {
  return field === isoDate || ((field instanceof z.ZodNullable || field instanceof z.ZodOptional) && isIsoDate(field.unwrap() as z.ZodType))
}
