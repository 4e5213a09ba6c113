// db/prepared.ts: reads are planned once, generically, on the prepared-read pool; a read that asks
// to be planned each time (a search) runs on sessions that plan it for its values.
import { queryPrepared } from "../src/db/prepared";
import { createTestApp, dataOf, TestApp } from "./helpers/test-app";

describe("prepared reads", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const planMode = async (options?: { planEachTime?: boolean }) => {
    const [row] = await queryPrepared(app.dataSource.manager, "SELECT current_setting('plan_cache_mode') AS mode", [], options);
    return row.mode;
  };

  it("are planned generically by default", async () => {
    expect(await planMode()).toBe("force_generic_plan");
    expect(await planMode({ planEachTime: false })).toBe("force_generic_plan");
  });

  it("are planned each time when asked, as unnamed statements on the ordinary pool", async () => {
    expect(await planMode({ planEachTime: true })).toBe("auto");
  });

  it("run inside the manager's transaction whatever they ask", async () => {
    await app.dataSource.transaction(async (manager) => {
      await manager.query("SET LOCAL plan_cache_mode = force_custom_plan");
      const [row] = await queryPrepared(manager, "SELECT current_setting('plan_cache_mode') AS mode", [], { planEachTime: true });
      expect(row.mode).toBe("force_custom_plan");
    });
  });

  it("plan a search each time, and a plain list once", async () => {
    // The statement logger is told which query runner ran a statement: none for the prepared pool.
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
