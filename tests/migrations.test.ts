import { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import { migrations } from "../migrations";
import { createTestDatabase } from "./helpers/test-app";

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

/** SQL TypeORM would run to make the database match the entities; empty when they agree. */
async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

describe("migrations", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it("build the schema the entities describe, run down to nothing, and up again", async () => {
    await dataSource.runMigrations({ transaction: "each" });
    expect(await tableNames(dataSource)).toEqual([
      "article",
      "article_author",
      "article_lexeme_share",
      "article_person",
      "article_previous_slug",
      "article_revision",
      "article_search_entry",
      "article_topic",
      "person",
      "person_merge",
      "person_previous_slug",
      "quote",
      "topic",
    ]);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);

    for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration({ transaction: "each" });
    expect(await tableNames(dataSource)).toEqual([]);

    await dataSource.runMigrations({ transaction: "each" });
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it("index every foreign key", async () => {
    // A foreign key is covered when some index starts with its columns.
    const unindexed = await dataSource.query(`
      SELECT c.conrelid::regclass::text AS table_name, c.conname
      FROM pg_constraint c
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey
        )`);
    expect(unindexed).toEqual([]);
  });
});
