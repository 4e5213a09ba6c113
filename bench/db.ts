// npm run bench:db: runs the benchmark PostgreSQL (for psql and EXPLAIN) until interrupted.
import { BENCH_PG_PORT, openBenchServer } from "./lib/bench-db";

openBenchServer()
  .then((server) => {
    console.log(`benchmark PostgreSQL on port ${BENCH_PG_PORT}: ${server.urlFor("newsdesk_bench_20000")}`);
    const stop = () => void server.stop().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
