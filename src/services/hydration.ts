// Entities from raw rows: the columns a query selected, assigned without TypeORM's general
// per-value conversion.
import { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Builds entities from the raw rows of a query builder whose main alias is `alias`. Raw rows are
 * used because they also carry the cursor values, which an entity has no place for. The entities
 * here have plain columns only, whose values node-postgres already returns as the right JS types
 * (Date, number, boolean, string[]), so values are assigned directly: TypeORM's general
 * per-value conversion was a fifth of the front page's CPU time.
 */
export function rawHydrator<T>(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string) {
  return hydrator<T>(manager, entity, alias, false);
}

/**
 * As rawHydrator, for rows that arrive as JSON (prefetched relations): the same keys, but
 * timestamps are ISO strings there and become Dates here.
 */
export function jsonHydrator<T>(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string) {
  return hydrator<T>(manager, entity, alias, true);
}

const TIMESTAMP_TYPES = new Set<unknown>(["timestamptz", "timestamp", "timestamp with time zone", "timestamp without time zone", Date]);

function hydrator<T>(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string, fromJson: boolean) {
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns
    .filter((column) => !column.embeddedMetadata)
    .map((column) => [`${alias}_${column.databaseName}`, column.propertyName, fromJson && TIMESTAMP_TYPES.has(column.type)] as const);
  // The rows of one result have the same columns: those of the first are looked for in the rest.
  let selected: typeof columns | undefined;
  return (row: ObjectLiteral): T => {
    selected ??= columns.filter(([key]) => row[key] !== undefined);
    const instance = metadata.create() as ObjectLiteral;
    for (const [key, property, isTimestamp] of selected) {
      const value: unknown = row[key];
      if (value === undefined) continue;
      instance[property] = isTimestamp && value !== null ? new Date(value as string) : value;
    }
    return instance as T;
  };
}
