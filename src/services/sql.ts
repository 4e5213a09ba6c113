// Small SQL helpers shared by the read services.
import { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/** A `%text%` pattern for ILIKE that matches `text` literally (its % and _ are escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Entity properties a query must select (see resolvers/selection.ts); all of them when absent. */
export type ColumnList = readonly string[];

/** Restricts `qb` to the given properties of its main entity. */
export function selectColumns<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, columns: ColumnList | undefined): SelectQueryBuilder<T> {
  if (columns) qb.select(columns.map((column) => `${qb.alias}.${column}`));
  return qb;
}
