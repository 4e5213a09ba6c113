// Optimistic locking for every editable record. TypeORM's @VersionColumn does not stop a stale
// save (it overwrites the newer edit), so edits lock the row, compare versions, and write with
// `WHERE version = <the version read>`: of concurrent edits made from one version exactly one wins.
import { EntityManager, EntityTarget, ObjectLiteral, type QueryDeepPartialEntity } from "typeorm";
import { ConflictError, NotFoundError } from "../errors";

/**
 * The fields of an edit that were given: a field left out (undefined) leaves its column alone,
 * `null` clears it. Validation has already refused null for required columns.
 */
export function givenFields<T extends object, K extends keyof T>(edit: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const given: Partial<Pick<T, K>> = {};
  for (const key of keys) if (edit[key] !== undefined) given[key] = edit[key];
  return given;
}

export interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * Makes transactions that name the same `key` take turns until they end (a transaction-scoped
 * advisory lock): for rules no row lock can guard, such as "no other record derives this slug".
 */
export async function lockKey(manager: EntityManager, key: string): Promise<void> {
  await manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`newsdesk.${key}`]);
}

/**
 * Locks the articles `articleIdsSql` selects (its one parameter is $1) in id order: the order in
 * which article edits lock articles before the people and topics they link, so writers that touch
 * both queue rather than deadlock.
 */
export async function lockArticles(manager: EntityManager, articleIdsSql: string, parameter: unknown): Promise<void> {
  await manager.query(`SELECT id FROM article WHERE id IN (${articleIdsSql}) ORDER BY id FOR UPDATE`, [parameter]);
}

/**
 * The record, locked until the transaction ends (concurrent editors queue here, then see the
 * winner's version). NOT_FOUND when it does not exist; CONFLICT with `currentVersion` when the
 * caller edited an older version than the current one.
 */
export async function lockForEdit<T extends Versioned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  id: string,
  expectedVersion?: number | null,
): Promise<T> {
  const record = await manager.createQueryBuilder(entity, "record").where("record.id = :id", { id }).setLock("pessimistic_write").getOne();
  if (!record) throw new NotFoundError(what, id);
  if (expectedVersion != null && record.version !== expectedVersion) {
    throw new ConflictError(
      `${what} ${id} is at version ${record.version}, not ${expectedVersion}: someone else changed it; reload and reapply your edit`,
      { currentVersion: record.version },
    );
  }
  return record;
}

/**
 * Writes `values` to a record read by lockForEdit as its next version and returns the stored
 * record, read back in the same statement (RETURNING) rather than with a second query.
 */
export async function writeNextVersion<T extends Versioned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  record: T,
  values: QueryDeepPartialEntity<T>,
): Promise<T> {
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((column) => column.isSelect);
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, version: record.version + 1 })
    .where("id = :id AND version = :version", { id: record.id, version: record.version })
    .returning(columns.map((column) => `"${column.databaseName}"`).join(", "))
    .execute();
  const row = (result.raw as ObjectLiteral[])[0];
  if (!row) {
    // Unreachable while the row is locked; kept so a missing lock can never overwrite an edit.
    throw new ConflictError(`${record.id} changed while it was being edited`, { currentVersion: record.version + 1 });
  }
  const stored = metadata.create() as ObjectLiteral;
  for (const column of columns) stored[column.propertyName] = row[column.databaseName] as unknown;
  return stored as T;
}
