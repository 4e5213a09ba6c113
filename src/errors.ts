// The API's error vocabulary (docs/robustness.md): codes, the errors services throw, and the masking
// of everything unknown before it reaches a client.
import { GraphQLError, GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { QueryFailedError } from "typeorm";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** The HTTP request itself is malformed (body, method, persisted-query extension, subscription over HTTP). */
  BAD_REQUEST: "BAD_REQUEST",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Which input fields were wrong and why, e.g. `{ "first": "must not be greater than 100" }`. */
export type FieldErrors = Record<string, string>;

export class BadUserInputError extends GraphQLError {
  constructor(message: string, fields?: FieldErrors) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(fields ? { fields } : {}) } });
  }
}

export class QueryTooComplexError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    // Refused before execution: the client's request is at fault, so HTTP 400 (Apollo strips `http`).
    super(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...details, http: { status: 400 } } });
  }
}

/** HTTP status and headers Apollo Server applies to the whole response (and strips from the body). */
export interface HttpExtension {
  status: number;
  headers?: Map<string, string>;
}

/**
 * No token where one is needed, or a token we cannot accept. `http` only when the whole request is
 * refused (a bad Authorization header → 401); a field needing a role fails alone, under HTTP 200.
 */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, http?: HttpExtension) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, ...(http ? { http } : {}) } });
  }
}

/** A valid token whose role is not enough (TypeGraphQL's own code for this is UNAUTHORIZED). */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

/** Codes graphql-js and Apollo Server attach to request-level failures; safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);
const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Every code a response may carry (docs/robustness.md lists them). */
export const DOCUMENTED_CODES: ReadonlySet<string> = new Set([...KNOWN_CODES, ...REQUEST_ERROR_CODES]);

/**
 * graphql-js' parser refusing a document over `maxTokens`; its message is its only mark (16.x
 * spells it "more that").
 */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/**
 * Apollo Server refuses some requests before any operation with a GraphQLError that has an HTTP
 * 4xx status but no code (a persisted-query hash that does not match, an unknown APQ version); the
 * parser refuses a document over the token limit as a syntax error. Both are the client's doing:
 * the code they deserve, or undefined for any other error.
 */
function requestRefusal(error: unknown): { code: string; message: string } | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const tokens = error.extensions?.code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(error.message) : null;
  if (tokens) return { code: ErrorCode.QUERY_TOO_COMPLEX, message: `Query document has more than ${tokens[1]} tokens, the limit` };
  const status = (error.extensions?.http as Partial<HttpExtension> | undefined)?.status;
  if (error.extensions?.code === undefined && typeof status === "number" && status >= 400 && status < 500) {
    return { code: ErrorCode.BAD_REQUEST, message: capped(error.message) };
  }
  return undefined;
}

/** class-validator's nested errors flattened to `{ "filter.search": "reason; reason" }`. */
function fieldErrorsFrom(errors: readonly ValidationError[], prefix = ""): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints).join("; ");
    if (error.children?.length) Object.assign(fields, fieldErrorsFrom(error.children, path));
  }
  return fields;
}

/** True for errors whose message and extensions may reach a client as they are. */
export function isClientError(error: unknown): boolean {
  if (apiErrorFromPostgres(error) || requestRefusal(error)) return true;
  if (!(error instanceof GraphQLError)) return false;
  const code = error.extensions?.code;
  return typeof code === "string" && DOCUMENTED_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

const INTERNAL_MESSAGE = "Internal server error";
const MAX_MESSAGE_LENGTH = 300;

/**
 * graphql-js quotes a bad variable's whole value in its message ("got invalid value …"): a 100 kB
 * string would come back twice. Messages are cut to a length that still says what was wrong.
 */
function capped(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH)}…`;
}

/**
 * Apollo Server's formatError: client errors pass (argument validation reshaped to `fields`,
 * never echoing the input), everything else becomes a masked INTERNAL_SERVER_ERROR. Logging of
 * the original, with the request id, happens in the error-logging plugin.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && Array.isArray(original.extensions?.validationErrors)) {
    const fields = fieldErrorsFrom(original.extensions.validationErrors as ValidationError[]);
    return {
      message: `Invalid input: ${Object.keys(fields).join(", ")}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    };
  }
  const refusal = requestRefusal(original);
  if (refusal) return { message: refusal.message, locations: formatted.locations, extensions: { code: refusal.code } };
  const fromDatabase = apiErrorFromPostgres(original);
  if (fromDatabase)
    return { message: fromDatabase.message, locations: formatted.locations, path: formatted.path, extensions: fromDatabase.extensions };
  if (isClientError(original) || (original !== error && isClientError(error))) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: capped(formatted.message), extensions };
  }
  return {
    message: INTERNAL_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** A mutation named an id or slug that does not exist. */
export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} ${id} does not exist`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

/**
 * The change cannot be made in the record's current state: a stale `expectedVersion` (with
 * `currentVersion`), a workflow step not allowed from the current status, a taken slug.
 */
export class ConflictError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
  }
}

// PostgreSQL's errors that a client caused, as API errors: a unique violation is a CONFLICT (the
// slug is taken), a foreign-key violation a BAD_USER_INPUT (the id given does not exist), each
// naming the input field behind the constraint; a lock wait that timed out is a retryable
// CONFLICT; unstorable text a BAD_USER_INPUT. Anything else stays unknown and is masked.
const UNIQUE_VIOLATION = "23505";
const FOREIGN_KEY_VIOLATION = "23503";
const LOCK_NOT_AVAILABLE = "55P03";
// Text PostgreSQL cannot store: a NUL character (22021), or one its encoding lacks (22P05).
const UNSTORABLE_TEXT = new Set(["22021", "22P05"]);

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
  if (code && UNSTORABLE_TEXT.has(code)) {
    return new BadUserInputError("Text contains a character that cannot be stored (such as NUL)", { input: "unstorable character" });
  }
  if (code === FOREIGN_KEY_VIOLATION) {
    return new BadUserInputError(`${field} refers to something that does not exist`, { [field]: "no such record" });
  }
  return undefined;
}
