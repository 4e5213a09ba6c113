// db/reads.ts: kept plans run as named statements on the read pool, planned once, generically; a
// read that asks to be planned each time (a search) runs on sessions that plan it for its values.
import { runRead } from "../src/db/reads";
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
});
