// db/reads.ts: kept plans run as named statements on the read pool, planned once, generically; a
// read that asks to be planned each time (a search) runs on sessions that plan it for its values.
import { Pool } from "pg";
import { openReadPool, runRead } from "../src/db/reads";
import { ReadPlans } from "../src/read/plans";
import { bindingsAt, compile, raw } from "../src/read/sql";
import { createTestApp, dataOf, TestApp } from "./helpers/test-app";

describe("prepared reads", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const PLAN_MODE = compile(raw("SELECT current_setting('plan_cache_mode') AS mode"));
  const planMode = async (options: { planEachTime?: boolean; name?: string } = {}) => {
    const readPool = (app.server.contextFor({ role: "reader" }) as { readPool?: import("pg").Pool }).readPool;
    const [row] = await runRead({ manager: app.dataSource.manager, readPool }, PLAN_MODE, bindingsAt(new Date()), options);
    return row.mode;
  };

  it("are planned generically on the read pool", async () => {
    expect(await planMode({ name: "newsdesk_test_plan_mode" })).toBe("force_generic_plan");
  });

  it("are planned each time when asked, as unnamed statements on the ordinary pool", async () => {
    expect(await planMode({ planEachTime: true })).toBe("auto");
  });

  it("run inside the manager's transaction whatever they ask", async () => {
    await app.dataSource.transaction(async (manager) => {
      await manager.query("SET LOCAL plan_cache_mode = force_custom_plan");
      const [row] = await runRead({ manager }, PLAN_MODE, bindingsAt(new Date()), { planEachTime: true });
      expect(row.mode).toBe("force_custom_plan");
    });
  });

  it("plan a search each time, and a plain list once", async () => {
    // The statement logger is told which query runner ran a statement: none for the read pool.
    const runners: boolean[] = [];
    const logQuery = app.statements.logQuery.bind(app.statements);
    app.statements.logQuery = (query, parameters, runner) => {
      runners.push(runner !== undefined);
      logQuery(query, parameters, runner);
    };
    try {
      dataOf(await app.execute(`{ articles(first: 2, filter: { search: "refugee camps" }) { nodes { headline } } }`));
      dataOf(await app.execute(`{ articles(first: 2) { nodes { headline } } }`));
    } finally {
      app.statements.logQuery = logQuery;
    }
    expect(runners).toEqual([true, false]);
  });

  it("are freed with their connection, which the read pool replaces after its lifetime", async () => {
    const url = (app.dataSource.options as { url: string }).url;
    const pool = openReadPool({ url, max: 1, applicationName: "newsdesk-test", statementTimeoutMs: 10_000, lifetimeSeconds: 1 });
    const PREPARED = compile(raw("SELECT pg_backend_pid() AS pid, (SELECT count(*) FROM pg_prepared_statements)::int AS prepared"));
    const run = async (readPool: Pool) =>
      (
        await runRead({ manager: app.dataSource.manager, readPool }, PREPARED, bindingsAt(new Date()), { name: "newsdesk_test_lifetime" })
      )[0];
    try {
      const first = await run(pool);
      expect(first.prepared).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const next = await run(pool);
      // A new session, holding only the statement just prepared on it.
      expect(next.pid).not.toBe(first.pid);
      expect(next.prepared).toBe(1);
    } finally {
      await pool.end();
    }
  });
});

describe("read plans' statement names", () => {
  type Named = Parameters<ReadPlans["rename"]>[0];
  const names = (plans: ReadPlans, count: number) =>
    Array.from({ length: count }, () => {
      const plan = { name: undefined } as Named;
      plans.rename(plan);
      return plan.name;
    });

  it("run out for a generation, and start again once every connection that held it has been replaced", () => {
    let now = 0;
    const plans = new ReadPlans(10, { maxNames: 2, generationSeconds: 600, now: () => now });
    const first = names(plans, 3);
    expect(first[2]).toBeUndefined();
    now = 599_000;
    expect(names(plans, 1)).toEqual([undefined]);
    now = 600_000;
    const second = names(plans, 3);
    expect(second[0]).toMatch(/_2_1$/);
    expect(second[2]).toBeUndefined();
    // Never a name of the generation before: its statements may still be prepared, with other text.
    expect(new Set([...first, ...second].filter(Boolean)).size).toBe(4);
  });
});
