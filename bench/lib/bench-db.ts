// Where benchmark databases live: the server of BENCH_SERVER_URL, or an embedded PostgreSQL in
// NEWSDESK_DATA_DIR/bench-postgres tuned for load testing (with pg_stat_statements).
import path from "node:path";
import { Client } from "pg";
import { loadConfig } from "../../src/config";
import { startEmbeddedPostgres } from "../../src/db/embedded";

export interface BenchServer {
  urlFor(database: string): string;
  query<T = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5435);

export function benchDatabaseName(articles: number): string {
  return `newsdesk_bench_${articles}`;
}

export async function openBenchServer(): Promise<BenchServer> {
  const external = process.env.BENCH_SERVER_URL;
  const cluster = external
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: path.join(loadConfig().dataDir, "bench-postgres"),
        port: BENCH_PG_PORT,
        settings: {
          max_connections: "200",
          shared_buffers: "2GB",
          effective_cache_size: "8GB",
          work_mem: "16MB",
          maintenance_work_mem: "1GB",
          max_wal_size: "8GB",
          // Short OLTP queries: JIT compilation only costs here.
          jit: "off",
          shared_preload_libraries: "pg_stat_statements",
          "pg_stat_statements.track": "all",
        },
      });
  const serverUrl = external ?? cluster!.url;
  const urlFor = (database: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  return {
    urlFor,
    async query(sql, values) {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      await cluster?.stop();
    },
  };
}
