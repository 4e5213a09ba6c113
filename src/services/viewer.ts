// Who is asking, and what that lets them see. Readers (no token) see published work only.
export type Role = "reader" | "editor" | "admin";

export interface Viewer {
  role: Role;
  /** The editor's display name, recorded in revisions. */
  name?: string;
}

export const READER: Viewer = Object.freeze({ role: "reader" });

/** Editors and admins see drafts, work in review, archived work, and rejected quotes. */
export function seesUnpublished(viewer: Viewer): boolean {
  return viewer.role === "editor" || viewer.role === "admin";
}

/** SQL condition: the article `alias` is public now (published, and its publication time has come). */
export function publishedCondition(alias: string): string {
  return `(${alias}.status = 'PUBLISHED' AND ${alias}.published_at <= now())`;
}
