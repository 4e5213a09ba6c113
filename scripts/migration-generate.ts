// Writes a migration with the SQL that brings a database migrated to the latest migration in line
// with the entities: `npm run migration:generate -- AddQuoteVersion`. It migrates a scratch
// database on the server of DATABASE_URL (or the embedded one), diffs, and drops the scratch.
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { createDataSource } from "../src/db/data-source";
import { loadConfig } from "../src/config";
import { startEmbeddedPostgres } from "../src/db/embedded";

const SCRATCH = "newsdesk_migration_scratch";

function statement(query: { query: string; parameters?: unknown[] }): string {
  const sql = "`" + query.query.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
  // TypeORM's own metadata rows name the database; the migration must use the one it runs in.
  const parameters = query.parameters?.length
    ? `, [${query.parameters.map((p) => (p === SCRATCH ? "await queryRunner.getCurrentDatabase()" : JSON.stringify(p))).join(", ")}]`
    : "";
  return `    await queryRunner.query(${sql}${parameters});`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error("usage: npm run migration:generate -- PascalCaseName");
  }
  const config = loadConfig();
  const cluster = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, "postgres"), port: config.embeddedPostgresPort });
  const serverUrl = config.databaseUrl ?? cluster!.url;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${SCRATCH}`);
  await admin.query(`CREATE DATABASE ${SCRATCH}`);
  const scratchUrl = new URL(serverUrl);
  scratchUrl.pathname = `/${SCRATCH}`;
  const dataSource = createDataSource({ url: scratchUrl.toString() });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log("The entities match the migrations: nothing to generate.");
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const up = sql.upQueries.map(statement).join("\n");
    const down = sql.downQueries.reverse().map(statement).join("\n");
    const file = path.join(__dirname, "..", "..", "migrations", `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from "typeorm";\n\n` +
        `export class ${className} implements MigrationInterface {\n` +
        `  name = "${className}";\n\n` +
        `  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n` +
        `  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add it to migrations/index.ts and review it.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${SCRATCH}`);
    await admin.end();
    await cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
