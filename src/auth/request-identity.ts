// Who an HTTP request is, from its Authorization header: no header is a reader; anything else must be
// a valid bearer token, or the whole request is refused with 401 (never quietly downgraded to a
// reader, which would hide an expired token behind a page of published-only results).
import { UnauthenticatedError } from "../errors";
import { logger } from "../logger";
import { ANONYMOUS, Identity } from "../services/viewer";
import { verifyToken } from "./tokens";

/** RFC 6750 `Bearer <token68>`; the scheme is case-insensitive (RFC 9110). */
const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;

/** RFC 6750: a 401 names the scheme the client should use. */
function refused(message: string): UnauthenticatedError {
  return new UnauthenticatedError(message, {
    status: 401,
    headers: new Map([["www-authenticate", 'Bearer realm="newsdesk", error="invalid_token"']]),
  });
}

/** Throws UnauthenticatedError (HTTP 401) for a malformed header or a token we cannot accept. */
export function identityFromAuthorization(header: string | undefined, secret: string): Identity {
  if (header === undefined) return ANONYMOUS;
  const token = BEARER.exec(header)?.[1];
  if (!token) throw refused("Expected an Authorization header of the form: Bearer <token>");
  const verified = verifyToken(token, secret);
  if ("rejected" in verified) {
    logger.debug("bearer token rejected", { reason: verified.rejected });
    throw refused("Invalid or expired token");
  }
  return verified.identity;
}
