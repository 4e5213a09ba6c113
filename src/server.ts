// createServer(): the HTTP server (GraphQL, health probes) around Apollo Server. It does not listen;
// index.ts does, and tests listen on port 0.
import http from "node:http";
import { randomUUID } from "node:crypto";
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
import { Context, createContext } from "./context";
import { formatError, isClientError } from "./errors";
import { COMPILE_AFTER, compilingGateway } from "./execution";
import { RequestContext, serveGraphQL } from "./http/graphql";
import { sendJson } from "./http/respond";
import { splitTarget } from "./http/target";
import { logger } from "./logger";
import { queryLimitsPlugin } from "./query-limits";
import { buildAppSchema } from "./schema";

export interface NewsdeskServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Starts Apollo Server (not the listener). */
  start(): Promise<void>;
  /** Drains HTTP and stops Apollo Server; the data source is the caller's. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Logs every error that is not the client's own, with the request id the client was given. */
const errorLoggingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          if (isClientError(unwrapResolverError(error)) || isClientError(error)) continue;
          logger.error("unexpected error", {
            requestId: contextValue.requestId,
            operationName,
            path: error.path?.join("."),
            error: unwrapResolverError(error),
          });
        }
      },
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set("x-request-id", contextValue.requestId);
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
function readerCachePlugins(maxAge: number): ApolloServerPlugin<Context>[] {
  // Without a cache there are no hints to compute: Apollo Server's default cache-control plugin
  // would wrap every field's resolver to collect them (several per cent of a list page's CPU),
  // only to answer `no-store`, which is said here directly.
  if (maxAge === 0) return [ApolloServerPluginCacheControlDisabled(), noStorePlugin];
  const isReader = async ({ contextValue }: { contextValue: Context }) => contextValue.viewer.role === "reader";
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: maxAge }),
    responseCachePlugin<Context>({ shouldReadFromCache: isReader, shouldWriteToCache: isReader }),
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

export interface CreateServerOptions {
  config: AppConfig;
  dataSource: DataSource;
  /**
   * The HS256 secret bearer tokens are checked with; index.ts resolves it once (and uses it for the
   * development token it logs). Omitted: resolveJwtSecret(config), as `npm start` would.
   */
  jwtSecret?: string;
  /** Sightings of a query that run on graphql-js before it is compiled (execution.ts); tests vary it. */
  compileQueriesAfter?: number;
}

export function createServer(options: CreateServerOptions): NewsdeskServer {
  const { config, dataSource } = options;
  const jwtSecret = options.jwtSecret ?? resolveJwtSecret(config);
  const httpServer = http.createServer();
  const schema = buildAppSchema();
  const production = config.nodeEnv === "production";

  const apollo = new ApolloServer<Context>({
    // The schema, with an executor that compiles repeated queries (execution.ts).
    gateway: compilingGateway(schema, { compileAfter: options.compileQueriesAfter ?? COMPILE_AFTER }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // index.ts owns shutdown: drain HTTP, then close the pool, then stop the embedded database.
    stopOnTerminationSignals: false,
    introspection: !production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production ? ApolloServerPluginLandingPageProductionDefault() : ApolloServerPluginLandingPageLocalDefault(),
      queryLimitsPlugin(schema, { maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost }),
      errorLoggingPlugin,
      ...readerCachePlugins(config.cacheMaxAge),
    ],
  });

  const context: RequestContext<Context> = async (req) => {
    const given = req.headers["x-request-id"];
    return createContext({
      manager: dataSource.manager,
      // Throws UNAUTHENTICATED with HTTP 401, which Apollo Server sends as the whole response.
      identity: identityFromAuthorization(req.headers.authorization, jwtSecret),
      requestId: typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID(),
    });
  };

  async function ready(res: http.ServerResponse): Promise<void> {
    try {
      await dataSource.query("SELECT 1");
      sendJson(res, 200, { status: "ok" });
    } catch (error) {
      logger.warn("readiness check failed", { error });
      sendJson(res, 503, { status: "unavailable" });
    }
  }

  // Plain node:http instead of Express, whose router and response helpers cost about 0.3 ms of CPU
  // per request here: as much as all the rest of a `{ __typename }`. Sends no ETag, no X-Powered-By.
  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { path, search } = splitTarget(req.url ?? "/");
    if (path === "/graphql") {
      // The answer depends on the token (readers' is public, editors' holds drafts): caches must
      // key on it. Set before Apollo runs, so that 401s from the context and body errors carry it.
      res.setHeader("vary", "Authorization");
      return serveGraphQL(apollo, context, req, res, search);
    }
    const probe = req.method === "GET" || req.method === "HEAD";
    if (probe && path === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (probe && path === "/readyz") return ready(res);
    sendJson(res, 404, { error: "not found" });
  }

  httpServer.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      logger.error("request failed", { method: req.method, url: req.url, error });
      if (!res.headersSent) sendJson(res, 500, { error: "internal server error" });
      else res.destroy();
    });
  });

  return {
    httpServer,
    apollo,
    async start() {
      await apollo.start();
    },
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

