// createServer(): the HTTP app (GraphQL, health probes) around Apollo Server. It does not listen;
// index.ts does, and tests listen on port 0.
import http from "node:http";
import { randomUUID } from "node:crypto";
import express from "express";
import { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { DataSource } from "typeorm";
import { identityFromAuthorization } from "./auth/request-identity";
import { resolveJwtSecret } from "./auth/secret";
import { AppConfig } from "./config";
import { Context, createContext } from "./context";
import { formatError, isClientError } from "./errors";
import { logger } from "./logger";
import { queryLimitsPlugin } from "./query-limits";
import { buildAppSchema } from "./schema";

export interface NewsdeskServer {
  app: express.Express;
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

/**
 * Readers all see the same published newsroom, so their responses are public: cached whole in
 * the process for `maxAge` seconds and marked `Cache-Control: public` for CDNs (GET requests with
 * persisted queries). Anyone with a role sees drafts and is never served from or into the cache.
 */
function readerCachePlugins(maxAge: number): ApolloServerPlugin<Context>[] {
  if (maxAge === 0) return [];
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
}

export function createServer(options: CreateServerOptions): NewsdeskServer {
  const { config, dataSource } = options;
  const jwtSecret = options.jwtSecret ?? resolveJwtSecret(config);
  const app = express();
  app.disable("x-powered-by");
  // GraphQL answers POSTs, which are not revalidated with ETags; hashing every body is wasted work.
  app.set("etag", false);
  const httpServer = http.createServer(app);
  const schema = buildAppSchema();
  const production = config.nodeEnv === "production";

  const apollo = new ApolloServer<Context>({
    schema,
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

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok" });
    } catch (error) {
      logger.warn("readiness check failed", { error });
      res.status(503).json({ status: "unavailable" });
    }
  });

  return {
    app,
    httpServer,
    apollo,
    async start() {
      await apollo.start();
      app.use(
        "/graphql",
        (_req, res, next) => {
          // The answer depends on the token (readers' is public, editors' holds drafts): caches must
          // key on it. Set here, not in a plugin, so that 401s from the context carry it too.
          res.vary("Authorization");
          next();
        },
        express.json({ limit: "1mb" }),
        expressMiddleware(apollo, {
          context: async ({ req }) => {
            const given = req.header("x-request-id");
            return createContext({
              manager: dataSource.manager,
              // Throws UNAUTHENTICATED with HTTP 401, which Apollo Server sends as the whole response.
              identity: identityFromAuthorization(req.header("authorization"), jwtSecret),
              requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
            });
          },
        }),
      );
    },
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
