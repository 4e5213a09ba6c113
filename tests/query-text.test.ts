// db/query-text.ts: a builder's SQL text is reused for builders of the same shape, with this
// builder's parameters, and never for a builder whose query differs.
import fs from "node:fs";
import path from "node:path";
import { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { queryAndParameters, queryTextCounts } from "../src/db/query-text";
import { ArticleTopic, Person, Topic } from "../src/entities";
import { makeArticle, makePerson, makeQuote } from "./helpers/factories";
import { createTestApp, dataOf, TestApp } from "./helpers/test-app";

describe("query texts by shape", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const people = () => app.dataSource.manager.createQueryBuilder(Person, "person").select(["person.id", "person.name"]);

  /** Our text and parameters, which must be TypeORM's own. */
  function both(qb: SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] {
    const ours = queryAndParameters(qb);
    expect(ours).toEqual(qb.getQueryAndParameters());
    return ours;
  }

  it("reuses a text for another builder of the same shape, with that builder's parameters", () => {
    const before = { ...queryTextCounts };
    const [firstSql, firstParameters] = both(people().where("person.slug = :slug", { slug: "shape-a" }).limit(7));
    const [secondSql, secondParameters] = both(people().where("person.slug = :slug", { slug: "shape-b" }).limit(7));
    expect(secondSql).toBe(firstSql);
    expect(firstParameters).toEqual(["shape-a"]);
    expect(secondParameters).toEqual(["shape-b"]);
    expect(queryTextCounts.reused).toBeGreaterThan(before.reused);
  });

  it("writes a new text when anything but the values differs", () => {
    const base = () => people().where("person.slug = :slug", { slug: "x" });
    const variants = [
      base(),
      base().limit(3),
      base().limit(4),
      base().offset(2),
      people().where("person.name = :slug", { slug: "x" }),
      people().where("person.slug = :slug", { slug: "x" }).orWhere("person.id = :id", { id: "00000000-0000-0000-0000-000000000000" }),
      app.dataSource.manager
        .createQueryBuilder(Person, "person")
        .select(["person.id", "person.slug"])
        .where("person.slug = :slug", { slug: "x" }),
      base().orderBy("person.name", "ASC"),
      base().orderBy("person.name", "DESC"),
      base().setLock("pessimistic_read"),
      app.dataSource.manager
        .createQueryBuilder(Topic, "person")
        .select(["person.id", "person.name"])
        .where("person.slug = :slug", { slug: "x" }),
      app.dataSource.manager
        .createQueryBuilder(Topic, "topic")
        .select(["topic.id"])
        .innerJoin(ArticleTopic, "link", "link.topic_id = topic.id"),
    ];
    const texts = variants.map((qb) => both(qb)[0]);
    expect(new Set(texts).size).toBe(variants.length);
  });

  it("expands list parameters by this builder's values", () => {
    const ids = ["00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"];
    const [one] = both(people().where("person.id IN (:...ids)", { ids: ids.slice(0, 1) }));
    const [two, parameters] = both(people().where("person.id IN (:...ids)", { ids }));
    expect(one).toContain("IN ($1)");
    expect(two).toContain("IN ($1, $2)");
    expect(parameters).toEqual(ids);
  });

  it("serves a page's repeat without writing its SQL again", async () => {
    const manager = app.dataSource.manager;
    const speaker = await makePerson(manager, { name: "Query Text Speaker" });
    const other = await makePerson(manager, { name: "Query Text Other" });
    for (const person of [speaker, other]) await makeQuote(manager, await makeArticle(manager), person);
    const page = fs.readFileSync(path.join(__dirname, "..", "bench", "queries", "PersonPage.graphql"), "utf8");
    const first = dataOf(await app.execute(page, { slug: speaker.slug }));
    const before = { ...queryTextCounts };
    const second = dataOf(await app.execute(page, { slug: other.slug }));
    expect(queryTextCounts.written).toBe(before.written);
    expect(queryTextCounts.unshaped).toBe(before.unshaped);
    expect(queryTextCounts.reused).toBeGreaterThanOrEqual(before.reused + 3);
    expect(first.person.name).toBe("Query Text Speaker");
    expect(second.person.name).toBe("Query Text Other");
    expect(second.person.quotes.nodes).toHaveLength(1);
  });
});
