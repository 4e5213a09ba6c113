// Who a WebSocket connection is: the bearer token of its `connection_init` payload, checked as an
// HTTP request's Authorization header is, and when that token stops being valid.
import { decode } from "jsonwebtoken";
import { identityFromAuthorization } from "../auth/request-identity";
import { ANONYMOUS, Identity } from "../services/viewer";

export interface ConnectionIdentity {
  identity: Identity;
  /** When the token expires (ms since the epoch); undefined for readers. */
  expiresAt?: number;
}

/**
 * `{ authorization: "Bearer <token>" }` (any case of the key), as clients send it in
 * `connection_init`; no such key is a reader. Throws UnauthenticatedError for anything else.
 */
export function identityOfConnection(params: Readonly<Record<string, unknown>> | undefined, secret: string): ConnectionIdentity {
  const key = params && typeof params === "object" ? Object.keys(params).find((name) => name.toLowerCase() === "authorization") : undefined;
  if (key === undefined) return { identity: ANONYMOUS };
  const header = params![key];
  const identity = identityFromAuthorization(typeof header === "string" ? header : "", secret);
  // Verified above; only the expiry is read here.
  const token = /^Bearer +(\S+)/i.exec(header as string)![1];
  const claims = decode(token);
  const exp = claims && typeof claims === "object" && typeof claims.exp === "number" ? claims.exp : undefined;
  return { identity, expiresAt: exp === undefined ? undefined : exp * 1000 };
}
