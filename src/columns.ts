/**
 * One vocabulary for every flat output. A record's columns are named once,
 * from its zod schema, by one rule: a field is its snake_case name
 * (`pageName` → `page_name`); an object field is one column per key, prefixed
 * (`dateline.raw` → `dateline_raw`); a list is one cell, joined with
 * `LIST_JOINER` (a list of objects joins each item's fields with
 * `FIELD_JOINER`); a few names are declared where the rule would be ambiguous
 * (`id` → `article_id`, a figure's `column` → `column_number`). Every flat
 * format (the parse and stats CSV, the export tables in CSV, JSON Lines and
 * Parquet, their JSON Schema and DuckDB DDL) is a view: a choice of columns
 * from one vocabulary, so a column is renamed, or a field added, in one place.
 */
import { z } from 'zod'

/** What a flat cell holds. */
export type Cell = string | number | boolean | null

/** What every CSV and every flat table joins a list with: `刘莹;王涛`. */
export const LIST_JOINER = ';'

/** What a list of records in one cell joins each item's fields with: `part-of:…-f3:59.1:`. */
export const FIELD_JOINER = ':'

/** A list as one cell: its items joined, or null when it is empty (so CSV and JSON Lines agree). */
export function listCell(items: readonly string[]): string | null {
  return items.length === 0 ? null : items.join(LIST_JOINER)
}

/** A camelCase field as a snake_case column (isHeadline → is_headline). */
export function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** One flat column: its name, its type (for row schemas, JSON Schema and SQL), and how a record gives its cell. */
export interface Column<R> {
  readonly name: string
  /** The field it is read from (`dateline.raw`), or for a computed column its name: what a test compares across formats. */
  readonly source: string
  readonly type: z.ZodType
  readonly get: (record: R) => Cell
}

/** A column computed from the record rather than read from one field. */
export interface Computed<R> {
  readonly type: z.ZodType
  readonly get: (record: R) => Cell
}

/** Column names the rule would get wrong, by field path (`id`, `column`, `lines.start`). */
export type Names = Readonly<Record<string, string>>

/** The columns of a record, in its schema's order, each with its zod type keyed by name in `shape`. */
export interface Vocabulary<R, Shape extends z.ZodRawShape> {
  readonly columns: readonly Column<R>[]
  /** For the types only: the column types by name. */
  readonly shape: Shape
}

/** A format's columns: a choice from one vocabulary, with its row schema and row builder. */
export interface View<R, Shape extends z.ZodRawShape> {
  readonly columns: readonly Column<R>[]
  /** The row as a zod object, columns in order: the source of its JSON Schema and DuckDB types. */
  readonly schema: z.ZodObject<Shape>
  /** The column names, in order. */
  readonly names: readonly string[]
  /** A record as a row of this view. */
  row(record: R): z.infer<z.ZodObject<Shape>>
}

// The rule, at the type level, so that a view's rows are typed by z.infer.
type Snake<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${Snake<Rest>}` : ''
type Named<Path extends string, Default extends string, N> = Path extends keyof N ? N[Path] & string : Default
type Bare<T> = T extends z.ZodNullable<infer U> ? Bare<U> : T extends z.ZodOptional<infer U> ? Bare<U> : T
type OrNull<T> = T extends z.ZodNullable<z.ZodType> ? T : T extends z.ZodType ? z.ZodNullable<T> : never
type Entry<K extends string, F, N> =
  Bare<F> extends z.ZodObject<infer Sub>
    ? { [S in keyof Sub & string]: [Named<`${K}.${S}`, `${Named<K, Snake<K>, N>}_${Snake<S>}`, N>, F extends z.ZodNullable<z.ZodType> ? OrNull<Sub[S]> : Sub[S]] }[keyof Sub & string]
    : Bare<F> extends z.ZodArray<z.ZodType>
      ? [Named<K, Snake<K>, N>, z.ZodNullable<z.ZodString>]
      : [Named<K, Snake<K>, N>, F]
type Entries<Shape, N> = { [K in keyof Shape & string]: Entry<K, Shape[K], N> }[keyof Shape & string]
/** The flat columns of an object schema's shape, by the rule and the declared names. */
export type FlatShape<Shape, N> = { [E in Entries<Shape, N> as E[0]]: E[1] }

function unwrap(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodNullable || field instanceof z.ZodOptional ? unwrap(field.unwrap() as z.ZodType) : field
}

const isNullable = (field: z.ZodType): boolean => field instanceof z.ZodNullable || field instanceof z.ZodOptional

/** A list field as one cell: items as they are, or objects with their fields joined. */
function listOf(items: readonly unknown[]): string | null {
  return listCell(
    items.map((item) =>
      item !== null && typeof item === 'object'
        ? Object.values(item)
            .map((v) => v ?? '')
            .join(FIELD_JOINER)
        : String(item),
    ),
  )
}

/**
 * The flat columns of a record.
 *
 * @param schema the record's zod schema: its fields, in order, give the columns
 * @param names the names the rule would get wrong, by field path (`{id: 'figure_id', 'lines.start': 'line_start'}`)
 * @param computed columns that are no field of the record (`paragraph_count`); one of a field's name replaces it
 */
export function vocabulary<S extends z.ZodObject, const N extends Names, X extends Record<string, z.ZodType> = Record<never, never>>(
  schema: S,
  names: N,
  computed?: { [K in keyof X]: { readonly type: X[K]; readonly get: (record: z.infer<S>) => Cell } },
): Vocabulary<z.infer<S>, Omit<FlatShape<S['shape'], N>, keyof X> & X> {
  type R = z.infer<S>
  const extra: Record<string, Computed<R>> = (computed ?? {}) as Record<string, Computed<R>>
  const columns: Column<R>[] = []
  const add = (column: Column<R>): void => {
    columns.push(extra[column.name] ? { name: column.name, source: column.source, ...extra[column.name]! } : column)
  }
  for (const [key, raw] of Object.entries(schema.shape)) {
    const field = raw as z.ZodType
    const inner = unwrap(field)
    const name = names[key] ?? snake(key)
    const read = (r: R): unknown => (r as Record<string, unknown>)[key]
    if (inner instanceof z.ZodObject) {
      for (const [sub, subRaw] of Object.entries(inner.shape)) {
        const subField = subRaw as z.ZodType
        add({
          name: names[`${key}.${sub}`] ?? `${name}_${snake(sub)}`,
          source: `${key}.${sub}`,
          type: isNullable(field) && !isNullable(subField) ? subField.nullable() : subField,
          get: (r) => ((read(r) as Record<string, Cell> | null)?.[sub] ?? null),
        })
      }
    } else if (inner instanceof z.ZodArray) {
      add({ name, source: key, type: z.string().nullable(), get: (r) => listOf(read(r) as unknown[]) })
    } else {
      add({ name, source: key, type: field, get: (r) => read(r) as Cell })
    }
  }
  const named = new Set(columns.map((c) => c.name))
  for (const [name, c] of Object.entries(extra)) if (!named.has(name)) columns.push({ name, source: name, ...c })
  return { columns, shape: {} as Omit<FlatShape<S['shape'], N>, keyof X> & X }
}

function viewOf<R, Shape extends z.ZodRawShape>(columns: readonly Column<R>[]): View<R, Shape> {
  const schema = z.object(Object.fromEntries(columns.map((c) => [c.name, c.type]))) as unknown as z.ZodObject<Shape>
  return {
    columns,
    schema,
    names: columns.map((c) => c.name),
    row: (record) => Object.fromEntries(columns.map((c) => [c.name, c.get(record)])) as z.infer<z.ZodObject<Shape>>,
  }
}

function byName<R>(vocabulary: Vocabulary<R, z.ZodRawShape>, name: string): Column<R> {
  const column = vocabulary.columns.find((c) => c.name === name)
  if (!column) throw new Error(`Unexpected column ${name}, expected one of: ${vocabulary.columns.map((c) => c.name).join(', ')}`)
  return column
}

/** A view of these columns, in this order (a format whose columns were fixed one by one). */
export function pick<R, Shape extends z.ZodRawShape, const K extends keyof Shape & string>(
  vocabulary: Vocabulary<R, Shape>,
  names: readonly K[],
): View<R, Pick<Shape, K>> {
  return viewOf(names.map((name) => byName(vocabulary, name)))
}

/**
 * A view of every column but `omit`: `first` first, then the rest in the
 * record's order, so a field added to the record is a column here too.
 */
export function allBut<R, Shape extends z.ZodRawShape, const F extends keyof Shape & string, const O extends keyof Shape & string = never>(
  vocabulary: Vocabulary<R, Shape>,
  { first = [], omit = [] }: { first?: readonly F[]; omit?: readonly O[] },
): View<R, Omit<Shape, O>> {
  const skip = new Set<string>([...first, ...omit])
  return viewOf([...first.map((name) => byName(vocabulary, name)), ...vocabulary.columns.filter((c) => !skip.has(c.name))])
}
