// A migration under a running API: the read plans' prepared statements on already-open
// connections were planned for the old tables. PostgreSQL re-plans a prepared statement whose
// tables changed, but refuses one whose result columns changed type ("cached plan must not change
// result type"); db/reads.ts then runs it unnamed and the plan takes a fresh name.
import { createTestApp, dataOf, TestApp } from "./helpers/test-app";

const PERSON_PAGE = `query ($slug: String!) { person(slug: $slug) { name title quotes(first: 3) { nodes { text } } } }`;

describe("a migration under a live server", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("keeps answering reads whose prepared statements the migration made stale", async () => {
    const [{ slug }] = await app.dataSource.query<{ slug: string }[]>(
      `SELECT person.slug FROM person JOIN quote ON quote.speaker_id = person.id WHERE quote.status = 'CONFIRMED' LIMIT 1`,
    );
    // Composed by the first request, named (prepared) from the second, then prepared on every read
    // connection the pool has open.
    dataOf(await app.execute(PERSON_PAGE, { slug }));
    dataOf(await app.execute(PERSON_PAGE, { slug }));
    const before = await Promise.all(Array.from({ length: 8 }, () => app.execute(PERSON_PAGE, { slug })));
    const expected = dataOf(before[0]);
    expect(expected.person.quotes.nodes.length).toBeGreaterThan(0);

    // A column the plan selects changes type, as a migration may do.
    await app.dataSource.query(`ALTER TABLE person ALTER COLUMN title TYPE varchar(500)`);
    await app.dataSource.query(`ALTER TABLE person ALTER COLUMN name TYPE varchar(500)`);

    const after = await Promise.all(Array.from({ length: 8 }, () => app.execute(PERSON_PAGE, { slug })));
    for (const result of after) expect(dataOf(result)).toEqual(expected);
    expect(app.server.plans.stats.renamed).toBeGreaterThan(0);
    // And again, now on the plan's fresh name.
    const renamed = app.server.plans.stats.renamed;
    expect(dataOf(await app.execute(PERSON_PAGE, { slug }))).toEqual(expected);
    expect(app.server.plans.stats.renamed).toBe(renamed);
  });
});
