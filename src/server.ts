// createServer(): the HTTP server (GraphQL, health probes) around Apollo Server. It does not listen;
// index.ts does, and tests listen on port 0.
import fs from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { Duplex } from "node:stream";
import { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { DataSource } from "typeorm";
import { identityFromAuthorization } from "./auth/request-identity";
import { resolveJwtSecret } from "./auth/secret";
import { AppConfig } from "./config";
import { Pool } from "pg";
import { Context, createContext } from "./context";
import { ReadPlans } from "./read/plans";
import type { Identity } from "./services/viewer";
import { ErrorCode, formatError, isClientError } from "./errors";
import { CompilationStats, COMPILE_AFTER, compilingGateway, newCompilationStats } from "./execution";
import { corsHandler } from "./http/cors";
import { graphiqlHandler } from "./http/graphiql";
import { projectRoot } from "./paths";
import { RequestContext, serveGraphQL } from "./http/graphql";
import { sendJson } from "./http/respond";
import { splitTarget } from "./http/target";
import { logger } from "./logger";
import { operationLimits, queryLimitsPlugin } from "./query-limits";
import { DeskEventBus } from "./events/event-bus";
import type { LiveEvents } from "./events/live-events";
import { PublicationClock } from "./events/publication-clock";
import { followWrites, ReaderResponseCache } from "./events/reader-cache";
import { attachSubscriptions, SubscriptionServer } from "./subscriptions/ws-server";
import { ExtractionPool } from "./workers/extraction-pool";
import { CHECK_INTERVAL_MS, CHECK_TIMEOUT_MS, type ReadHandles, type ReplicaSet } from "./db/replicas";
import { buildAppSchema } from "./schema";

export interface NewsdeskServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Starts Apollo Server (not the listener). */
  start(): Promise<void>;
  /**
   * The first step of a shutdown: `/readyz` answers 503 from now on, so a load balancer stops
   * sending work, while requests are still served (each response closing its connection).
   */
  drain(): void;
  /** Drains HTTP and stops Apollo Server; the data source and read pool are the caller's. */
  stop(): Promise<void>;
  /** The context a request of `identity` gets (tests execute operations with it). */
  contextFor(identity: Identity): Context;
  /** The read plans this server keeps (read/plans.ts). */
  plans: ReadPlans;
  /** How this server's queries ran: compiled by graphql-jit, or not (execution.ts). */
  compilations: CompilationStats;
  /** The desk's events heard by this process, and readers' publications (src/events/). */
  live: LiveEvents;
  /** The readers' response cache, emptied by writes readers would see; undefined when caching is off. */
  readerCache: ReaderResponseCache | undefined;
  /** WebSocket subscriptions on /graphql (src/subscriptions/). */
  subscriptions: SubscriptionServer;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** The readers' response cache holds at most this many characters of responses (about 64 MB). */
const READER_CACHE_CHARS = 32 * 1024 * 1024;

/** The client's own x-request-id when it is well-formed, or a new one. */
function requestIdOf(req: http.IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Logs every error: the client's own at info, one line without a stack (their code says what
 * was wrong); everything else at error with the request id the client was given. Both are
 * rate-limited per kind, so a flood of bad requests or a database outage cannot flood the log.
 */
const errorLoggingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          if (isClientError(original) || isClientError(error)) {
            logger.limited("info", "client error", `client:${String(error.extensions?.code)}`, {
              requestId: contextValue?.requestId,
              code: error.extensions?.code,
              detail: error.message.slice(0, 200),
            });
            continue;
          }
          const kind = original instanceof Error ? `${original.name}:${original.message.slice(0, 60)}` : "unknown";
          logger.limited("error", "unexpected error", kind, {
            requestId: contextValue?.requestId,
            operationName,
            path: error.path?.join("."),
            error: original,
          });
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== "single") return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code === "INTERNAL_SERVER_ERROR") {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
      },
    };
  },
};

/** Every response says caches must not store it. */
const noStorePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};

/**
 * Readers all see the same published newsroom, so their responses are public: cached whole in
 * the process for `maxAge` seconds and marked `Cache-Control: public` for CDNs (GET requests with
 * persisted queries). Anyone with a role sees drafts and is never served from or into the cache.
 */
function readerCachePlugins(maxAge: number, cache: ReaderResponseCache | undefined): ApolloServerPlugin<Context>[] {
  // Without a cache there are no hints to compute: Apollo Server's default cache-control plugin
  // would wrap every field's resolver to collect them (several per cent of a list page's CPU),
  // only to answer `no-store`, which is said here directly.
  if (maxAge === 0 || !cache) return [ApolloServerPluginCacheControlDisabled(), noStorePlugin];
  const isReader = async ({ contextValue }: { contextValue: Context }) => contextValue.viewer.role === "reader";
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: maxAge }),
    // The cache is this process's own, emptied by the writes readers would see (events/reader-cache.ts).
    responseCachePlugin<Context>({ cache, shouldReadFromCache: isReader, shouldWriteToCache: isReader }),
    {
      // What an editor sees (drafts) must never be stored by a CDN or proxy either.
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue, overallCachePolicy }) {
            if (contextValue.viewer.role !== "reader") overallCachePolicy.restrict({ maxAge: 0 });
          },
        };
      },
    },
  ];
}

/**
 * Requests that fail before Apollo Server has a context (an unreadable body, a bad token) still
 * have the request id the HTTP layer gave them; Apollo's own errors are matched to it here.
 */
const REQUEST_ID_KEY = Symbol("requestId");
type IdentifiedRequest = http.IncomingMessage & { [REQUEST_ID_KEY]?: string };

export interface CreateServerOptions {
  config: AppConfig;
  dataSource: DataSource;
  /** The pool kept read plans run on as prepared statements (db/reads.ts); absent: the data source's. */
  readPool?: Pool;
  /**
   * Read replicas: readers' requests read from a healthy one; editors' requests (which must see
   * their own writes) and all writes use the primary. Absent or empty: everything on the primary.
   */
  replicas?: ReplicaSet;
  /**
   * The HS256 secret bearer tokens are checked with; index.ts resolves it once (and uses it for the
   * development token it logs). Omitted: resolveJwtSecret(config), as `npm start` would.
   */
  jwtSecret?: string;
  /** Where the desk's events are LISTENed for: the primary database (NOTIFY is not replicated). Absent: the data source's URL. */
  eventsUrl?: string;
  /** Sightings of a query that run on graphql-js before it is compiled (execution.ts); tests vary it. */
  compileQueriesAfter?: number;
  /**
   * Headers Sandbox and GraphiQL start with: index.ts passes the generated development editor
   * token here (never a token of a configured secret).
   */
  explorerHeaders?: Record<string, string>;
}

/** The operation Sandbox and GraphiQL open with: the front page, from operations/. */
function explorerDocument(): string {
  try {
    return fs.readFileSync(join(projectRoot(), "operations", "front-page.graphql"), "utf8");
  } catch {
    return "{ articles(first: 5) { nodes { headline people { name } } } }\n";
  }
}

export function createServer(options: CreateServerOptions): NewsdeskServer {
  const { config, dataSource, readPool, replicas } = options;
  // Where a request reads: a reader (no token or a reader's; readers cannot mutate) from a healthy
  // replica, if any; editors and admins from the primary, so they always read what they just wrote.
  const primary = { manager: dataSource.manager, readPool };
  const readsFor = (identity: Identity): ReadHandles | typeof primary => (identity.role === "reader" && replicas?.forReaders()) || primary;
  // The read plans of this server: composed once per document and shape (read/plans.ts).
  const plans = new ReadPlans(config.planCacheSize);
  const compilations = newCompilationStats();
  const jwtSecret = options.jwtSecret ?? resolveJwtSecret(config);
  const httpServer = http.createServer();
  const schema = buildAppSchema();
  const production = config.nodeEnv === "production";
  const extraction = new ExtractionPool();
  const explorer = { document: explorerDocument(), headers: options.explorerHeaders ?? {} };
  const serveGraphiql = graphiqlHandler(explorer);

  // Live events: one LISTEN connection per process (events/event-bus.ts), the clock of readers'
  // publications, and the readers' cache that both empty.
  const bus = new DeskEventBus({ connection: { connectionString: options.eventsUrl ?? (dataSource.options as { url?: string }).url } });
  const clock = new PublicationClock(bus, dataSource.manager);
  const live: LiveEvents = { bus, clock, maxQueuedEvents: config.wsMaxQueuedEvents };
  const readerCache = config.cacheMaxAge > 0 ? new ReaderResponseCache(READER_CACHE_CHARS) : undefined;
  // With replicas, a reader's request just after an eviction may read a replica that has not
  // replayed the write yet and cache the page as it was: the cache is emptied once more when every
  // replica still serving readers must have replayed it (db/replicas.ts: lag bound, checked each second).
  const replayedWithinMs = replicas?.status().length ? config.replicaMaxLagMs + CHECK_INTERVAL_MS + CHECK_TIMEOUT_MS : 0;
  const stopFollowingWrites = readerCache ? followWrites(readerCache, bus, clock, { againAfterMs: replayedWithinMs }) : () => undefined;

  // One set of limits for queries over HTTP and subscriptions over WebSocket.
  const limits = { maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost, maxAliases: config.maxQueryAliases };

  const apollo = new ApolloServer<Context>({
    // The schema, with an executor that compiles repeated queries (execution.ts).
    gateway: compilingGateway(schema, {
      compileAfter: options.compileQueriesAfter ?? COMPILE_AFTER,
      maxDocuments: config.compiledCacheSize,
      stats: compilations,
    }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo's default indents every response by two spaces, which on a front page
    // of 50 articles is a third of the bytes written and read, and of the time spent encoding.
    stringifyResult: (result) => JSON.stringify(result),
    // A document over this many tokens is refused while it is parsed: validation's cost grows
    // faster than the document (graphql-js compares same-named fields pairwise), so size is
    // bounded before it runs.
    parseOptions: { maxTokens: config.maxQueryTokens },
    // "Did you mean …" in validation errors would list field and enum names that introspection,
    // off in production, does not.
    hideSchemaDetailsFromClientErrors: production,
    // index.ts owns shutdown: drain HTTP, then close the pool, then stop the embedded database.
    stopOnTerminationSignals: false,
    introspection: config.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production
        ? ApolloServerPluginLandingPageProductionDefault()
        : ApolloServerPluginLandingPageLocalDefault({
            document: explorer.document,
            headers: explorer.headers,
            embed: { runTelemetry: false },
            footer: false,
          }),
      queryLimitsPlugin(schema, limits),
      errorLoggingPlugin,
      ...readerCachePlugins(config.cacheMaxAge, readerCache),
    ],
  });

  const context: RequestContext<Context> = async (req) => {
    // Throws UNAUTHENTICATED with HTTP 401, which Apollo Server sends as the whole response.
    const identity = identityFromAuthorization(req.headers.authorization, jwtSecret);
    return createContext({
      ...readsFor(identity),
      plans,
      identity,
      requestId: (req as IdentifiedRequest)[REQUEST_ID_KEY],
      extract: (text, options) => extraction.extract(text, options),
    });
  };

  let draining = false;
  const applyCors = corsHandler(config.corsOrigins);

  const subscriptions = attachSubscriptions({
    httpServer,
    schema,
    path: "/graphql",
    jwtSecret,
    limits: {
      maxConnections: config.wsMaxConnections,
      maxSubscriptionsPerConnection: config.wsMaxSubscriptions,
      maxPayloadBytes: config.wsMaxPayloadBytes,
      maxTokens: config.maxQueryTokens,
    },
    checkLimits: operationLimits(schema, limits),
    // On the primary whatever the role: an event is about a commit a replica may not have replayed yet.
    contextFor: (connection, requestId) =>
      createContext({
        ...primary,
        plans,
        identity: connection.identity,
        requestId,
        extract: (text, options) => extraction.extract(text, options),
        live,
      }),
    draining: () => draining,
  });

  async function ready(res: http.ServerResponse): Promise<void> {
    if (draining) return sendJson(res, 503, { status: "draining" });
    // The primary is required; replicas are reported as last checked (db/replicas.ts), for
    // information: readers fall back to the primary when none is up.
    const databases = (primaryState: "up" | "down") => ({ primary: primaryState, replicas: replicas?.status() ?? [] });
    try {
      await dataSource.query("SELECT 1");
      sendJson(res, 200, { status: "ok", databases: databases("up") });
    } catch (error) {
      logger.warn("readiness check failed", { error });
      sendJson(res, 503, { status: "unavailable", databases: databases("down") });
    }
  }

  // Plain node:http instead of Express, whose router and response helpers cost about 0.3 ms of CPU
  // per request here: as much as all the rest of a `{ __typename }`. Sends no ETag, no X-Powered-By.
  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Every response, whatever its status or path, names the request it answers.
    const requestId = requestIdOf(req);
    (req as IdentifiedRequest)[REQUEST_ID_KEY] = requestId;
    res.setHeader("x-request-id", requestId);
    // While draining, clients are moved off kept-alive connections before the listener closes.
    if (draining) res.setHeader("connection", "close");
    const { path, search } = splitTarget(req.url ?? "/");
    if (path === "/graphql") {
      // A browser's preflight is answered here; other requests get their CORS headers and go on.
      if (await applyCors(req, res)) return;
      // The answer depends on the token (readers' is public, editors' holds drafts): caches must
      // key on it. Set before Apollo runs, so that 401s from the context and body errors carry it.
      res.setHeader("vary", [res.getHeader("vary"), "Authorization"].filter(Boolean).join(", "));
      return serveGraphQL(apollo, context, req, res, search);
    }
    const probe = req.method === "GET" || req.method === "HEAD";
    if (probe && path === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (probe && path === "/readyz") return ready(res);
    if (config.introspection && serveGraphiql(req, res, path)) return;
    sendJson(res, 404, { error: "not found" });
  }

  httpServer.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      logger.limited("error", "request failed", "request failed", {
        requestId: (req as IdentifiedRequest)[REQUEST_ID_KEY],
        method: req.method,
        error,
      });
      if (!res.headersSent) sendJson(res, 500, { error: "internal server error" });
      else res.destroy();
    });
  });

  // Requests Node's HTTP parser refuses before any handler runs (headers too large, malformed
  // HTTP): answered as Node would, plus the request id every response carries.
  httpServer.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const [status, reason] = error.code === "HPE_HEADER_OVERFLOW" ? [431, "Request Header Fields Too Large"] : [400, "Bad Request"];
    const body = JSON.stringify({ errors: [{ message: reason, extensions: { code: ErrorCode.BAD_REQUEST } }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${randomUUID()}\r\n\r\n${body}`,
    );
  });

  return {
    httpServer,
    apollo,
    plans,
    compilations,
    live,
    readerCache,
    subscriptions,
    contextFor: (identity) => createContext({ ...readsFor(identity), plans, identity, live }),
    async start() {
      await apollo.start();
      await bus.start();
      await clock.start();
    },
    drain() {
      draining = true;
    },
    async stop() {
      // WebSockets first: an upgraded connection would keep the HTTP server from closing.
      await subscriptions.close();
      stopFollowingWrites();
      clock.close();
      await bus.close();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await extraction.close();
    },
  };
}
