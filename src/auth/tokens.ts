// Signing and reading the API's bearer tokens: HS256 JWTs whose `role` claim says what the holder
// may see and do (docs/api.md, "Tokens and roles").
import { JwtPayload, sign, verify } from "jsonwebtoken";
import type { Identity } from "../services/viewer";

/** The roles a token can carry; a reader is whoever has no token, so "reader" is never signed. */
export type TokenRole = "editor" | "admin";
export const TOKEN_ROLES: readonly TokenRole[] = ["editor", "admin"];

/** Pinned on verify as well as sign, so `alg: none` or an RS/HS confusion token is refused. */
const ALGORITHM = "HS256";

export const DEFAULT_TOKEN_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

/** Revisions record a name; a token that names nobody still needs one. */
export const UNKNOWN_EDITOR = "Unknown editor";

export interface TokenClaims {
  role: TokenRole;
  /** Display name recorded in revisions. */
  name?: string;
  /** Stable id of the holder; the name falls back to it. */
  sub?: string;
}

export function isTokenRole(value: unknown): value is TokenRole {
  return typeof value === "string" && (TOKEN_ROLES as readonly string[]).includes(value);
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/**
 * Seconds in a lifetime such as "90m", "12h", "7d", "2w" or "3600"; undefined when unreadable. Our
 * own parser because jsonwebtoken's (ms) accepts forms like "1.5 years" we do not want to promise.
 */
export function parseLifetime(text: string): number | undefined {
  const match = /^(\d{1,9})\s*([smhdw]?)$/.exec(text.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] || "s"];
  return seconds > 0 ? seconds : undefined;
}

/** A signed token that expires after `expiresInSeconds` (negative ones are already expired: tests). */
export function signToken(secret: string, claims: TokenClaims, options: { expiresInSeconds?: number } = {}): string {
  if (!isTokenRole(claims.role)) throw new Error(`tokens carry role editor or admin, not "${String(claims.role)}"`);
  const payload: Record<string, unknown> = { role: claims.role };
  if (claims.name) payload.name = claims.name;
  return sign(payload, secret, {
    algorithm: ALGORITHM,
    expiresIn: options.expiresInSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS,
    ...(claims.sub ? { subject: claims.sub } : {}),
  });
}

/**
 * The identity a token proves, or the reason it proves none (for the log, never for the client:
 * telling an attacker "invalid signature" versus "expired" helps them).
 */
export function verifyToken(token: string, secret: string): { identity: Identity } | { rejected: string } {
  let payload: string | JwtPayload;
  try {
    payload = verify(token, secret, { algorithms: [ALGORITHM] });
  } catch (error) {
    return { rejected: error instanceof Error ? error.message : String(error) };
  }
  if (typeof payload !== "object" || payload === null) return { rejected: "payload is not a JSON object" };
  const { role, name, sub } = payload as Record<string, unknown>;
  if (!isTokenRole(role)) return { rejected: "role claim is not editor or admin" };
  if (name !== undefined && typeof name !== "string") return { rejected: "name claim is not a string" };
  const displayName = name?.trim() || (typeof sub === "string" ? sub.trim() : "") || UNKNOWN_EDITOR;
  return { identity: { role, name: displayName } };
}
