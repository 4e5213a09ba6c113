// One transaction per mutation: all of its writes land or none do, and integrity errors raised by
// PostgreSQL reach the client as CONFLICT / BAD_USER_INPUT rather than as masked internal errors.
import { EntityManager, QueryFailedError } from "typeorm";
import { logger } from "../logger";
import { apiErrorFromPostgres } from "../errors";

const DEADLOCK = "40P01";
const SERIALIZATION_FAILURE = "40001";
const ATTEMPTS = 3;

/** PostgreSQL rolled the transaction back to break a deadlock; running it again is safe. */
function isRetryable(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code === DEADLOCK || code === SERIALIZATION_FAILURE;
}

export async function inTransaction<T>(manager: EntityManager, work: (transaction: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await manager.transaction(work);
    } catch (error) {
      if (attempt < ATTEMPTS && isRetryable(error)) {
        logger.warn("transaction retried", { attempt, reason: (error as QueryFailedError).message });
        continue;
      }
      throw apiErrorFromPostgres(error) ?? error;
    }
  }
}
