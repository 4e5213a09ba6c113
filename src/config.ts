// Reads the environment once at start-up, validates it and exposes a typed, frozen configuration.
import path from "node:path";
import { CorsOrigins, DEVELOPMENT_ORIGINS } from "./http/cors";

export interface AppConfig {
  /** "production" turns off Sandbox and introspection and hides error details. */
  readonly nodeEnv: "development" | "production" | "test";
  readonly port: number;
  /** External PostgreSQL; when absent an embedded server is started in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /**
   * Read replicas (DATABASE_REPLICA_URLS, comma-separated) that serve readers' queries; editors and
   * writes stay on the primary. Empty: everything runs on the primary (src/db/replicas.ts).
   */
  readonly databaseReplicaUrls: readonly string[];
  /** A replica further behind the primary than this is not used until it catches up. */
  readonly replicaMaxLagMs: number;
  /** Folder for the embedded PostgreSQL cluster (and other local state). */
  readonly dataDir: string;
  /** Port of the embedded PostgreSQL server. */
  readonly embeddedPostgresPort: number;
  /** Size of the PostgreSQL connection pool of one API process. */
  readonly poolSize: number;
  /** Whether the schema answers introspection (Sandbox, codegen from the URL): on outside production. */
  readonly introspection: boolean;
  /**
   * Origins browsers may call the API from (NEWSDESK_CORS_ORIGINS, comma-separated, or `*`);
   * outside production, any port of localhost and 127.0.0.1 when unset.
   */
  readonly corsOrigins: CorsOrigins;
  /** Whether the bundled sample articles are loaded into an empty database. */
  readonly loadSampleData: boolean;
  /**
   * Seconds readers' (anonymous) responses may be served from the response cache and by CDNs
   * (Cache-Control: public, max-age); 0 turns caching off. Every API process empties its own cache
   * on a write readers would see (src/events/reader-cache.ts), so this bounds only what CDNs keep.
   */
  readonly cacheMaxAge: number;
  /** Largest allowed query depth and cost (see src/query-limits.ts). */
  readonly maxQueryDepth: number;
  readonly maxQueryCost: number;
  /** Largest query document, in GraphQL tokens, and most aliased fields (fragments expanded). */
  readonly maxQueryTokens: number;
  readonly maxQueryAliases: number;
  /**
   * Read plans kept (one per document field, viewer class and query shape) and documents kept
   * compiled by graphql-jit; past these, the least recently used are dropped.
   */
  readonly planCacheSize: number;
  readonly compiledCacheSize: number;
  /**
   * On SIGTERM, how long the API goes on serving with `/readyz` at 503 before it stops accepting
   * connections, so a load balancer notices and sends its traffic elsewhere first.
   */
  readonly shutdownGraceMs: number;
  /** How long an edit waits for a record another edit holds before answering CONFLICT. */
  readonly lockTimeoutMs: number;
  /**
   * How often the word statistics a relevance search chooses its path by are copied from
   * PostgreSQL's (services/search-statistics.ts), in minutes; 0 never (a job does it instead).
   */
  readonly searchStatisticsMinutes: number;
  /**
   * HS256 secret that signs bearer tokens (NEWSDESK_JWT_SECRET). Unset: src/auth/secret.ts keeps
   * one in `dataDir` outside production and refuses to start in production.
   */
  readonly jwtSecret: string | undefined;

  // Subscriptions (src/subscriptions/, src/events/).
  /** Open WebSocket connections one API process accepts (NEWSDESK_WS_MAX_CONNECTIONS); more are answered 503. */
  readonly wsMaxConnections: number;
  /** Subscriptions one connection may hold at once (NEWSDESK_WS_MAX_SUBSCRIPTIONS). */
  readonly wsMaxSubscriptions: number;
  /** Largest WebSocket message a client may send, in bytes (NEWSDESK_WS_MAX_PAYLOAD); larger closes the connection. */
  readonly wsMaxPayloadBytes: number;
  /** Events waiting for one slow subscriber at most (NEWSDESK_WS_MAX_QUEUED); past it they are replaced by one RESYNC. */
  readonly wsMaxQueuedEvents: number;
}

/** Start-up refuses the environment; `name` so the log says which kind of failure it was. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** 256 bits as hex or base64 are 43+ characters; anything under 32 is guessable or a placeholder. */
export const MIN_JWT_SECRET_LENGTH = 32;

/** Whether a secret has MIN_JWT_SECRET_LENGTH characters that are not white space (32 spaces are not a secret). */
export function isUsableSecret(secret: string): boolean {
  return secret.replace(/\s+/g, "").length >= MIN_JWT_SECRET_LENGTH;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no"].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** `https://desk.example.com,http://localhost:3000` → exact origins; `*` → anyone. */
function corsOrigins(env: NodeJS.ProcessEnv, nodeEnv: string): CorsOrigins {
  const raw = env.NEWSDESK_CORS_ORIGINS?.trim();
  if (!raw) return nodeEnv === "production" ? [] : DEVELOPMENT_ORIGINS;
  if (raw === "*") return "*";
  return raw.split(",").map((entry) => {
    const origin = entry.trim();
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, "")) {
      throw new ConfigError(`NEWSDESK_CORS_ORIGINS must list origins such as https://desk.example.com (no path), or be *; got "${origin}"`);
    }
    return url.origin;
  });
}

/** A URL's host, port and database, without its credentials: safe for errors and logs. */
export function describeDatabaseUrl(url: URL): string {
  return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
}

/** DATABASE_REPLICA_URLS: postgres:// URLs, comma-separated; a bad one stops start-up, naming its place, never its password. */
function replicaUrls(env: NodeJS.ProcessEnv): string[] {
  const raw = env.DATABASE_REPLICA_URLS?.trim();
  if (!raw) return [];
  return raw.split(",").map((entry, index) => {
    const value = entry.trim();
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || !/^postgres(ql)?:$/.test(url.protocol) || !url.hostname) {
      throw new ConfigError(`DATABASE_REPLICA_URLS entry ${index + 1} must be a postgres:// or postgresql:// URL with a host`);
    }
    return value;
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? "development";
  if (nodeEnv !== "development" && nodeEnv !== "production" && nodeEnv !== "test") {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError("DATABASE_URL must be a postgres:// or postgresql:// URL");
  }
  const jwtSecret = env.NEWSDESK_JWT_SECRET || undefined;
  if (jwtSecret !== undefined && !isUsableSecret(jwtSecret)) {
    // Never echo the value: it is a secret, even when a bad one.
    throw new ConfigError(
      `NEWSDESK_JWT_SECRET must have at least ${MIN_JWT_SECRET_LENGTH} characters other than spaces (e.g. \`openssl rand -base64 48\`)`,
    );
  }
  return Object.freeze({
    nodeEnv,
    port: integer(env, "PORT", 4000, 0, 65535),
    databaseUrl,
    databaseReplicaUrls: Object.freeze(replicaUrls(env)),
    replicaMaxLagMs: integer(env, "NEWSDESK_REPLICA_MAX_LAG_MS", 10_000, 100, 3_600_000),
    dataDir: path.resolve(env.NEWSDESK_DATA_DIR || ".data"),
    embeddedPostgresPort: integer(env, "NEWSDESK_PG_PORT", 5433, 1, 65535),
    poolSize: integer(env, "NEWSDESK_POOL_SIZE", 10, 1, 500),
    loadSampleData: boolean(env, "NEWSDESK_SAMPLE_DATA", true),
    introspection: boolean(env, "NEWSDESK_INTROSPECTION", nodeEnv !== "production"),
    corsOrigins: corsOrigins(env, nodeEnv),
    cacheMaxAge: integer(env, "NEWSDESK_CACHE_MAX_AGE", 0, 0, 86_400),
    maxQueryDepth: integer(env, "NEWSDESK_MAX_QUERY_DEPTH", 10, 2, 100),
    maxQueryCost: integer(env, "NEWSDESK_MAX_QUERY_COST", 20000, 10, 10_000_000),
    maxQueryTokens: integer(env, "NEWSDESK_MAX_QUERY_TOKENS", 1000, 100, 100_000),
    maxQueryAliases: integer(env, "NEWSDESK_MAX_QUERY_ALIASES", 100, 0, 10_000),
    planCacheSize: integer(env, "NEWSDESK_PLAN_CACHE_SIZE", 500, 1, 100_000),
    compiledCacheSize: integer(env, "NEWSDESK_COMPILED_CACHE_SIZE", 500, 1, 100_000),
    shutdownGraceMs: integer(env, "NEWSDESK_SHUTDOWN_GRACE_MS", 5000, 0, 600_000),
    lockTimeoutMs: integer(env, "NEWSDESK_LOCK_TIMEOUT_MS", 10_000, 1, 600_000),
    searchStatisticsMinutes: integer(env, "NEWSDESK_SEARCH_STATISTICS_MINUTES", 60, 0, 10_080),
    jwtSecret,
    wsMaxConnections: integer(env, "NEWSDESK_WS_MAX_CONNECTIONS", 1000, 0, 1_000_000),
    wsMaxSubscriptions: integer(env, "NEWSDESK_WS_MAX_SUBSCRIPTIONS", 20, 1, 1000),
    wsMaxPayloadBytes: integer(env, "NEWSDESK_WS_MAX_PAYLOAD", 64 * 1024, 1024, 16 * 1024 * 1024),
    wsMaxQueuedEvents: integer(env, "NEWSDESK_WS_MAX_QUEUED", 100, 1, 100_000),
  });
}
