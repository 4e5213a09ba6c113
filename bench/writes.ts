// The write mix, Newsdesk only (PostGraphile and the floor are read-only comparisons): editors
// saving drafts (UpdateArticle) and publish cycles on published articles (PublishArticle). Every
// load run gets its articles with their current versions, and the load process (load.ts) lends
// each connection one article at a time, so no two requests in flight touch the same article and
// every request names the right expectedVersion: a CONFLICT is a bug, not contention.
import fs from "node:fs";
import path from "node:path";
import type { Client } from "pg";
import { signToken } from "../src/auth/tokens";
import type { BenchParams } from "./seed";
import type { BenchRequest, WriteOperationName } from "./systems/types";

/** The secret the benchmark starts Newsdesk with (NEWSDESK_JWT_SECRET); it guards nothing. */
export const BENCH_JWT_SECRET = "newsdesk-benchmark-only-secret-guarding-nothing";

/** Mutations (and so transactions) one request of the operation makes. */
export const MUTATIONS_PER_REQUEST: Record<WriteOperationName, number> = { UpdateArticle: 1, PublishArticle: 3 };

export interface WriteTarget {
  id: string;
  version: number;
  /** UpdateArticle: the body without the benchmark's edit note, which every request rewrites. */
  body?: string;
}

export interface WriteLoad {
  operation: WriteOperationName;
  query: string;
  targets: WriteTarget[];
}

/** After a CONFLICT, the version the API reported, when it did, so the next write can go through. */
export type WriteOutcome = { version: number } | { conflict: string; currentVersion?: number } | { error: string };

const EDIT_NOTE = /\n\nBenchmark edit \d+\.$/;

export function writeQuery(operation: WriteOperationName): string {
  return fs.readFileSync(path.join(__dirname, "..", "..", "bench", "queries", `${operation}.graphql`), "utf8");
}

/** Newsdesk's GraphQL endpoint as an editor; load.ts fills in the body of each request. */
export function editorRequest(): BenchRequest {
  const token = signToken(BENCH_JWT_SECRET, { role: "editor", name: "Benchmark Editor" }, { expiresInSeconds: 24 * 3600 });
  return {
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
  };
}

/**
 * The articles a write run works on, at their current versions; none of them changes what readers
 * see. UpdateArticle edits drafts and articles in review, which readers never see (the body keeps
 * one edit note, rewritten by every edit). PublishArticle cycles the oldest
 * published articles outside the read workload's slug list; a completed cycle leaves status and
 * publishedAt as they were (checkRestored verifies it after each run).
 */
export async function writeTargets(
  client: Client,
  operation: WriteOperationName,
  params: BenchParams,
  count: number,
): Promise<WriteTarget[]> {
  if (operation === "UpdateArticle") {
    const { rows } = await client.query(
      `SELECT id, version, body FROM article WHERE status IN ('DRAFT', 'IN_REVIEW') ORDER BY created_at, id LIMIT $1`,
      [count],
    );
    return (rows as WriteTarget[]).map((row) => ({ ...row, body: row.body!.replace(EDIT_NOTE, "") }));
  }
  const { rows } = await client.query(
    `SELECT id, version FROM article WHERE status = 'PUBLISHED' AND slug <> ALL($1::text[])
     ORDER BY published_at, id LIMIT $2`,
    [params.articleSlugs, count],
  );
  return rows as WriteTarget[];
}

/** The request body for one write on `target`; `edit` numbers the edits of a run. */
export function writeBody(load: WriteLoad, target: WriteTarget, edit: number): string {
  const variables =
    load.operation === "UpdateArticle"
      ? { id: target.id, expectedVersion: target.version, input: { body: `${target.body}\n\nBenchmark edit ${edit}.` } }
      : { id: target.id, published: target.version, draft: target.version + 1, inReview: target.version + 2 };
  return JSON.stringify({ query: load.query, variables, operationName: load.operation });
}

/** What a response says: the article's version after it, a CONFLICT, or another failure. */
export function writeOutcome(operation: WriteOperationName, status: number, body: string): WriteOutcome {
  let parsed: {
    data?: Record<string, { version?: number; status?: string } | null> | null;
    errors?: { message: string; extensions?: { code?: string; currentVersion?: number } }[];
  };
  try {
    parsed = JSON.parse(body);
  } catch {
    return { error: `HTTP ${status}, not JSON: ${body.slice(0, 200)}` };
  }
  const conflict = parsed.errors?.find((error) => error.extensions?.code === "CONFLICT");
  if (conflict) return { conflict: conflict.message, currentVersion: conflict.extensions?.currentVersion };
  if (status !== 200 || parsed.errors?.length) return { error: `HTTP ${status}: ${JSON.stringify(parsed.errors ?? parsed).slice(0, 300)}` };
  const article = operation === "UpdateArticle" ? parsed.data?.updateArticle : parsed.data?.publish;
  if (typeof article?.version !== "number") return { error: `no version in ${body.slice(0, 200)}` };
  if (operation === "PublishArticle" && article.status !== "PUBLISHED") return { error: `cycle ended ${article.status}` };
  return { version: article.version };
}

/** After a publish run every cycled article must be published again, or readers would see less. */
export async function checkRestored(client: Client, operation: WriteOperationName, ids: string[]): Promise<void> {
  if (operation !== "PublishArticle") return;
  const { rows } = await client.query(
    `SELECT id, status FROM article WHERE id = ANY($1::uuid[]) AND (status <> 'PUBLISHED' OR published_at IS NULL)`,
    [ids],
  );
  if (rows.length) {
    throw new Error(
      `PublishArticle left ${rows.length} articles unpublished (e.g. ${rows[0].id}: ${rows[0].status}); reseed (--reseed) before timing reads`,
    );
  }
}
