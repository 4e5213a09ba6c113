// Starts PostgreSQL for the test run (unless TEST_DATABASE_URL names a server) and builds the
// template database every test file copies: migrated, with the sample data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import "reflect-metadata";
import { createDataSource } from "../../src/db/data-source";
import { startEmbeddedPostgres } from "../../src/db/embedded";
import { loadSampleData } from "../../src/seed/sample-data";
import { freePort } from "./ports";
import { databaseUrl, SERVER_URL_VARIABLE, TEMPLATE_DATABASE, withServerClient } from "./test-cluster";

export default async function globalSetup(): Promise<void> {
  // Tests of signals and restarts run the API as `npm start` does, from the build.
  execFileSync(process.execPath, [path.join(__dirname, "..", "..", "scripts", "build-if-stale.js")], { stdio: "inherit" });
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // The cluster runs as the `postgres` user when tests run as root, so its folder must be reachable.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-test-"));
    fs.chmodSync(dir, 0o755);
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(dir, "postgres"),
      port: await freePort(),
      persistent: false,
    });
    (globalThis as { newsdeskTestCluster?: unknown }).newsdeskTestCluster = { cluster, dir };
    serverUrl = cluster.url;
  }
  process.env[SERVER_URL_VARIABLE] = serverUrl;

  await withServerClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const dataSource = createDataSource({ url: databaseUrl(serverUrl, TEMPLATE_DATABASE), poolSize: 2 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    await loadSampleData(dataSource.manager);
  } finally {
    await dataSource.destroy();
  }
}
