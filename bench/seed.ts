// npm run bench:seed -- --articles 20000 [--seed 42]: a deterministic synthetic newsroom in the
// project's own tables (through its migrations): ~300 topics in a tree, 5 000 people, the articles
// (~3 KB bodies, ~90 % published), ~5 people and ~3 topics per article with Zipf-skewed popularity,
// ~5 quotes per article (mostly by people the article mentions). Loaded with multi-row inserts of
// unnest()ed arrays, secondary indexes built after the load. Also writes the parameter lists the
// workload cycles through (bench/.work/params-<database>.json).
import fs from "node:fs";
import path from "node:path";
import "reflect-metadata";
import { Client } from "pg";
import { createDataSource } from "../src/db/data-source";
import { slugify } from "../src/services/slugs";
import { benchDatabaseName, openBenchServer } from "./lib/bench-db";
import { integer, rng, uuid, zipf } from "./lib/random";
import { FIRST_NAMES, LAST_NAMES, vocabulary } from "./lib/words";

export interface SeedOptions {
  articles: number;
  seed: number;
  people?: number;
  log?: (line: string) => void;
}

export interface BenchParams {
  database: string;
  articles: number;
  personSlugs: string[];
  topicSlugs: string[];
  articleSlugs: string[];
  searches: string[];
}

const BATCH = 2000;
const LINKED_TABLES = ["article", "person", "quote", "topic", "article_topic", "article_person"];
const DAY = 86_400_000;

export function paramsFile(database: string): string {
  return path.join(__dirname, "..", "..", "bench", ".work", `params-${database}.json`);
}

function sentence(random: () => number, word: () => string, min: number, max: number): string {
  const words = Array.from({ length: integer(random, min, max) }, word);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(" ") + ".";
}

async function insertRows(client: Client, table: string, columns: [string, string][], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map((_column, index) => rows.map((row) => row[index]));
  const sql =
    `INSERT INTO ${table} (${columns.map(([name]) => name).join(", ")}) ` +
    `SELECT * FROM unnest(${columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ")})`;
  await client.query(sql, arrays);
}

/** Drops the secondary (non-constraint) indexes of the big tables; returns their definitions. */
async function dropSecondaryIndexes(client: Client): Promise<string[]> {
  const rows: { indexname: string; indexdef: string }[] = (
    await client.query(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [LINKED_TABLES],
    )
  ).rows;
  for (const row of rows) await client.query(`DROP INDEX "${row.indexname}"`);
  return rows.map((row) => row.indexdef);
}

export async function seedBenchDatabase(
  serverUrlFor: (db: string) => string,
  database: string,
  options: SeedOptions,
): Promise<BenchParams> {
  const log = options.log ?? (() => undefined);
  const random = rng(options.seed);
  const words = vocabulary();
  const wordRank = zipf(random, words.length, 1.05);
  const word = () => words[wordRank()];
  const peopleCount = options.people ?? 5000;

  const dataSource = createDataSource({ url: serverUrlFor(database), poolSize: 1 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();

  // Two connections: PostgreSQL parses and indexes one batch while the next is generated here.
  const [client, second] = [
    new Client({ connectionString: serverUrlFor(database) }),
    new Client({ connectionString: serverUrlFor(database) }),
  ];
  await client.connect();
  await second.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").catch(() => undefined);
    for (const connection of [client, second]) {
      await connection.query("SET synchronous_commit = off");
      // Generated rows are consistent by construction; skipping foreign-key triggers (superuser
      // only, hence the catch) saves a lookup per link row.
      await connection.query("SET session_replication_role = replica").catch(() => undefined);
    }
    const indexes = await dropSecondaryIndexes(client);
    const started = Date.now();

    // Topics: 15 sections of ~19 subjects each.
    const topicIds: string[] = [];
    const topicSlugs: string[] = [];
    const topicRows: unknown[][] = [];
    for (let root = 0; root < 15; root++) {
      const rootId = uuid(random);
      const rootName = `${words[root * 3][0].toUpperCase()}${words[root * 3].slice(1)} desk ${root + 1}`;
      topicRows.push([rootId, slugify(rootName), rootName, `Coverage of ${rootName}.`, null]);
      topicIds.push(rootId);
      topicSlugs.push(slugify(rootName));
      for (let child = 0; child < 19; child++) {
        const name = `${rootName} › ${words[200 + root * 19 + child]}`;
        const id = uuid(random);
        topicRows.push([id, slugify(name), name, null, rootId]);
        topicIds.push(id);
        topicSlugs.push(slugify(name));
      }
    }
    await insertRows(
      client,
      "topic",
      [
        ["id", "uuid"],
        ["slug", "text"],
        ["name", "text"],
        ["description", "text"],
        ["parent_id", "uuid"],
      ],
      topicRows,
    );

    // People: distinct names (first × last, numbered past the combinations).
    const personIds: string[] = [];
    const personSlugs: string[] = [];
    const personRows: unknown[][] = [];
    for (let i = 0; i < peopleCount; i++) {
      const first = FIRST_NAMES[i % FIRST_NAMES.length];
      const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length];
      const round = Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length));
      const name = round ? `${first} ${last} ${round + 1}` : `${first} ${last}`;
      const id = uuid(random);
      personIds.push(id);
      personSlugs.push(slugify(name));
      personRows.push([id, slugify(name), name, i % 3 === 0 ? `${word()} ${word()} official` : null]);
    }
    await insertRows(
      client,
      "person",
      [
        ["id", "uuid"],
        ["slug", "text"],
        ["name", "text"],
        ["title", "text"],
      ],
      personRows,
    );
    // The surname is the alias (as "Putin" is Vladimir Putin's); unnest() cannot take ragged arrays.
    await client.query(`UPDATE person SET aliases = ARRAY[split_part(name, ' ', 2)]`);

    const topicPick = zipf(random, topicIds.length, 1);
    const personPick = zipf(random, personIds.length, 1);
    const now = Date.now();
    const span = 5 * 365 * DAY;
    const articleSlugs: string[] = [];
    let quotes = 0;

    const inFlight: Promise<void>[] = [];
    for (let start = 0, batchNumber = 0; start < options.articles; start += BATCH, batchNumber++) {
      const articles: unknown[][] = [];
      const articleTopics: unknown[][] = [];
      const articlePeople: unknown[][] = [];
      const quoteRows: unknown[][] = [];
      for (let i = start; i < Math.min(options.articles, start + BATCH); i++) {
        const id = uuid(random);
        const roll = random();
        const status = roll < 0.9 ? "PUBLISHED" : roll < 0.95 ? "DRAFT" : roll < 0.98 ? "IN_REVIEW" : "ARCHIVED";
        // Article i is published at an even pace over five years, the last one an hour ago.
        const publishedMs = now - 3_600_000 - ((options.articles - 1 - i) / Math.max(1, options.articles - 1)) * span;
        const published = status === "PUBLISHED" || status === "ARCHIVED" ? new Date(publishedMs) : null;
        const created = new Date(publishedMs - integer(random, 1, 48) * 3_600_000);
        const headline = sentence(random, word, 6, 10).slice(0, -1);
        const slug = `${slugify(headline).slice(0, 80)}-${i}`;
        const paragraphs = Array.from({ length: integer(random, 5, 8) }, () =>
          Array.from({ length: integer(random, 3, 5) }, () => sentence(random, word, 8, 20)).join(" "),
        );
        const body = paragraphs.join("\n\n");
        articles.push([id, slug, headline, sentence(random, word, 12, 24), body, status, published, created, created]);
        if (status === "PUBLISHED" && articleSlugs.length < 5000 && random() < 0.5) articleSlugs.push(slug);

        const topics = new Set<number>();
        const topicCount = integer(random, 1, 5);
        while (topics.size < topicCount) topics.add(topicPick());
        for (const topic of topics) articleTopics.push([id, topicIds[topic], published]);

        const people = new Set<number>();
        const peopleInArticle = integer(random, 3, 7);
        while (people.size < peopleInArticle) people.add(personPick());
        const mentioned = [...people];
        for (const person of mentioned) articlePeople.push([id, personIds[person], integer(random, 1, 6), published]);

        const quoteCount = integer(random, 2, 8);
        for (let q = 0; q < quoteCount; q++) {
          const speaker = random() < 0.9 ? personIds[mentioned[integer(random, 0, mentioned.length - 1)]] : null;
          const statusRoll = random();
          const text = sentence(random, word, 6, 28);
          quoteRows.push([
            uuid(random),
            text,
            id,
            speaker,
            text,
            Math.floor((q / quoteCount) * body.length),
            statusRoll < 0.8 ? "CONFIRMED" : statusRoll < 0.95 ? "SUGGESTED" : "REJECTED",
            text.split(" ").length <= 8,
            new Date((published ?? created).getTime() + q * 1000),
          ]);
        }
        quotes += quoteCount;
      }
      const connection = batchNumber % 2 ? second : client;
      if (inFlight.length >= 2) await inFlight.shift();
      inFlight.push(insertBatch(connection, articles, articleTopics, articlePeople, quoteRows));
      const done = Math.min(options.articles, start + BATCH);
      if (done % 20000 === 0 || done === options.articles) {
        log(`  ${done} articles, ${quotes} quotes (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    }
    await Promise.all(inFlight);

    log(`building ${indexes.length} indexes`);
    for (const definition of indexes) await client.query(definition);
    log("vacuum analyze");
    await client.query("VACUUM ANALYZE");
    // What a relevance search reads to choose its path (the API also refreshes it hourly).
    await client.query("SELECT refresh_article_lexeme_share()");
    log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // Workload parameters: popular people and topics come up more often, as on a real site. Person
    // pages are those readers can reach: people who appear in published work.
    const { rows: visibleRows } = await client.query<{ slug: string }>(
      `SELECT p.slug FROM person p WHERE EXISTS (SELECT 1 FROM article_person ap JOIN article a ON a.id = ap.article_id
         WHERE ap.person_id = p.id AND a.status = 'PUBLISHED' AND a.published_at <= now())`,
    );
    const visiblePeople = new Set(visibleRows.map((row) => row.slug));
    if (!visiblePeople.size) throw new Error("no person appears in published work; seed more articles");
    const paramsRandom = rng(options.seed + 1);
    const pickPerson = zipf(paramsRandom, personIds.length, 1);
    const pickTopic = zipf(paramsRandom, topicIds.length, 1);
    const params: BenchParams = {
      database,
      articles: options.articles,
      personSlugs: Array.from({ length: 500 }, () => {
        let slug = personSlugs[pickPerson()];
        while (!visiblePeople.has(slug)) slug = personSlugs[pickPerson()];
        return slug;
      }),
      topicSlugs: Array.from({ length: 300 }, () => topicSlugs[topicIds.length - 1 - pickTopic()]).map((slug, i) =>
        i % 2 ? slug : topicSlugs[pickTopic()],
      ),
      articleSlugs: articleSlugs.slice(0, 1000),
      searches: Array.from({ length: 200 }, () => `${words[integer(paramsRandom, 300, 1500)]} ${words[integer(paramsRandom, 300, 1500)]}`),
    };
    fs.mkdirSync(path.dirname(paramsFile(database)), { recursive: true });
    fs.writeFileSync(paramsFile(database), JSON.stringify(params));
    return params;
  } finally {
    await client.end();
    await second.end();
  }
}

/** One batch of articles with their links and quotes, in one transaction. */
async function insertBatch(
  client: Client,
  articles: unknown[][],
  articleTopics: unknown[][],
  articlePeople: unknown[][],
  quoteRows: unknown[][],
): Promise<void> {
  await client.query("BEGIN");
  await insertRows(
    client,
    "article",
    [
      ["id", "uuid"],
      ["slug", "text"],
      ["headline", "text"],
      ["standfirst", "text"],
      ["body", "text"],
      ["status", "text"],
      ["published_at", "timestamptz"],
      ["created_at", "timestamptz"],
      ["updated_at", "timestamptz"],
    ],
    articles,
  );
  // Links carry their article's published_at (the LinkPublicationOrder migration): triggers keep it
  // in the API, but this load runs with triggers off (session_replication_role), so it writes it.
  await insertRows(
    client,
    "article_topic",
    [
      ["article_id", "uuid"],
      ["topic_id", "uuid"],
      ["published_at", "timestamptz"],
    ],
    articleTopics,
  );
  await insertRows(
    client,
    "article_person",
    [
      ["article_id", "uuid"],
      ["person_id", "uuid"],
      ["mention_count", "int"],
      ["published_at", "timestamptz"],
    ],
    articlePeople,
  );
  await insertRows(
    client,
    "quote",
    [
      ["id", "uuid"],
      ["text", "text"],
      ["article_id", "uuid"],
      ["speaker_id", "uuid"],
      ["context", "text"],
      ["position", "int"],
      ["status", "text"],
      ["is_fragment", "boolean"],
      ["created_at", "timestamptz"],
    ],
    quoteRows,
  );
  await client.query("COMMIT");
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number`);
  return value;
}

async function main(): Promise<void> {
  const articles = argument("articles", 20000);
  const seed = argument("seed", 42);
  const database = benchDatabaseName(articles);
  const server = await openBenchServer();
  try {
    await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await server.query(`CREATE DATABASE ${database}`);
    console.log(`seeding ${database}: ${articles} articles, seed ${seed}`);
    await seedBenchDatabase(server.urlFor, database, { articles, seed, log: console.log });
    console.log(`parameters in ${path.relative(process.cwd(), paramsFile(database))}`);
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
