// Bootstrap only: configuration → database (+ sample data) → server → listen; clean shutdown.
import "reflect-metadata";
import { resolveJwtSecret } from "./auth/secret";
import { signToken } from "./auth/tokens";
import { loadConfig } from "./config";
import { openDatabase } from "./db/database";
import { logger } from "./logger";
import { loadSampleData } from "./seed/sample-data";
import { createServer } from "./server";

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  // Before the database: production without NEWSDESK_JWT_SECRET should fail in milliseconds.
  const jwtSecret = resolveJwtSecret(config);
  const database = await openDatabase(config, { supervise: true });
  if (config.loadSampleData) {
    const loaded = await loadSampleData(database.dataSource.manager);
    if (loaded) logger.info("loaded sample data", { ...loaded });
  }
  const server = createServer({ config, dataSource: database.dataSource, jwtSecret });
  await server.start();
  await new Promise<void>((resolve) => server.httpServer.listen(config.port, resolve));
  const address = server.httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info("Newsdesk is ready", {
    url: `http://localhost:${port}/graphql`,
    database: database.embedded ? "embedded" : "DATABASE_URL",
    startupMs: Date.now() - started,
  });
  if (config.nodeEnv !== "production" && !config.jwtSecret) {
    // Sandbox needs a header to show drafts and run mutations; hand developers one ready to paste.
    // Only with the generated development secret: a configured one may guard real data, and a
    // valid token in a log would be a leak.
    const token = signToken(jwtSecret, { role: "editor", name: "Development Editor" });
    logger.info("editor token for Sandbox (Headers; `npm run -s token -- --role admin` for more)", {
      header: `Authorization: Bearer ${token}`,
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
