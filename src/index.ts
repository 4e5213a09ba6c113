// Bootstrap only: configuration → database (+ sample data) → server → listen; clean shutdown.
import "reflect-metadata";
import { resolveJwtSecret } from "./auth/secret";
import { signToken } from "./auth/tokens";
import { loadConfig } from "./config";
import { openDatabase } from "./db/database";
import { logger } from "./logger";
import { loadSampleData } from "./seed/sample-data";
import { scheduleSearchStatistics } from "./services/search-statistics";
import { createServer } from "./server";

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  // Before the database: production without NEWSDESK_JWT_SECRET should fail in milliseconds.
  const jwtSecret = resolveJwtSecret(config);
  const database = await openDatabase(config, { supervise: true, readReplicas: true });
  if (config.loadSampleData) {
    const loaded = await loadSampleData(database.dataSource.manager);
    if (loaded) logger.info("loaded sample data", { ...loaded });
  }
  const searchStatistics = scheduleSearchStatistics(database.dataSource, config.searchStatisticsMinutes);
  // Sandbox and GraphiQL open with an editor's token only when the secret is the generated
  // development one: a configured secret may guard real data.
  const developmentToken =
    config.nodeEnv !== "production" && !config.jwtSecret ? signToken(jwtSecret, { role: "editor", name: "Development Editor" }) : undefined;
  const explorerHeaders = developmentToken ? { Authorization: `Bearer ${developmentToken}` } : undefined;
  const server = createServer({
    config,
    dataSource: database.dataSource,
    readPool: database.readPool,
    replicas: database.replicas,
    jwtSecret,
    explorerHeaders,
  });
  await server.start();
  await new Promise<void>((resolve) => server.httpServer.listen(config.port, resolve));
  const address = server.httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info("Newsdesk is ready", {
    url: `http://localhost:${port}/graphql`,
    database: database.embedded ? "embedded" : "DATABASE_URL",
    replicas: database.replicas.status().map(({ name, state }) => ({ name, state })),
    startupMs: Date.now() - started,
  });
  if (developmentToken) {
    logger.info("Sandbox and /graphiql open with an editor token (`npm run -s token -- --role admin` for more)", {
      header: `Authorization: Bearer ${developmentToken}`,
      graphiql: `http://localhost:${port}/graphiql`,
    });
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Readiness turns 503 at once; the listener keeps accepting for the grace period so that a
    // load balancer can see it and drain this process, then closes; requests already accepted
    // complete; then the pool and the database close.
    server.drain();
    // SIGTERM is what orchestrators and load balancers' hosts send; Ctrl-C at a terminal (SIGINT)
    // has nobody to drain away and should not make a developer wait.
    const graceMs = signal === "SIGTERM" ? config.shutdownGraceMs : 0;
    logger.info("shutting down", { signal, graceMs });
    try {
      await new Promise((resolve) => setTimeout(resolve, graceMs));
      await server.stop();
      logger.info("HTTP drained");
      searchStatistics.stop();
      await database.close();
      logger.info("database closed");
      process.exit(0);
    } catch (error) {
      logger.error("unclean shutdown", { error });
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  logger.error("Newsdesk failed to start", { error });
  process.exit(1);
});
