// PostgreSQL's integrity errors as API errors: a unique violation is a CONFLICT (the slug is
// taken), a foreign-key violation a BAD_USER_INPUT (the id given does not exist), each naming the
// input field behind the constraint. Anything else stays unknown and is masked by formatError.
import { GraphQLError } from "graphql";
import { QueryFailedError } from "typeorm";
import { BadUserInputError, ConflictError } from "../errors";

const UNIQUE_VIOLATION = "23505";
const FOREIGN_KEY_VIOLATION = "23503";
const LOCK_NOT_AVAILABLE = "55P03";

/** The input field each constraint guards, by constraint name (see the migrations). */
const FIELD_OF_CONSTRAINT: Record<string, string> = {
  article_slug_key: "slug",
  person_slug_key: "slug",
  person_wikidata_id_key: "wikidataId",
  topic_slug_key: "slug",
  article_topic_topic_id_fkey: "topicIds",
  article_person_person_id_fkey: "mentions",
  article_author_person_id_fkey: "authorIds",
  article_author_article_id_position_key: "authorIds",
  quote_article_id_fkey: "articleId",
  quote_speaker_id_fkey: "speakerId",
  topic_parent_id_fkey: "parentId",
};

interface DriverError {
  code?: string;
  constraint?: string;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driver = error instanceof QueryFailedError ? (error.driverError as DriverError) : undefined;
  return driver?.code === UNIQUE_VIOLATION && (constraint === undefined || driver.constraint === constraint);
}

/** The API error for a database integrity error, or `undefined` when it is not one. */
export function apiErrorFromPostgres(error: unknown): GraphQLError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const { code, constraint } = error.driverError as DriverError;
  const field = (constraint && FIELD_OF_CONSTRAINT[constraint]) || "input";
  if (code === UNIQUE_VIOLATION) {
    return new ConflictError(`${field} is already taken`, { fields: { [field]: "already taken" } });
  }
  if (code === LOCK_NOT_AVAILABLE) {
    return new ConflictError("The record is being changed by another edit that is taking long; try again", { retryable: true });
  }
  if (code === FOREIGN_KEY_VIOLATION) {
    return new BadUserInputError(`${field} refers to something that does not exist`, { [field]: "no such record" });
  }
  return undefined;
}
