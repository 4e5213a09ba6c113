// The benchmark's "floor": the least a server can do to answer the benchmark's five operations.
// No GraphQL, no ORM, no per-field work in JavaScript: each operation is ONE hand-written SQL
// statement that builds the complete response body in PostgreSQL, and Node only writes it out.
// The API's overhead is measured against it (see bench/systems/floor.ts).
//
//   POST /floor/<Operation>   body: {"variables": {...}}   →   200 application/json, the body
//   of our GraphQL API's response to bench/queries/<Operation>.graphql: {"data": {...}} with the
//   same field names, nesting and orderings, timestamps as ISO strings in UTC with milliseconds.
//
//   FrontPage {}  PersonPage {slug}  TopicPage {slug}  ArticleBySlug {slug}  Search {q}
//   QuoteLeaders {topic, after, before}
//
// Environment: DATABASE_URL, PORT (default 4302), POOL_SIZE (default 10). Prints
// "floor listening on http://127.0.0.1:<port>" once it accepts requests.
import http from "node:http";
import { Pool } from "pg";

/** The readers' view of an article `alias` (src/services/viewer.ts publishedCondition). */
const visible = (alias: string) => `${alias}.status = 'PUBLISHED' AND ${alias}.published_at <= now()`;

/**
 * Readers meet a person only through published work (src/services/person.service.ts
 * appearsInPublishedWork): mentioned in, on the byline of, or quoted (confirmed) in an article
 * they can see.
 */
const appearsInPublishedWork = (alias: string) => `(
  EXISTS (SELECT 1 FROM article_person l JOIN article a ON a.id = l.article_id WHERE l.person_id = ${alias}.id AND ${visible("a")})
  OR EXISTS (SELECT 1 FROM article_author l JOIN article a ON a.id = l.article_id WHERE l.person_id = ${alias}.id AND ${visible("a")})
  OR EXISTS (SELECT 1 FROM quote q JOIN article a ON a.id = q.article_id
             WHERE q.speaker_id = ${alias}.id AND q.status = 'CONFIRMED' AND ${visible("a")}))`;

/** Newest first, as src/services/article.service.ts orders; the article indexes cover it. */
const newestFirst = (alias: string) => `coalesce(${alias}.published_at, '-infinity'::timestamptz) DESC, ${alias}.id DESC`;

/** A timestamptz as GraphQLDateTime serializes it (Date#toISOString): 2017-01-27T12:00:00.000Z. */
const iso = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The topic `id` by its primary key. OFFSET 0 keeps the planner from flattening it into a hash
 * join: the topic table is small, so for each article it would rather scan all topics than look
 * up its three (~3 ms of FrontPage's ~12 on a 200 000-article database).
 */
const topicById = (id: string) => `SELECT t.id, t.name, t.slug FROM topic t WHERE t.id = ${id} OFFSET 0`;

/** `[]` rather than SQL NULL when a list is empty. */
const list = (aggregate: string) => `coalesce(${aggregate}, '[]'::json)`;

// In every statement the innermost subquery picks and orders the rows with ORDER BY + LIMIT (so an
// index scan can stop early), LATERAL subqueries attach each row's lists through the link tables'
// indexes, and json_agg(... ORDER BY ...) keeps the order when the rows become a JSON array. The
// result is cast to text so node-postgres hands it over without parsing it.

const FRONT_PAGE = `
SELECT json_build_object('data', json_build_object('articles', json_build_object('nodes', ${list(`json_agg(
  json_build_object(
    'headline', a.headline,
    'publishedAt', ${iso("a.published_at")},
    'topics', topics.list,
    'people', people.list,
    'quotes', quotes.list
  ) ORDER BY ${newestFirst("a")})`)})))::text
FROM (
  SELECT a.id, a.headline, a.published_at
  FROM article a
  WHERE ${visible("a")}
  ORDER BY ${newestFirst("a")}
  LIMIT 50
) a
CROSS JOIN LATERAL (
  SELECT ${list(`json_agg(json_build_object('name', t.name) ORDER BY t.name, t.id)`)} AS list
  FROM article_topic at CROSS JOIN LATERAL (${topicById("at.topic_id")}) t
  WHERE at.article_id = a.id
) topics
CROSS JOIN LATERAL (
  SELECT ${list(`json_agg(json_build_object('name', p.name) ORDER BY ap.mention_count DESC, p.name, p.id)`)} AS list
  FROM article_person ap JOIN person p ON p.id = ap.person_id
  WHERE ap.article_id = a.id
) people
CROSS JOIN LATERAL (
  SELECT ${list(`json_agg(json_build_object(
    'text', q.text,
    'speaker', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('name', s.name) END
  ) ORDER BY q.position ASC NULLS LAST, q.created_at, q.id)`)} AS list
  FROM quote q LEFT JOIN person s ON s.id = q.speaker_id
  WHERE q.article_id = a.id AND q.status = 'CONFIRMED'
) quotes`;

const PERSON_PAGE = `
SELECT json_build_object('data', json_build_object('person', (
  SELECT json_build_object(
    'name', p.name,
    'title', p.title,
    'description', p.description,
    'quotes', json_build_object('nodes', (
      SELECT ${list(`json_agg(json_build_object(
        'text', q.text,
        'createdAt', ${iso("q.created_at")},
        'article', json_build_object('headline', q.headline)
      ) ORDER BY q.created_at DESC, q.id DESC)`)}
      FROM (
        SELECT q.id, q.text, q.created_at, a.headline
        FROM quote q JOIN article a ON a.id = q.article_id
        WHERE q.speaker_id = p.id AND q.status = 'CONFIRMED' AND ${visible("a")}
        ORDER BY q.created_at DESC, q.id DESC
        LIMIT 20
      ) q
    ))
  )
  FROM person p
  WHERE p.slug = $1 AND ${appearsInPublishedWork("p")}
)))::text`;

// A topic's 30 newest articles: for a topic on many articles, walk the newest-first article index
// and keep those tagged with it (stops after ~30 × articles/tagged rows); for a topic on few, take
// all its articles from article_topic and sort them (tagged rows). The planner cannot tell which
// topic it has (the id comes from the slug at run time), so one plan would be ~20× too slow for
// one kind or the other; instead both branches are planned and a one-time filter runs one. The
// walk is cheaper once tagged² > ~15 × articles (measured on 20 000 and 200 000 articles).
const TOPIC_CUTOFF = `(SELECT sqrt(15 * greatest(reltuples, 0))::int8 FROM pg_class WHERE oid = 'article'::regclass)`;

const TOPIC_PAGE = `
SELECT json_build_object('data', json_build_object('topic', (
  SELECT json_build_object(
    'name', t.name,
    'articles', json_build_object('nodes', (
      SELECT ${list(`json_agg(json_build_object(
        'headline', a.headline,
        'publishedAt', ${iso("a.published_at")},
        'people', people.list
      ) ORDER BY ${newestFirst("a")})`)}
      FROM (
        (
          SELECT a.id, a.headline, a.published_at
          FROM article a
          WHERE size.many AND ${visible("a")}
            -- OFFSET 0 keeps this a probe of each article, rather than a join the planner could
            -- turn around to start from article_topic (the other branch's plan).
            AND EXISTS (SELECT FROM article_topic at WHERE at.article_id = a.id AND at.topic_id = t.id OFFSET 0)
          ORDER BY ${newestFirst("a")}
          LIMIT 30
        )
        UNION ALL
        (
          SELECT a.id, a.headline, a.published_at
          FROM article_topic at JOIN article a ON a.id = at.article_id
          WHERE NOT size.many AND at.topic_id = t.id AND ${visible("a")}
          -- The same order (published_at is set when visible) but not the index's expression, so
          -- that the planner does not walk the index here too.
          ORDER BY a.published_at DESC, a.id DESC
          LIMIT 30
        )
      ) a
      CROSS JOIN LATERAL (
        SELECT ${list(`json_agg(json_build_object('name', p.name) ORDER BY ap.mention_count DESC, p.name, p.id)`)} AS list
        FROM article_person ap JOIN person p ON p.id = ap.person_id
        WHERE ap.article_id = a.id
      ) people
    ))
  )
  FROM topic t
  CROSS JOIN LATERAL (
    SELECT count(*) >= ${TOPIC_CUTOFF} AS many
    FROM (SELECT FROM article_topic at WHERE at.topic_id = t.id LIMIT ${TOPIC_CUTOFF}) tagged
  ) size
  WHERE t.slug = $1
)))::text`;

const ARTICLE_BY_SLUG = `
SELECT json_build_object('data', json_build_object('article', (
  SELECT json_build_object(
    'headline', a.headline,
    'publishedAt', ${iso("a.published_at")},
    'body', a.body,
    'topics', (
      SELECT ${list(`json_agg(json_build_object('name', t.name, 'slug', t.slug) ORDER BY t.name, t.id)`)}
      FROM article_topic at CROSS JOIN LATERAL (${topicById("at.topic_id")}) t
      WHERE at.article_id = a.id
    ),
    'people', (
      SELECT ${list(`json_agg(json_build_object('name', p.name, 'slug', p.slug) ORDER BY ap.mention_count DESC, p.name, p.id)`)}
      FROM article_person ap JOIN person p ON p.id = ap.person_id
      WHERE ap.article_id = a.id
    )
  )
  FROM article a
  WHERE a.slug = $1 AND ${visible("a")}
)))::text`;

// The 500 newest matches (Newsdesk's window, src/services/article-search.ts), by the GIN bitmap or
// the date index as article_search_prefers_walk chooses, ranked; the snippet, Newsdesk's
// article_search_passage, only for the 20 articles returned.
const SEARCH = `
SELECT json_build_object('data', json_build_object('articles', json_build_object('nodes', ${list(`json_agg(
  json_build_object(
    'headline', hit.headline,
    'snippet', article_search_passage(hit.body, (SELECT article_search_highlight($1)), (SELECT article_search_first_word($1)))
  ) ORDER BY hit.rank DESC, hit.id DESC)`)})))::text
FROM (
  SELECT w.id, w.headline, w.body, ts_rank(w.search_vector, (SELECT websearch_to_tsquery('english', $1)))::float8 AS rank
  FROM (
    (SELECT a.id, a.headline, a.body, a.search_vector FROM article a
     WHERE a.search_vector @@ (SELECT websearch_to_tsquery('english', $1)) AND ${visible("a")}
       AND NOT (SELECT article_search_prefers_walk($1, 500))
     ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT 500)
    UNION ALL
    (SELECT a.id, a.headline, a.body, a.search_vector FROM article a
     WHERE (a.search_vector @@ (SELECT websearch_to_tsquery('english', $1))) IS TRUE AND ${visible("a")}
       AND (SELECT article_search_prefers_walk($1, 500))
     ORDER BY coalesce(a.published_at, '-infinity'::timestamptz) DESC, a.id DESC LIMIT 500)
  ) w
  ORDER BY rank DESC, w.id DESC
  LIMIT 20
) hit`;

// The topic's articles of the month from its link index in publication order, each article's
// visibility and confirmed quotes by article and speaker, then per speaker (as
// src/services/quote-leaders.service.ts ranks them).
const QUOTE_LEADERS = `
SELECT json_build_object('data', json_build_object('quoteLeaders', json_build_object('nodes', ${list(`json_agg(
  json_build_object(
    'quoteCount', r.quote_count,
    'articleCount', r.article_count,
    'firstQuotedAt', ${iso("r.first_quoted_at")},
    'lastQuotedAt', ${iso("r.last_quoted_at")},
    'person', json_build_object('name', p.name, 'slug', p.slug)
  ) ORDER BY r.quote_count DESC, r.last_quoted_at DESC, r.speaker_id DESC)`)})))::text
FROM (
  SELECT per_article.speaker_id, sum(per_article.quotes)::int AS quote_count, count(*)::int AS article_count,
         min(per_article.published_at) AS first_quoted_at, max(per_article.published_at) AS last_quoted_at
  FROM (
    SELECT q.speaker_id, link.published_at, count(*) AS quotes
    FROM topic t
    JOIN article_topic link ON link.topic_id = t.id
    JOIN article a ON a.id = link.article_id
    JOIN quote q ON q.article_id = link.article_id
    WHERE t.slug = $1
      AND coalesce(link.published_at, '-infinity'::timestamptz) >= $2::timestamptz
      AND coalesce(link.published_at, '-infinity'::timestamptz) < $3::timestamptz
      AND coalesce(link.published_at, '-infinity'::timestamptz) <= now()
      AND ${visible("a")} AND q.status = 'CONFIRMED' AND q.speaker_id IS NOT NULL
    GROUP BY q.speaker_id, q.article_id, link.published_at
  ) per_article
  GROUP BY per_article.speaker_id
  ORDER BY quote_count DESC, last_quoted_at DESC, per_article.speaker_id DESC
  LIMIT 20
) r
JOIN person p ON p.id = r.speaker_id`;

interface Operation {
  text: string;
  /** The statement's parameters from the request's variables; a string is an error message. */
  values(variables: Record<string, unknown>): unknown[] | string;
}

const stringVariable = (name: string) => (variables: Record<string, unknown>) =>
  typeof variables[name] === "string" ? [variables[name]] : `variables.${name} must be a string`;

const OPERATIONS: Record<string, Operation> = {
  FrontPage: { text: FRONT_PAGE, values: () => [] },
  PersonPage: { text: PERSON_PAGE, values: stringVariable("slug") },
  TopicPage: { text: TOPIC_PAGE, values: stringVariable("slug") },
  ArticleBySlug: { text: ARTICLE_BY_SLUG, values: stringVariable("slug") },
  QuoteLeaders: {
    text: QUOTE_LEADERS,
    values: (variables) =>
      ["topic", "after", "before"].every((name) => typeof variables[name] === "string")
        ? [variables.topic, variables.after, variables.before]
        : "variables.topic, variables.after and variables.before must be strings",
  },
  // Trimmed, as the API trims its search filter.
  Search: {
    text: SEARCH,
    values: (variables) => (typeof variables.q === "string" ? [variables.q.trim()] : "variables.q must be a string"),
  },
};

/** The statements, for tests and EXPLAIN. */
export const STATEMENTS: Record<string, string> = Object.fromEntries(
  Object.entries(OPERATIONS).map(([name, operation]) => [name, operation.text]),
);

function integerEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, message: string): void {
  send(res, status, JSON.stringify({ errors: [{ message }] }));
}

export function createFloorServer(pool: Pool): http.Server {
  return http.createServer((req, res) => {
    const match = /^\/floor\/([A-Za-z]+)$/.exec(req.url ?? "");
    const operation = match ? OPERATIONS[match[1]] : undefined;
    if (req.method !== "POST" || !match || !operation) {
      req.resume();
      sendError(res, req.method !== "POST" ? 405 : 404, "POST /floor/<FrontPage|PersonPage|TopicPage|ArticleBySlug|Search|QuoteLeaders>");
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      let variables: Record<string, unknown> = {};
      if (chunks.length > 0) {
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { variables?: unknown } | null;
          const given = parsed?.variables;
          if (given != null && typeof given === "object" && !Array.isArray(given)) variables = given as Record<string, unknown>;
        } catch {
          sendError(res, 400, "the body is not JSON");
          return;
        }
      }
      const values = operation.values(variables);
      if (typeof values === "string") {
        sendError(res, 400, values);
        return;
      }
      pool
        // A named statement is parsed and planned once per connection, then only bound and run.
        .query<[string]>({ name: `floor_${match[1]}`, text: operation.text, values, rowMode: "array" })
        .then((result) => send(res, 200, result.rows[0][0]))
        .catch((error: Error) => {
          console.error(`floor: ${match[1]} failed: ${error.message}`);
          sendError(res, 500, error.message);
        });
    });
  });
}

function main(): void {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is required");
  const port = integerEnv("PORT", 4302);
  const pool = new Pool({ connectionString: databaseUrl, max: integerEnv("POOL_SIZE", 10) });
  pool.on("error", (error) => console.error("floor: idle client error:", error.message));
  const server = createFloorServer(pool);
  // Longer than any load generator's idle gap, so keep-alive connections are not cut mid-run.
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1", () => {
    const address = server.address();
    const actual = typeof address === "object" && address ? address.port : port;
    console.log(`floor listening on http://127.0.0.1:${actual}`);
  });
  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

if (require.main === module) main();
