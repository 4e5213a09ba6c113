// Who is asking, and what that lets them see. Readers (no token) see published work only.
import { asOf, raw, sql, Sql } from "../read/sql";

export type Role = "reader" | "editor" | "admin";

export interface Identity {
  role: Role;
  /** The editor's display name, recorded in revisions. */
  name?: string;
}

export interface Viewer extends Identity {
  /**
   * The moment "published" is judged at, fixed per request so that all its statements agree (an
   * article whose publication time passes mid-request is either visible everywhere or nowhere).
   */
  asOf: Date;
}

export const ANONYMOUS: Identity = Object.freeze({ role: "reader" });

export function viewerAt(identity: Identity, asOf: Date = new Date()): Viewer {
  return { ...identity, asOf };
}

/** Editors and admins see drafts, work in review, archived work, and rejected quotes. */
export function seesUnpublished(viewer: Viewer): boolean {
  return viewer.role === "editor" || viewer.role === "admin";
}

/**
 * SQL condition: the article `alias` is public (published, and its publication time has come, as
 * of the request's asOf, a slot bound per request).
 */
export function publishedCondition(alias: string): Sql {
  return sql`${raw(alias)}.status = 'PUBLISHED' AND ${raw(alias)}.published_at <= ${asOf}`;
}
