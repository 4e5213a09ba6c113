// Applies pending migrations to the configured database (npm run migrate); `-- --revert` undoes
// the latest one. npm start also migrates, so this is for deployments that migrate separately.
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/db/database";

async function main(): Promise<void> {
  const database = await openDatabase(loadConfig());
  try {
    if (process.argv.includes("--revert")) {
      await database.dataSource.undoLastMigration({ transaction: "each" });
      console.log("Reverted the latest migration.");
    } else {
      const pending = await database.dataSource.showMigrations();
      console.log(pending ? "Migrations still pending." : "The database is up to date.");
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
