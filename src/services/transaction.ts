// One transaction per mutation: all of its writes land or none do, and integrity errors raised by
// PostgreSQL reach the client as CONFLICT / BAD_USER_INPUT rather than as masked internal errors.
import { EntityManager } from "typeorm";
import { apiErrorFromPostgres } from "./postgres-errors";

export async function inTransaction<T>(manager: EntityManager, work: (transaction: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await manager.transaction(work);
  } catch (error) {
    throw apiErrorFromPostgres(error) ?? error;
  }
}
