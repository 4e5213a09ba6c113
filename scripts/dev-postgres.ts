// Starts the embedded PostgreSQL of NEWSDESK_DATA_DIR and keeps it running (for psql, migration
// generation and benchmarks) until interrupted.
import path from "node:path";
import { loadConfig } from "../src/config";
import { startEmbeddedPostgres } from "../src/db/embedded";

async function main(): Promise<void> {
  const config = loadConfig();
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(config.dataDir, "postgres"),
    port: config.embeddedPostgresPort,
  });
  console.log(`PostgreSQL is running: ${cluster.url}`);
  const stop = () => void cluster.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
