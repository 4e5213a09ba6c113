// TypeGraphQL's @Authorized() check, with our role hierarchy (admin ⊇ editor ⊇ reader) and our
// error codes: it throws UNAUTHENTICATED / FORBIDDEN itself, because returning false would make
// TypeGraphQL throw its own errors, whose UNAUTHORIZED code is not ours.
import type { AuthCheckerFn } from "type-graphql";
import type { Context } from "../context";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import type { Role } from "../services/viewer";

/** What `@Authorized(...)` may require, e.g. `@Authorized(Roles.EDITOR)`. */
export const Roles = { EDITOR: "editor", ADMIN: "admin" } as const;
export type RequiredRole = (typeof Roles)[keyof typeof Roles];

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

function rankOf(role: string): number {
  if (!Object.hasOwn(RANK, role)) throw new Error(`@Authorized names an unknown role "${role}"`);
  return RANK[role as Role];
}

/**
 * Lets the viewer through if their role reaches the least of `roles`. Plain `@Authorized()` means
 * "signed in", as in TypeGraphQL: an editor or admin token. An arrow function on purpose:
 * TypeGraphQL treats anything with a `prototype` (a `function` declaration) as a checker class.
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, roles) => {
  const needed = roles.length === 0 ? RANK.editor : Math.min(...roles.map(rankOf));
  const role = context.viewer.role;
  if (RANK[role] >= needed) return true;
  const token = needed >= RANK.admin ? "an admin token" : "an editor token";
  if (role === "reader") throw new UnauthenticatedError(`Sign in: this needs ${token}`);
  throw new ForbiddenError(`Not allowed: this needs ${token}`);
};
